#!/usr/bin/env node
// Size budgets of the chat widgets, measured the way a site ships them: esbuild bundles the launcher's
// define entry as built (this package's and @foyer/core's dist, so what the library build does, such as
// minifying CSS, counts) with code splitting and minification (lit's production build), then each chunk
// is gzipped (level 9). Build first (`node scripts/pnpm.mjs -r build`).
// - "launcher": its entry and everything it imports statically.
// - "on open": the chunk the launcher imports when the panel opens, everything it imports statically,
//   and the chunks it imports dynamically at once: the browser platform and one locale (the largest).
// - "on demand": every other chunk, each loaded on a customer's action; each must be listed in
//   ON_DEMAND with that action, so nothing leaves the "on open" sum unnoticed.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
/** The targets. */
export const BUDGETS = { launcher: 8 * KiB, open: 45 * KiB };
/** What CI enforces: the targets themselves (decision 0003 tells how "on open" got there). */
export const CEILINGS = { launcher: BUDGETS.launcher, open: BUDGETS.open };
/** Each lazy chunk on its own (gzip, without the shared chunks it also needs). */
export const ON_DEMAND_CEILING = 8 * KiB;
/** Lazy chunks by the module they load, and when that happens. */
const ON_DEMAND = [
  [/dist\/chat\/panes\.js$/, 'the customer asks for a person (escalation, queue, agent) or to end the chat, goes quiet (idle warning), or the chat ends (ended, survey)'],
  [/dist\/composer\/upload\.js$/, 'the customer attaches a file'],
  [/dist\/transcript\/virtual-window\.js$/, 'a transcript longer than 60 messages (VIRTUAL_THRESHOLD) renders: only the messages near the viewport'],
  [/dist\/transcript\/rich-parts\.js$/, 'a message with a card, carousel, time slots, a form (or its answer) or an attachment arrives (the demo bot sends its details form once the customer picks a topic or says an answer did not help)'],
  [/lit\/translations\/[a-z-]+\.on-demand\.js$/, 'with the panes or the upload above: their strings, in the page\'s language'],
  [/platform\/node\.js$/, 'never in a browser (the Node platform)'],
  [/core\/dist\/escalation\/index\.js$/, 'the customer asks for a person (the escalation machine)'],
];
/** Dynamic imports that happen as the panel opens. */
const AT_OPEN = [/platform\/browser\/index\.js$/];
const LOCALE = /lit\/translations\/[a-z-]+\.js$/;

const pkg = new URL('..', import.meta.url).pathname;
const launcherEntry = join(pkg, 'dist/define/foyer-launcher.js');
if (!existsSync(launcherEntry)) throw new Error(`${launcherEntry} is missing: build the packages first (node scripts/pnpm.mjs -r build)`);
const outdir = mkdtempSync(join(tmpdir(), 'foyer-size-'));
try {
  const result = await build({
    entryPoints: [launcherEntry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    // 'module' too: setting conditions drops esbuild's default one, and xstate then resolves to CommonJS.
    conditions: ['production', 'module'],
    outdir,
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const chunks = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const entryOf = (file) => outputs[file].entryPoint ?? '';
  const closure = (starts) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) walk(imp.path);
    };
    starts.forEach(walk);
    return seen;
  };
  const dynamicImports = (files) => [...files].flatMap((f) => outputs[f].imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
  const entry = chunks.find((k) => entryOf(k).endsWith('define/foyer-launcher.js'));
  const launcher = closure([entry]);
  const runtime = dynamicImports(launcher);
  if (runtime.length !== 1) throw new Error(`the launcher should import one panel chunk lazily, found ${runtime.length}`);
  let open = closure(runtime);
  const locales = chunks.filter((k) => LOCALE.test(entryOf(k)));
  const largestLocale = locales.sort((a, b) => gz(b) - gz(a))[0];
  // Dynamic imports made as the panel opens, found transitively (the platform may import more).
  for (let grown = true; grown; ) {
    const atOpen = dynamicImports(open).filter((f) => AT_OPEN.some((re) => re.test(entryOf(f))) || f === largestLocale);
    const next = closure([...open, ...atOpen]);
    grown = next.size > open.size;
    open = next;
  }
  const lazy = chunks.filter((k) => !launcher.has(k) && !open.has(k) && entryOf(k) && !LOCALE.test(entryOf(k)));
  const unclassified = lazy.filter((k) => !ON_DEMAND.some(([re]) => re.test(entryOf(k))));
  const stray = chunks.filter((k) => !launcher.has(k) && !open.has(k) && !entryOf(k) && !lazy.some((l) => closure([l]).has(k)));
  const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
  const figures = { launcher: sum(launcher), open: sum(open) };
  const fmt = (n) => `${(n / KiB).toFixed(2)} KiB`;
  const name = (f) => f.split('/').pop();
  console.log(`launcher (eager):        ${fmt(figures.launcher)} gzip, ${figures.launcher} B  (budget ${fmt(BUDGETS.launcher)}; ${launcher.size} file(s))`);
  console.log(`panel (loaded on open):  ${fmt(figures.open)} gzip, ${figures.open} B  (budget ${fmt(BUDGETS.open)}; ${open.size} chunk(s), markdown and one locale included)`);
  for (const f of [...open].sort((a, b) => gz(b) - gz(a))) console.log(`  ${fmt(gz(f)).padStart(10)}  ${name(f)}`);
  console.log('on demand (each on its own):');
  for (const f of lazy) console.log(`  ${fmt(gz(f)).padStart(10)}  ${name(f)}  (${ON_DEMAND.find(([re]) => re.test(entryOf(f)))?.[1] ?? 'UNCLASSIFIED'})`);
  for (const [key, size] of Object.entries(figures)) {
    if (size > BUDGETS[key]) console.warn(`${key}: target NOT met (${fmt(size)} > ${fmt(BUDGETS[key])}); CI ceiling ${fmt(CEILINGS[key])}`);
  }
  const problems = [
    ...Object.entries(figures).filter(([key, size]) => size > CEILINGS[key]).map(([key]) => `${key} is over its ceiling`),
    ...lazy.filter((f) => gz(f) > ON_DEMAND_CEILING).map((f) => `${name(f)} is over ${fmt(ON_DEMAND_CEILING)}`),
    ...unclassified.map((f) => `${name(f)} (${entryOf(f)}) loads lazily but is not in ON_DEMAND`),
    ...stray.map((f) => `${name(f)} is reached by nothing measured`),
  ];
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
