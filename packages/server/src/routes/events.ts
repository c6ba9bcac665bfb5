import { callerOf, type Handler } from '../app-context.js';
import { SessionStream, sessionOwner } from '../stream/session-stream.js';

export const eventRoutes: Record<string, Handler> = {
  'GET /v1/events': async (app, req) => {
    // The header wins; ?cursor= serves clients that cannot set it.
    const lastEventId = req.headers['last-event-id'] || (typeof req.query.cursor === 'string' ? req.query.cursor : undefined);
    const stream = new SessionStream(req.res, app.db, app.fanout, sessionOwner(callerOf(req).sessionId), (s) => app.streams.delete(s));
    app.streams.add(stream);
    await stream.open(typeof lastEventId === 'string' && lastEventId ? lastEventId : undefined);
    return { streamed: true };
  },
};
