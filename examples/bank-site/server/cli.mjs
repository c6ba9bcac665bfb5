#!/usr/bin/env node
// Starts the demo bank site: `node server/cli.mjs --port 8788 --foyer-url http://127.0.0.1:8787 --data .foyer-data/bank`.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startSiteServer } from './site-server.mjs';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env.BANK_PORT ?? '8788' },
    'foyer-url': { type: 'string', default: process.env.FOYER_URL ?? 'http://127.0.0.1:8787' },
    data: { type: 'string', default: '.foyer-data/bank-site' },
  },
});
const site = await startSiteServer({
  host: values.host,
  port: Number(values.port),
  siteDir: fileURLToPath(new URL('../dist/site', import.meta.url)),
  dataDir: values.data,
  foyerUrl: values['foyer-url'],
});
console.log(`bank site listening on ${site.url}/`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => site.close().then(() => process.exit(0)));
