import type { AppContext } from '../app-context.js';
import type { AgentCaller } from '../auth/signing-keys.js';
import { Problem } from '../http/problem.js';
import type { Queryable } from '../storage/database.js';
import { loadAgent, queuesOfAgent } from '../agents/accounts.js';
import { days, isOpen, type Queue } from '../routing/business-hours.js';
import { customerSummary, type SessionCustomerRow } from '../routing/customers.js';
import { agentsOfQueue, ephemeralJson } from '../routing/engine.js';
import { queueFor } from '../routing/escalation.js';
import { loadOwnConversation, customerOf } from './conversations.js';
import { withEvents, type EventTransaction } from './event-writer.js';
import { newId } from './ids.js';
import { takeToken } from './rate-limit.js';
import type { Caller } from './types.js';

type CallbackStatus = 'requested' | 'scheduled' | 'attempting' | 'completed' | 'failed' | 'cancelled';
interface CallbackRow {
  id: string; session_id: string; queue_id: string; status: CallbackStatus; phone_e164: string; asap: boolean; slot_id: string | null; scheduled_for: string | Date | null;
  topic: string | null; conversation_id: string | null; note: string | null; failure_reason: string | null; created_at: string | Date; updated_at: string | Date;
}
export type CallbackWhen = { type: 'asap' } | { type: 'slot'; slotId: string } | { type: 'at'; at: string };
export interface CallbackInput { phoneE164: string; when: CallbackWhen; topic?: string; conversationId?: string; consent: true; context?: Record<string, string> }

const iso = (v: string | Date) => new Date(v).toISOString();
const DAY_MS = 86_400_000;
/** How far ahead slots are offered and can be booked. */
const SLOT_HORIZON_DAYS = 14;
const OPEN_STATUSES = ['requested', 'scheduled', 'attempting'];

function toCallback(r: CallbackRow) {
  return {
    id: r.id,
    status: r.status,
    phoneE164: r.phone_e164,
    asap: r.asap,
    ...(r.slot_id ? { slotId: r.slot_id } : {}),
    ...(r.scheduled_for ? { scheduledFor: iso(r.scheduled_for) } : {}),
    ...(r.topic ? { topic: r.topic } : {}),
    ...(r.conversation_id ? { conversationId: r.conversation_id } : {}),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    ...(r.failure_reason ? { failureReason: r.failure_reason } : {}),
  };
}

const toAgentCallback = (r: CallbackRow & SessionCustomerRow) => ({ callback: toCallback(r), customer: customerSummary(r), queueId: r.queue_id, ...(r.note ? { note: r.note } : {}) });

/** Slot ids name the queue and the start minute, so a booking can be checked without storing slots. */
const slotId = (queue: Queue, start: Date) => `${queue.id}~${Math.round(start.getTime() / 60_000)}`;

function slotStarts(app: AppContext, queue: Queue, from: Date, to: Date): Date[] {
  const step = app.config.routingOptions.callbackSlotMinutes * 60_000;
  const starts: Date[] = [];
  for (const day of days(queue, new Date(from.getTime() - DAY_MS), Math.ceil((to.getTime() - from.getTime()) / DAY_MS) + 2)) {
    for (const interval of day.intervals) {
      const closes = Date.parse(interval.closesAt);
      for (let t = Date.parse(interval.opensAt); t + step <= closes; t += step) if (t >= from.getTime() && t < to.getTime()) starts.push(new Date(t));
    }
  }
  return [...new Map(starts.map((d) => [d.getTime(), d])).values()].sort((a, b) => a.getTime() - b.getTime());
}

async function bookedPerSlot(db: Queryable, queueId: string): Promise<Map<string, number>> {
  const rows = await db.query<{ slot_id: string; n: number }>('SELECT slot_id, count(*) AS n FROM callbacks WHERE queue_id = $1 AND slot_id IS NOT NULL AND status = ANY($2::text[]) GROUP BY slot_id', [queueId, OPEN_STATUSES]);
  return new Map(rows.map((r) => [r.slot_id, Number(r.n)]));
}

