/**
 * Which send failures are worth retrying. Retried: network errors and timeouts, 408, 429 and 5xx
 * (after Retry-After when given), 409 `idempotency_key_in_flight`, 401 (the token could not be
 * renewed just now) and anything else the server marks `retryable`. Final: 400 (validation,
 * message_too_long), 403, 404, 409 (conversation_ended and other conflicts), 410, 413, 415, 422.
 */
import { ProblemError } from '../api/errors.js';

export type SendFailure =
  | { retry: true; /** Wait at least this long (from Retry-After / retryAfterSeconds). */ afterMs?: number }
  | { retry: false; failure: { status: number; code: string; detail?: string } };

const FINAL_STATUSES = new Set([400, 403, 404, 409, 410, 413, 415, 422]);

export function classifySendFailure(error: unknown): SendFailure {
  // Network errors, timeouts, aborts and anything unexpected: the same key makes a retry safe.
  if (!(error instanceof ProblemError)) return { retry: true };
  const { status, code, detail, retryAfterSeconds } = error;
  const transient = code === 'idempotency_key_in_flight' || status === 401 || status === 408 || status === 429 || status >= 500;
  if (!transient && (FINAL_STATUSES.has(status) || !error.retryable)) return { retry: false, failure: { status, code: String(code), detail: detail || undefined } };
  return retryAfterSeconds === undefined ? { retry: true } : { retry: true, afterMs: retryAfterSeconds * 1000 };
}
