import { callerOf, type Handler } from '../app-context.js';
import { escalate, getQueueSnapshot, type EscalationInput } from '../routing/escalation.js';
import { cancelCallback, createCallback, getCallback, listSlots, type CallbackInput } from '../domain/callbacks.js';

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

export const escalationRoutes: Record<string, Handler> = {
  'POST /v1/conversations/{conversationId}/escalations': async (app, req) => ({
    status: 202,
    body: await escalate(app, callerOf(req), req.params.conversationId!, (req.body ?? {}) as EscalationInput),
  }),
  'GET /v1/conversations/{conversationId}/queue': async (app, req) => ({ status: 200, body: await getQueueSnapshot(app, callerOf(req), req.params.conversationId!) }),
  'GET /v1/callbacks/slots': async (app, req) => ({
    status: 200,
    body: await listSlots(app, { ...(str(req.query.topic) ? { topic: str(req.query.topic) } : {}), ...(str(req.query.from) ? { from: str(req.query.from) } : {}), ...(str(req.query.to) ? { to: str(req.query.to) } : {}) }),
  }),
  'POST /v1/callbacks': async (app, req) => ({ status: 201, body: await createCallback(app, callerOf(req), req.body as CallbackInput) }),
  'GET /v1/callbacks/{callbackId}': async (app, req) => ({ status: 200, body: await getCallback(app, callerOf(req), req.params.callbackId!) }),
  'DELETE /v1/callbacks/{callbackId}': async (app, req) => {
    await cancelCallback(app, callerOf(req), req.params.callbackId!);
    return { status: 204 };
  },
};
