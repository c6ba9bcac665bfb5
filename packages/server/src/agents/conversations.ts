import type { AppContext } from '../app-context.js';
import { attachmentRefsForMessage } from '../attachments/domain.js';
import type { AgentCaller } from '../auth/signing-keys.js';
import { Problem } from '../http/problem.js';
import type { Queryable } from '../storage/database.js';
import { endInTransaction, toConversation, type ConversationRow } from '../domain/conversations.js';
import { withEvents } from '../domain/event-writer.js';
import { newId, nowIso } from '../domain/ids.js';
import { claimKey, requestHash, storeResponse } from '../domain/idempotency.js';
import { assertTextLimits, insertMessage, messagePage, type CustomerPart, type MessagePageQuery } from '../domain/messages.js';
import type { Message, Participant } from '../domain/types.js';
import { customerSummary, priorityOf, type SessionCustomerRow } from '../routing/customers.js';
import { ephemeralJson, type QueueEntryRow } from '../routing/engine.js';
import { loadAgent, routingOf } from './accounts.js';

type Row = ConversationRow & SessionCustomerRow & { session_locale: string | null };
const iso = (v: string | Date) => new Date(v).toISOString();
const SELECT = `SELECT c.*, s.kind AS session_kind, s.customer AS session_customer, s.locale AS session_locale FROM conversations c JOIN sessions s ON s.id = c.session_id`;

export const agentParticipant = (agent: { id: string; display_name: string }): Participant => ({ role: 'agent', id: agent.id, displayName: agent.display_name });

/** A conversation the agent works, or holds an offer for (`write` needs the assignment); 404 otherwise. */
export async function loadForAgent(db: Queryable, agent: AgentCaller, conversationId: string, opts: { write?: boolean; forUpdate?: boolean } = {}): Promise<Row> {
  const [row] = await db.query<Row>(`${SELECT} WHERE c.id = $1${opts.forUpdate ? ' FOR UPDATE OF c' : ''}`, [conversationId]);
  if (!row) throw new Problem('not_found', 'no such conversation');
  if (row.assigned_agent_id === agent.agentId) return row;
  if (!opts.write) {
    const [entry] = await db.query<{ offered_to: string | null; left_message: boolean; queue_id: string }>('SELECT offered_to, left_message, queue_id FROM queue_entries WHERE conversation_id = $1', [conversationId]);
    if (entry?.offered_to === agent.agentId) return row;
    if (entry?.left_message && (await loadAgent(db, agent.agentId)).queues.includes(entry.queue_id)) return row;
    throw new Problem('not_found', 'no such conversation among this agent’s chats and offers');
  }
  throw new Problem('forbidden', 'only the assigned agent may do this');
}

/** Page, title and product from the context the SDK and the bot sent. */
function customerContext(row: Row) {
  const raw = row.context ?? {};
  const pick = (...keys: string[]) => keys.map((k) => raw[k]).find((v) => typeof v === 'string' && v);
  const pageUrl = pick('pageUrl', 'page.url', 'page');
  const pageTitle = pick('pageTitle', 'page.title');
  const product = pick('product', 'bot.product');
  const locale = pick('locale') ?? row.session_locale ?? undefined;
  const device = pick('device');
  return { ...(pageUrl ? { pageUrl } : {}), ...(pageTitle ? { pageTitle } : {}), ...(product ? { product } : {}), ...(locale ? { locale } : {}), ...(device ? { device } : {}), raw };
}

async function assignmentOf(db: Queryable, conversationId: string) {
  const [a] = await db.query<{ queue_id: string; assigned_at: string | Date; transfer_note: string | null }>(
    'SELECT queue_id, assigned_at, transfer_note FROM assignments WHERE conversation_id = $1 ORDER BY assigned_at DESC LIMIT 1',
    [conversationId],
  );
  return a;
}

/** The free-text questions the bot looked up in its FAQ, oldest first, with the entry it found. */
async function searchesOf(db: Queryable, conversationId: string) {
  const rows = await db.query<{ query: string; faq_id: string | null; faq_title: string | null; searched_at: string | Date }>(
    'SELECT query, faq_id, faq_title, searched_at FROM bot_searches WHERE conversation_id = $1 ORDER BY id LIMIT 50',
    [conversationId],
  );
  return rows.map((r) => ({ query: r.query, at: iso(r.searched_at), source: 'bot_faq' as const, ...(r.faq_id ? { faqId: r.faq_id, faqTitle: r.faq_title ?? r.faq_id } : {}) }));
}

