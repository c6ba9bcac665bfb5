import type { Handler } from '../app-context.js';
import { days, isOpen, nextOpening } from '../routing/business-hours.js';
import { DEFAULT_ROUTING, queueForTopic } from '../routing/queues.js';
import { waitModel } from '../routing/engine.js';
import { staffingOf } from '../routing/staffing.js';

export const availabilityRoutes: Record<string, Handler> = {
  // Sessionless (`security: []` in the contract). A topic no queue lists gets the default queue.
  'GET /v1/availability': async (app, req) => {
    const routing = app.config.routing ?? DEFAULT_ROUTING;
    const topic = typeof req.query.topic === 'string' && req.query.topic ? req.query.topic : undefined;
    const queue = queueForTopic(routing, topic);
    const count = typeof req.query.days === 'number' ? req.query.days : 7;
    const now = new Date();
    const open = isOpen(queue, now);
    // An ASAP callback is refused outside business hours (`409 outside_business_hours`), so "callback now"
    // follows the hours like chat; scheduled callbacks use slots. Chat carries the wait a newcomer can expect.
    const byHours = open ? { available: true } : { available: false, reason: 'outside_business_hours' };
    const [waiting] = open ? await app.db.query<{ n: number }>('SELECT count(*) AS n FROM queue_entries WHERE queue_id = $1 AND NOT left_message', [queue.id]) : [];
    // Chat stays available while open (the bot answers); whether a person can take over is `agent`.
    // Nobody signed in: no wait estimate, since nobody would serve the queue.
    const staffing = open ? await staffingOf(app.db, queue.id) : undefined;
    const estimate = staffing?.reason === 'no_agents_signed_in' ? {} : { ewtSeconds: (await waitModel(app, app.db, queue.id)).ewt(Number(waiting?.n ?? 0) + 1), ewtSource: 'estimated' };
    const chat = open ? { ...byHours, ...estimate } : byHours;
    const agent = !open ? byHours : staffing?.reason ? { available: false, reason: staffing.reason } : { available: true };
    const next = open ? undefined : nextOpening(queue, now);
    return {
      status: 200,
      body: {
        timezone: queue.timezone,
        // Calls come later: not offered by this server yet.
        now: { chat, callback: byHours, call: { available: false, reason: 'disabled' }, agent },
        ...(next ? { nextOpenAt: next.toISOString() } : {}),
        days: days(queue, now, count),
      },
    };
  },
};
