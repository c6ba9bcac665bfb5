import type { AppContext } from '../app-context.js';
import { Problem } from '../http/problem.js';
import type { Queryable } from '../storage/database.js';
import { withEvents, type EventTransaction } from './event-writer.js';
import { newId, nowIso } from './ids.js';
import { insertMessage, type CustomerPart } from './messages.js';
import { offerSurveyInTransaction } from './surveys.js';
import { enqueueSecureMessage, releaseRouting } from '../routing/escalation.js';
import type { Caller, Conversation, ConversationState, Participant } from './types.js';
import { activeBot, answerInTransaction, botParticipant, greetInTransaction, sessionLocale } from '../bot/runner.js';

export interface ConversationRow {
  id: string; session_id: string; channel: Conversation['channel']; state: ConversationState; topic: string | null; subject: string | null;
  context: Record<string, string>; participants: Participant[]; created_at: string | Date; ended_at: string | Date | null; end_reason: string | null; last_seq: number;
  queue_id?: string | null; assigned_agent_id?: string | null; handover_seq?: number | null;
}

const iso = (v: string | Date) => new Date(v).toISOString();

export function toConversation(r: ConversationRow): Conversation {
  return {
    id: r.id,
    channel: r.channel,
    state: r.state,
    ...(r.topic ? { topic: r.topic } : {}),
    ...(r.subject ? { subject: r.subject } : {}),
    context: r.context ?? {},
    createdAt: iso(r.created_at),
    ...(r.ended_at ? { endedAt: iso(r.ended_at) } : {}),
    ...(r.end_reason ? { endReason: r.end_reason } : {}),
    lastSeq: Number(r.last_seq),
    participants: r.participants ?? [],
  };
}

export const customerOf = (caller: Caller): Participant => ({ role: 'customer', id: caller.customerId ?? caller.sessionId });

/** The caller's conversation, locked for update inside `tx` when asked; 404 for anyone else's. */
export async function loadOwnConversation(db: Queryable, caller: Caller, id: string, forUpdate = false): Promise<ConversationRow> {
  const [row] = await db.query<ConversationRow>(`SELECT * FROM conversations WHERE id = $1 AND session_id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [id, caller.sessionId]);
  if (!row) throw new Problem('not_found', 'no such conversation in this session');
  return row;
}

export interface CreateConversationInput {
  clientConversationId: string;
  channel?: Conversation['channel'];
  topic?: string;
  subject?: string;
  context?: Record<string, string>;
  initialMessage?: { parts: CustomerPart[]; clientMessageId?: string };
}

export async function createConversation(app: AppContext, caller: Caller, input: CreateConversationInput): Promise<{ status: number; body: Conversation }> {
  if (input.channel === 'secure_message' && caller.kind !== 'customer') {
    throw new Problem('auth_required', 'secure messages are for signed-in customers', { status: 403 });
  }
  const context = input.context ?? {};
  // `bot.*` entries are what the bot collected; a client cannot pre-fill them.
  const reserved = Object.keys(context).filter((k) => k.startsWith('bot.'));
  if (reserved.length) {
    throw new Problem('invalid_request', 'context keys starting with "bot." are written by the bot only', { errors: reserved.map((k) => ({ pointer: `/context/${k}`, code: 'reserved' })) });
  }
  if (Buffer.byteLength(JSON.stringify(context)) > app.config.limits.contextMaxBytes) {
    throw new Problem('context_too_large', `the context may hold at most ${app.config.limits.contextMaxBytes} bytes`, { errors: [{ pointer: '/context', code: 'max_bytes' }] });
  }
  const existing = await app.db.query<ConversationRow>('SELECT * FROM conversations WHERE session_id = $1 AND client_conversation_id = $2', [caller.sessionId, input.clientConversationId]);
  if (existing[0]) return { status: 200, body: toConversation(existing[0]) };
  const id = newId();
  const customer = customerOf(caller);
  const channel = input.channel ?? 'chat';
  // Every conversation starts in self-service (`bot`), whence the customer escalates; the bot answers
  // there when one is configured. A secure message goes straight to its queue's inbox below.
  const bot = channel === 'chat' ? activeBot(app) : undefined;
  const state: ConversationState = 'bot';
  try {
    const row = await withEvents(app, async (w) => {
      const participants = bot ? [customer, botParticipant(bot, await sessionLocale(w, caller.sessionId))] : [customer];
      const [inserted] = await w.tx.query<ConversationRow>(
        `INSERT INTO conversations (id, session_id, client_conversation_id, channel, state, topic, subject, context, participants, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [id, caller.sessionId, input.clientConversationId, channel, state, input.topic ?? null, input.subject ?? null, JSON.stringify(context), JSON.stringify(participants), nowIso()],
      );
      await w.append(id, 'conversation.created', {}, customer, (seq) => ({ conversation: toConversation({ ...inserted!, last_seq: seq }) }));
      if (bot) await greetInTransaction(app, w, inserted!, bot);
      if (input.initialMessage) {
        const { message } = await insertMessage(app, w, id, customer, { clientMessageId: input.initialMessage.clientMessageId ?? newId(), parts: input.initialMessage.parts });
        await answerInTransaction(app, w, inserted!, message.parts);
      }
      if (input.channel === 'secure_message') await enqueueSecureMessage(w, id, input.topic ?? null, customer);
      const [after] = await w.tx.query<ConversationRow>('SELECT * FROM conversations WHERE id = $1', [id]);
      return after!;
    });
    return { status: 201, body: toConversation(row) };
  } catch (error) {
    // Two tabs created it at once: the unique (session, clientConversationId) decides, and both get the one.
    const [row] = await app.db.query<ConversationRow>('SELECT * FROM conversations WHERE session_id = $1 AND client_conversation_id = $2', [caller.sessionId, input.clientConversationId]);
    if (row) return { status: 200, body: toConversation(row) };
    throw error;
  }
}

