/**
 * Per-conversation contiguity of persisted events (contract "Events and resume without loss"):
 * tracks the last applied `seq` of each conversation; a duplicate (seq ≤ last) is dropped; a jump
 * (seq > last + 1) is filled first from `GET /v1/conversations/{id}/events?afterSeq=last`, paging
 * while `hasMore`, so events are applied exactly once and in order. `stream.reset` reloads the
 * conversation from what we have, or from scratch when the log no longer reaches back (410
 * `resume_window_expired`). Events are handled one at a time, in arrival order.
 */
import { isProblem } from '../api/errors.js';
import { isPersisted, type EventPage, type FoyerEvent, type PersistedEvent } from '../api/types.js';
import { backoffDelay, type BackoffOptions } from '../util/backoff.js';
import { sleep, systemClock, type Clock } from '../util/clock.js';
import { newAbortController } from '../platform/web.js';

export type Positions = ReadonlyMap<string, number>;

export interface GapFillerOptions {
  /** GET /v1/conversations/{id}/events?afterSeq=&limit=. */
  fetchEvents(conversationId: string, afterSeq: number, limit: number): Promise<EventPage>;
  /** Reloads the conversation from scratch (transcript) and returns the seq to continue from. */
  reload(conversationId: string): Promise<number>;
  /** Called for every event to deliver, exactly once per persisted event, in seq order. */
  apply(event: FoyerEvent, origin: 'stream' | 'fill'): void;
  /** The positions moved (persist them with the cursor). */
  onPositions?(positions: Positions): void;
  onError?(error: unknown): void;
  initialPositions?: Iterable<[string, number]>;
  /** Gap-fill page size (default 200, the contract's maximum is 1000). */
  pageSize?: number;
  /** Backoff between failed fills (defaults 1 s, 30 s, ±30 %). */
  backoff?: BackoffOptions;
  clock?: Clock;
  random?: () => number;
}

export class GapFiller {
  readonly #positions = new Map<string, number>();
  #chain: Promise<void> = Promise.resolve();
  #closed = false;
  readonly #closing = newAbortController();
  readonly #clock: Clock;
  /** Counters for diagnostics and tests. */
  readonly stats = { applied: 0, duplicates: 0, gaps: 0, filled: 0, reloads: 0 };
  readonly #options: GapFillerOptions;

  constructor(options: GapFillerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    for (const [id, seq] of options.initialPositions ?? []) this.#positions.set(id, seq);
  }

  /** The last applied seq per conversation. */
  get snapshot(): Positions {
    return new Map(this.#positions);
  }

  position(conversationId: string): number | undefined {
    return this.#positions.get(conversationId);
  }

  /** Queues an event from the stream. */
  push(event: FoyerEvent): Promise<void> {
    return this.#enqueue(() => this.#handle(event));
  }

  /**
   * Makes a conversation known (we created or opened it): from `lastSeq` on, nothing may be
   * missed. An unknown conversation starts at 0 and is filled up to `lastSeq`.
   */
  track(conversationId: string, lastSeq: number): Promise<void> {
    return this.#enqueue(async () => {
      if (this.#positions.has(conversationId)) return;
      this.#positions.set(conversationId, 0);
      if (lastSeq > 0) await this.#fill(conversationId, lastSeq);
      else this.#changed();
    });
  }

  /** Resolves when everything queued so far has been handled. */
  idle(): Promise<void> {
    return this.#enqueue(async () => undefined);
  }

  /** Stops: queued events are dropped and a retry wait ends at once. */
  close(): void {
    this.#closed = true;
    this.#closing.abort();
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#chain.then(async () => {
      if (this.#closed) return;
      try {
        await task();
      } catch (error) {
        this.#options.onError?.(error);
      }
    });
    this.#chain = run;
    return run;
  }

  #changed(): void {
    this.#options.onPositions?.(this.#positions);
  }

  async #handle(event: FoyerEvent): Promise<void> {
    if (event.type === 'stream.reset') {
      const { conversationId } = event.data;
      if (this.#positions.has(conversationId)) await this.#fill(conversationId, Infinity);
      else await this.#reloadFromScratch(conversationId);
    } else if (isPersisted(event)) {
      const { conversationId, seq } = event;
      const last = this.#positions.get(conversationId) ?? seq - 1; // first sight: baseline
      this.#positions.set(conversationId, last);
      if (seq > last + 1) {
        this.stats.gaps += 1;
        await this.#fill(conversationId, seq - 1);
      }
      if (seq <= this.#positions.get(conversationId)!) {
        this.stats.duplicates += 1;
        return;
      }
      this.#deliver(event, 'stream');
      this.#changed();
      return;
    }
    this.#options.apply(event, 'stream');
  }

  #deliver(event: PersistedEvent, origin: 'stream' | 'fill'): void {
    this.#positions.set(event.conversationId, event.seq);
    this.stats.applied += 1;
    if (origin === 'fill') this.stats.filled += 1;
    this.#options.apply(event, origin);
  }

  /**
   * Runs `work` until it succeeds, reporting each failure and backing off; gives up when closed or
   * when the conversation is not ours (any more): 403 or 404.
   */
  async #retry(work: () => Promise<void>): Promise<void> {
    for (let attempt = 0; !this.#closed; attempt++) {
      try {
        await work();
        return;
      } catch (error) {
        this.#options.onError?.(error);
        if (isProblem(error) && (error.status === 403 || error.status === 404)) return;
        await sleep(this.#clock, backoffDelay(attempt, this.#options.backoff, this.#options.random), this.#closing.signal).catch(() => undefined);
      }
    }
  }

  /** Applies logged events after our position up to `untilSeq` (or to the end), retrying failures. */
  #fill(conversationId: string, untilSeq: number): Promise<void> {
    const pageSize = this.#options.pageSize || 200;
    return this.#retry(async () => {
      try {
        for (;;) {
          const after = this.#positions.get(conversationId) ?? 0;
          if (after >= untilSeq) break;
          const page = await this.#options.fetchEvents(conversationId, after, pageSize);
          const events = page.events.filter(isPersisted).sort((a, b) => a.seq - b.seq);
          for (const e of events) {
            const at = this.#positions.get(conversationId) ?? 0;
            if (e.conversationId !== conversationId || e.seq <= at) continue;
            if (e.seq > at + 1) throw new Error(`gap-fill page skipped from ${at} to ${e.seq}`);
            this.#deliver(e, 'fill');
          }
          if (!page.hasMore || !events.length) break;
        }
      } catch (error) {
        if (!isProblem(error, 'resume_window_expired')) throw error;
        await this.#reloadFromScratch(conversationId);
        return;
      }
      this.#changed();
    });
  }

  #reloadFromScratch(conversationId: string): Promise<void> {
    return this.#retry(async () => {
      this.stats.reloads += 1;
      const lastSeq = await this.#options.reload(conversationId);
      this.#positions.set(conversationId, Math.max(lastSeq, this.#positions.get(conversationId) ?? 0));
      this.#changed();
    });
  }
}
