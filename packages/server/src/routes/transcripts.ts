import { callerOf, type Handler } from '../app-context.js';
import { resolveLocale } from '../bot/locale.js';
import { loadOwnConversation, toConversation } from '../domain/conversations.js';
import type { Message } from '../domain/types.js';
import { isValidTimeZone } from '../routing/business-hours.js';
import { downloadHeaders } from '../http/download.js';
import { Problem } from '../http/problem.js';
import { RawBody } from '../http/respond.js';
import { renderHtml, renderText } from '../transcripts/render.js';

export const transcriptRoutes: Record<string, Handler> = {
  'GET /v1/conversations/{conversationId}/transcript': async (app, req) => {
    const caller = callerOf(req);
    const timeZone = typeof req.query.timeZone === 'string' ? req.query.timeZone : 'UTC';
    if (!isValidTimeZone(timeZone)) throw new Problem('invalid_request', `"${timeZone}" is not an IANA time zone`, { errors: [{ pointer: '/query/timeZone', code: 'format' }] });
    const row = await loadOwnConversation(app.db, caller, req.params.conversationId!);
    const [session] = await app.db.query<{ locale: string | null }>('SELECT locale FROM sessions WHERE id = $1', [caller.sessionId]);
    const locale = resolveLocale(typeof req.query.locale === 'string' ? req.query.locale : session?.locale);
    // Every message, oldest first (the seq order of the log).
    const rows = await app.db.query<{ body: string }>('SELECT body FROM messages WHERE conversation_id = $1 ORDER BY seq', [row.id]);
    const input = { conversation: toConversation(row), messages: rows.map((r) => JSON.parse(r.body) as Message), locale, timeZone, now: new Date() };
    // `format` wins; without it, a client that accepts HTML but not plain text gets HTML.
    const accept = String(req.headers.accept ?? '');
    const html = req.query.format === 'html' || (req.query.format === undefined && accept.includes('text/html') && !accept.includes('text/plain'));
    const name = `transcript-${input.conversation.createdAt.slice(0, 10)}-${row.id.slice(0, 8)}.${html ? 'html' : 'txt'}`;
    const body = html ? new RawBody(renderHtml(input), 'text/html; charset=utf-8') : new RawBody(renderText(input), 'text/plain; charset=utf-8');
    return { status: 200, body, headers: downloadHeaders(name) };
  },
};
