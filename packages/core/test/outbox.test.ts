import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifySendFailure, NetworkError, Outbox, ProblemError, TimeoutError, type Message, type OutboxEntry } from '../src/index.js';
import { createMemoryOutbox } from '../src/node/index.js';

const problem = (status: number, code: string, extra: Partial<ConstructorParameters<typeof ProblemError>[0]> = {}) =>
  new ProblemError({ status, code, title: code, retryable: status === 429 || status >= 500 || code === 'idempotency_key_in_flight', action: 'none', ...extra });

describe('classifySendFailure', () => {
  it.each([
    [problem(400, 'message_too_long'), false],
    [problem(400, 'invalid_request'), false],
    [problem(403, 'forbidden'), false],
    [problem(404, 'not_found'), false],
    [problem(409, 'conversation_ended'), false],
    [problem(409, 'attachment_rejected'), false],
    [problem(410, 'resume_window_expired'), false],
    [problem(413, 'payload_too_large'), false],
    [problem(422, 'idempotency_key_reuse'), false],
    [problem(409, 'idempotency_key_in_flight'), true],
    [problem(429, 'rate_limited'), true],
    [problem(500, 'internal_error'), true],
    [problem(502, 'upstream_unavailable'), true],
    [problem(503, 'upstream_unavailable'), true],
    [problem(401, 'session_expired'), true],
    [new NetworkError(), true],
    [new TimeoutError(), true],
  ])('%s → retry %s', (error, retry) => {
    expect(classifySendFailure(error).retry).toBe(retry);
  });

  it('fills the failure and honours retryAfterSeconds', () => {
    expect(classifySendFailure(problem(409, 'conversation_ended', { detail: 'ended' }))).toEqual({ retry: false, failure: { status: 409, code: 'conversation_ended', detail: 'ended' } });
    expect(classifySendFailure(problem(429, 'rate_limited', { retryAfterSeconds: 2 }))).toEqual({ retry: true, afterMs: 2000 });
  });
});

const message = (entry: OutboxEntry, seq: number): Message => ({
  id: `m${seq}`,
  seq,
  clientMessageId: entry.clientMessageId,
  conversationId: entry.conversationId,
  author: { role: 'customer', id: 'c' },
  createdAt: 'x',
  parts: entry.body.parts as Message['parts'],
  attachments: [],
  status: 'sent',
});

