/**
 * Shared by the browser tests: bundle code under test with esbuild, serve it from a loopback
 * HTTP/1.1 server, and drive Debian's Chromium with playwright-core (never `playwright install`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

export const coreRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles each entry (name → path relative to packages/core) to `<name>.js` in a fresh temp dir. */
export async function bundle(entries: Record<string, string>): Promise<{ dir: string; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'foyer-browser-test-'));
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(coreRoot, path)])),
    outdir: dir,
    format: 'esm',
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>foyer test</title></head><body></body></html>';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** `/` is an empty page; `/<name>.js` a bundle from `dir`. HTTP/1.1, loopback only, nothing cached. */
export async function serve(dir: string): Promise<StaticServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers = { 'cache-control': 'no-store' };
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (/^\/[\w-]+\.js$/.test(path)) {
      try {
        res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(readFileSync(join(dir, path.slice(1))));
      } catch {
        res.writeHead(404).end();
      }
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function until<T>(check: () => Promise<T> | T, timeoutMs = 5_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
