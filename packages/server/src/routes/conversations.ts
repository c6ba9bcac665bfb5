import { callerOf, type Handler } from '../app-context.js';
import { createConversation, endConversation, listConversations, loadOwnConversation, toConversation, customerOf, type CreateConversationInput } from '../domain/conversations.js';
import { listMessages, sendMessage, type SendMessageInput } from '../domain/messages.js';
import { readEvents } from '../domain/event-log.js';
import { withEvents } from '../domain/event-writer.js';
import { newId, nowIso } from '../domain/ids.js';
import { Problem } from '../http/problem.js';
import { RawJson } from '../http/respond.js';
import { getQueueSnapshot } from '../routing/escalation.js';
import { customerActive } from '../idle/sweep.js';

const int = (v: unknown): number | undefined => (v === undefined ? undefined : Number(v));

export const conversationRoutes: Record<string, Handler> = {
  'POST /v1/conversations': async (app, req) => createConversation(app, callerOf(req), req.body as CreateConversationInput),

  'GET /v1/conversations': async (app, req) => ({ status: 200, body: { items: await listConversations(app, callerOf(req), req.query.status as 'active' | 'ended' | undefined) } }),

  'GET /v1/conversations/{conversationId}': async (app, req) => {
    const conversation = toConversation(await loadOwnConversation(app.db, callerOf(req), req.params.conversationId!));
    // A reloaded page learns its place in the queue with the conversation.
    if (conversation.state === 'queued') return { status: 200, body: { ...conversation, queue: await getQueueSnapshot(app, callerOf(req), conversation.id) } };
    return { status: 200, body: conversation };
  },

  'POST /v1/conversations/{conversationId}:end': async (app, req) => ({ status: 200, body: await endConversation(app, callerOf(req), req.params.conversationId!) }),

  'POST /v1/conversations/{conversationId}/messages': async (app, req) => {
    // The IETF draft sends the key as a quoted string; both forms name the same key.
    const key = String(req.headers['idempotency-key'] ?? '').replace(/^"(.*)"$/, '$1');
    if (!key) throw new Problem('idempotency_key_required', 'send an Idempotency-Key header with every message');
    return sendMessage(app, callerOf(req), req.params.conversationId!, req.body as SendMessageInput, key);
  },

  'GET /v1/conversations/{conversationId}/messages': async (app, req) => ({
    status: 200,
    body: await listMessages(app, callerOf(req), req.params.conversationId!, { beforeSeq: int(req.query.beforeSeq), afterSeq: int(req.query.afterSeq), limit: int(req.query.limit) }),
  }),

  'GET /v1/conversations/{conversationId}/events': async (app, req) => {
    const conversation = await loadOwnConversation(app.db, callerOf(req), req.params.conversationId!);
    const limit = int(req.query.limit) ?? 200;
    const events = await readEvents(app.db, conversation.id, int(req.query.afterSeq) ?? 0, limit + 1);
    const page = events.slice(0, limit);
    // The stored JSON is written through untouched: no parse and re-serialise per event.
    const body = `{"events":[${page.map((e) => e.json).join(',')}],"hasMore":${events.length > limit},"lastSeq":${Number(conversation.last_seq)}}`;
    return { status: 200, body: new RawJson(body) };
  },

  'POST /v1/conversations/{conversationId}/typing': async (app, req) => {
    const caller = callerOf(req);
    const conversation = await loadOwnConversation(app.db, caller, req.params.conversationId!);
    if (conversation.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended');
    const state = (req.body as { state: 'started' | 'stopped' }).state;
    const participant = customerOf(caller);
    // Typing (started or stopped) is the customer being there: it holds off the idle timeout.
    if (conversation.state === 'connected' || conversation.state === 'on_hold') await customerActive(app.db, conversation.id);
    const event = { id: newId(), type: `typing.${state}`, conversationId: conversation.id, occurredAt: nowIso(), actor: participant, ephemeral: true, data: { participant } };
    // Typing goes to the other side of the conversation (agents watching it), not back to the customer.
    await app.fanout.ephemeral([`c:${conversation.id}`, ...(conversation.assigned_agent_id ? [`a:${conversation.assigned_agent_id}`] : [])], JSON.stringify(event));
    return { status: 202 };
  },

  'POST /v1/conversations/{conversationId}/read': async (app, req) => {
    const caller = callerOf(req);
    const upToSeq = (req.body as { upToSeq: number }).upToSeq;
    await withEvents(app, async (w) => {
      const conversation = await loadOwnConversation(w.tx, caller, req.params.conversationId!, true);
      if (upToSeq > Number(conversation.last_seq)) {
        throw new Problem('invalid_request', `upToSeq is past the conversation's last seq (${conversation.last_seq})`, { errors: [{ pointer: '/upToSeq', code: 'maximum' }] });
      }
      const participant = customerOf(caller);
      // Only a horizon that moves forward is news; repeats and older ones are accepted silently.
      const moved = await w.tx.query(
        `INSERT INTO read_horizons (conversation_id, participant_id, up_to_seq) VALUES ($1, $2, $3)
         ON CONFLICT (conversation_id, participant_id) DO UPDATE SET up_to_seq = EXCLUDED.up_to_seq
         WHERE read_horizons.up_to_seq < EXCLUDED.up_to_seq RETURNING up_to_seq`,
        [conversation.id, participant.id, upToSeq],
      );
      if (moved.length) await w.append(conversation.id, 'receipt.read', { upToSeq, participant }, participant);
    });
    return { status: 204 };
  },
};
