#!/usr/bin/env node
// The README's test command: installs what the tests need, builds, lints, runs every test and the
// independent checks. As root (CI) it installs Debian's Chromium and PostgreSQL first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { pnpm, pnpmCommand } from './pnpm.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
const steps = [];
/** The last lines that name a failure in the test output, repeated in the summary: CI shows only the log's tail. */
const failures = [];

async function step(name, fn) {
  const t = Date.now();
  console.log(`\n=== ${name}`);
  const code = await fn();
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

/** Runs a command with its output passed through, keeping the lines that report a failure. */
function shWatched(cmd, args) {
  const failure = /(^|\s)(FAIL|×)\s|Error:|Hook timed out|Unhandled|ERR_PNPM/;
  const keep = (line) => {
    const plain = stripVTControlCharacters(line).trim();
    if (!failure.test(plain)) return;
    failures.push(plain.slice(0, 300));
    if (failures.length > 60) failures.shift(); // the report at the end of a failed run matters most
  };
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
    for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
      let rest = '';
      from.setEncoding('utf8');
      from.on('data', (chunk) => {
        to.write(chunk);
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        lines.forEach(keep);
      });
      from.on('end', () => keep(rest));
    }
    child.on('error', (error) => {
      keep(`Error: ${cmd} did not start: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function summary() {
  // Passing tests log errors too (expected ones): the lines are worth reading only when a step failed.
  if (steps.some((s) => !s.ok) && failures.length) console.log(`\n=== what failed\n${failures.join('\n')}`);
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
    await step(`apt-get install ${missing().join(' ')}`, () => {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const update = sh('apt-get', ['update', '-qq'], { env });
      return update || sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing()], { env });
    });
  } else {
    console.error(`missing Debian packages: ${missing().join(' ')}. Install them (as root: apt-get install ${missing().join(' ')}) and run again.`);
    process.exit(1);
  }
}

await step('install (pnpm, frozen lockfile)', () => pnpm(['install', '--frozen-lockfile']));
await step('build', () => pnpm(['-r', 'build']));
await step('typecheck', () => pnpm(['exec', 'tsc', '-b']));
await step('lint', () => pnpm(['exec', 'eslint', '.']));
await step('tests', () => shWatched(...pnpmCommand(['-r', '--workspace-concurrency=1', 'test'])));
if (existsSync(new URL('../../shared/checks/conformance.sh', import.meta.url))) {
  await step('conformance check (../shared/checks)', () => sh('bash', ['../shared/checks/conformance.sh']));
} else {
  console.log('\n../shared/checks is not beside this checkout: the independent conformance check did not run');
}
summary();