export async function conversationView(db: Queryable, row: Row) {
  const assignment = await assignmentOf(db, row.id);
  const [entry] = await db.query<QueueEntryRow>('SELECT * FROM queue_entries WHERE conversation_id = $1', [row.id]);
  const handover = row.handover_seq ?? row.last_seq;
  const bot = await db.query<{ body: string }>('SELECT body FROM messages WHERE conversation_id = $1 AND seq <= $2 ORDER BY seq LIMIT 200', [row.id, handover]);
  const customerId = row.session_customer?.id;
  const earlier = await db.query<{ id: string; channel: 'chat' | 'secure_message'; created_at: string | Date; subject: string | null }>(
    customerId
      ? `SELECT c.id, c.channel, c.created_at, c.subject FROM conversations c JOIN sessions s ON s.id = c.session_id WHERE s.customer->>'id' = $1 AND c.id <> $2 ORDER BY c.created_at DESC LIMIT 20`
      : 'SELECT id, channel, created_at, subject FROM conversations WHERE session_id = $1 AND id <> $2 ORDER BY created_at DESC LIMIT 20',
    [customerId ?? row.session_id, row.id],
  );
  const note = entry?.transfer_note ?? assignment?.transfer_note;
  return {
    conversation: toConversation(row),
    customer: customerSummary(row),
    ...(entry || assignment ? { queueId: entry?.queue_id ?? assignment!.queue_id } : {}),
    ...(assignment && !entry ? { assignedAt: iso(assignment.assigned_at) } : {}),
    context: customerContext(row),
    botTranscript: bot.map((m) => JSON.parse(m.body) as Message),
    searches: await searchesOf(db, row.id),
    earlierInteractions: earlier.map((e) => ({ id: e.id, channel: e.channel, startedAt: iso(e.created_at), ...(e.subject ? { subject: e.subject } : {}), conversationId: e.id })),
    ...(note ? { transferNote: note } : {}),
  };
}

export async function getAgentConversation(app: AppContext, agent: AgentCaller, conversationId: string) {
  return conversationView(app.db, await loadForAgent(app.db, agent, conversationId));
}

async function summary(db: Queryable, row: Row, agentId: string) {
  const a = await assignmentOf(db, row.id);
  const [read] = await db.query<{ up_to_seq: number }>('SELECT up_to_seq FROM read_horizons WHERE conversation_id = $1 AND participant_id = $2', [row.id, agentId]);
  const [unread] = await db.query<{ n: number }>("SELECT count(*) AS n FROM messages WHERE conversation_id = $1 AND seq > $2 AND body::jsonb->'author'->>'role' = 'customer'", [
    row.id, Math.max(Number(read?.up_to_seq ?? 0), Number(row.handover_seq ?? 0)),
  ]);
  return { conversation: toConversation(row), customer: customerSummary(row), ...(a ? { queueId: a.queue_id, assignedAt: iso(a.assigned_at) } : {}), unreadCount: Number(unread?.n ?? 0) };
}

type ListStatus = 'assigned' | 'ended';

/** An opaque page cursor: the list it belongs to and the last conversation of the page. */
const encodeListCursor = (status: ListStatus, id: string) => Buffer.from(`${status}:${id}`).toString('base64url');

function decodeListCursor(status: ListStatus, cursor: string): string {
  const [kind, id] = Buffer.from(cursor, 'base64url').toString().split(/:(.*)/s);
  if (kind !== status || !id) throw new Problem('invalid_request', `the cursor is not a nextCursor of this list (status=${status})`, { errors: [{ pointer: '/cursor', code: 'invalid_cursor' }] });
  return id;
}

/**
 * Assigned chats oldest first, ended ones newest first; pages continue after the cursor's conversation by
 * (created_at, id), read from the row itself so no timestamp precision is lost in the cursor.
 */
