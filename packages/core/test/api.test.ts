import { describe, expect, it } from 'vitest';
import {
  AbortedError,
  EngagementApi,
  FoyerError,
  isProblem,
  NetworkError,
  ProblemError,
  SessionManager,
  TimeoutError,
  type FetchLike,
} from '../src/index.js';
import { createMemoryKeyValueStore } from '../src/node/index.js';
import { jsonResponse, problemResponse, routedFetch, session } from './support/fakes.js';

const api = (fetch: FetchLike, extra: Partial<ConstructorParameters<typeof EngagementApi>[0]> = {}) =>
  new EngagementApi({ baseUrl: () => 'http://127.0.0.1:1', fetch, retryLimit: 0, ...extra });

const conversation = { id: 'c1', channel: 'chat', state: 'bot', context: {}, createdAt: '2026-01-01T00:00:00Z', lastSeq: 0, participants: [] };

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('error mapping', () => {
  it('maps problem+json to a ProblemError with every extension', async () => {
    const { fetch } = routedFetch({
      'POST /v1/conversations/c1/messages': () =>
        problemResponse(400, 'message_too_long', { detail: 'too long', action: 'shorten', traceId: 't1', errors: [{ pointer: '/parts/0/text', code: 'max_code_points' }] }),
    });
    const error = await caught(api(fetch as FetchLike).sendMessage('c1', { clientMessageId: 'x', parts: [{ type: 'text', text: 'hi' }] }, 'x'));
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toBeInstanceOf(FoyerError);
    const p = error as ProblemError;
    expect(p.kind).toBe('problem');
    expect([p.status, p.code, p.retryable, p.action, p.detail, p.traceId]).toEqual([400, 'message_too_long', false, 'shorten', 'too long', 't1']);
    expect(p.errors).toEqual([{ pointer: '/parts/0/text', code: 'max_code_points' }]);
    expect(isProblem(p, 'message_too_long')).toBe(true);
    expect(isProblem(p, 'conversation_ended')).toBe(false);
  });

  it('takes retryAfterSeconds from the body, else from Retry-After (seconds or a date)', async () => {
    const date = new Date(Date.now() + 5_000).toUTCString();
    const { fetch } = routedFetch({
      'GET /v1/conversations/a': () => problemResponse(429, 'rate_limited', { retryAfterSeconds: 3 }, { 'retry-after': '9' }),
      'GET /v1/conversations/b': () => problemResponse(503, 'upstream_unavailable', {}, { 'retry-after': '7' }),
      'GET /v1/conversations/c': () => problemResponse(503, 'upstream_unavailable', {}, { 'retry-after': date }),
    });
    const a = api(fetch as FetchLike);
    expect(((await caught(a.getConversation('a'))) as ProblemError).retryAfterSeconds).toBe(3);
    expect(((await caught(a.getConversation('b'))) as ProblemError).retryAfterSeconds).toBe(7);
    const c = ((await caught(a.getConversation('c'))) as ProblemError).retryAfterSeconds!;
    expect(c).toBeGreaterThanOrEqual(4);
    expect(c).toBeLessThanOrEqual(6);
  });

  it('maps a non-problem error body by its status', async () => {
    const { fetch } = routedFetch({
      'GET /v1/conversations/c1': () => new Response('<html>bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    });
    const p = (await caught(api(fetch as FetchLike).getConversation('c1'))) as ProblemError;
    expect([p.status, p.code, p.retryable, p.action]).toEqual([502, 'upstream_unavailable', true, 'retry']);
  });

  it('maps fetch failures to NetworkError, slowness to TimeoutError and cancellation to AbortedError', async () => {
    const down = api(async () => {
      throw new TypeError('fetch failed');
    });
    const e1 = await caught(down.getConversation('c1'));
    expect(e1).toBeInstanceOf(NetworkError);
    expect((e1 as NetworkError).retryable).toBe(true);

    // like fetch: rejects when its signal aborts (or already has)
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        const signal = init?.signal as AbortSignal;
        const fail = () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        if (signal.aborted) fail();
        else signal.addEventListener('abort', fail);
      });
    expect(await caught(api(hanging, { timeoutMs: 30 }).getConversation('c1'))).toBeInstanceOf(TimeoutError);

    const controller = new AbortController();
    const pending = api(hanging).getConversation('c1', { signal: controller.signal as never });
    controller.abort();
    expect(await caught(pending)).toBeInstanceOf(AbortedError);
  });

  it('retries idempotent reads on 503 honouring Retry-After, and never retries a POST itself', async () => {
    let reads = 0;
    let posts = 0;
    const { fetch } = routedFetch({
      'GET /v1/conversations/c1': () => (++reads === 1 ? problemResponse(503, 'upstream_unavailable', { retryAfterSeconds: 0 }, { 'retry-after': '0' }) : jsonResponse(200, conversation)),
      'POST /v1/conversations': () => {
        posts++;
        return problemResponse(503, 'upstream_unavailable', {}, { 'retry-after': '0' });
      },
    });
    const a = api(fetch as FetchLike, { retryLimit: 2 });
    expect((await a.getConversation('c1')).id).toBe('c1');
    expect(reads).toBe(2);
    await caught(a.createConversation({ clientConversationId: '0190a000-0000-7000-8000-000000000000' }));
    expect(posts).toBe(1);
  });
});

describe('hooks', () => {
  function setup(routes: Parameters<typeof routedFetch>[0]) {
    const { fetch, requests } = routedFetch(routes);
    const storage = createMemoryKeyValueStore();
    const ref: { manager?: SessionManager } = {};
    const a = new EngagementApi({
      baseUrl: () => 'http://127.0.0.1:1',
      fetch: fetch as FetchLike,
      retryLimit: 0,
      locale: () => 'nl-NL',
      auth: { accessToken: () => ref.manager!.accessToken(), renew: (r) => ref.manager!.renew(r) },
    });
    const manager = (ref.manager = new SessionManager({ api: a, storage, newDeviceId: () => 'device-1', locale: () => 'nl-NL' }));
    return { api: a, manager, storage, requests };
  }

  it('sends Authorization, Accept-Language and Idempotency-Key', async () => {
    const { api: a, manager, requests } = setup({
      'POST /v1/sessions': () => jsonResponse(201, session(1)),
      'POST /v1/conversations/c1/messages': (req) => jsonResponse(201, { id: 'm1', seq: 2, conversationId: 'c1', author: { role: 'customer', id: 'x' }, createdAt: 'x', parts: [], attachments: [], status: 'sent', clientMessageId: (req.body as { clientMessageId: string }).clientMessageId }),
    });
    await manager.ensure();
    await a.sendMessage('c1', { clientMessageId: 'k1', parts: [{ type: 'text', text: 'hi' }] }, 'k1');
    const [create, send] = requests;
    expect(create!.headers.authorization).toBeUndefined();
    expect(create!.body).toMatchObject({ kind: 'guest', locale: 'nl-NL', deviceId: 'device-1' });
    expect(send!.headers).toMatchObject({ authorization: 'Bearer access-1', 'accept-language': 'nl-NL', 'idempotency-key': 'k1', 'content-type': 'application/json' });
  });

  it('refreshes once on 401 session_expired for any number of concurrent requests, then retries them', async () => {
    let refreshes = 0;
    const { api: a, manager, requests } = setup({
      'POST /v1/sessions': () => jsonResponse(201, session(1)),
      'POST /v1/sessions/refresh': async () => {
        refreshes++;
        await new Promise((r) => setTimeout(r, 20));
        return jsonResponse(200, session(2));
      },
      'GET /v1/conversations/c1': (req) => (req.headers.authorization === 'Bearer access-2' ? jsonResponse(200, conversation) : problemResponse(401, 'session_expired')),
    });
    await manager.ensure();
    const results = await Promise.all([a.getConversation('c1'), a.getConversation('c1'), a.getConversation('c1')]);
    expect(results.map((r) => r.id)).toEqual(['c1', 'c1', 'c1']);
    expect(refreshes).toBe(1);
    expect(requests.find((r) => r.url.endsWith('/refresh'))!.body).toEqual({ refreshToken: 'refresh-1' });
    expect(manager.accessToken()).toBe('access-2');
  });

  it('falls back to the resume token when the refresh token is refused, and gives up after one re-issue', async () => {
    let creates = 0;
    const { api: a, manager, requests, storage } = setup({
      'POST /v1/sessions': () => {
        creates += 1;
        return jsonResponse(creates === 1 ? 201 : 200, session(creates));
      },
      'POST /v1/sessions/refresh': () => problemResponse(401, 'invalid_token'),
      'GET /v1/conversations/c1': () => problemResponse(401, 'invalid_token'),
    });
    await manager.ensure();
    const error = (await caught(a.getConversation('c1'))) as ProblemError;
    expect(error.code).toBe('invalid_token');
    const resume = requests.filter((r) => r.url.endsWith('/v1/sessions'))[1]!;
    expect(resume.body).toMatchObject({ kind: 'guest', resumeToken: 'resume-1' });
    expect(requests.filter((r) => r.url.endsWith('/c1'))).toHaveLength(2);
    expect(JSON.parse((await storage.get('session'))!).accessToken).toBe('access-2');
  });

  it('adopts a token another tab stored instead of refreshing again', async () => {
    let refreshes = 0;
    const { api: a, manager, storage } = setup({
      'POST /v1/sessions': () => jsonResponse(201, session(1)),
      'POST /v1/sessions/refresh': () => {
        refreshes++;
        return jsonResponse(200, session(3));
      },
      'GET /v1/conversations/c1': (req) => (req.headers.authorization === 'Bearer access-9' ? jsonResponse(200, conversation) : problemResponse(401, 'session_expired')),
    });
    await manager.ensure();
    const other = JSON.parse((await storage.get('session'))!);
    await storage.set('session', JSON.stringify({ ...other, accessToken: 'access-9' }));
    expect((await a.getConversation('c1')).id).toBe('c1');
    expect(refreshes).toBe(0);
  });
});
