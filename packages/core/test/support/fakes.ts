/** Hand-made responses for unit tests (the real global Response, ReadableStream and Headers of Node). */
import type { FetchInit } from '../../src/index.js';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function problemResponse(status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  const body = { type: `urn:foyer:problem:${code}`, title: code, status, code, retryable: status === 429 || status >= 500, action: 'none', ...extra };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
}

export interface ControlledStream {
  response: Response;
  push(text: string): void;
  close(): void;
  fail(error?: unknown): void;
  readonly cancelled: boolean;
}

/** A text/event-stream response whose bytes the test writes. */
export function sseStream(signal?: AbortSignal): ControlledStream {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
      done = true;
    },
  });
  signal?.addEventListener('abort', () => {
    if (done) return;
    done = true;
    controller.error(Object.assign(new Error('aborted'), { name: 'AbortError' }));
  });
  return {
    response: new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    push: (text) => {
      if (!done) controller.enqueue(encoder.encode(text));
    },
    close: () => {
      if (!done) {
        done = true;
        controller.close();
      }
    },
    fail: (error = new TypeError('terminated')) => {
      if (!done) {
        done = true;
        controller.error(error);
      }
    },
    get cancelled() {
      return cancelled;
    },
  };
}

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: unknown;
}

/** A fetch routed by `METHOD /path` (query ignored in the key); records every request. */
export function routedFetch(routes: Record<string, (req: RecordedRequest, url: URL) => Response | Promise<Response>>) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: string, init: FetchInit = {}): Promise<Response> => {
    const url = new URL(input);
    const method = init.method ?? 'GET';
    const headers = { ...((init.headers as Record<string, string>) ?? {}) };
    const req: RecordedRequest = { url: input, method, headers, ...(typeof init.body === 'string' ? { body: JSON.parse(init.body) } : {}) };
    requests.push(req);
    const route = routes[`${method} ${url.pathname}`];
    if (!route) return problemResponse(404, 'not_found');
    return route(req, url);
  };
  return { fetch, requests };
}

export const session = (n: number, extra: Record<string, unknown> = {}) => ({
  sessionId: 'sess-1',
  kind: 'guest',
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  resumeToken: `resume-${n}`,
  expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  capabilities: { apiRevision: 'test', features: {} },
  limits: { text: { maxCodePoints: 4000 }, context: { maxBytes: 8192 }, attachments: { maxBytes: 0, maxPerMessage: 0, allowedMimeTypes: [], blockedExtensions: [] }, rateLimits: { messagesPerSecond: 2, messagesBurst: 5 } },
  ...extra,
});

export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