export async function listAgentConversations(app: AppContext, agent: AgentCaller, status: ListStatus = 'assigned', limit = 20, cursor?: string) {
  const after = cursor === undefined ? undefined : decodeListCursor(status, cursor);
  const params: unknown[] = [agent.agentId, limit + 1];
  const [direction, compare] = status === 'assigned' ? ['ASC', '>'] : ['DESC', '<'];
  let page = '';
  if (after !== undefined) {
    params.push(after);
    page = ` AND (c.created_at, c.id) ${compare} (SELECT created_at, id FROM conversations WHERE id = $3)`;
  }
  const filter = status === 'assigned'
    ? "c.assigned_agent_id = $1 AND c.state <> 'ended'"
    : "c.id IN (SELECT conversation_id FROM assignments WHERE agent_id = $1 AND ended_at IS NOT NULL) AND (c.state = 'ended' OR c.assigned_agent_id IS DISTINCT FROM $1)";
  const rows = await app.db.query<Row>(`${SELECT} WHERE ${filter}${page} ORDER BY c.created_at ${direction}, c.id ${direction} LIMIT $2`, params);
  const items = [];
  for (const row of rows.slice(0, limit)) items.push(await summary(app.db, row, agent.agentId));
  return { items, ...(rows.length > limit ? { nextCursor: encodeListCursor(status, rows[limit - 1]!.id) } : {}) };
}

/** Accepting the agent's offer (or a left message in one of the agent's queues): the agent joins and the chat is connected. */
export async function acceptOffer(app: AppContext, agent: AgentCaller, conversationId: string) {
  const view = await withEvents(app, async (w) => {
    const [row] = await w.tx.query<Row>(`${SELECT} WHERE c.id = $1 FOR UPDATE OF c`, [conversationId]);
    if (!row) throw new Problem('not_found', 'no such conversation');
    if (row.assigned_agent_id === agent.agentId && row.state !== 'ended' && row.state !== 'queued') return conversationView(w.tx, row);
    const agentRow = await loadAgent(w.tx, agent.agentId, true);
    const [entry] = await w.tx.query<QueueEntryRow>('SELECT * FROM queue_entries WHERE conversation_id = $1 FOR UPDATE', [conversationId]);
    const offered = entry && (entry.offered_to === agent.agentId || (entry.left_message && agentRow.queues.includes(entry.queue_id)));
    if (!entry || !offered || row.state === 'ended') throw new Problem('offer_not_available', 'there is no pending offer to this agent for the conversation (expired, withdrawn or taken)');
    const [load] = await w.tx.query<{ n: number }>('SELECT count(*) AS n FROM assignments WHERE agent_id = $1 AND ended_at IS NULL', [agent.agentId]);
    if (Number(load!.n) >= agentRow.max_concurrent) throw new Problem('agent_at_capacity', `the agent already works ${agentRow.max_concurrent} chats`);
    const me = agentParticipant(agentRow);
    await w.tx.query('DELETE FROM queue_entries WHERE conversation_id = $1', [conversationId]);
    await w.tx.query('INSERT INTO assignments (id, conversation_id, agent_id, queue_id, escalation_id, transfer_note) VALUES ($1, $2, $3, $4, $5, $6)', [
      newId(), conversationId, agent.agentId, entry.queue_id, entry.escalation_id, entry.transfer_note,
    ]);
    const participants = [...(row.participants ?? []).filter((p) => p.id !== me.id), me];
    await w.tx.query("UPDATE conversations SET state = 'connected', assigned_agent_id = $2, participants = $3, customer_active_at = now(), idle_warned_at = NULL WHERE id = $1", [conversationId, agent.agentId, JSON.stringify(participants)]);
    await w.tx.query('UPDATE agents SET idle_since = now() WHERE id = $1', [agent.agentId]);
    await w.append(conversationId, 'participant.joined', { participant: me }, me);
    await w.append(conversationId, 'conversation.state_changed', { state: 'connected', previousState: row.state }, me);
    const [after] = await w.tx.query<Row>(`${SELECT} WHERE c.id = $1`, [conversationId]);
    const assignment = await summary(w.tx, after!, agent.agentId);
    const audience = [`a:${agent.agentId}`];
    w.afterCommit(() => app.fanout.ephemeral(audience, ephemeralJson({ audience, type: 'assignment.created', data: { assignment } })));
    return conversationView(w.tx, after!);
  });
  await app.routing.kick();
  return view;
}

