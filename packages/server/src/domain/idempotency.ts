import { createHash } from 'node:crypto';
import type { Queryable } from '../storage/database.js';
import { Problem } from '../http/problem.js';

/** A pending key older than this belongs to a request whose process died; a retry takes it over. */
const ABANDONED_AFTER_SECONDS = 30;

export type Claim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: unknown };

/** The request's fingerprint: the same JSON with its keys in any order gives the same hash. */
export function requestHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('base64url');
}

/**
 * Claims an Idempotency-Key for a session (IETF draft semantics): a stored response is replayed for
 * the same body, a different body is 422, and a request still in flight is 409.
 */
export async function claimKey(db: Queryable, sessionId: string, key: string, hash: string): Promise<Claim> {
  const inserted = await db.query("INSERT INTO idempotency_keys (session_id, key, request_hash, state) VALUES ($1, $2, $3, 'pending') ON CONFLICT DO NOTHING RETURNING key", [sessionId, key, hash]);
  if (inserted.length) return { kind: 'claimed' };
  const [row] = await db.query<{ request_hash: string; state: string; status: number | null; response: string | null; stale: boolean }>(
    `SELECT request_hash, state, status, response, created_at < now() - make_interval(secs => $3) AS stale FROM idempotency_keys WHERE session_id = $1 AND key = $2`,
    [sessionId, key, ABANDONED_AFTER_SECONDS],
  );
  if (!row) return claimKey(db, sessionId, key, hash); // released meanwhile
  if (row.request_hash !== hash) throw new Problem('idempotency_key_reuse', 'this Idempotency-Key was used with a different body; use a new key for a new message');
  if (row.state === 'done') return { kind: 'replay', status: Number(row.status), body: JSON.parse(row.response!) };
  if (row.stale) {
    const taken = await db.query("UPDATE idempotency_keys SET created_at = now() WHERE session_id = $1 AND key = $2 AND state = 'pending' AND created_at < now() - make_interval(secs => $3) RETURNING key", [sessionId, key, ABANDONED_AFTER_SECONDS]);
    if (taken.length) return { kind: 'claimed' };
  }
  throw new Problem('idempotency_key_in_flight', 'a request with this Idempotency-Key is still being processed; retry shortly', { retryAfterSeconds: 1 });
}

/** Inside the writing transaction: the response is stored atomically with what it reports. */
export async function completeKey(tx: Queryable, sessionId: string, key: string, status: number, body: unknown): Promise<void> {
  await tx.query("UPDATE idempotency_keys SET state = 'done', status = $3, response = $4 WHERE session_id = $1 AND key = $2", [sessionId, key, status, JSON.stringify(body)]);
}

/** The request failed before anything was written: the key is free for the retry. */
export async function releaseKey(db: Queryable, sessionId: string, key: string): Promise<void> {
  await db.query("DELETE FROM idempotency_keys WHERE session_id = $1 AND key = $2 AND state = 'pending'", [sessionId, key]);
}

export async function purgeExpiredKeys(db: Queryable, retentionSeconds: number): Promise<void> {
  await db.query('DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => $1)', [retentionSeconds]);
}
