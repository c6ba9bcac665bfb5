// The demo bank's web server: its static pages (built into dist/site), its sign-in (identity-provider.mjs),
// and a strict Content-Security-Policy, so the embed is shown working without 'unsafe-inline' or eval.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createIdentityProvider } from './identity-provider.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.map': 'application/json',
};
const MAX_BODY_BYTES = 4096;

/**
 * @param {{ host?: string, port?: number, siteDir: string, dataDir: string, foyerUrl: string, publicUrl?: string }} options
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function startSiteServer({ host = '127.0.0.1', port = 8788, siteDir, dataDir, foyerUrl, publicUrl }) {
  let origin = publicUrl;
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  origin ??= `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  const idp = await createIdentityProvider({ dataDir, issuer: `${origin}/idp`, audience: 'foyer-demo' });
  const csp = [
    "default-src 'self'", "script-src 'self'", "style-src 'self'", `connect-src 'self' ${new URL(foyerUrl).origin}`,
    "img-src 'self' data: blob:", "media-src 'self' data: blob:", "font-src 'self'", "object-src 'none'",
    "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
  ].join('; ');

  server.on('request', (req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) problem(res, 500, 'internal', 'Something went wrong on the bank site.');
      else res.destroy();
    });
  });

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/idp/')) return identityRoute(req, res, url.pathname.slice('/idp'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return problem(res, 405, 'method_not_allowed', `${req.method} is not allowed here.`);
    return staticFile(req, res, url.pathname);
  }

  async function identityRoute(req, res, path) {
    if (path === '/jwks.json' && req.method === 'GET') return json(res, 200, idp.jwks(), { 'cache-control': 'max-age=300' });
    if (path === '/me' && req.method === 'GET') {
      const customer = idp.currentCustomer(req.headers.cookie);
      return customer ? json(res, 200, customer) : problem(res, 401, 'signed_out', 'Nobody is signed in.');
    }
    if (path === '/sign-in' && req.method === 'POST') {
      const body = await readJson(req, res);
      if (body === undefined) return;
      if (typeof body.username !== 'string' || typeof body.password !== 'string') {
        return problem(res, 400, 'invalid_request', 'Give a username and a password.');
      }
      const result = idp.signIn(body.username, body.password);
      if (!result) return problem(res, 401, 'wrong_credentials', 'That username and password do not match.');
      return json(res, 200, result.customer, { 'set-cookie': result.cookies });
    }
    if (path === '/sign-out' && req.method === 'POST') {
      res.writeHead(204, { 'set-cookie': idp.signOut(req.headers.cookie) }).end();
      return;
    }
    if (path === '/token' && req.method === 'POST') {
      const token = await idp.tokenFor(req.headers.cookie);
      return token ? json(res, 200, token, { 'cache-control': 'no-store' }) : problem(res, 401, 'signed_out', 'Nobody is signed in.');
    }
    return problem(res, 404, 'not_found', 'No such identity endpoint.');
  }

  async function staticFile(req, res, pathname) {
    let relative;
    try {
      relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    } catch {
      return problem(res, 400, 'invalid_path', 'The path is not valid.');
    }
    if (relative.split(sep).includes('..')) return problem(res, 404, 'not_found', 'No such page.');
    let file = join(siteDir, relative);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const type = MIME[extname(file)] ?? 'application/octet-stream';
    let content = await readFile(file).catch(() => undefined);
    if (!content) return problem(res, 404, 'not_found', 'No such page.');
    if (extname(file) === '.html') content = Buffer.from(content.toString('utf8').replaceAll('%FOYER_API%', foyerUrl));
    res.writeHead(200, {
      'content-type': type,
      'content-length': content.length,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  return {
    url: origin,
    idp,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function json(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers }).end(text);
}

function problem(res, status, code, detail) {
  const text = JSON.stringify({ type: `urn:bank-demo:problem:${code}`, title: detail, status, code, detail });
  res.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(text) }).end(text);
}

async function readJson(req, res) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      problem(res, 413, 'too_large', 'The request is too large.');
      return undefined;
    }
    chunks.push(chunk);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch { /* answered below */ }
  problem(res, 400, 'invalid_json', 'The request body must be a JSON object.');
  return undefined;
}
