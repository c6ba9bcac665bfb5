/**
 * The SSE connection loop: opens `GET /v1/events` (through the caller's `connect`), reads and parses
 * it, and reconnects with backoff (1 s doubling, ±30 % jitter, capped at 30 s; reset after a healthy
 * connection), declares the stream dead after 45 s without a byte, sends the last SSE id as
 * Last-Event-ID, reconnects at once on request (`stream.reconnect`) and waits, before a reconnect,
 * while `canConnect()` says no (every tab hidden). Every interval is an option; time is a Clock.
 */
import { backoffDelay, type BackoffOptions } from '../util/backoff.js';
import { systemClock, type Clock, type TimerHandle } from '../util/clock.js';
import { newAbortController, web, type AbortControllerLike, type AbortSignalLike, type ResponseLike } from '../platform/web.js';
import { SseParser, type SseMessage } from './sse-parser.js';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'paused' | 'offline' | 'closed';

export interface StreamTimings {
  /** Reconnect backoff (defaults 1 s, 30 s, ±30 %). */
  backoff?: BackoffOptions;
  /** No byte for this long: the stream is dead (default 45 000 ms; the server pings every 15 s). */
  deadAfterMs?: number;
  /** A connection open this long counts as healthy and resets the backoff (default 10 000 ms). */
  healthyAfterMs?: number;
}

export interface EventStreamOptions extends StreamTimings {
  /** Opens the stream; rejects with a FoyerError. */
  connect(lastEventId: string | undefined, signal: AbortSignalLike): Promise<ResponseLike>;
  /** Each parsed frame, in order. */
  onMessage(message: SseMessage): void;
  /** The last SSE id moved (persist it). */
  onCursor?(cursor: string): void;
  onStatus?(status: ConnectionStatus): void;
  /** A connection failed or dropped (for diagnostics; the loop carries on). */
  onError?(error: unknown): void;
  /** Before a (re)connect: false pauses until `resume()` is called (every tab hidden). */
  canConnect?(): boolean;
  initialCursor?: string;
  clock?: Clock;
  random?: () => number;
}

class DeadStreamError extends Error {
  constructor() {
    super('no data from the event stream within the dead-stream timeout');
    this.name = 'DeadStreamError';
  }
}

export class EventStream {
  #running = false;
  #connection?: AbortControllerLike;
  #wake?: () => void;
  #reconnectImmediately = false;
  #statusValue: ConnectionStatus = 'closed';
  #cursorValue: string | undefined;
  #loop?: Promise<void>;
  readonly #clock: Clock;
  /** Connections made so far (diagnostics and tests). */
  connections = 0;
  readonly #options: EventStreamOptions;

  constructor(options: EventStreamOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#cursorValue = options.initialCursor || undefined;
  }

  get status(): ConnectionStatus {
    return this.#statusValue;
  }

  /** The last SSE id seen (the opaque session cursor). */
  get cursor(): string | undefined {
    return this.#cursorValue;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Stops for good: aborts the connection and every pending timer. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#connection?.abort();
    this.#wake?.();
    await this.#loop;
    this.#setStatus('closed');
  }

  /** Drops the current connection and reconnects without backoff (`stream.reconnect`). */
  reconnectNow(): void {
    this.#reconnectImmediately = true;
    this.#connection?.abort();
    this.#wake?.();
  }

  /** Re-checks `canConnect()` (a tab became visible). */
  resume(): void {
    this.#wake?.();
  }

  #setStatus(status: ConnectionStatus): void {
    if (status === this.#statusValue) return;
    this.#statusValue = status;
    this.#options.onStatus?.(status);
  }

