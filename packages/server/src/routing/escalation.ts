import type { AppContext } from '../app-context.js';
import { Problem } from '../http/problem.js';
import type { Queryable } from '../storage/database.js';
import { loadOwnConversation, customerOf } from '../domain/conversations.js';
import { withEvents, type EventTransaction } from '../domain/event-writer.js';
import { newId } from '../domain/ids.js';
import type { Caller, Participant } from '../domain/types.js';
import { routingOf } from '../agents/accounts.js';
import { isOpen, nextOpening, type Queue } from './business-hours.js';
import { queueForTopic } from './queues.js';
import { priorityOf, type SessionCustomerRow } from './customers.js';
import { agentsOfQueue, ephemeralJson, snapshot, waitModel, type QueueEntryRow } from './engine.js';
import { staffingOf, type StaffingReason } from './staffing.js';

export interface EscalationInput { reason?: string; skill?: string; preferred?: 'chat' | 'callback' | 'call' | 'message' }

/** A skill naming a queue (by id or topic) wins; then the conversation's topic; then the default queue. */
export function queueFor(app: AppContext, topic: string | null, skill?: string): Queue {
  const routing = routingOf(app);
  return (skill ? routing.queues.find((q) => q.id === skill) : undefined) ?? queueForTopic(routing, skill ?? topic ?? undefined);
}

function alternatives(queue: Queue, open: boolean, now: Date) {
  const next = open ? undefined : nextOpening(queue, now);
  return [
    // Outside hours an ASAP callback is refused, but a slot can still be booked.
    { kind: 'callback', available: true, label: open ? 'Request a callback' : 'Book a callback', ...(next ? { nextOpenAt: next.toISOString() } : {}) },
    { kind: 'secure_message', available: true, label: 'Leave a message' },
  ];
}

