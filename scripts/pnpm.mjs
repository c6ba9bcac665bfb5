#!/usr/bin/env node
// Runs the pinned pnpm through npx, so a machine with only Node and npm needs nothing else.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** The command and arguments that run the pinned pnpm. */
export const pnpmCommand = (args) => ['npx', ['-y', packageManager, ...args]];

export function pnpm(args, options = {}) {
  const result = spawnSync(...pnpmCommand(args), {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, npm_config_update_notifier: 'false' },
    ...options,
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(pnpm(process.argv.slice(2)));
}
