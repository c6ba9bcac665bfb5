/**
 * Reconnect and retry delays: `initialMs` doubling per attempt, capped at `maxMs`, with ±`jitter`
 * (a fraction) spread around the nominal value. The defaults are the contract's: 1 s, 30 s, ±30 %.
 */
export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  /** 0.3 = ±30 %. */
  jitter?: number;
}

export const DEFAULT_BACKOFF: Required<BackoffOptions> = { initialMs: 1_000, maxMs: 30_000, jitter: 0.3 };

/** The nominal delay before attempt `attempt` (0-based): initial · 2^attempt, at most max. */
export function nominalDelay(attempt: number, options: BackoffOptions = {}): number {
  const { initialMs, maxMs } = { ...DEFAULT_BACKOFF, ...options };
  return Math.min(maxMs, initialMs * 2 ** Math.min(Math.max(0, attempt), 52));
}

/**
 * The jittered delay: nominal · (1 ± jitter), never above `maxMs` (the cap is a hard cap) and never
 * negative. `random` returns [0, 1) like Math.random.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const { jitter, maxMs } = { ...DEFAULT_BACKOFF, ...options };
  const nominal = nominalDelay(attempt, options);
  const factor = 1 + jitter * (2 * random() - 1);
  return Math.max(0, Math.min(maxMs, Math.round(nominal * factor)));
}
