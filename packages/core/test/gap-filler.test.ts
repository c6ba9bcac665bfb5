import { describe, expect, it } from 'vitest';
import { EngagementApi, GapFiller, type FetchLike, type FoyerEvent } from '../src/index.js';
import { jsonResponse, problemResponse, routedFetch } from './support/fakes.js';

const ev = (conversationId: string, seq: number): FoyerEvent =>
  ({ id: `e-${conversationId}-${seq}`, type: 'receipt.read', conversationId, seq, occurredAt: '2026-01-01T00:00:00Z', data: { upToSeq: 0, participant: { role: 'agent', id: 'a' } } }) as FoyerEvent;

/** A server log per conversation behind GET …/events (paged by `limit`), with optional purge. */
function logServer(logs: Record<string, number>, opts: { purgedThrough?: Record<string, number>; failFirst?: number } = {}) {
  let failures = opts.failFirst ?? 0;
  const { fetch, requests } = routedFetch({});
  const routed = async (input: string, init?: Parameters<typeof fetch>[1]) => {
    const url = new URL(input);
    const m = /^\/v1\/conversations\/([^/]+)\/events$/.exec(url.pathname);
    if (!m) return fetch(input, init);
    requests.push({ url: input, method: 'GET', headers: {} });
    if (failures > 0) {
      failures--;
      return problemResponse(500, 'internal_error');
    }
    const id = m[1]!;
    const after = Number(url.searchParams.get('afterSeq'));
    const limit = Number(url.searchParams.get('limit') ?? 200);
    if (after < (opts.purgedThrough?.[id] ?? 0)) return problemResponse(410, 'resume_window_expired');
    const last = logs[id] ?? 0;
    const events = [];
    for (let s = after + 1; s <= Math.min(last, after + limit); s++) events.push(ev(id, s));
    return jsonResponse(200, { events, hasMore: after + limit < last, lastSeq: last });
  };
  const api = new EngagementApi({ baseUrl: () => 'http://127.0.0.1:1', fetch: routed as FetchLike, retryLimit: 0 });
  return { api, requests };
}

function filler(api: EngagementApi, extra: Partial<ConstructorParameters<typeof GapFiller>[0]> = {}) {
  const applied: string[] = [];
  const errors: unknown[] = [];
  const reloads: string[] = [];
  const f = new GapFiller({
    fetchEvents: (id, afterSeq, limit) => api.listConversationEvents(id, { afterSeq, limit }),
    reload: async (id) => {
      reloads.push(id);
      return 40;
    },
    apply: (e, origin) => applied.push(e.type === 'stream.reset' ? `reset:${e.data.conversationId}` : `${e.conversationId}:${e.seq}${origin === 'fill' ? '*' : ''}`),
    onError: (e) => errors.push(e),
    pageSize: 2,
    backoff: { initialMs: 1, maxMs: 2 },
    ...extra,
  });
  return { f, applied, errors, reloads };
}

describe('GapFiller', () => {
  it('applies contiguous events, drops duplicates and fills a jump from the log, paging while hasMore', async () => {
    const { api, requests } = logServer({ a: 9 });
    const { f, applied } = filler(api, { initialPositions: [['a', 2]] });
    for (const s of [3, 3, 2, 8, 4, 9, 9]) void f.push(ev('a', s));
    await f.idle();
    // 3 live; 3 and 2 duplicates; 8 jumps: 4..7 filled in pages of 2, then 8 live; 4 duplicate; 9 live, then a duplicate
    expect(applied).toEqual(['a:3', 'a:4*', 'a:5*', 'a:6*', 'a:7*', 'a:8', 'a:9']);
    expect(requests.map((r) => new URL(r.url).searchParams.get('afterSeq'))).toEqual(['3', '5']);
    expect(f.position('a')).toBe(9);
    expect(f.stats).toMatchObject({ duplicates: 4, gaps: 1 });
  });

  it('keeps conversations apart on one stream', async () => {
    const { api } = logServer({ a: 4, b: 3 });
    const { f, applied } = filler(api, { initialPositions: [['a', 1], ['b', 0]] });
    for (const e of [ev('b', 1), ev('a', 2), ev('b', 3), ev('a', 4), ev('b', 2)]) void f.push(e);
    await f.idle();
    expect(applied).toEqual(['b:1', 'a:2', 'b:2*', 'b:3*', 'a:3*', 'a:4*']);
  });

  it('takes the first event of an unknown conversation as its baseline, and track() fills from 0', async () => {
    const { api } = logServer({ a: 3, n: 2 });
    const { f, applied } = filler(api);
    void f.push(ev('a', 3));
    await f.track('n', 2);
    await f.track('a', 1); // already known: no-op
    await f.idle();
    expect(applied).toEqual(['a:3', 'n:1*', 'n:2*']);
  });

  it('retries a failed fill with backoff and still applies in order', async () => {
    const { api } = logServer({ a: 5 }, { failFirst: 2 });
    const { f, applied, errors } = filler(api, { initialPositions: [['a', 1]] });
    void f.push(ev('a', 5));
    await f.idle();
    expect(applied).toEqual(['a:2*', 'a:3*', 'a:4*', 'a:5*']);
    expect(errors).toHaveLength(2);
  });

  it('reloads from scratch when the log no longer reaches back (410), then continues from lastSeq', async () => {
    const { api } = logServer({ a: 42 }, { purgedThrough: { a: 30 } });
    const { f, applied, reloads } = filler(api, { initialPositions: [['a', 10]] });
    void f.push(ev('a', 41));
    void f.push(ev('a', 42));
    await f.idle();
    expect(reloads).toEqual(['a']);
    expect(applied).toEqual(['a:41', 'a:42']);
  });

  it('on stream.reset fills from what it has, or reloads from scratch when it has nothing', async () => {
    const { api } = logServer({ a: 4, b: 7 });
    const { f, applied, reloads } = filler(api, { initialPositions: [['a', 2]] });
    const reset = (conversationId: string) => ({ id: 'r', type: 'stream.reset', conversationId, occurredAt: 'x', ephemeral: true, data: { conversationId, reason: 'cursor_expired' } }) as FoyerEvent;
    void f.push(reset('a'));
    void f.push(reset('b'));
    void f.push(ev('b', 41));
    await f.idle();
    expect(applied).toEqual(['a:3*', 'a:4*', 'reset:a', 'reset:b', 'b:41']);
    expect(reloads).toEqual(['b']);
    expect(f.position('b')).toBe(41);
  });

  it('passes ephemeral events through in arrival order', async () => {
    const { api } = logServer({ a: 3 });
    const { f, applied } = filler(api, { initialPositions: [['a', 1]] });
    const typing = { id: 't', type: 'typing.started', conversationId: 'a', occurredAt: 'x', ephemeral: true, data: { participant: { role: 'agent', id: 'x' } } } as FoyerEvent;
    void f.push(ev('a', 3));
    void f.push(typing);
    await f.idle();
    // the fill page (size 2) already held 3, so the live 3 is a duplicate
    expect(applied).toEqual(['a:2*', 'a:3*', 'a:undefined']);
  });
});