export async function listSlots(app: AppContext, q: { topic?: string; from?: string; to?: string }) {
  const queue = queueFor(app, q.topic ?? null);
  const now = Date.now();
  const from = new Date(Math.max(now, q.from ? Date.parse(q.from) : now));
  const to = new Date(Math.min(q.to ? Date.parse(q.to) : from.getTime() + 7 * DAY_MS, now + SLOT_HORIZON_DAYS * DAY_MS));
  if (to.getTime() <= from.getTime()) return { timezone: queue.timezone, slots: [] };
  const booked = await bookedPerSlot(app.db, queue.id);
  const capacity = app.config.routingOptions.callbackSlotCapacity;
  const step = app.config.routingOptions.callbackSlotMinutes * 60_000;
  const slots = slotStarts(app, queue, from, to).map((start) => {
    const id = slotId(queue, start);
    return { id, start: start.toISOString(), end: new Date(start.getTime() + step).toISOString(), remaining: Math.max(0, capacity - (booked.get(id) ?? 0)) };
  });
  return { timezone: queue.timezone, slots };
}

/** When a callback is for: ASAP while open, a free slot, or a time inside business hours. */
async function resolveWhen(app: AppContext, db: Queryable, queue: Queue, when: CallbackWhen): Promise<{ status: CallbackStatus; asap: boolean; slotId?: string; scheduledFor?: Date }> {
  const now = new Date();
  if (when.type === 'asap') {
    if (!isOpen(queue, now)) throw new Problem('outside_business_hours', `the ${queue.name} team is closed now; book a slot instead`);
    return { status: 'requested', asap: true };
  }
  if (when.type === 'slot') {
    const minute = Number(when.slotId.split('~')[1]);
    const start = new Date(minute * 60_000);
    const valid = when.slotId.startsWith(`${queue.id}~`) && Number.isInteger(minute) && slotStarts(app, queue, start, new Date(start.getTime() + 1)).length === 1 && start.getTime() > now.getTime();
    if (!valid) throw new Problem('invalid_request', 'no such callback slot (ask GET /v1/callbacks/slots)', { errors: [{ pointer: '/when/slotId', code: 'not_found' }] });
    if (((await bookedPerSlot(db, queue.id)).get(when.slotId) ?? 0) >= app.config.routingOptions.callbackSlotCapacity) {
      throw new Problem('invalid_request', 'the slot is fully booked; choose another', { errors: [{ pointer: '/when/slotId', code: 'slot_full' }] });
    }
    return { status: 'scheduled', asap: false, slotId: when.slotId, scheduledFor: start };
  }
  const at = new Date(when.at);
  if (!(at.getTime() > now.getTime()) || at.getTime() > now.getTime() + SLOT_HORIZON_DAYS * DAY_MS || !isOpen(queue, at)) {
    throw new Problem('invalid_request', 'the time must be in the future, within 14 days and inside business hours', { errors: [{ pointer: '/when/at', code: 'outside_business_hours' }] });
  }
  return { status: 'scheduled', asap: false, scheduledFor: at };
}

async function tellDesks(w: EventTransaction, row: CallbackRow): Promise<void> {
  const audience = await agentsOfQueue(w.tx, row.queue_id);
  const [full] = await w.tx.query<CallbackRow & SessionCustomerRow>('SELECT b.*, s.kind AS session_kind, s.customer AS session_customer FROM callbacks b JOIN sessions s ON s.id = b.session_id WHERE b.id = $1', [row.id]);
  if (audience.length) w.afterCommit(() => w.app.fanout.ephemeral(audience, ephemeralJson({ audience, type: 'callback.created', data: { callback: toAgentCallback(full!) } })));
}

