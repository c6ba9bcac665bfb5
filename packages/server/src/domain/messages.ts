import type { AppContext } from '../app-context.js';
import { Problem, type FieldError } from '../http/problem.js';
import type { Queryable } from '../storage/database.js';
import { customerOf, loadOwnConversation } from './conversations.js';
import { withEvents, type EventTransaction } from './event-writer.js';
import { claimKey, requestHash, storeResponse } from './idempotency.js';
import { newId, nowIso } from './ids.js';
import { takeToken } from './rate-limit.js';
import type { Caller, Message, Participant } from './types.js';
import { answerInTransaction } from '../bot/runner.js';
import { customerActive } from '../idle/sweep.js';
import { attachmentRefsForMessage, type AttachmentRef } from '../attachments/domain.js';

export type CustomerPart =
  | { type: 'text'; text: string }
  | { type: 'quick_reply_selection'; replyId: string; text: string }
  | { type: 'form_submission'; formId: string; values: Record<string, string> };

export interface SendMessageInput { clientMessageId: string; parts: CustomerPart[]; attachmentIds?: string[]; replyTo?: string }

/** A message as written by any author: customers, the bot, agents. Without a clientMessageId there is no dedup. */
export interface NewMessage { clientMessageId?: string; parts: Record<string, unknown>[]; attachments?: AttachmentRef[]; replyTo?: string }

/** Text limits count Unicode code points, as advertised in the session's limits. */
export function assertTextLimits(parts: CustomerPart[], maxCodePoints: number, prefix = '/parts'): void {
  const errors: FieldError[] = [];
  parts.forEach((part, i) => {
    if ('text' in part && [...part.text].length > maxCodePoints) {
      errors.push({ pointer: `${prefix}/${i}/text`, code: 'max_code_points', detail: `at most ${maxCodePoints} characters (Unicode code points)` });
    }
  });
  if (errors.length) throw new Problem('message_too_long', `a message may hold at most ${maxCodePoints} characters`, { errors });
}

/** Writes a message into a conversation the caller has locked; a known clientMessageId returns the stored one. */
export async function insertMessage(app: AppContext, w: EventTransaction, conversationId: string, author: Participant, input: NewMessage): Promise<{ message: Message; created: boolean }> {
  const existing = input.clientMessageId === undefined ? undefined : await findByClientId(w.tx, conversationId, input.clientMessageId);
  if (existing) return { message: existing, created: false };
  const id = newId();
  let message: Message | undefined;
  await w.append(conversationId, 'message.created', {}, author, (seq) => {
    message = {
      id,
      seq,
      ...(input.clientMessageId !== undefined ? { clientMessageId: input.clientMessageId } : {}),
      conversationId,
      author,
      createdAt: nowIso(),
      parts: input.parts,
      attachments: input.attachments ?? [],
      status: 'sent',
      ...(input.replyTo ? { replyTo: input.replyTo } : {}),
    };
    return { message };
  });
  await w.tx.query('INSERT INTO messages (id, conversation_id, seq, client_message_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    id, conversationId, message!.seq, input.clientMessageId ?? null, JSON.stringify(message), message!.createdAt,
  ]);
  return { message: message!, created: true };
}

async function findByClientId(db: Queryable, conversationId: string, clientMessageId: string): Promise<Message | undefined> {
  const [row] = await db.query<{ body: string }>('SELECT body FROM messages WHERE conversation_id = $1 AND client_message_id = $2', [conversationId, clientMessageId]);
  return row ? (JSON.parse(row.body) as Message) : undefined;
}

/**
 * A customer's message: idempotent by key (24 h and more) and, beyond that, by clientMessageId, so an
 * outbox retry after any delay returns the original and never doubles it.
 */
export async function sendMessage(app: AppContext, caller: Caller, conversationId: string, input: SendMessageInput, idempotencyKey: string): Promise<{ status: number; body: Message }> {
  assertTextLimits(input.parts, app.config.limits.textMaxCodePoints);
  const hash = requestHash({ conversationId, ...input });
  return withEvents(app, async (w) => {
    const replay = await claimKey(w.tx, caller.sessionId, idempotencyKey, hash);
    if (replay) return replay as { status: number; body: Message };
    await takeToken(w.tx, `messages:${caller.sessionId}`, app.config.rateLimits.messagesPerSecond, app.config.rateLimits.messagesBurst);
    const conversation = await loadOwnConversation(w.tx, caller, conversationId, true);
    const known = await findByClientId(w.tx, conversationId, input.clientMessageId);
    if (!known && conversation.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended; start a new one to write again');
    let result: { status: number; body: Message };
    if (known) result = { status: 200, body: known };
    else {
      const attachments = await attachmentRefsForMessage(app, w.tx, conversationId, input.attachmentIds ?? [], customerOf(caller));
      const { message } = await insertMessage(app, w, conversationId, customerOf(caller), { clientMessageId: input.clientMessageId, parts: input.parts, attachments, ...(input.replyTo ? { replyTo: input.replyTo } : {}) });
      result = { status: 201, body: message };
      await customerActive(w.tx, conversationId);
      await answerInTransaction(app, w, conversation, message.parts);
    }
    await storeResponse(w.tx, caller.sessionId, idempotencyKey, hash, result);
    return result;
  });
}

export interface MessagePageQuery { beforeSeq?: number; afterSeq?: number; limit?: number }

export async function listMessages(app: AppContext, caller: Caller, conversationId: string, q: MessagePageQuery): Promise<{ items: Message[]; hasMore: boolean }> {
  await loadOwnConversation(app.db, caller, conversationId);
  return messagePage(app, conversationId, q);
}

/** A page of a conversation's messages: the newest first unless `afterSeq` asks to read forward. */
export async function messagePage(app: AppContext, conversationId: string, q: MessagePageQuery): Promise<{ items: Message[]; hasMore: boolean }> {
  const limit = q.limit ?? 50;
  const newestFirst = q.afterSeq === undefined;
  const rows = await app.db.query<{ body: string }>(
    `SELECT body FROM messages WHERE conversation_id = $1 AND seq > $2 AND seq < $3 ORDER BY seq ${newestFirst ? 'DESC' : 'ASC'} LIMIT $4`,
    [conversationId, q.afterSeq ?? 0, q.beforeSeq ?? 2_147_483_647, limit + 1],
  );
  const page = rows.slice(0, limit).map((r) => JSON.parse(r.body) as Message);
  if (newestFirst) page.reverse();
  return { items: page, hasMore: rows.length > limit };
}
