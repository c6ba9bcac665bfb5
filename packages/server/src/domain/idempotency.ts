import { createHash } from 'node:crypto';
import type { Queryable } from '../storage/database.js';
import { Problem } from '../http/problem.js';

export type Stored = { status: number; body: unknown };

/** The request's fingerprint: the same JSON with its keys in any order gives the same hash. */
export function requestHash(body: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('base64url');
}

/**
 * Inside the writing transaction, claims an Idempotency-Key for a session (IETF draft semantics): the
 * stored response is returned for the same body, another body is 422, and a request still in flight
 * is 409. The claim is a transaction-scoped advisory lock, so a process that dies mid-request
 * releases it with its connection and the retry goes straight through.
 */
export async function claimKey(tx: Queryable, sessionId: string, key: string, hash: string): Promise<Stored | undefined> {
  const [lock] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS ok', [`idem:${sessionId}:${key}`]);
  if (!lock?.ok) throw new Problem('idempotency_key_in_flight', 'a request with this Idempotency-Key is still being processed; retry shortly', { retryAfterSeconds: 1 });
  const [row] = await tx.query<{ request_hash: string; status: number; response: string }>('SELECT request_hash, status, response FROM idempotency_keys WHERE session_id = $1 AND key = $2', [sessionId, key]);
  if (!row) return undefined;
  if (row.request_hash !== hash) throw new Problem('idempotency_key_reuse', 'this Idempotency-Key was used with a different body; use a new key for a new message');
  return { status: Number(row.status), body: JSON.parse(row.response) };
}

/** Stores the response with what it reports, in the same transaction. */
export async function storeResponse(tx: Queryable, sessionId: string, key: string, hash: string, stored: Stored): Promise<void> {
  await tx.query('INSERT INTO idempotency_keys (session_id, key, request_hash, status, response) VALUES ($1, $2, $3, $4, $5)', [
    sessionId, key, hash, stored.status, JSON.stringify(stored.body),
  ]);
}

export async function purgeExpiredKeys(db: Queryable, retentionSeconds: number): Promise<void> {
  await db.query('DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => $1)', [retentionSeconds]);
}
