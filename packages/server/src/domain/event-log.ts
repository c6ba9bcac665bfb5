import type { Database, Queryable } from '../storage/database.js';
import { Problem } from '../http/problem.js';
import { newId, nowIso } from './ids.js';
import type { EventEnvelope, Participant } from './types.js';

/** A persisted event as it leaves the log: the envelope and its JSON text, written once. */
export interface LoggedEvent { conversationId: string; seq: number; json: string }

/**
 * Appends an event to a conversation's log inside the caller's transaction. The row lock taken by
 * the UPDATE serialises writers of one conversation, so `seq` is gapless and commit order is seq order.
 */
export async function appendEvent(
  tx: Queryable,
  conversationId: string,
  type: string,
  data: Record<string, unknown>,
  actor?: Participant,
  build?: (seq: number) => Record<string, unknown>,
): Promise<LoggedEvent & { envelope: EventEnvelope; audience: string[] }> {
  const [row] = await tx.query<{ last_seq: number; session_id: string; assigned_agent_id: string | null }>(
    'UPDATE conversations SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq, session_id, assigned_agent_id',
    [conversationId],
  );
  if (!row) throw new Problem('not_found', 'no such conversation');
  const seq = Number(row.last_seq);
  const envelope: EventEnvelope = {
    id: newId(),
    type,
    conversationId,
    seq,
    occurredAt: nowIso(),
    ...(actor ? { actor } : {}),
    data: build ? build(seq) : data,
  };
  const json = JSON.stringify(envelope);
  await tx.query('INSERT INTO events (conversation_id, seq, type, occurred_at, envelope) VALUES ($1, $2, $3, $4, $5)', [conversationId, seq, type, envelope.occurredAt, json]);
  return { conversationId, seq, json, envelope, audience: audienceOf(conversationId, row.session_id, row.assigned_agent_id) };
}

/** Who hears a conversation's events: the customer's session streams, anyone watching it, and the assigned agent's desk. */
export const audienceOf = (conversationId: string, sessionId: string, agentId?: string | null): string[] => [
  `s:${sessionId}`, `c:${conversationId}`, ...(agentId ? [`a:${agentId}`] : []),
];

/** Events after `afterSeq`, in order; throws 410 when part of that range was purged by retention. */
export async function readEvents(db: Queryable, conversationId: string, afterSeq: number, limit: number): Promise<LoggedEvent[]> {
  await assertRetained(db, conversationId, afterSeq);
  const rows = await db.query<{ seq: number; envelope: string }>(
    'SELECT seq, envelope FROM events WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [conversationId, afterSeq, limit],
  );
  return rows.map((r) => ({ conversationId, seq: Number(r.seq), json: r.envelope }));
}

export async function purgedThrough(db: Queryable, conversationId: string): Promise<number> {
  const [row] = await db.query<{ purged_through_seq: number }>('SELECT purged_through_seq FROM retention_marks WHERE conversation_id = $1', [conversationId]);
  return Number(row?.purged_through_seq ?? 0);
}

export async function assertRetained(db: Queryable, conversationId: string, afterSeq: number): Promise<void> {
  const purged = await purgedThrough(db, conversationId);
  if (afterSeq < purged) {
    throw new Problem('resume_window_expired', `events up to seq ${purged} are no longer kept; reload the transcript`);
  }
}

/** Deletes events older than the retention, remembering per conversation how far the log was cut. */
export async function purgeExpiredEvents(db: Database, retentionSeconds: number): Promise<number> {
  return db.transaction(async (tx) => {
    const cut = await tx.query<{ conversation_id: string; max_seq: number }>(
      `DELETE FROM events WHERE occurred_at < now() - make_interval(secs => $1) RETURNING conversation_id, seq AS max_seq`,
      [retentionSeconds],
    );
    const highest = new Map<string, number>();
    for (const r of cut) highest.set(r.conversation_id, Math.max(highest.get(r.conversation_id) ?? 0, Number(r.max_seq)));
    for (const [conversationId, seq] of highest) {
      await tx.query(
        `INSERT INTO retention_marks (conversation_id, purged_through_seq) VALUES ($1, $2)
         ON CONFLICT (conversation_id) DO UPDATE SET purged_through_seq = GREATEST(retention_marks.purged_through_seq, EXCLUDED.purged_through_seq)`,
        [conversationId, seq],
      );
    }
    return cut.length;
  });
}