export interface AgentMessageInput { clientMessageId: string; parts: Record<string, unknown>[]; replyTo?: string; cannedResponseId?: string; attachmentIds?: string[] }

export async function sendAgentMessage(app: AppContext, agent: AgentCaller, conversationId: string, input: AgentMessageInput, key: string) {
  assertTextLimits(input.parts as CustomerPart[], app.config.limits.textMaxCodePoints);
  const hash = requestHash({ conversationId, ...input });
  return withEvents(app, async (w) => {
    const replay = await claimKey(w.tx, `agent:${agent.agentId}`, key, hash);
    if (replay) return replay as { status: number; body: Message };
    const row = await loadForAgent(w.tx, agent, conversationId, { write: true, forUpdate: true });
    const [known] = await w.tx.query<{ body: string }>('SELECT body FROM messages WHERE conversation_id = $1 AND client_message_id = $2', [conversationId, input.clientMessageId]);
    if (!known && row.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended');
    const me = agentParticipant(await loadAgent(w.tx, agent.agentId));
    const parts = input.parts as CustomerPart[];
    const result = known
      ? { status: 200, body: JSON.parse(known.body) as Message }
      : { status: 201, body: (await insertMessage(app, w, conversationId, me, {
          clientMessageId: input.clientMessageId, parts, attachments: await attachmentRefsForMessage(app, w.tx, conversationId, input.attachmentIds ?? [], me), ...(input.replyTo ? { replyTo: input.replyTo } : {}),
        })).message };
    await storeResponse(w.tx, `agent:${agent.agentId}`, key, hash, result);
    return result;
  });
}

export async function listAgentMessages(app: AppContext, agent: AgentCaller, conversationId: string, q: MessagePageQuery) {
  await loadForAgent(app.db, agent, conversationId);
  return messagePage(app, conversationId, q);
}

export async function assertAgentMayRead(app: AppContext, agent: AgentCaller, conversationId: string): Promise<ConversationRow> {
  return loadForAgent(app.db, agent, conversationId);
}

/** Typing goes to the customer's streams only. */
export async function agentTyping(app: AppContext, agent: AgentCaller, conversationId: string, state: 'started' | 'stopped'): Promise<void> {
  const row = await loadForAgent(app.db, agent, conversationId, { write: true });
  if (row.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended');
  const participant = agentParticipant(await loadAgent(app.db, agent.agentId));
  const event = { id: newId(), type: `typing.${state}`, conversationId, occurredAt: nowIso(), actor: participant, ephemeral: true, data: { participant } };
  await app.fanout.ephemeral([`s:${row.session_id}`], JSON.stringify(event));
}

export async function agentRead(app: AppContext, agent: AgentCaller, conversationId: string, upToSeq: number): Promise<void> {
  await withEvents(app, async (w) => {
    const row = await loadForAgent(w.tx, agent, conversationId, { write: true, forUpdate: true });
    if (upToSeq > Number(row.last_seq)) throw new Problem('invalid_request', `upToSeq is past the conversation's last seq (${row.last_seq})`, { errors: [{ pointer: '/upToSeq', code: 'maximum' }] });
    const participant = agentParticipant(await loadAgent(w.tx, agent.agentId));
    const moved = await w.tx.query(
      `INSERT INTO read_horizons (conversation_id, participant_id, up_to_seq) VALUES ($1, $2, $3)
       ON CONFLICT (conversation_id, participant_id) DO UPDATE SET up_to_seq = EXCLUDED.up_to_seq WHERE read_horizons.up_to_seq < EXCLUDED.up_to_seq RETURNING up_to_seq`,
      [conversationId, participant.id, upToSeq],
    );
    if (moved.length) await w.append(conversationId, 'receipt.read', { upToSeq, participant }, participant);
  });
}

/** The agent leaves; the conversation waits in the target queue with its priority and the note for the next agent. */
export async function transferConversation(app: AppContext, agent: AgentCaller, conversationId: string, input: { queueId: string; note?: string }) {
  const target = routingOf(app).queues.find((q) => q.id === input.queueId);
  if (!target) throw new Problem('not_found', `no queue ${input.queueId}`, { errors: [{ pointer: '/queueId', code: 'not_found' }] });
  const conversation = await withEvents(app, async (w) => {
    const row = await loadForAgent(w.tx, agent, conversationId, { write: true, forUpdate: true });
    if (row.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended');
    const me = agentParticipant(await loadAgent(w.tx, agent.agentId));
    const [assignment] = await w.tx.query<{ escalation_id: string | null }>(
      "UPDATE assignments SET ended_at = now(), end_reason = 'transferred' WHERE conversation_id = $1 AND agent_id = $2 AND ended_at IS NULL RETURNING escalation_id",
      [conversationId, agent.agentId],
    );
    const [session] = await w.tx.query<SessionCustomerRow>('SELECT kind AS session_kind, customer AS session_customer FROM sessions WHERE id = $1', [row.session_id]);
    await w.append(conversationId, 'participant.left', { participant: me }, me);
    await w.tx.query("UPDATE conversations SET state = 'queued', assigned_agent_id = NULL, queue_id = $2, participants = $3 WHERE id = $1", [
      conversationId, target.id, JSON.stringify((row.participants ?? []).filter((p) => p.id !== me.id)),
    ]);
    await w.tx.query('INSERT INTO queue_entries (conversation_id, escalation_id, queue_id, priority, waiting_since, transfer_note) VALUES ($1, $2, $3, $4, now(), $5)', [
      conversationId, assignment?.escalation_id ?? newId(), target.id, priorityOf(app.config.routingOptions, session!), input.note ?? null,
    ]);
    await w.append(conversationId, 'conversation.state_changed', { state: 'queued', previousState: row.state }, me);
    await w.append(conversationId, 'transfer.succeeded', { from: me, queueName: target.name }, me);
    const audience = [`a:${agent.agentId}`];
    w.afterCommit(() => app.fanout.ephemeral(audience, ephemeralJson({ audience, type: 'assignment.ended', data: { conversationId, reason: 'transferred' } })));
    const [after] = await w.tx.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [conversationId]);
    return toConversation(after!);
  });
  await app.routing.kick();
  return conversation;
}

/**
 * Hold and resume: the agent keeps the chat and its capacity slot (the assignment stays open), so
 * only the state moves; the event reaches the customer's and the desk's streams with the commit.
 */
export async function setHold(app: AppContext, agent: AgentCaller, conversationId: string, hold: boolean) {
  const [from, to] = hold ? (['connected', 'on_hold'] as const) : (['on_hold', 'connected'] as const);
  return withEvents(app, async (w) => {
    const row = await loadForAgent(w.tx, agent, conversationId, { write: true, forUpdate: true });
    if (row.state === to) return toConversation(row);
    if (row.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended');
    if (row.state !== from) throw new Problem('conversation_state_conflict', `a ${row.state} conversation cannot be ${hold ? 'put on hold' : 'resumed'}; it must be ${from}`);
    // The idle clock pauses on hold: the customer is waiting on the agent.
    await w.tx.query('UPDATE conversations SET state = $2, customer_active_at = now(), idle_warned_at = NULL WHERE id = $1', [conversationId, to]);
    await w.append(conversationId, 'conversation.state_changed', { state: to, previousState: from }, agentParticipant(await loadAgent(w.tx, agent.agentId)));
    const [after] = await w.tx.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [conversationId]);
    return toConversation(after!);
  });
}

/** Ends through the same path as the customer's end, so the survey is offered. */
export async function endAgentConversation(app: AppContext, agent: AgentCaller, conversationId: string) {
  return withEvents(app, async (w) => {
    const row = await loadForAgent(w.tx, agent, conversationId, { forUpdate: true });
    if (row.state !== 'ended') {
      if (row.assigned_agent_id !== agent.agentId) throw new Problem('forbidden', 'only the assigned agent may end the conversation');
      await endInTransaction(w, row, 'agent', agentParticipant(await loadAgent(w.tx, agent.agentId)));
    }
    const [after] = await w.tx.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [conversationId]);
    return toConversation(after!);
  });
}
