import { callerOf, type Handler } from '../app-context.js';
import { createSession, endSession, refreshSession, upgradeSession, type CreateSessionInput } from '../domain/sessions.js';

export const sessionRoutes: Record<string, Handler> = {
  'POST /v1/sessions': async (app, req) => createSession(app, req.body as CreateSessionInput),
  'POST /v1/sessions/refresh': async (app, req) => ({ status: 200, body: await refreshSession(app, (req.body as { refreshToken: string }).refreshToken) }),
  'POST /v1/sessions/current/upgrade': async (app, req) => ({ status: 200, body: await upgradeSession(app, callerOf(req), (req.body as { idToken: string }).idToken) }),
  'DELETE /v1/sessions/current': async (app, req) => {
    await endSession(app, callerOf(req));
    return { status: 204 };
  },
};
