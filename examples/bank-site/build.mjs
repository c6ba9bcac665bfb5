// Builds the bank site into dist/site: its pages as they are, and its script bundled with code
// splitting, so Foyer's lazy chunks stay lazy exactly as in a bank's own bundler.
import { build } from 'esbuild';
import { cp, rm } from 'node:fs/promises';

const out = new URL('dist/site/', import.meta.url).pathname;
await rm(out, { recursive: true, force: true });
await cp(new URL('site/', import.meta.url).pathname, out, { recursive: true });
await build({
  entryPoints: { main: new URL('src/main.ts', import.meta.url).pathname },
  outdir: `${out}assets`,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
