// The static desk as the server serves it: dist/index.html and hashed assets under /agent/, with
// `default-src 'self'; script-src 'self'; style-src 'self'`. Builds into a temporary directory,
// serves it on loopback with a stub of the sign-in endpoint, and drives Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const packageDir = fileURLToPath(new URL('..', import.meta.url));

let outDir: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'foyer-desk-'));
  execFileSync(process.execPath, [join(packageDir, 'scripts/build-app.mjs'), '--out', outDir], { stdio: 'pipe' });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/v1/agent/sessions' && req.method === 'POST') {
      res.writeHead(401, { 'Content-Type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401, code: 'invalid_credentials', retryable: false, action: 'reauthenticate' }));
      return;
    }
    if (url.pathname.startsWith('/agent/')) {
      const relative = normalize(url.pathname.slice('/agent/'.length) || 'index.html');
      const file = join(outDir, relative);
      if (!relative.startsWith('..') && statSync(file, { throwIfNoEntry: false })?.isFile()) {
        res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'Content-Type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found', retryable: false, action: 'none' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built desk', () => {
  it('emits index.html with relative, hashed assets and no inline script or style', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs).toHaveLength(3);
    for (const ref of refs) expect(ref).toMatch(/^\.\/assets\/[\w-]+-[\w-]{8}\.(js|css|svg)$/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style=/);
    expect(readdirSync(join(outDir, 'assets')).some((f) => f.endsWith('.css'))).toBe(true);
  });

  it('runs under the strict CSP at /agent/ and shows a localised sign-in error', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() === 404) problems.push(`404: ${response.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/401/.test(msg.text())) problems.push(`console: ${msg.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${origin}/agent/`);
    await page.getByLabel('Email').fill('agent@bank.example');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('The email or password is not correct.');
    expect(await page.title()).toBe('Foyer agent desk');
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('follows the browser language (zh-CN)', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${origin}/agent/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('登录坐席工作台');
    await context.close();
  });
});
