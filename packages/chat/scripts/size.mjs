#!/usr/bin/env node
// Size budgets of the chat widgets, measured the way a site ships them: esbuild bundles the launcher's
// define entry with code splitting and minification (lit's production build), then each chunk is
// gzipped (level 9). The launcher counts its entry and everything it imports statically; "on open"
// counts every chunk the panel runtime reaches (static and dynamic imports: client, machines, browser
// platform), with only the largest locale chunk (one locale loads). Fails above the budgets.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
/** The targets. */
export const BUDGETS = { launcher: 8 * KiB, open: 45 * KiB };
/**
 * What CI enforces today: the targets, except "on open", which is over its target (see
 * docs/decisions/0003-panel-size-ceiling.md) and may not grow past this ceiling while it is brought down.
 */
export const CEILINGS = { launcher: BUDGETS.launcher, open: 60 * KiB };

const pkg = new URL('..', import.meta.url).pathname;
const outdir = mkdtempSync(join(tmpdir(), 'foyer-size-'));
try {
  const result = await build({
    entryPoints: [join(pkg, 'src/define/foyer-launcher.ts')],
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
  const key = (file) => relative(process.cwd(), file);
  const byName = new Map(Object.keys(outputs).map((k) => [k, outputs[k]]));
  const closure = (start, kinds) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of byName.get(file)?.imports ?? []) if (kinds.includes(imp.kind) && byName.has(imp.path)) walk(imp.path);
    };
    walk(start);
    return seen;
  };
  const entry = [...byName.entries()].find(([, o]) => o.entryPoint?.endsWith('define/foyer-launcher.ts'))[0];
  const launcher = closure(entry, ['import-statement']);
  // Every other chunk is loaded on open (esbuild's metafile does not list every dynamic import of a
  // pre-bundled dependency, so nothing is left out by walking imports).
  const reachable = [...byName.keys()].filter((k) => k.endsWith('.js') && !launcher.has(k));
  const isLocale = (file) => Object.keys(byName.get(file).inputs).every((i) => /(translations\/|chunks\/)zh-(cn|tw)[-.]/.test(i));
  const locales = reachable.filter(isLocale);
  const largestLocale = locales.sort((a, b) => gz(b) - gz(a))[0];
  const open = reachable.filter((f) => !isLocale(f) || f === largestLocale);
  const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
  const figures = { launcher: sum(launcher), open: sum(open) };
  const fmt = (n) => `${(n / KiB).toFixed(2)} KiB`;
  console.log(`launcher (eager):        ${fmt(figures.launcher)} gzip  (budget ${fmt(BUDGETS.launcher)}; ${launcher.size} file(s))`);
  console.log(`panel (loaded on open):  ${fmt(figures.open)} gzip  (budget ${fmt(BUDGETS.open)}; ${open.length} chunk(s), markdown and one locale included)`);
  for (const f of [...open].sort((a, b) => gz(b) - gz(a))) console.log(`  ${fmt(gz(f)).padStart(10)}  ${key(f).split("/").pop()}`);
  for (const [name, size] of Object.entries(figures)) {
    if (size > BUDGETS[name]) console.warn(`${name}: target NOT met (${fmt(size)} > ${fmt(BUDGETS[name])}); CI ceiling ${fmt(CEILINGS[name])}`);
  }
  const over = Object.entries(figures).filter(([name, size]) => size > CEILINGS[name]);
  if (over.length) {
    console.error(`over the ceiling: ${over.map(([n]) => n).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
