/**
 * Which send failures are worth retrying. Retried: network errors and timeouts, 408, 429 and 5xx
 * (after Retry-After when given), 409 `idempotency_key_in_flight`, 401 (the token could not be
 * renewed just now) and anything else the server marks `retryable`. Final: 400 (validation,
 * message_too_long), 403, 404, 409 (conversation_ended and other conflicts), 410, 413, 415, 422.
 */
import { FoyerError, ProblemError } from '../api/errors.js';

export type SendFailure =
  | { retry: true; /** Wait at least this long (from Retry-After / retryAfterSeconds). */ afterMs?: number }
  | { retry: false; failure: { status: number; code: string; detail?: string } };

const FINAL_STATUSES = new Set([400, 403, 404, 409, 410, 413, 415, 422]);

export function classifySendFailure(error: unknown): SendFailure {
  if (error instanceof ProblemError) {
    const afterMs = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined;
    const retry = (): SendFailure => (afterMs !== undefined ? { retry: true, afterMs } : { retry: true });
    if (error.code === 'idempotency_key_in_flight') return retry();
    if (error.status === 408 || error.status === 429 || error.status >= 500 || error.status === 401) return retry();
    if (FINAL_STATUSES.has(error.status) || !error.retryable) {
      return { retry: false, failure: { status: error.status, code: String(error.code), detail: error.detail || undefined } };
    }
    return retry();
  }
  if (error instanceof FoyerError && error.kind === 'aborted') return { retry: true };
  // Network errors, timeouts and anything unexpected: the same key makes a retry safe.
  return { retry: true };
}
