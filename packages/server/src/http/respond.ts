import type { ServerResponse } from 'node:http';
import type { Problem } from './problem.js';

/** A body that is already JSON text (events straight from the log). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A body that is not JSON: file bytes, a transcript. */
export class RawBody {
  constructor(readonly content: Uint8Array | string, readonly contentType: string) {}
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  if (body instanceof RawBody) {
    const bytes = typeof body.content === 'string' ? Buffer.from(body.content, 'utf8') : body.content;
    res.writeHead(status, { 'content-type': body.contentType, 'content-length': bytes.byteLength, ...headers }).end(bytes);
    return;
  }
  const text = body instanceof RawJson ? body.text : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers }).end(text);
}

export function sendProblem(res: ServerResponse, problem: Problem, traceId: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(problem.body(traceId));
  const extra: Record<string, string> = { ...headers, ...problem.extra.headers };
  if (problem.extra.retryAfterSeconds !== undefined) extra['retry-after'] = String(problem.extra.retryAfterSeconds);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(problem.status, { 'content-type': 'application/problem+json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...extra }).end(body);
}
