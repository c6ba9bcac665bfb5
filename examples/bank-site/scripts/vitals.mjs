#!/usr/bin/env node
// What the chat embed costs a bank page: ../shared/bench/vitals-harness loads its host page with and
// without our launcher (CPU x4, fresh browser per load) and prints LCP, TBT, JS bytes, heap and
// click→open. The launcher is bundled as a site would ship it (esbuild, code splitting, minified), and
// talks to a real foyer-server on loopback, so opening the panel starts a real session.
//   npm run bench:vitals -- [--runs 7]          (needs `node scripts/pnpm.mjs -r build` first)
// Writes docs/perf/vitals-latest.md. Loopback only.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { spawnServer } from '@foyer/server/testing';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const harnessSource = join(root, '..', 'shared', 'bench', 'vitals-harness');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
if (!existsSync(harnessSource)) throw new Error(`no vitals harness at ${harnessSource}`);

const work = mkdtempSync(join(tmpdir(), 'foyer-vitals-'));
const harness = join(work, 'harness');
cpSync(harnessSource, harness, { recursive: true, filter: (p) => !p.includes('node_modules') && !p.includes('/results/') });
if (spawnSync('npm', ['ci', '--silent', '--no-audit', '--no-fund'], { cwd: harness, stdio: 'inherit' }).status !== 0) throw new Error('npm ci in the harness failed');

const site = join(work, 'embed', 'site');
await build({
  stdin: { contents: "import '@foyer/chat/define/foyer-launcher.js';", resolveDir: join(root, 'examples', 'bank-site'), loader: 'js' },
  bundle: true, splitting: true, format: 'esm', minify: true, target: 'es2022', outdir: site, entryNames: 'launcher', chunkNames: 'chunks/[name]-[hash]', logLevel: 'warning',
});

const server = await spawnServer({ args: ['--site-origin', '*'] });
try {
  // Two embeddings in one interleaved run: the default (the panel preloads when the page is idle) and
  // `no-preload` (the panel loads on hover, focus or click only).
  const variants = [
    { name: 'foyer', attrs: '', description: 'default: panel preloaded when the page is idle' },
    { name: 'foyer-no-preload', attrs: ' no-preload', description: 'no-preload: panel loaded on hover, focus or click' },
  ];
  const embeds = variants.map(({ name, attrs, description }) => {
    const meta = { name, description: `<foyer-launcher> from @foyer/chat, ${description}; real foyer-server on loopback`, launcher: 'button[part="button"]', click: 'foyer-launcher [part="button"]', open: 'textarea', static: './site' };
    const file = join(work, 'embed', `${name}.html`);
    writeFileSync(file, `<!-- vitals ${JSON.stringify(meta)} -->\n<foyer-launcher base-url="${server.url}" no-invitations${attrs}></foyer-launcher>\n<script type="module" src="{{BASE}}launcher.js"></script>\n`);
    return file;
  });
  const out = join(work, 'results');
  const run = spawnSync(process.execPath, ['run.mjs', ...embeds.flatMap((e) => ['--embed', e]), '--runs', values.runs, '--cpu', '4', '--label', 'foyer', '--out', out], { cwd: harness, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`the harness failed (${run.status})`);
  const results = join(root, 'docs', 'perf');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'vitals-latest.md'), readFileSync(join(out, 'foyer.md')));
  console.log(`\nwrote ${join(results, 'vitals-latest.md')}`);
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
