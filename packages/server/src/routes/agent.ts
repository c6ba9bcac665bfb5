import { agentOf, type Handler } from '../app-context.js';
import { endAgentSession, refreshAgentSession, signIn } from '../agents/accounts.js';
import { declineOffer, getPresence, listOffers, listQueueEntries, listQueues, setPresence, signOutAgent } from '../agents/presence.js';
import {
  acceptOffer, agentRead, agentTyping, assertAgentMayRead, endAgentConversation, getAgentConversation, listAgentConversations, listAgentMessages, sendAgentMessage,
  setHold, transferConversation, type AgentMessageInput,
} from '../agents/conversations.js';
import { listCannedResponses } from '../agents/canned.js';
import { listAgentCallbacks, updateAgentCallback } from '../domain/callbacks.js';
import { readEvents } from '../domain/event-log.js';
import { Problem } from '../http/problem.js';
import { RawJson } from '../http/respond.js';
import { SessionStream } from '../stream/session-stream.js';

const int = (v: unknown): number | undefined => (v === undefined ? undefined : Number(v));
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const conversationId = (req: { params: Record<string, string> }) => req.params.conversationId!;

export const agentRoutes: Record<string, Handler> = {
  'POST /v1/agent/sessions': async (app, req) => ({ status: 200, body: await signIn(app, req.body as { email: string; password: string }, req.raw.socket.remoteAddress ?? 'unknown') }),
  'POST /v1/agent/sessions/refresh': async (app, req) => ({ status: 200, body: await refreshAgentSession(app, (req.body as { refreshToken: string }).refreshToken) }),
  'DELETE /v1/agent/sessions/current': async (app, req) => {
    await signOutAgent(app, agentOf(req));
    await endAgentSession(app, agentOf(req));
    return { status: 204 };
  },
  'GET /v1/agent/me/presence': async (app, req) => ({ status: 200, body: await getPresence(app, agentOf(req)) }),
  'PUT /v1/agent/me/presence': async (app, req) => ({ status: 200, body: await setPresence(app, agentOf(req), (req.body as { status: 'available' | 'away' | 'offline' }).status) }),
  'GET /v1/agent/queues': async (app, req) => ({ status: 200, body: await listQueues(app, agentOf(req)) }),
  'GET /v1/agent/queue': async (app, req) => ({ status: 200, body: await listQueueEntries(app, agentOf(req), str(req.query.queueId)) }),
  'GET /v1/agent/offers': async (app, req) => ({ status: 200, body: await listOffers(app, agentOf(req)) }),
  'POST /v1/agent/conversations/{conversationId}:accept': async (app, req) => ({ status: 200, body: await acceptOffer(app, agentOf(req), conversationId(req)) }),
  'POST /v1/agent/conversations/{conversationId}:decline': async (app, req) => {
    await declineOffer(app, agentOf(req), conversationId(req));
    return { status: 204 };
  },
  'GET /v1/agent/conversations': async (app, req) => ({
    status: 200,
    body: await listAgentConversations(app, agentOf(req), req.query.status === 'ended' ? 'ended' : 'assigned', int(req.query.limit) ?? 20, str(req.query.cursor)),
  }),
  'GET /v1/agent/conversations/{conversationId}': async (app, req) => ({ status: 200, body: await getAgentConversation(app, agentOf(req), conversationId(req)) }),
  'GET /v1/agent/conversations/{conversationId}/messages': async (app, req) => ({
    status: 200,
    body: await listAgentMessages(app, agentOf(req), conversationId(req), { beforeSeq: int(req.query.beforeSeq), afterSeq: int(req.query.afterSeq), limit: int(req.query.limit) }),
  }),
  'POST /v1/agent/conversations/{conversationId}/messages': async (app, req) => {
    const key = String(req.headers['idempotency-key'] ?? '').replace(/^"(.*)"$/, '$1');
    if (!key) throw new Problem('idempotency_key_required', 'send an Idempotency-Key header with every message');
    return sendAgentMessage(app, agentOf(req), conversationId(req), req.body as AgentMessageInput, key);
  },
  'GET /v1/agent/conversations/{conversationId}/events': async (app, req) => {
    const row = await assertAgentMayRead(app, agentOf(req), conversationId(req));
    const limit = int(req.query.limit) ?? 200;
    const events = await readEvents(app.db, row.id, int(req.query.afterSeq) ?? 0, limit + 1);
    const body = `{"events":[${events.slice(0, limit).map((e) => e.json).join(',')}],"hasMore":${events.length > limit},"lastSeq":${Number(row.last_seq)}}`;
    return { status: 200, body: new RawJson(body) };
  },
  'POST /v1/agent/conversations/{conversationId}/typing': async (app, req) => {
    await agentTyping(app, agentOf(req), conversationId(req), (req.body as { state: 'started' | 'stopped' }).state);
    return { status: 202 };
  },
  'POST /v1/agent/conversations/{conversationId}/read': async (app, req) => {
    await agentRead(app, agentOf(req), conversationId(req), (req.body as { upToSeq: number }).upToSeq);
    return { status: 204 };
  },
  'POST /v1/agent/conversations/{conversationId}:transfer': async (app, req) => ({
    status: 200,
    body: await transferConversation(app, agentOf(req), conversationId(req), req.body as { queueId: string; note?: string }),
  }),
  'POST /v1/agent/conversations/{conversationId}:end': async (app, req) => ({ status: 200, body: await endAgentConversation(app, agentOf(req), conversationId(req)) }),
  'POST /v1/agent/conversations/{conversationId}:hold': async (app, req) => ({ status: 200, body: await setHold(app, agentOf(req), conversationId(req), true) }),
  'POST /v1/agent/conversations/{conversationId}:resume': async (app, req) => ({ status: 200, body: await setHold(app, agentOf(req), conversationId(req), false) }),
  'GET /v1/agent/canned-responses': async (app, req) => ({
    status: 200,
    body: listCannedResponses(app, str(req.query.q), str(req.query.locale) ?? str(req.headers['accept-language']?.split(',')[0]?.split(';')[0]?.trim())),
  }),
  'GET /v1/agent/callbacks': async (app, req) => ({
    status: 200,
    body: await listAgentCallbacks(app, agentOf(req), str(req.query.status) as Parameters<typeof listAgentCallbacks>[2], int(req.query.limit) ?? 50),
  }),
  'PATCH /v1/agent/callbacks/{callbackId}': async (app, req) => ({
    status: 200,
    body: await updateAgentCallback(app, agentOf(req), req.params.callbackId!, req.body as { status: 'attempting' | 'completed' | 'failed'; note?: string }),
  }),
  'GET /v1/agent/events': async (app, req) => {
    const agent = agentOf(req);
    const lastEventId = req.headers['last-event-id'] || str(req.query.cursor);
    const owner = {
      key: `a:${agent.agentId}`,
      startUnknownLive: true,
      conversations: (db: typeof app.db) => db.query<{ id: string; last_seq: number }>("SELECT id, last_seq FROM conversations WHERE assigned_agent_id = $1 AND state <> 'ended' ORDER BY created_at", [agent.agentId]),
    };
    await app.routing.deskOpened(agent.agentId);
    const stream = new SessionStream(req.res, app.db, app.fanout, owner, (s) => {
      app.streams.delete(s);
      app.routing.deskClosed(agent.agentId);
    });
    app.streams.add(stream);
    await stream.open(typeof lastEventId === 'string' && lastEventId ? lastEventId : undefined);
    return { streamed: true };
  },
};
