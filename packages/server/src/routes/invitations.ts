import type { Handler } from '../app-context.js';
import { resolveLocale } from '../bot/locale.js';
import { DEMO_INVITATIONS } from '../invitations/config.js';

export const invitationRoutes: Record<string, Handler> = {
  // Sessionless and public: any page may read the rules (no credentials are involved), and caches may keep them a minute.
  'GET /v1/invitations': async (app, req) => {
    const locale = resolveLocale(typeof req.query.locale === 'string' ? req.query.locale : undefined);
    const rules = (app.config.invitations ?? DEMO_INVITATIONS).rules.map((r) => ({
      id: r.id,
      page: r.page,
      secondsOnPage: r.secondsOnPage,
      message: r.message[locale],
      ...(r.topic ? { topic: r.topic } : {}),
      ...(r.queue ? { queue: r.queue } : {}),
      frequency: r.frequency,
    }));
    return { status: 200, body: { locale, rules }, headers: { 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' } };
  },
};
