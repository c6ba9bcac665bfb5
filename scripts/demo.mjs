#!/usr/bin/env node
// The README's demo command: installs, builds, and starts the engagement server on embedded storage
// (PGlite in .foyer-data), printing its URL. Ctrl+C stops it.
import { spawn } from 'node:child_process';
import { pnpm } from './pnpm.mjs';

const root = new URL('..', import.meta.url).pathname;
for (const args of [['install', '--frozen-lockfile'], ['-r', 'build']]) {
  const code = pnpm(args);
  if (code !== 0) process.exit(code);
}
const port = process.env.FOYER_PORT ?? '8787';
const server = spawn(process.execPath, ['packages/server/dist/cli.js', '--port', port, '--data', process.env.FOYER_DATA ?? '.foyer-data', '--site-origin', '*'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
