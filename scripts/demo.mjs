#!/usr/bin/env node
// The README's demo command: installs, builds, then starts the engagement server on embedded storage
// (PGlite in .foyer-data/server), which also serves the agent desk at /agent/, and the demo bank site
// with its identity provider. Prints the three URLs. Ctrl+C stops both.
import { spawn } from 'node:child_process';
import { pnpm } from './pnpm.mjs';

const root = new URL('..', import.meta.url).pathname;
for (const args of [['install', '--frozen-lockfile'], ['-r', 'build']]) {
  const code = pnpm(args);
  if (code !== 0) process.exit(code);
}

const host = '127.0.0.1';
const foyerPort = process.env.FOYER_PORT ?? '8787';
const bankPort = process.env.BANK_PORT ?? '8788';
const foyerUrl = `http://${host}:${foyerPort}`;
const bankUrl = `http://${host}:${bankPort}`;
const dataDir = process.env.FOYER_DATA ?? '.foyer-data';

const children = [];
function start(name, args, readyLine) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping the demo.`);
      stopAll(code ?? 1);
    }
  });
  return new Promise((resolve) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      if (seen !== null) {
        seen += chunk.toString();
        if (readyLine.test(seen)) {
          seen = null;
          resolve();
        }
      }
    });
  });
}

let stopping = false;
function stopAll(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() => process.exit(code));
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));

await Promise.all([
  start('foyer-server', [
    'packages/server/dist/cli.js', '--host', host, '--port', foyerPort, '--data', `${dataDir}/server`,
    '--site-origin', bankUrl, '--site-origin', `http://localhost:${bankPort}`,
    '--host-jwks-url', `${bankUrl}/idp/jwks.json`, '--host-issuer', `${bankUrl}/idp`, '--host-audience', 'foyer-demo',
  ], /foyer-server listening on/),
  start('bank site', ['examples/bank-site/server/cli.mjs', '--host', host, '--port', bankPort, '--foyer-url', foyerUrl, '--data', `${dataDir}/bank-site`], /bank site listening on/),
]);

console.log(`
Foyer demo is running.
  Bank site (customer):   ${bankUrl}/
  Agent desk:             ${foyerUrl}/agent/   (sign in as agent@demo.bank / foyer-demo)
  Engagement API:         ${foyerUrl}/v1/  (health: ${foyerUrl}/healthz)
Demo bank customers: alex / demo (everyday), mei / demo (private banking: served first).
Ctrl+C stops everything.`);
