/**
 * The client's one HTTP path: `fetch` with a per-attempt timeout, retries of idempotent reads
 * (network errors, 408/429/5xx, honouring Retry-After) and two hook lists, run on every request:
 * `beforeRequest` (auth, `Accept-Language`, `Idempotency-Key`) and `afterResponse` (refresh on 401).
 * It stands in for ky, whose 4.5 KiB gzip the chat panel's budget cannot carry; see
 * docs/decisions/0004-fetch-wrapper-instead-of-ky.md. Every failure is a FoyerError.
 */
import { AbortedError, FoyerError, NetworkError, TimeoutError, parseRetryAfter, problemFromResponse, toFoyerError } from './errors.js';
import { newAbortController, type AbortSignalLike, type FetchLike, type ResponseLike } from '../platform/web.js';
import { sleep, systemClock } from '../util/clock.js';

/** Per-request data the hooks read. */
export interface RequestContext {
  /** Sent as `Idempotency-Key`. */
  idempotencyKey?: string;
  /** No Authorization header and no refresh (session creation and refresh themselves). */
  anonymous?: boolean;
  /** Set on the one re-issue after a refresh, so a second 401 is final. */
  authRetried?: boolean;
}

export interface HttpRequest {
  method: string;
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string;
  context: RequestContext;
  signal?: AbortSignalLike;
  /** Milliseconds per attempt, or false for none (event streams). */
  timeout: number | false;
  /** Attempts after the first; only GET is ever retried. */
  retry: number;
}

export interface HttpHooks {
  beforeRequest?: ((request: HttpRequest) => void)[];
  /** May answer in place of `response` (a re-issue after a refresh); undefined keeps it. */
  afterResponse?: ((request: HttpRequest, response: ResponseLike) => Promise<ResponseLike | undefined>)[];
}

export type Http = (request: HttpRequest) => Promise<ResponseLike>;

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** Statuses whose Retry-After is honoured; a longer wait than this fails instead. */
const RETRY_AFTER_STATUSES = new Set([429, 503]);
const MAX_RETRY_AFTER_MS = 30_000;
const BACKOFF_LIMIT_MS = 5_000;

/** Waits before a retry; the caller's abort ends the wait with an AbortedError. */
const pause = (ms: number, signal: AbortSignalLike | undefined): Promise<void> =>
  sleep(systemClock, ms, signal).catch(() => {
    throw new AbortedError();
  });

export function createHttp(fetch: FetchLike, hooks: HttpHooks = {}): Http {
  /** One attempt: the caller's signal and the timeout both abort it. */
  async function attempt(request: HttpRequest): Promise<ResponseLike> {
    const controller = newAbortController();
    const cancel = () => controller.abort();
    request.signal?.addEventListener('abort', cancel, { once: true });
    let timedOut = false;
    const timer = request.timeout === false ? undefined : setTimeout(() => ((timedOut = true), controller.abort()), request.timeout);
    try {
      if (request.signal?.aborted) throw new AbortedError();
      return await fetch(request.url, {
        method: request.method,
        headers: { ...request.headers },
        signal: controller.signal,
        body: request.body,
      });
    } catch (error) {
      if (timedOut && !(error instanceof FoyerError)) throw new TimeoutError(undefined, { cause: error });
      throw await toFoyerError(error, request.signal);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      request.signal?.removeEventListener('abort', cancel);
    }
  }

  /**
   * Milliseconds to wait before retry number `retry` (1-based) of a failure with `status` (none: a
   * network error), or undefined when it must not happen.
   */
  function retryDelay(request: HttpRequest, retry: number, status?: number, retryAfter?: string | null): number | undefined {
    if (request.method !== 'GET' || retry > request.retry) return undefined;
    if (status !== undefined) {
      if (!RETRY_STATUSES.has(status)) return undefined;
      const after = RETRY_AFTER_STATUSES.has(status) ? parseRetryAfter(retryAfter) : undefined;
      if (after !== undefined) return after * 1000 > MAX_RETRY_AFTER_MS ? undefined : after * 1000;
    }
    return Math.min(BACKOFF_LIMIT_MS, 300 * 2 ** (retry - 1));
  }

  return async function send(request: HttpRequest): Promise<ResponseLike> {
    for (let retry = 1; ; retry++) {
      for (const hook of hooks.beforeRequest ?? []) hook(request);
      let response: ResponseLike;
      try {
        response = await attempt(request);
      } catch (error) {
        // A timeout is not retried: the server may still be working on the request.
        const delay = error instanceof NetworkError ? retryDelay(request, retry) : undefined;
        if (delay === undefined) throw error;
        await pause(delay, request.signal);
        continue;
      }
      for (const hook of hooks.afterResponse ?? []) response = (await hook(request, response)) ?? response;
      if (response.ok) return response;
      const delay = retryDelay(request, retry, response.status, response.headers.get('retry-after'));
      if (delay === undefined) throw await problemFromResponse(response);
      await response.text().catch(() => '');
      await pause(delay, request.signal);
    }
  };
}