export async function listConversations(app: AppContext, caller: Caller, status?: 'active' | 'ended'): Promise<Conversation[]> {
  const filter = status === 'active' ? " AND state <> 'ended'" : status === 'ended' ? " AND state = 'ended'" : '';
  const rows = await app.db.query<ConversationRow>(`SELECT * FROM conversations WHERE session_id = $1${filter} ORDER BY created_at DESC LIMIT 100`, [caller.sessionId]);
  return rows.map(toConversation);
}

export async function endInTransaction(w: EventTransaction, row: ConversationRow, reason: string, actor: Participant, offerSurvey = true): Promise<void> {
  await releaseRouting(w, row.id, reason);
  await w.tx.query("UPDATE conversations SET state = 'ended', ended_at = now(), end_reason = $2 WHERE id = $1", [row.id, reason]);
  await w.append(row.id, 'conversation.state_changed', { state: 'ended', previousState: row.state }, actor);
  await w.append(row.id, 'conversation.ended', { reason }, actor);
  // Chats get a post-chat survey; not when the whole session ends (its tokens stop working, so nobody could answer).
  if (offerSurvey && row.channel === 'chat') await offerSurveyInTransaction(w, row.id);
}

export async function endConversation(app: AppContext, caller: Caller, id: string): Promise<Conversation> {
  const row = await withEvents(app, async (w) => {
    const current = await loadOwnConversation(w.tx, caller, id, true);
    if (current.state !== 'ended') await endInTransaction(w, current, 'customer', customerOf(caller));
    return loadOwnConversation(w.tx, caller, id);
  });
  return toConversation(row);
}

export async function endConversationsOfSession(app: AppContext, sessionId: string, reason: string): Promise<void> {
  const caller: Caller = { sessionId, kind: 'guest' };
  const open = await app.db.query<{ id: string }>("SELECT id FROM conversations WHERE session_id = $1 AND state <> 'ended' AND channel = 'chat'", [sessionId]);
  for (const { id } of open) {
    await withEvents(app, async (w) => {
      const row = await loadOwnConversation(w.tx, caller, id, true);
      if (row.state !== 'ended') await endInTransaction(w, row, reason, { role: 'customer', id: sessionId }, false);
    });
  }
}