export async function createCallback(app: AppContext, caller: Caller, input: CallbackInput) {
  return withEvents(app, async (w) => {
    await takeToken(w.tx, `callbacks:${caller.sessionId}`, 3 / 3600, 3);
    const conversation = input.conversationId ? await loadOwnConversation(w.tx, caller, input.conversationId, true) : undefined;
    const topic = input.topic ?? conversation?.topic ?? undefined;
    const queue = queueFor(app, topic ?? null);
    const when = await resolveWhen(app, w.tx, queue, input.when);
    const [row] = await w.tx.query<CallbackRow>(
      `INSERT INTO callbacks (id, session_id, queue_id, status, phone_e164, asap, slot_id, scheduled_for, topic, conversation_id, context)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
      [newId(), caller.sessionId, queue.id, when.status, input.phoneE164, when.asap, when.slotId ?? null, when.scheduledFor?.toISOString() ?? null, topic ?? null, conversation?.id ?? null, JSON.stringify(input.context ?? {})],
    );
    if (conversation) await w.append(conversation.id, 'callback.scheduled', { callback: toCallback(row!) }, customerOf(caller));
    await tellDesks(w, row!);
    return toCallback(row!);
  });
}

async function loadOwnCallback(db: Queryable, caller: Caller, id: string, forUpdate = false): Promise<CallbackRow> {
  const [row] = await db.query<CallbackRow>(`SELECT * FROM callbacks WHERE id = $1 AND session_id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [id, caller.sessionId]);
  if (!row) throw new Problem('not_found', 'no such callback in this session');
  return row;
}

export const getCallback = async (app: AppContext, caller: Caller, id: string) => toCallback(await loadOwnCallback(app.db, caller, id));

export async function cancelCallback(app: AppContext, caller: Caller, id: string): Promise<void> {
  await app.db.transaction(async (tx) => {
    const row = await loadOwnCallback(tx, caller, id, true);
    if (row.status === 'cancelled') return;
    if (row.status === 'completed' || row.status === 'failed') throw new Problem('callback_closed', `the callback is already ${row.status}`);
    await tx.query("UPDATE callbacks SET status = 'cancelled', updated_at = now() WHERE id = $1", [id]);
  });
}

const SELECT_AGENT = 'SELECT b.*, s.kind AS session_kind, s.customer AS session_customer FROM callbacks b JOIN sessions s ON s.id = b.session_id';

export async function listAgentCallbacks(app: AppContext, agent: AgentCaller, status: CallbackStatus | undefined, limit = 50) {
  const queues = queuesOfAgent(app, await loadAgent(app.db, agent.agentId)).map((q) => q.id);
  const rows = await app.db.query<CallbackRow & SessionCustomerRow>(
    `${SELECT_AGENT} WHERE b.queue_id = ANY($1::text[])${status ? ' AND b.status = $3' : ''} ORDER BY coalesce(b.scheduled_for, b.created_at), b.id LIMIT $2`,
    status ? [queues, limit, status] : [queues, limit],
  );
  return { items: rows.map(toAgentCallback) };
}

export async function updateAgentCallback(app: AppContext, agent: AgentCaller, id: string, input: { status: 'attempting' | 'completed' | 'failed'; note?: string }) {
  return withEvents(app, async (w) => {
    const agentRow = await loadAgent(w.tx, agent.agentId);
    const queues = queuesOfAgent(app, agentRow).map((q) => q.id);
    const [row] = await w.tx.query<CallbackRow>('SELECT * FROM callbacks WHERE id = $1 FOR UPDATE', [id]);
    if (!row || !queues.includes(row.queue_id)) throw new Problem('not_found', 'no such callback in this agent’s queues');
    if (!OPEN_STATUSES.includes(row.status)) throw new Problem('callback_closed', `the callback is already ${row.status}`);
    await w.tx.query('UPDATE callbacks SET status = $2, note = coalesce($3, note), failure_reason = $4, updated_at = now() WHERE id = $1', [
      id, input.status, input.note ?? null, input.status === 'failed' ? (input.note ?? 'not reached') : null,
    ]);
    const [after] = await w.tx.query<CallbackRow & SessionCustomerRow>(`${SELECT_AGENT} WHERE b.id = $1`, [id]);
    if (after!.conversation_id) {
      const actor = { role: 'agent' as const, id: agentRow.id, displayName: agentRow.display_name };
      const data = input.status === 'failed' ? { callback: toCallback(after!), reason: after!.failure_reason } : { callback: toCallback(after!) };
      await w.append(after!.conversation_id, `callback.${input.status}`, data, actor);
    }
    return toAgentCallback(after!);
  });
}

