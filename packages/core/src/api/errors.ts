/**
 * The client's error hierarchy. Every failure of a call to the engagement API reaches the caller as
 * a FoyerError; narrow with `instanceof` or the `kind` discriminant:
 *
 * - ProblemError ('problem'): the server answered with an error status. Carries the RFC 9457
 *   problem's `code`, `status`, `retryable`, `action`, `errors` and `retryAfterSeconds` (from the body
 *   or the `Retry-After` header). A non-problem error body (a proxy's HTML page) is mapped to the
 *   code that matches its status.
 * - NetworkError ('network'): no answer (offline, connection refused or reset).
 * - TimeoutError ('timeout'): no answer within the request timeout.
 * - AbortedError ('aborted'): the caller (or the client's close()) cancelled the request.
 */
import type { Problem, ProblemAction, ProblemCode, ProblemFieldError } from './types.js';
import type { HeadersLike, ResponseLike } from '../platform/web.js';

export type FoyerErrorKind = 'problem' | 'network' | 'timeout' | 'aborted';

export abstract class FoyerError extends Error {
  abstract readonly kind: FoyerErrorKind;
  /** Whether repeating the same request unchanged can succeed. */
  abstract readonly retryable: boolean;
}

export interface ProblemDetails {
  status: number;
  /** A ProblemCode, or a code this client version does not know yet. */
  code: ProblemCode | (string & {});
  title: string;
  detail?: string;
  retryable: boolean;
  action: ProblemAction | (string & {});
  retryAfterSeconds?: number;
  traceId?: string;
  errors?: ProblemFieldError[];
  type?: string;
}

export class ProblemError extends FoyerError {
  readonly kind = 'problem' as const;
  readonly status: number;
  readonly code: ProblemDetails['code'];
  readonly title: string;
  readonly detail?: string;
  readonly retryable: boolean;
  readonly action: ProblemDetails['action'];
  readonly retryAfterSeconds?: number;
  readonly traceId?: string;
  readonly errors: ProblemFieldError[];
  /** The body as received (undefined when it was not problem+json). */
  readonly problem?: Problem;

  constructor(details: ProblemDetails, problem?: Problem) {
    super(`${details.status} ${details.code}${details.detail ? `: ${details.detail}` : ''}`);
    this.name = 'ProblemError';
    this.status = details.status;
    this.code = details.code;
    this.title = details.title;
    this.retryable = details.retryable;
    this.action = details.action;
    this.errors = details.errors ?? [];
    if (details.detail !== undefined) this.detail = details.detail;
    if (details.retryAfterSeconds !== undefined) this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.traceId !== undefined) this.traceId = details.traceId;
    if (problem) this.problem = problem;
  }
}

export class NetworkError extends FoyerError {
  readonly kind = 'network' as const;
  readonly retryable = true;
  constructor(message = 'the engagement server could not be reached', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

export class TimeoutError extends FoyerError {
  readonly kind = 'timeout' as const;
  readonly retryable = true;
  constructor(message = 'the engagement server did not answer in time', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TimeoutError';
  }
}

export class AbortedError extends FoyerError {
  readonly kind = 'aborted' as const;
  readonly retryable = false;
  constructor(message = 'the request was cancelled', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AbortedError';
  }
}

/** Narrowing helper: `isProblem(error, 'conversation_ended')`. */
export function isProblem(error: unknown, code?: ProblemCode | (string & {})): error is ProblemError {
  return error instanceof ProblemError && (code === undefined || error.code === code);
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); undefined when absent or bad. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The code a bare status maps to, for error responses that are not problem+json. */
function codeForStatus(status: number): { code: ProblemCode; retryable: boolean; action: ProblemAction } {
  if (status === 401) return { code: 'auth_required', retryable: false, action: 'reauthenticate' };
  if (status === 403) return { code: 'forbidden', retryable: false, action: 'none' };
  if (status === 404) return { code: 'not_found', retryable: false, action: 'none' };
  if (status === 405) return { code: 'method_not_allowed', retryable: false, action: 'none' };
  if (status === 408) return { code: 'upstream_unavailable', retryable: true, action: 'retry' };
  if (status === 413) return { code: 'payload_too_large', retryable: false, action: 'shorten' };
  if (status === 415) return { code: 'unsupported_media_type', retryable: false, action: 'none' };
  if (status === 429) return { code: 'rate_limited', retryable: true, action: 'retry' };
  if (status === 501) return { code: 'not_implemented', retryable: false, action: 'none' };
  if (status === 502 || status === 503 || status === 504) return { code: 'upstream_unavailable', retryable: true, action: 'retry' };
  if (status >= 500) return { code: 'internal_error', retryable: true, action: 'retry' };
  return { code: 'invalid_request', retryable: false, action: 'none' };
}

function isProblemBody(value: unknown): value is Problem {
  const v = value as Partial<Problem> | null;
  return typeof v === 'object' && v !== null && typeof v.code === 'string' && typeof v.status === 'number';
}

/** Builds a ProblemError from a status, headers and body text (problem+json or anything else). */
export function problemFromParts(status: number, headers: Pick<HeadersLike, 'get'>, text: string): ProblemError {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const headerRetryAfter = parseRetryAfter(headers.get('retry-after'));
  if (isProblemBody(body)) {
    const retryAfterSeconds = body.retryAfterSeconds ?? headerRetryAfter;
    return new ProblemError(
      {
        status,
        code: body.code,
        title: body.title ?? body.code,
        retryable: typeof body.retryable === 'boolean' ? body.retryable : codeForStatus(status).retryable,
        action: body.action ?? codeForStatus(status).action,
        ...(body.detail !== undefined ? { detail: body.detail } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
        ...(body.traceId !== undefined ? { traceId: body.traceId } : {}),
        ...(body.errors ? { errors: body.errors } : {}),
        ...(body.type !== undefined ? { type: body.type } : {}),
      },
      body,
    );
  }
  const fallback = codeForStatus(status);
  return new ProblemError({
    status,
    ...fallback,
    title: `HTTP ${status}`,
    ...(text ? { detail: text.slice(0, 200) } : {}),
    ...(headerRetryAfter !== undefined ? { retryAfterSeconds: headerRetryAfter } : {}),
  });
}

/** Reads an error response into a ProblemError (consumes the body). */
export async function problemFromResponse(response: ResponseLike): Promise<ProblemError> {
  const text = await response.text().catch(() => '');
  return problemFromParts(response.status, response.headers, text);
}

/**
 * Maps anything a call can throw to a FoyerError: FoyerErrors pass through, an abort (of `signal`
 * or by name) is an AbortedError, anything else (fetch's TypeError) a NetworkError.
 */
export async function toFoyerError(error: unknown, signal?: { aborted: boolean }): Promise<FoyerError> {
  if (error instanceof FoyerError) return error;
  const e = (error ?? {}) as { name?: string; message?: string };
  if (signal?.aborted || e.name === 'AbortError') return new AbortedError(undefined, { cause: error });
  return new NetworkError(e.message ? `the engagement server could not be reached (${e.message})` : undefined, { cause: error });
}

/** Every concrete client error: narrow it with `switch (error.kind)`. */
export type AnyFoyerError = ProblemError | NetworkError | TimeoutError | AbortedError;

/** Whether `error` came from the client, typed as the discriminated union. */
export function isFoyerError(error: unknown): error is AnyFoyerError {
  return error instanceof FoyerError;
}