describe('Outbox', () => {
  afterEach(() => vi.useRealTimers());

  function setup(send: (entry: OutboxEntry, attempt: number) => Promise<Message> | Message) {
    const store = createMemoryOutbox();
    const attempts: { id: string; key: string; stored: boolean }[] = [];
    let n = 0;
    const outbox = new Outbox({
      store,
      newId: () => `id-${String(++n).padStart(3, '0')}`,
      send: async (entry) => {
        attempts.push({ id: entry.clientMessageId, key: entry.idempotencyKey, stored: (await store.get(entry.clientMessageId)) !== undefined });
        return send(entry, attempts.filter((a) => a.id === entry.clientMessageId).length);
      },
      backoff: { initialMs: 1, maxMs: 4, jitter: 0 },
    });
    return { store, outbox, attempts };
  }

  const until = async (check: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 500 && !(await check()); i++) await new Promise((r) => setTimeout(r, 2));
    expect(await check()).toBe(true);
  };

  it('stores before the first attempt, retries with the same key until 2xx, then removes the entry', async () => {
    let seq = 1;
    const { store, outbox, attempts } = setup((entry, attempt) => {
      if (attempt === 1) throw new NetworkError();
      if (attempt === 2) throw problem(503, 'upstream_unavailable');
      if (attempt === 3) throw problem(409, 'idempotency_key_in_flight');
      return message(entry, ++seq);
    });
    await outbox.start();
    const entry = await outbox.enqueue('c1', { parts: [{ type: 'text', text: 'hi' }] });
    expect(entry).toMatchObject({ clientMessageId: 'id-001', idempotencyKey: 'id-001', state: 'pending', body: { clientMessageId: 'id-001' } });
    await until(async () => (await store.list()).length === 0);
    expect(attempts).toEqual(Array.from({ length: 4 }, () => ({ id: 'id-001', key: 'id-001', stored: true })));
  });

  it('keeps order within a conversation: a retrying head holds the lane', async () => {
    const sent: string[] = [];
    let failHead = 3;
    const { outbox, store } = setup((entry) => {
      if (entry.clientMessageId === 'id-001' && failHead-- > 0) throw new NetworkError();
      sent.push(entry.clientMessageId);
      return message(entry, sent.length + 1);
    });
    await outbox.start();
    for (let i = 0; i < 5; i++) await outbox.enqueue('c1', { parts: [{ type: 'text', text: `${i}` }] });
    await until(async () => (await store.list()).length === 0);
    expect(sent).toEqual(['id-001', 'id-002', 'id-003', 'id-004', 'id-005']);
  });

  it('marks final failures failed (out of the loop); retry() and discard() work on them', async () => {
    let ended = true;
    const { outbox, store, attempts } = setup((entry) => {
      if (ended) throw problem(409, 'conversation_ended', { detail: 'ended' });
      return message(entry, 2);
    });
    await outbox.start();
    await outbox.enqueue('c1', { parts: [{ type: 'text', text: 'a' }] });
    await outbox.enqueue('c1', { parts: [{ type: 'text', text: 'b' }] });
    await until(async () => (await store.list()).every((e) => e.state === 'failed'));
    expect((await store.list()).map((e) => [e.clientMessageId, e.state, e.failure])).toEqual([
      ['id-001', 'failed', { status: 409, code: 'conversation_ended', detail: 'ended' }],
      ['id-002', 'failed', { status: 409, code: 'conversation_ended', detail: 'ended' }],
    ]);
    const before = attempts.length;
    await new Promise((r) => setTimeout(r, 20));
    expect(attempts.length).toBe(before); // not retried on its own
    ended = false;
    await outbox.retry('id-001');
    await until(async () => (await store.get('id-001')) === undefined);
    await outbox.discard('id-002');
    expect(await store.list()).toEqual([]);
    expect(outbox.list).toEqual([]);
  });

  it('an acknowledgement (the echo) settles an entry that is waiting to be retried', async () => {
    const { outbox, store, attempts } = setup(() => {
      throw new NetworkError();
    });
    await outbox.start();
    await outbox.enqueue('c1', { parts: [{ type: 'text', text: 'a' }] });
    await until(() => attempts.length >= 1);
    await outbox.acknowledge('id-001');
    expect(await store.list()).toEqual([]);
    const count = attempts.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(attempts.length).toBe(count);
    await outbox.stop();
  });

  it('only sends while draining (the leader); a new leader sends what was stored before', async () => {
    const first = setup((entry) => message(entry, 2));
    await first.outbox.enqueue('c1', { parts: [{ type: 'text', text: 'a' }] });
    await new Promise((r) => setTimeout(r, 10));
    expect(first.attempts).toEqual([]);
    const sent: string[] = [];
    const second = new Outbox({ store: first.store, newId: () => 'x', send: async (entry) => (sent.push(entry.clientMessageId), message(entry, 2)) });
    await second.start();
    await until(() => sent.length === 1);
    expect(sent).toEqual(['id-001']);
  });

  it('waits out Retry-After on 429', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const at: number[] = [];
    const { outbox } = setup((entry) => {
      at.push(Date.now());
      if (at.length === 1) throw problem(429, 'rate_limited', { retryAfterSeconds: 3 });
      return message(entry, 2);
    });
    await outbox.start();
    await outbox.enqueue('c1', { parts: [{ type: 'text', text: 'a' }] });
    await vi.advanceTimersByTimeAsync(2_999);
    expect(at).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBe(3_000);
  });
});
