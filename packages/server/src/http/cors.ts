import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Last-Event-ID, Accept-Language';
const EXPOSED_HEADERS = 'Retry-After, RateLimit, RateLimit-Policy, Location, Content-Disposition';
const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';

/**
 * CORS for the configured site origins. Returns true when the request was a preflight and is answered.
 * Tokens travel in the Authorization header, never cookies, so credentials stay off.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, siteOrigins: string[]): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && (siteOrigins.includes('*') || siteOrigins.includes(origin));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  }
  res.setHeader('vary', 'Origin');
  if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
  res.writeHead(204).end();
  return true;
}