async function snapshotOf(app: AppContext, db: Queryable, queue: Queue, entry: QueueEntryRow) {
  if (entry.left_message) return { ...snapshot(queue, undefined, undefined), leftMessage: true };
  const [ahead] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM queue_entries WHERE queue_id = $1 AND NOT left_message AND conversation_id <> $2
        AND (priority > $3 OR (priority = $3 AND (waiting_since < $4 OR (waiting_since = $4 AND conversation_id < $2))))`,
    [queue.id, entry.conversation_id, entry.priority, entry.waiting_since],
  );
  const position = Number(ahead?.n ?? 0) + 1;
  return snapshot(queue, position, (await waitModel(app, db, queue.id)).ewt(position));
}

const queueById = (app: AppContext, id: string): Queue => routingOf(app).queues.find((q) => q.id === id) ?? queueFor(app, null);

/**
 * Hand-over from the bot: checks business hours, whether anyone serves the queue and the queue's
 * maximum wait, then queues the conversation (`bot` → `queued`). "Leave a message" (`preferred: message`)
 * queues it in the asynchronous inbox instead: no offers, the desk answers when it can.
 */
export async function escalate(app: AppContext, caller: Caller, conversationId: string, input: EscalationInput) {
  const now = new Date();
  const result = await withEvents(app, async (w) => {
    const row = await loadOwnConversation(w.tx, caller, conversationId, true);
    if (row.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended; start a new one');
    const [existing] = await w.tx.query<QueueEntryRow>('SELECT * FROM queue_entries WHERE conversation_id = $1', [row.id]);
    if (existing) {
      const queue = queueById(app, existing.queue_id);
      return { escalationId: existing.escalation_id, status: 'queued', queue: await snapshotOf(app, w.tx, queue, existing), alternatives: alternatives(queue, true, now) };
    }
    if (row.state !== 'bot') {
      const [assigned] = await w.tx.query<{ escalation_id: string | null }>('SELECT escalation_id FROM assignments WHERE conversation_id = $1 ORDER BY assigned_at DESC LIMIT 1', [row.id]);
      return { escalationId: assigned?.escalation_id ?? row.id, status: 'queued', alternatives: [] };
    }
    const queue = queueFor(app, row.topic, input.skill);
    const open = isOpen(queue, now);
    const escalationId = newId();
    const leaveMessage = input.preferred === 'message';
    if (!open && !leaveMessage) return { escalationId, status: 'closed', reason: 'outside_business_hours', alternatives: alternatives(queue, false, now) };
    const [session] = await w.tx.query<SessionCustomerRow>('SELECT kind AS session_kind, customer AS session_customer FROM sessions WHERE id = $1', [caller.sessionId]);
    const priority = priorityOf(app.config.routingOptions, session!);
    // Agents away still serve the queue when they are back: the customer may wait, and is told why with the alternatives.
    let awayReason: StaffingReason | undefined;
    if (!leaveMessage) {
      const staffing = await staffingOf(w.tx, queue.id);
      if (staffing.reason === 'no_agents_signed_in') return { escalationId, status: 'no_agents', reason: staffing.reason, alternatives: alternatives(queue, true, now) };
      const [ahead] = await w.tx.query<{ n: number }>('SELECT count(*) AS n FROM queue_entries WHERE queue_id = $1 AND NOT left_message AND priority >= $2', [queue.id, priority]);
      const ewt = (await waitModel(app, w.tx, queue.id)).ewt(Number(ahead!.n) + 1);
      if (queue.maxWaitSeconds !== undefined && ewt > queue.maxWaitSeconds) return { escalationId, status: 'no_agents', reason: 'over_max_wait', alternatives: alternatives(queue, true, now) };
      awayReason = staffing.reason;
    }
    const [entry] = await w.tx.query<QueueEntryRow>(
      `INSERT INTO queue_entries (conversation_id, escalation_id, queue_id, priority, waiting_since, left_message) VALUES ($1, $2, $3, $4, now(), $5) RETURNING *`,
      [row.id, escalationId, queue.id, priority, leaveMessage],
    );
    await w.tx.query("UPDATE conversations SET state = 'queued', queue_id = $2, handover_seq = last_seq WHERE id = $1", [row.id, queue.id]);
    const actor = customerOf(caller);
    await w.append(row.id, 'escalation.requested', { escalationId, ...(input.reason ? { reason: input.reason } : {}), ...(input.skill ? { skill: input.skill } : {}) }, actor);
    await w.append(row.id, 'conversation.state_changed', { state: 'queued', previousState: row.state }, actor);
    if (leaveMessage) await notifyQueueDesks(w, queue.id);
    return { escalationId, status: 'queued', queue: await snapshotOf(app, w.tx, queue, entry!), ...(awayReason ? { reason: awayReason } : {}), alternatives: awayReason ? alternatives(queue, true, now) : [] };
  });
  if (result.status === 'queued') await app.routing.kick();
  return result;
}

/**
 * A secure message (a signed-in customer's asynchronous conversation) goes straight to the inbox of its
 * topic's queue, inside the transaction that creates it, so an agent of that queue answers it.
 */
export async function enqueueSecureMessage(w: EventTransaction, conversationId: string, topic: string | null, actor: Participant): Promise<void> {
  const queue = queueFor(w.app, topic);
  await w.tx.query("INSERT INTO queue_entries (conversation_id, escalation_id, queue_id, priority, waiting_since, left_message) SELECT $1, $2, $3, 0, now(), true", [conversationId, newId(), queue.id]);
  await w.tx.query("UPDATE conversations SET state = 'queued', queue_id = $2, handover_seq = last_seq WHERE id = $1", [conversationId, queue.id]);
  await w.append(conversationId, 'conversation.state_changed', { state: 'queued', previousState: 'bot' }, actor);
  await notifyQueueDesks(w, queue.id);
}

/** A left message changes no position, so the dispatcher would not tell the desks; this does. */
async function notifyQueueDesks(w: EventTransaction, queueId: string): Promise<void> {
  const audience = await agentsOfQueue(w.tx, queueId);
  const [n] = await w.tx.query<{ n: number }>('SELECT count(*) AS n FROM queue_entries WHERE queue_id = $1 AND NOT left_message', [queueId]);
  if (audience.length) w.afterCommit(() => w.app.fanout.ephemeral(audience, ephemeralJson({ audience, type: 'queue.changed', data: { queueId, waiting: Number(n!.n) } })));
}

export async function getQueueSnapshot(app: AppContext, caller: Caller, conversationId: string) {
  const row = await loadOwnConversation(app.db, caller, conversationId);
  const [entry] = await app.db.query<QueueEntryRow>('SELECT * FROM queue_entries WHERE conversation_id = $1', [row.id]);
  if (!entry) throw new Problem('not_found', 'the conversation is not waiting in a queue');
  return snapshotOf(app, app.db, queueById(app, entry.queue_id), entry);
}

/**
 * Inside the transaction that ends a conversation: it leaves its queue (a pending offer is withdrawn)
 * or its agent's desk (`assignment.ended`).
 */
export async function releaseRouting(w: EventTransaction, conversationId: string, reason: string): Promise<void> {
  const [entry] = await w.tx.query<{ offer_id: string | null; offered_to: string | null }>('DELETE FROM queue_entries WHERE conversation_id = $1 RETURNING offer_id, offered_to', [conversationId]);
  const endReason = ['customer', 'agent', 'idle_timeout', 'system', 'transferred'].includes(reason) ? reason : 'system';
  const ended = await w.tx.query<{ agent_id: string }>(
    'UPDATE assignments SET ended_at = now(), end_reason = $2 WHERE conversation_id = $1 AND ended_at IS NULL RETURNING agent_id',
    [conversationId, endReason],
  );
  if (!entry && !ended.length) return;
  w.afterCommit(async () => {
    if (entry?.offered_to) {
      const audience = [`a:${entry.offered_to}`];
      await w.app.fanout.ephemeral(audience, ephemeralJson({ audience, type: 'offer.withdrawn', data: { offerId: entry.offer_id, conversationId, reason: 'conversation_ended' } }));
    }
    for (const { agent_id } of ended) {
      const audience = [`a:${agent_id}`];
      await w.app.fanout.ephemeral(audience, ephemeralJson({ audience, type: 'assignment.ended', data: { conversationId, reason: endReason } }));
    }
    await w.app.routing.kick();
  });
}
