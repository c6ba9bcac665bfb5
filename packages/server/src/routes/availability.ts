import type { Handler } from '../app-context.js';
import { days, isOpen, nextOpening } from '../routing/business-hours.js';
import { DEFAULT_ROUTING, queueForTopic } from '../routing/queues.js';

export const availabilityRoutes: Record<string, Handler> = {
  // Sessionless (`security: []` in the contract). A topic no queue lists gets the default queue.
  'GET /v1/availability': async (app, req) => {
    const routing = app.config.routing ?? DEFAULT_ROUTING;
    const topic = typeof req.query.topic === 'string' && req.query.topic ? req.query.topic : undefined;
    const queue = queueForTopic(routing, topic);
    const count = typeof req.query.days === 'number' ? req.query.days : 7;
    const now = new Date();
    const open = isOpen(queue, now);
    // No ewtSeconds: estimated waits come with routing. An ASAP callback is refused outside business hours
    // (`409 outside_business_hours`), so "callback now" follows the hours like chat; scheduled callbacks use slots.
    const byHours = open ? { available: true } : { available: false, reason: 'outside_business_hours' };
    const next = open ? undefined : nextOpening(queue, now);
    return {
      status: 200,
      body: {
        timezone: queue.timezone,
        // Calls come later: not offered by this server yet.
        now: { chat: byHours, callback: byHours, call: { available: false, reason: 'disabled' } },
        ...(next ? { nextOpenAt: next.toISOString() } : {}),
        days: days(queue, now, count),
      },
    };
  },
};
