#!/usr/bin/env node
// Figures for the transcript with long histories (not a test: it prints, it asserts nothing): for each
// history length, first render, DOM size, time to scroll from the top to the bottom a viewport per frame
// pair, and the JS heap after a GC. Debian's Chromium, headless; the page is the built package
// (`node scripts/pnpm.mjs -r build` first), bundled by esbuild and served on loopback.
// Usage: npm run bench:transcript [-- 100 1000 5000]
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = counts.length ? counts : [100, 1000, 5000];
const here = new URL('.', import.meta.url).pathname;
const outdir = mkdtempSync(join(tmpdir(), 'foyer-transcript-bench-'));
const types = { '.js': 'text/javascript', '.html': 'text/html' };

await build({
  entryPoints: [join(here, 'transcript-bench.page.js')],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  conditions: ['production', 'module'],
  outdir,
  entryNames: 'page',
  logLevel: 'error',
});
const server = createServer((req, res) => {
  const path = req.url === '/' ? '/index.html' : normalize(req.url.split('?')[0]);
  if (path === '/index.html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body><script type="module" src="/page.js"></script></body></html>');
  let body;
  try {
    body = readFileSync(join(outdir, path));
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
const rows = [];
try {
  for (const count of sizes) {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof globalThis.benchTranscript === 'function');
    const figures = await page.evaluate((n) => globalThis.benchTranscript(n), count);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    rows.push({ messages: count, ...figures, heapMiB: heap.usedSize / 2 ** 20 });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outdir, { recursive: true, force: true });
}
const ms = (n) => n.toFixed(0).padStart(7);
console.log('messages  first render  DOM nodes  items (max while scrolling)  top→bottom (viewport steps, two frames each)  heap after GC');
for (const r of rows) {
  console.log(
    `${String(r.messages).padStart(8)}  ${ms(r.firstRenderMs)} ms  ${String(r.domNodes).padStart(9)}  ${String(r.items).padStart(5)} (${r.maxItems})${' '.repeat(17)}${ms(r.scrollMs)} ms (${r.steps}, ${(r.scrollMs / Math.max(1, r.steps)).toFixed(1)} ms each)  ${r.heapMiB.toFixed(1)} MiB${r.topReached ? '' : '  (first message NOT reached)'}`,
  );
}
