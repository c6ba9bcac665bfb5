#!/usr/bin/env node
// The README's test command: installs what the tests need, builds, lints, runs every test and the
// independent checks. As root (CI) it installs Debian's Chromium and PostgreSQL first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pnpm } from './pnpm.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
const steps = [];

function step(name, fn) {
  const t = Date.now();
  console.log(`\n=== ${name}`);
  const code = fn();
  steps.push({ name, ok: code === 0, seconds: ((Date.now() - t) / 1000).toFixed(1) });
  if (code !== 0) {
    summary();
    console.error(`\n${name} failed (exit ${code})`);
    process.exit(code || 1);
  }
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  return r.status ?? 1;
}

function summary() {
  console.log('\n=== summary');
  for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds} s)`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const debianPackages = ['chromium', 'postgresql'];
const missing = () => {
  const want = [];
  if (!existsSync('/usr/bin/chromium')) want.push('chromium');
  const pg = '/usr/lib/postgresql';
  if (!existsSync(pg) || !readdirSync(pg).some((v) => existsSync(`${pg}/${v}/bin/initdb`))) want.push('postgresql');
  return want.filter((p) => debianPackages.includes(p));
};

if (missing().length) {
  if (process.getuid?.() === 0) {
    step(`apt-get install ${missing().join(' ')}`, () => {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const update = sh('apt-get', ['update', '-qq'], { env });
      return update || sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing()], { env });
    });
  } else {
    console.error(`missing Debian packages: ${missing().join(' ')}. Install them (as root: apt-get install ${missing().join(' ')}) and run again.`);
    process.exit(1);
  }
}

step('install (pnpm, frozen lockfile)', () => pnpm(['install', '--frozen-lockfile']));
step('build', () => pnpm(['-r', 'build']));
step('typecheck', () => pnpm(['exec', 'tsc', '-b']));
step('lint', () => pnpm(['exec', 'eslint', '.']));
step('tests', () => pnpm(['-r', '--workspace-concurrency=1', 'test']));
if (existsSync(new URL('../../shared/checks/conformance.sh', import.meta.url))) {
  step('conformance check (../shared/checks)', () => sh('bash', ['../shared/checks/conformance.sh']));
} else {
  console.log('\n../shared/checks is not beside this checkout: the independent conformance check did not run');
}
summary();
