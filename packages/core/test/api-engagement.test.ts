/**
 * Issue 4's client half: the availability, escalation, queue, callback, survey, typing and read calls
 * of EngagementApi, and the escalation machine driven end to end by the API-backed actors, all over an
 * injected fetch (the server answers 501 for these endpoints until its half lands).
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { EngagementApi, isProblem, ProblemError, type EscalationInput, type FetchLike, type SessionKind } from '../src/index.js';
import { escalationActorsFor, escalationMachine } from '../src/escalation/index.js';
import { jsonResponse, problemResponse, routedFetch } from './support/fakes.js';

const BASE = 'http://127.0.0.1:1';

function api(routes: Parameters<typeof routedFetch>[0]) {
  const { fetch, requests } = routedFetch(routes);
  const client = new EngagementApi({
    baseUrl: () => BASE,
    fetch: fetch as FetchLike,
    retryLimit: 0,
    locale: () => 'de-DE',
    auth: { accessToken: () => 'tok-1', renew: async () => undefined },
  });
  return { api: client, requests };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const open = { timezone: 'Europe/London', now: { chat: { available: true, ewtSeconds: 60 }, callback: { available: true }, call: { available: false } }, days: [] };
const closed = { timezone: 'Europe/London', now: { chat: { available: false, reason: 'outside_business_hours' }, callback: { available: true }, call: { available: false } }, days: [] };
const queue = { position: 3, ewtSeconds: 120, ewtSource: 'estimated', updatedAt: '2026-11-23T05:00:00Z' };
const escalation = { escalationId: 'esc-1', status: 'queued', alternatives: [], queue };
const callback = { id: 'cb-1', status: 'requested', phoneE164: '+442079460000', createdAt: '2026-11-23T05:00:00Z' };
const slots = { timezone: 'Europe/London', slots: [{ id: 'slot-9', start: '2026-11-23T09:00:00Z', end: '2026-11-23T09:30:00Z' }] };
const survey = { id: 'sv-1', conversationId: 'c1', status: 'offered', questions: [] };
const surveyResponse = { surveyId: 'sv-1', answers: [{ questionId: 'q1', value: 5 }], submittedAt: '2026-11-23T05:00:00Z' };
const conversation = (channel: string) => ({ id: `conv-${channel}`, channel, state: 'queued', context: {}, createdAt: '2026-11-23T05:00:00Z', lastSeq: 1, participants: [] });

describe('EngagementApi: issue 4 operations', () => {
  it('sends each request with its method, path, query, headers and body, and returns the typed answer', async () => {
    const { api: a, requests } = api({
      'GET /v1/availability': () => jsonResponse(200, open),
      'POST /v1/conversations/c%201/escalations': () => jsonResponse(202, escalation),
      'GET /v1/conversations/c1/queue': () => jsonResponse(200, queue),
      'GET /v1/callbacks/slots': () => jsonResponse(200, slots),
      'POST /v1/callbacks': () => jsonResponse(201, callback),
      'GET /v1/callbacks/cb-1': () => jsonResponse(200, callback),
      'DELETE /v1/callbacks/cb-1': () => new Response(null, { status: 204 }),
      'GET /v1/conversations/c1/survey': () => jsonResponse(200, survey),
      'POST /v1/conversations/c1/survey/responses': () => jsonResponse(201, surveyResponse),
      'POST /v1/conversations/c1/typing': () => new Response(null, { status: 202 }),
      'POST /v1/conversations/c1/read': () => new Response(null, { status: 204 }),
    });

    expect(await a.getAvailability('cards', { days: 3 })).toEqual(open);
    expect(await a.requestEscalation('c 1', { preferred: 'chat', reason: 'card lost' }, 'esc-key')).toEqual(escalation);
    expect(await a.getQueue('c1')).toEqual(queue);
    expect(await a.listCallbackSlots({ topic: 'cards', from: '2026-11-23T00:00:00Z' })).toEqual(slots);
    expect(await a.createCallback({ phoneE164: '+442079460000', when: { type: 'asap' }, consent: true }, 'cb-key')).toEqual(callback);
    expect(await a.getCallback('cb-1')).toEqual(callback);
    expect(await a.cancelCallback('cb-1')).toBeUndefined();
    expect(await a.getSurvey('c1')).toEqual(survey);
    expect(await a.submitSurveyResponse('c1', { surveyId: 'sv-1', answers: [{ questionId: 'q1', value: 5 }] }, 'sv-key')).toEqual(surveyResponse);
    expect(await a.sendTyping('c1', 'started')).toBeUndefined();
    expect(await a.markRead('c1', 42)).toBeUndefined();

    const seen = requests.map((r) => ({ method: r.method, url: r.url.slice(BASE.length), key: r.headers['idempotency-key'], body: r.body }));
    expect(seen).toEqual([
      { method: 'GET', url: '/v1/availability?topic=cards&days=3', key: undefined, body: undefined },
      { method: 'POST', url: '/v1/conversations/c%201/escalations', key: 'esc-key', body: { preferred: 'chat', reason: 'card lost' } },
      { method: 'GET', url: '/v1/conversations/c1/queue', key: undefined, body: undefined },
      { method: 'GET', url: '/v1/callbacks/slots?topic=cards&from=2026-11-23T00%3A00%3A00Z', key: undefined, body: undefined },
      { method: 'POST', url: '/v1/callbacks', key: 'cb-key', body: { phoneE164: '+442079460000', when: { type: 'asap' }, consent: true } },
      { method: 'GET', url: '/v1/callbacks/cb-1', key: undefined, body: undefined },
      { method: 'DELETE', url: '/v1/callbacks/cb-1', key: undefined, body: undefined },
      { method: 'GET', url: '/v1/conversations/c1/survey', key: undefined, body: undefined },
      { method: 'POST', url: '/v1/conversations/c1/survey/responses', key: 'sv-key', body: { surveyId: 'sv-1', answers: [{ questionId: 'q1', value: 5 }] } },
      { method: 'POST', url: '/v1/conversations/c1/typing', key: undefined, body: { state: 'started' } },
      { method: 'POST', url: '/v1/conversations/c1/read', key: undefined, body: { upToSeq: 42 } },
    ]);
    // Availability is sessionless: no bearer token. Everything else carries it; all carry the locale.
    expect(requests[0]!.headers.authorization).toBeUndefined();
    for (const r of requests.slice(1)) expect(r.headers.authorization).toBe('Bearer tok-1');
    for (const r of requests) expect(r.headers['accept-language']).toBe('de-DE');
    for (const r of requests.filter((x) => x.method === 'POST')) expect(r.headers['content-type']).toBe('application/json');
  });

  it('sends no Idempotency-Key where none is given, and no query without a topic', async () => {
    const { api: a, requests } = api({
      'GET /v1/availability': () => jsonResponse(200, open),
      'POST /v1/conversations/c1/escalations': () => jsonResponse(202, escalation),
      'GET /v1/callbacks/slots': () => jsonResponse(200, slots),
    });
    await a.getAvailability();
    await a.requestEscalation('c1');
    await a.listCallbackSlots();
    expect(requests.map((r) => r.url.slice(BASE.length))).toEqual(['/v1/availability', '/v1/conversations/c1/escalations', '/v1/callbacks/slots']);
    expect(requests[1]!.headers['idempotency-key']).toBeUndefined();
    expect(requests[1]!.body).toEqual({});
  });

  it('maps 501, 409 and 429 problems to typed ProblemErrors', async () => {
    const { api: a } = api({
      'GET /v1/availability': () => problemResponse(501, 'not_implemented', { title: 'Not implemented', retryable: false, action: 'none' }),
      'POST /v1/callbacks': () => problemResponse(409, 'outside_business_hours', { detail: 'closed until 08:00' }),
      'POST /v1/conversations/c1/escalations': () => problemResponse(429, 'rate_limited', { action: 'retry' }, { 'retry-after': '12' }),
      // A bare 501 from a proxy still maps by status.
      'GET /v1/conversations/c1/queue': () => new Response('Not Implemented', { status: 501, headers: { 'content-type': 'text/plain' } }),
    });
    const notImplemented = (await caught(a.getAvailability())) as ProblemError;
    expect(notImplemented).toBeInstanceOf(ProblemError);
    expect([notImplemented.status, notImplemented.code, notImplemented.retryable]).toEqual([501, 'not_implemented', false]);

    const conflict = (await caught(a.createCallback({ phoneE164: '+442079460000', when: { type: 'asap' }, consent: true }, 'k'))) as ProblemError;
    expect(isProblem(conflict, 'outside_business_hours')).toBe(true);
    expect([conflict.status, conflict.retryable, conflict.detail]).toEqual([409, false, 'closed until 08:00']);

    const limited = (await caught(a.requestEscalation('c1', {}, 'k'))) as ProblemError;
    expect([limited.status, limited.code, limited.retryable, limited.action, limited.retryAfterSeconds]).toEqual([429, 'rate_limited', true, 'retry', 12]);

    const bare = (await caught(a.getQueue('c1'))) as ProblemError;
    expect([bare.status, bare.code, bare.retryable]).toEqual([501, 'not_implemented', false]);
  });
});

describe('escalation machine with escalationActorsFor over the injected fetch', () => {
  function run(routes: Parameters<typeof routedFetch>[0], input: EscalationInput = { conversationId: 'c1', topic: 'card lost', maxWaitSeconds: 300 }, sessionKind?: SessionKind) {
    const { api: a, requests } = api(routes);
    let n = 0;
    const actors = escalationActorsFor(a, { topic: 'cards', newId: () => `id-${++n}`, ...(sessionKind ? { sessionKind: () => sessionKind } : {}) });
    const actor = createActor(escalationMachine().provide({ actors }), { input }).start();
    return { actor, requests };
  }

  it('availability open → JOIN_QUEUE → queued', async () => {
    const { actor, requests } = run({
      'GET /v1/availability': () => jsonResponse(200, open),
      'POST /v1/conversations/c1/escalations': () => jsonResponse(202, escalation),
    });
    await waitFor(actor, (s) => s.matches('choosing'));
    actor.send({ type: 'JOIN_QUEUE' });
    const done = await waitFor(actor, (s) => s.status === 'done');
    expect(done.value).toBe('queued');
    expect(done.output).toEqual({ kind: 'queued', escalation });
    expect(requests.map((r) => `${r.method} ${r.url.slice(BASE.length)}`)).toEqual(['GET /v1/availability?topic=cards', 'POST /v1/conversations/c1/escalations']);
    expect(requests[1]!.headers['idempotency-key']).toBe('id-1');
    expect(requests[1]!.body).toEqual({ preferred: 'chat', reason: 'card lost' });
  });

  it('availability closed → callback with a valid E.164 and consent → callbackRequested', async () => {
    const { actor, requests } = run({
      'GET /v1/availability': () => jsonResponse(200, closed),
      'GET /v1/callbacks/slots': () => jsonResponse(200, slots),
      'POST /v1/callbacks': () => jsonResponse(201, callback),
    });
    await waitFor(actor, (s) => s.matches('choosing'));
    actor.send({ type: 'JOIN_QUEUE' });
    expect(actor.getSnapshot().value).toBe('choosing');
    actor.send({ type: 'CHOOSE_CALLBACK' });
    actor.send({ type: 'LOAD_SLOTS' });
    await waitFor(actor, (s) => s.matches({ callback: 'form' }));
    expect(actor.getSnapshot().context.slots).toEqual(slots.slots);
    actor.send({ type: 'SET_PHONE', phone: '+44 20 7946-0000' });
    actor.send({ type: 'SET_CONSENT', consent: true });
    actor.send({ type: 'CHOOSE_SLOT', slotId: 'slot-9' });
    actor.send({ type: 'SUBMIT' });
    const done = await waitFor(actor, (s) => s.status === 'done');
    expect(done.value).toBe('callbackRequested');
    expect(done.output).toEqual({ kind: 'callback', callback });
    const create = requests.find((r) => r.method === 'POST')!;
    expect(create.url).toBe(`${BASE}/v1/callbacks`);
    expect(create.headers).toMatchObject({ authorization: 'Bearer tok-1', 'accept-language': 'de-DE', 'idempotency-key': 'id-1' });
    expect(create.body).toEqual({ phoneE164: '+442079460000', when: { type: 'slot', slotId: 'slot-9' }, consent: true, topic: 'card lost', conversationId: 'c1' });
    expect(requests.find((r) => r.url.includes('/slots'))!.url).toBe(`${BASE}/v1/callbacks/slots?topic=cards`);
  });

  it('retries a failed callback with the same Idempotency-Key, and surfaces the 409 first', async () => {
    let attempts = 0;
    const { actor, requests } = run({
      'GET /v1/availability': () => jsonResponse(200, closed),
      'POST /v1/callbacks': () => (++attempts === 1 ? problemResponse(409, 'outside_business_hours') : jsonResponse(201, callback)),
    });
    await waitFor(actor, (s) => s.matches('choosing'));
    actor.send({ type: 'CHOOSE_CALLBACK' });
    actor.send({ type: 'SET_PHONE', phone: '+442079460000' });
    actor.send({ type: 'SET_CONSENT', consent: true });
    actor.send({ type: 'SUBMIT' });
    await waitFor(actor, (s) => s.matches({ callback: 'submitFailed' }));
    expect(actor.getSnapshot().context.error).toContain('outside_business_hours');
    actor.send({ type: 'RETRY' });
    await waitFor(actor, (s) => s.status === 'done');
    const keys = requests.filter((r) => r.method === 'POST').map((r) => r.headers['idempotency-key']);
    expect(keys).toEqual(['id-1', 'id-1']);
  });

  it('a customer leaves a secure message; a guest a chat with the text as initialMessage', async () => {
    const routes = {
      'GET /v1/availability': () => jsonResponse(200, closed),
      'POST /v1/conversations': (req: { body?: unknown }) => jsonResponse(201, conversation((req.body as { channel: string }).channel)),
    };
    for (const [kind, channel] of [['customer', 'secure_message'], ['guest', 'chat']] as const) {
      const { actor, requests } = run(routes, { topic: 'card lost' }, kind);
      await waitFor(actor, (s) => s.matches('choosing'));
      actor.send({ type: 'CHOOSE_MESSAGE' });
      actor.send({ type: 'SET_MESSAGE', text: 'Please call me back' });
      actor.send({ type: 'SUBMIT' });
      const done = await waitFor(actor, (s) => s.status === 'done');
      expect(done.value).toBe('messageLeft');
      expect(done.output).toMatchObject({ kind: 'message', conversation: { channel } });
      const create = requests.find((r) => r.method === 'POST')!;
      expect(create.body).toEqual({
        clientConversationId: 'id-1',
        channel,
        topic: 'card lost',
        ...(channel === 'secure_message' ? { subject: 'card lost' } : {}),
        initialMessage: { parts: [{ type: 'text', text: 'Please call me back' }] },
      });
    }
  });

  it('leaves the message in the chat it escalates from: the message, then the escalation to the inbox', async () => {
    const { actor, requests } = run({
      'GET /v1/availability': () => jsonResponse(200, closed),
      'POST /v1/conversations/c1/messages': () => jsonResponse(201, { id: 'm1' }),
      'POST /v1/conversations/c1/escalations': () => jsonResponse(202, escalation),
      'GET /v1/conversations/c1': () => jsonResponse(200, conversation('chat')),
    });
    await waitFor(actor, (s) => s.matches('choosing'));
    actor.send({ type: 'CHOOSE_MESSAGE' });
    actor.send({ type: 'SET_MESSAGE', text: 'Please call me back' });
    actor.send({ type: 'SUBMIT' });
    const done = await waitFor(actor, (s) => s.status === 'done');
    expect(done.output).toMatchObject({ kind: 'message', conversation: { channel: 'chat' } });
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [new URL(r.url).pathname, r.body])).toEqual([
      ['/v1/conversations/c1/messages', { clientMessageId: 'id-1', parts: [{ type: 'text', text: 'Please call me back' }] }],
      ['/v1/conversations/c1/escalations', { preferred: 'message' }],
    ]);
    expect(posts.map((r) => r.headers['idempotency-key'])).toEqual(['id-1', 'id-2']);
  });

  it('falls back to a chat when the server refuses a secure message with 403 auth_required', async () => {
    const { actor, requests } = run({
      'GET /v1/availability': () => jsonResponse(200, closed),
      'POST /v1/conversations': (req) =>
        (req.body as { channel: string }).channel === 'secure_message' ? problemResponse(403, 'auth_required', { action: 'reauthenticate' }) : jsonResponse(201, conversation('chat')),
    }, { topic: 'card lost' });
    await waitFor(actor, (s) => s.matches('choosing'));
    actor.send({ type: 'CHOOSE_MESSAGE' });
    actor.send({ type: 'SET_MESSAGE', text: 'hello' });
    actor.send({ type: 'SUBMIT' });
    const done = await waitFor(actor, (s) => s.status === 'done');
    expect(done.output).toMatchObject({ kind: 'message', conversation: { channel: 'chat' } });
    expect(requests.filter((r) => r.method === 'POST').map((r) => (r.body as { channel: string }).channel)).toEqual(['secure_message', 'chat']);
  });

  it('a 501 from the availability check lands in checkFailed', async () => {
    const { actor } = run({ 'GET /v1/availability': () => problemResponse(501, 'not_implemented') });
    const failed = await waitFor(actor, (s) => s.matches('checkFailed'));
    expect(failed.context.error).toContain('not_implemented');
  });
});