  /** Waits `ms` (or until woken); resolves early on stop/reconnectNow/resume. */
  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      let handle: TimerHandle | undefined;
      const done = () => {
        if (handle !== undefined) this.#clock.clearTimeout(handle);
        this.#wake = undefined;
        resolve();
      };
      this.#wake = done;
      if (Number.isFinite(ms)) handle = this.#clock.setTimeout(done, ms);
    });
  }

  async #run(): Promise<void> {
    let attempt = 0;
    let first = true;
    while (this.#running) {
      if (!first && !this.#reconnectImmediately) {
        while (this.#running && this.#options.canConnect && !this.#options.canConnect()) {
          this.#setStatus('paused');
          await this.#pause(Infinity);
        }
        if (!this.#running) break;
      }
      this.#reconnectImmediately = false;
      this.#setStatus(first ? 'connecting' : 'reconnecting');
      first = false;
      const outcome = await this.#connectOnce();
      if (!this.#running) break;
      if (outcome.healthy || this.#reconnectImmediately) attempt = 0;
      if (outcome.error !== undefined) this.#options.onError?.(outcome.error);
      if (this.#reconnectImmediately) continue;
      // A FoyerError says whether we are offline and how long the server wants us to wait.
      const { kind, retryAfterSeconds = 0 } = (outcome.error ?? {}) as { kind?: string; retryAfterSeconds?: number };
      const delay = Math.max(backoffDelay(attempt++, this.#options.backoff, this.#options.random), retryAfterSeconds * 1000);
      this.#setStatus(kind === 'network' || kind === 'timeout' ? 'offline' : 'reconnecting');
      await this.#pause(delay);
    }
  }

  /** One connection, from request to its end. Never throws. */
  async #connectOnce(): Promise<{ healthy: boolean; error: unknown }> {
    const controller = newAbortController();
    this.#connection = controller;
    this.connections += 1;
    const deadAfter = this.#options.deadAfterMs ?? 45_000;
    const healthyAfter = this.#options.healthyAfterMs ?? 10_000;
    let openedAt: number | undefined;
    let lastByteAt = this.#clock.now();
    let dead = false;
    let timer: TimerHandle | undefined;
    let error: unknown;
    const watch = (ms: number) => {
      timer = this.#clock.setTimeout(() => {
        const idle = this.#clock.now() - lastByteAt;
        if (idle >= deadAfter) {
          dead = true;
          controller.abort(new DeadStreamError());
        } else watch(deadAfter - idle);
      }, ms);
    };
    try {
      watch(deadAfter); // also bounds the wait for the response headers
      const response = await this.#options.connect(this.#cursorValue, controller.signal);
      openedAt = this.#clock.now();
      lastByteAt = openedAt;
      this.#setStatus('open');
      await this.#read(response, controller, () => {
        lastByteAt = this.#clock.now();
      });
    } catch (failure) {
      // Our own aborts (stop, reconnectNow) are not failures.
      if (dead) error = new DeadStreamError();
      else if (!controller.signal.aborted || (this.#running && !this.#reconnectImmediately)) error = failure;
    } finally {
      if (timer !== undefined) this.#clock.clearTimeout(timer);
      if (this.#connection === controller) this.#connection = undefined;
      controller.abort();
    }
    return { healthy: openedAt !== undefined && this.#clock.now() - openedAt >= healthyAfter, error };
  }

  async #read(response: ResponseLike, controller: AbortControllerLike, onBytes: () => void): Promise<void> {
    if (!response.body) throw new Error('the event stream response has no body');
    const reader = response.body.getReader();
    const decoder = new web.TextDecoder('utf-8');
    const parser = new SseParser(
      {
        onMessage: (message) => {
          if (message.lastEventId && message.lastEventId !== this.#cursorValue) {
            this.#cursorValue = message.lastEventId;
            this.#options.onCursor?.(message.lastEventId);
          }
          this.#options.onMessage(message);
        },
      },
      this.#cursorValue ?? '',
    );
    const onAbort = () => {
      reader.cancel().catch(() => undefined);
    };
    controller.signal.addEventListener('abort', onAbort, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (controller.signal.aborted) throw new Error('aborted');
        if (done) break;
        if (value && value.length) {
          onBytes();
          parser.feed(decoder.decode(value, { stream: true }));
        }
      }
      parser.feed(decoder.decode());
      parser.end();
    } finally {
      controller.signal.removeEventListener('abort', onAbort);
    }
  }
}
