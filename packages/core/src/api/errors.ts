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
  declare readonly status: number;
  declare readonly code: ProblemDetails['code'];
  declare readonly title: string;
  declare readonly detail?: string;
  declare readonly retryable: boolean;
  declare readonly action: ProblemDetails['action'];
  declare readonly retryAfterSeconds?: number;
  declare readonly traceId?: string;
  declare readonly errors: ProblemFieldError[];
  /** The body as received (undefined when it was not problem+json). */
  declare readonly problem?: Problem;

  constructor(details: ProblemDetails, problem?: Problem) {
    super(`${details.status} ${details.code}${details.detail ? `: ${details.detail}` : ''}`);
    this.name = 'ProblemError';
    // `type` stays on `problem` (the body), as before; the other details become fields.
    const { type: _type, ...fields } = details;
    Object.assign(this, fields, { errors: details.errors ?? [], problem });
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

/** The code and action a bare status maps to, for error responses that are not problem+json. */
const STATUS_CODES: Record<number, [ProblemCode, ProblemAction]> = {
  401: ['auth_required', 'reauthenticate'],
  403: ['forbidden', 'none'],
  404: ['not_found', 'none'],
  405: ['method_not_allowed', 'none'],
  408: ['upstream_unavailable', 'retry'],
  413: ['payload_too_large', 'shorten'],
  415: ['unsupported_media_type', 'none'],
  429: ['rate_limited', 'retry'],
  501: ['not_implemented', 'none'],
  502: ['upstream_unavailable', 'retry'],
  503: ['upstream_unavailable', 'retry'],
  504: ['upstream_unavailable', 'retry'],
};

/** Retryable exactly when the action is to retry. */
function codeForStatus(status: number): { code: ProblemCode; retryable: boolean; action: ProblemAction } {
  const [code, action] = STATUS_CODES[status] ?? (status >= 500 ? ['internal_error', 'retry'] : ['invalid_request', 'none']);
  return { code, retryable: action === 'retry', action };
}

function isProblemBody(value: unknown): value is Problem {
  // A primitive or null has no `code`: optional chaining covers them.
  const v = value as Partial<Problem> | null | undefined;
  return typeof v?.code === 'string' && typeof v.status === 'number';
}

/** Builds a ProblemError from a status, headers and body text (problem+json or anything else). */
export function problemFromParts(status: number, headers: Pick<HeadersLike, 'get'>, text: string): ProblemError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (empty, or a proxy's page): mapped by its status below.
  }
  const fallback = codeForStatus(status);
  const headerRetryAfter = parseRetryAfter(headers.get('retry-after'));
  if (!isProblemBody(body)) return new ProblemError({ status, ...fallback, title: `HTTP ${status}`, detail: text.slice(0, 200) || undefined, retryAfterSeconds: headerRetryAfter });
  return new ProblemError(
    {
      status,
      code: body.code,
      title: body.title ?? body.code,
      detail: body.detail,
      retryable: typeof body.retryable === 'boolean' ? body.retryable : fallback.retryable,
      action: body.action ?? fallback.action,
      retryAfterSeconds: body.retryAfterSeconds ?? headerRetryAfter,
      traceId: body.traceId,
      errors: body.errors,
    },
    body,
  );
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
