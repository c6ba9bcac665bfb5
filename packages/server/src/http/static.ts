import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Problem } from './problem.js';

/** The desk is a same-origin app without inline code, so the policy can be strict. */
export const DESK_CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; media-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
  '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.wav': 'audio/wav', '.webmanifest': 'application/manifest+json',
};

/** The built @foyer/agent-desk, when it is installed (or beside this package in the workspace). */
export function defaultDeskDir(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve('@foyer/agent-desk/package.json');
    return join(dirname(pkg), 'dist');
  } catch {
    const sibling = fileURLToPath(new URL('../../../agent-desk/dist', import.meta.url));
    return existsSync(sibling) ? sibling : undefined;
  }
}

/**
 * Serves GET/HEAD /agent/... from `dir`: index.html for the root and for app routes without a file
 * extension, hashed assets cached for a year, never anything outside `dir`.
 */
export async function serveDesk(req: IncomingMessage, res: ServerResponse, pathname: string, dir: string | undefined): Promise<void> {
  if (pathname === '/agent') {
    res.writeHead(308, { location: '/agent/' }).end();
    return;
  }
  if (!dir || !existsSync(join(dir, 'index.html'))) throw new Problem('not_found', 'the agent desk is not built or not configured (--agent-desk <dir>)');
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice('/agent/'.length));
  } catch {
    throw new Problem('not_found', 'no such file');
  }
  const root = resolve(dir);
  if (relative.includes('\0') || relative.split(/[\\/]/).some((s) => s === '..')) throw new Problem('not_found', 'no such file');
  let file = resolve(root, relative || 'index.html');
  if (file !== root && !file.startsWith(root + sep)) throw new Problem('not_found', 'no such file');
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info && !extname(relative)) {
    file = join(root, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) throw new Problem('not_found', 'no such file');
  const type = MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const isHtml = type.startsWith('text/html');
  const hashed = /[.-][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(file);
  res.writeHead(200, {
    'content-type': type,
    'content-length': info.size,
    'content-security-policy': DESK_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': isHtml ? 'no-cache' : hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    'last-modified': info.mtime.toUTCString(),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((done, fail) => createReadStream(file).on('error', fail).on('end', done).pipe(res));
}
