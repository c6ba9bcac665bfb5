import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AppContext, Handler } from './app-context.js';
import { applyCors } from './http/cors.js';
import { Problem } from './http/problem.js';
import { parseQuery, readJsonBody } from './http/request.js';
import { sendJson, sendProblem } from './http/respond.js';
import { assertSessionLive } from './domain/sessions.js';
import { sessionRoutes } from './routes/sessions.js';
import { conversationRoutes } from './routes/conversations.js';
import { eventRoutes } from './routes/events.js';
import { availabilityRoutes } from './routes/availability.js';
import { surveyRoutes } from './routes/surveys.js';
import { escalationRoutes } from './routes/escalation.js';
import { agentRoutes } from './routes/agent.js';
import { verifyAgent } from './agents/accounts.js';
import { defaultDeskDir, serveDesk } from './http/static.js';
import { attachmentRoutes } from './routes/attachments.js';
import { agentAttachmentRoutes } from './routes/agent-attachments.js';
import { transcriptRoutes } from './routes/transcripts.js';
import { invitationRoutes } from './routes/invitations.js';

const routes: Record<string, Handler> = {
  ...sessionRoutes, ...conversationRoutes, ...eventRoutes, ...availabilityRoutes, ...surveyRoutes,
  ...escalationRoutes, ...agentRoutes, ...attachmentRoutes, ...agentAttachmentRoutes, ...transcriptRoutes, ...invitationRoutes,
};
const RAW_BODY_OPERATIONS = new Set(['PUT /v1/attachments/{attachmentId}/content', 'PUT /v1/agent/attachments/{attachmentId}/content']);

/** The request pipeline: CORS, routing by the contract, auth, validation, the handler, problem+json. */
export function createRequestHandler(app: AppContext, state: { draining: boolean }) {
  const deskDir = app.config.agentDeskDir ?? defaultDeskDir();
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const traceId = randomBytes(8).toString('hex');
    res.setHeader('x-trace-id', traceId);
    try {
      if (applyCors(req, res, app.config.siteOrigins)) return;
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      if (url.pathname === '/healthz' && method === 'GET') {
        sendJson(res, state.draining ? 503 : 200, { status: state.draining ? 'draining' : 'ok', storage: app.db.kind });
        return;
      }
      if ((url.pathname === '/agent' || url.pathname.startsWith('/agent/')) && (method === 'GET' || method === 'HEAD')) {
        await serveDesk(req, res, url.pathname, deskDir);
        return;
      }
      if (state.draining) {
        res.setHeader('connection', 'close');
        throw new Problem('upstream_unavailable', 'this server is shutting down; retry', { retryAfterSeconds: 1 });
      }
      const match = app.contract.match(method, url.pathname);
      if (match.kind === 'no_path') throw new Problem('not_found', `no route ${url.pathname}`);
      if (match.kind === 'no_method') {
        res.setHeader('allow', match.allowed.join(', '));
        throw new Problem('method_not_allowed', `${method} is not allowed on ${url.pathname}`);
      }
      const { operation, params } = match;
      const handler = routes[`${operation.method} ${operation.template}`];
      if (!handler) throw new Problem('not_implemented', `${operation.method} ${operation.template} is in the contract but not served by this server yet`);

      let caller;
      let agent;
      if (operation.requiresAuth) {
        const header = req.headers.authorization ?? '';
        const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
        if (!token) throw new Problem('auth_required', 'send the access token as Authorization: Bearer <token>');
        // Agent and customer tokens differ in audience and kind: each scheme accepts only its own.
        if (operation.authScheme === 'agentAuth') agent = await verifyAgent(app, token);
        else {
          caller = await app.keys.verifyAccessToken(token);
          await assertSessionLive(app.db, caller.sessionId);
        }
      }
      // Raw bodies (file bytes) are read by their handler, within their own limit.
      const raw = RAW_BODY_OPERATIONS.has(`${operation.method} ${operation.template}`);
      const { hasBody, body } = raw ? { hasBody: true, body: undefined } : ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method) ? await readJsonBody(req, app.config.limits.bodyMaxBytes) : { hasBody: false, body: undefined };
      const query = parseQuery(url);
      const errors = app.contract.validateRequest(operation, { body, hasBody, query, headers: req.headers });
      if (errors.some((e) => e.pointer === '/header/idempotency-key' && e.code === 'required')) {
        throw new Problem('idempotency_key_required', 'send an Idempotency-Key header with every message', { errors });
      }
      if (errors.length) throw new Problem('invalid_request', errors.map((e) => `${e.pointer || '/'} ${e.detail ?? e.code}`).join('; '), { errors });

      const reply = await handler(app, { params, query, body, headers: req.headers, raw: req, res, ...(caller ? { caller } : {}), ...(agent ? { agent } : {}) });
      if ('streamed' in reply) return;
      sendJson(res, reply.status, reply.body, reply.headers);
    } catch (error) {
      if (error instanceof Problem) {
        sendProblem(res, error, traceId);
        return;
      }
      app.log.error('request failed', { traceId, method: req.method, url: req.url, error: (error as Error).stack ?? String(error) });
      sendProblem(res, new Problem('internal_error', 'something went wrong on our side; retry'), traceId);
    }
  };
}
