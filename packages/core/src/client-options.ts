/** The options of createFoyerClient(). */
import type { Platform } from './platform/types.js';
import type { FetchLike } from './platform/web.js';
import type { StreamTimings } from './stream/event-stream.js';
import type { BackoffOptions } from './util/backoff.js';
import type { Clock } from './util/clock.js';

export interface FoyerClientOptions {
  /** The engagement server, e.g. `https://chat.bank.example`. A function is read on every request. */
  baseUrl: string | (() => string);
  /** A separate base URL for the event stream (default: baseUrl). */
  streamBaseUrl?: string | (() => string);
  /** Customer sessions: returns the host-issued identity JWT. Without it the session is a guest one. */
  getIdentityToken?: () => Promise<string>;
  /** BCP 47 tag sent as Accept-Language and as the session's locale. */
  locale?: string | (() => string | undefined);
  /** The fetch to use (default: the global one). */
  fetch?: FetchLike;
  /** Storage, tabs and visibility (default: detected; the client then also owns and closes it). */
  platform?: Platform | Promise<Platform>;
  /** Separates the stored data of several Foyer deployments on one site (default 'default'). */
  namespace?: string;
  clock?: Clock;
  random?: () => number;
  /** Event-stream intervals (defaults: backoff 1 s → 30 s ±30 %, dead after 45 s, healthy after 10 s). */
  stream?: StreamTimings & { gapFillPageSize?: number; gapFillBackoff?: BackoffOptions; persistDelayMs?: number };
  /** Outbox retry backoff (defaults 1 s → 30 s ±30 %). */
  outbox?: { backoff?: BackoffOptions };
  /** Per-request timeout (default 10 s) and retries of idempotent reads (default 2). */
  requestTimeoutMs?: number;
  requestRetryLimit?: number;
  /** Background failures (stream drops, retries); the client carries on. Default: ignored. */
  onError?: (error: unknown) => void;
}

export interface SendOptions {
  attachmentIds?: string[];
  replyTo?: string;
  /** Reuse a known id (default: a new UUIDv7). */
  clientMessageId?: string;
}

/** A value or a function of it, as a function. */
export const asGetter = <T>(value: T | (() => T)): (() => T) => (typeof value === 'function' ? (value as () => T) : () => value);
