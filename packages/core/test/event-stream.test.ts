import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventStream, NetworkError, ProblemError, type ConnectionStatus, type SseMessage } from '../src/index.js';
import { sseStream, type ControlledStream } from './support/fakes.js';

/** Lets the promise chains of the stream loop run (fake timers do not advance them). */
const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await vi.advanceTimersByTimeAsync(0);
};

interface Harness {
  stream: EventStream;
  connects: { at: number; cursor: string | undefined }[];
  streams: ControlledStream[];
  messages: SseMessage[];
  statuses: ConnectionStatus[];
  cursors: string[];
}

function harness(opts: { fail?: (n: number) => unknown; canConnect?: () => boolean; healthyAfterMs?: number; initialCursor?: string } = {}): Harness {
  const h = { connects: [], streams: [], messages: [], statuses: [], cursors: [] } as unknown as Harness;
  h.stream = new EventStream({
    connect: async (cursor, signal) => {
      h.connects.push({ at: Date.now(), cursor });
      const failure = opts.fail?.(h.connects.length);
      if (failure) throw failure;
      const s = sseStream(signal as AbortSignal);
      h.streams.push(s);
      return s.response as never;
    },
    onMessage: (m) => h.messages.push(m),
    onCursor: (c) => h.cursors.push(c),
    onStatus: (s) => h.statuses.push(s),
    ...(opts.canConnect ? { canConnect: opts.canConnect } : {}),
    ...(opts.initialCursor ? { initialCursor: opts.initialCursor } : {}),
    healthyAfterMs: opts.healthyAfterMs ?? 10_000,
    random: () => 0.5, // no jitter: exact schedule
  });
  return h;
}

describe('EventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('parses frames, tracks the cursor and reconnects with Last-Event-ID after a drop', async () => {
    const h = harness({ initialCursor: 'c1.start' });
    h.stream.start();
    await flush();
    expect(h.connects).toEqual([{ at: 0, cursor: 'c1.start' }]);
    expect(h.statuses).toEqual(['connecting', 'open']);
    h.streams[0]!.push(': stream open\n\nid: c1.x\ndata: {"type":"a"}\n\ndata: {"type":"typing.started"}\n\n');
    await flush();
    expect(h.messages.map((m) => m.data)).toEqual(['{"type":"a"}', '{"type":"typing.started"}']);
    expect(h.stream.cursor).toBe('c1.x');
    expect(h.cursors).toEqual(['c1.x']);
    h.streams[0]!.fail();
    await flush();
    expect(h.stream.status).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(999);
    expect(h.connects).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(h.connects[1]).toEqual({ at: 1000, cursor: 'c1.x' });
    await h.stream.stop();
    expect(h.stream.status).toBe('closed');
  });

  it('declares the stream dead after 45 s without a byte, and not while pings arrive', async () => {
    const h = harness();
    h.stream.start();
    await flush();
    // pings every 15 s keep it alive for two minutes
    for (let t = 0; t < 8; t++) {
      await vi.advanceTimersByTimeAsync(15_000);
      h.streams[0]!.push(': ping\n\n');
      await flush();
    }
    expect(h.connects).toHaveLength(1);
    expect(h.streams[0]!.cancelled).toBe(false);
    // then silence: dead at 45 s, reconnect 1 s later (the connection had been healthy)
    await vi.advanceTimersByTimeAsync(44_999);
    expect(h.connects).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(h.stream.status).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1_000);
    await flush();
    expect(h.connects).toHaveLength(2);
    expect(h.connects[1]!.at).toBe(120_000 + 45_000 + 1_000);
    await h.stream.stop();
  });

  it('bounds the wait for response headers by the dead-stream timeout too', async () => {
    let aborted = false;
    const stream = new EventStream({
      connect: (_cursor, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(new Error('aborted'));
          });
        }),
      onMessage: () => undefined,
      random: () => 0.5,
    });
    stream.start();
    await vi.advanceTimersByTimeAsync(45_000);
    expect(aborted).toBe(true);
    await stream.stop();
  });

  it('backs off 1 s, 2 s, 4 s … capped at 30 s while connects fail, honouring Retry-After', async () => {
    const h = harness({
      fail: (n) =>
        n === 4
          ? new ProblemError({ status: 503, code: 'upstream_unavailable', title: 'x', retryable: true, action: 'retry', retryAfterSeconds: 20 })
          : n < 9
            ? new NetworkError()
            : undefined,
    });
    h.stream.start();
    await vi.advanceTimersByTimeAsync(150_000); // 133 s of backoff, then open (and not yet dead)
    const gaps = h.connects.slice(1).map((c, i) => c.at - h.connects[i]!.at);
    expect(gaps).toEqual([1000, 2000, 4000, 20_000, 16_000, 30_000, 30_000, 30_000]);
    expect(h.statuses).toContain('offline');
    expect(h.stream.status).toBe('open');
    await h.stream.stop();
  });

  it('resets the backoff after a healthy connection but not after a short one', async () => {
    const h = harness({ healthyAfterMs: 5_000 });
    h.stream.start();
    await flush();
    h.streams[0]!.close(); // short-lived: next delay 1 s, then 2 s
    await vi.advanceTimersByTimeAsync(1_000);
    await flush();
    h.streams[1]!.close();
    await vi.advanceTimersByTimeAsync(2_000);
    await flush();
    expect(h.connects.map((c) => c.at)).toEqual([0, 1_000, 3_000]);
    await vi.advanceTimersByTimeAsync(6_000); // healthy now
    h.streams[2]!.close();
    await vi.advanceTimersByTimeAsync(1_000);
    await flush();
    expect(h.connects.map((c) => c.at)).toEqual([0, 1_000, 3_000, 10_000]);
    await h.stream.stop();
  });

  it('reconnects at once on reconnectNow() (stream.reconnect)', async () => {
    const h = harness();
    h.stream.start();
    await flush();
    h.streams[0]!.push('id: c1.y\ndata: {"type":"stream.reconnect"}\n\n');
    await flush();
    h.stream.reconnectNow();
    await flush();
    expect(h.connects).toEqual([
      { at: 0, cursor: undefined },
      { at: 0, cursor: 'c1.y' },
    ]);
    await h.stream.stop();
  });

  it('pauses reconnects while no tab is visible and goes on when one is', async () => {
    let visible = true;
    const h = harness({ canConnect: () => visible });
    h.stream.start();
    await flush();
    visible = false;
    h.streams[0]!.fail();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.connects).toHaveLength(1);
    expect(h.stream.status).toBe('paused');
    // the open stream itself is never cut for being hidden; only reconnects wait
    visible = true;
    h.stream.resume();
    await flush();
    expect(h.connects).toHaveLength(2);
    expect(h.stream.status).toBe('open');
    await h.stream.stop();
  });

  it('stop() cancels the open stream and every timer', async () => {
    const h = harness();
    h.stream.start();
    await flush();
    await h.stream.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(100_000);
    expect(h.connects).toHaveLength(1);
  });
});
