/**
 * The outbox: every outgoing message is written to the platform's OutboxStore (IndexedDB in the
 * browser) before its first attempt, then sent with the same `clientMessageId` and `Idempotency-Key`
 * until the server acknowledges it (2xx) or refuses it for good. One lane per conversation keeps
 * messages in order; a retryable failure holds the lane with backoff, a final one marks the entry
 * failed (retryMessage / discardMessage). Only the leader tab drains; others only enqueue.
 */
import type { Message, MessageCreate } from '../api/types.js';
import type { OutboxEntry, OutboxStore } from '../platform/types.js';
import { backoffDelay, type BackoffOptions } from '../util/backoff.js';
import { systemClock, type Clock, type TimerHandle } from '../util/clock.js';
import { newAbortController, type AbortSignalLike } from '../platform/web.js';
import { classifySendFailure } from './classify.js';

export interface OutboxOptions {
  store: OutboxStore;
  /** POST the entry (with its idempotency key); resolves with the stored message. `signal` aborts on stop(). */
  send(entry: OutboxEntry, signal: AbortSignalLike): Promise<Message>;
  newId(): string;
  /**
   * Entries changed. `local` is true when this instance changed the store (enqueue, failure, retry,
   * discard, acknowledgement) and false after a refresh() that only re-read it.
   */
  onChange?(entries: readonly OutboxEntry[], local: boolean): void;
  /** The server stored the message (2xx). */
  onSent?(entry: OutboxEntry, message: Message): void;
  onError?(error: unknown): void;
  backoff?: BackoffOptions;
  clock?: Clock;
  random?: () => number;
}

const byAge = (a: OutboxEntry, b: OutboxEntry) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.clientMessageId < b.clientMessageId ? -1 : 1);

export class Outbox {
  #entries: OutboxEntry[] = [];
  #draining = false;
  #inFlight = newAbortController();
  readonly #lanes = new Map<string, Promise<void>>();
  readonly #waits = new Map<string, { handle: TimerHandle; wake: () => void }>();
  readonly #clock: Clock;
  /** Attempts made by this instance (diagnostics and tests). */
  attemptsMade = 0;
  readonly #options: OutboxOptions;

  constructor(options: OutboxOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  /** Entries as last read from the store, oldest first. */
  get list(): readonly OutboxEntry[] {
    return this.#entries;
  }

  /** Re-reads the store (another tab changed it) and, when draining, starts lanes for new work. */
  async refresh(): Promise<void> {
    this.#entries = (await this.#options.store.list()).sort(byAge);
    this.#options.onChange?.(this.#entries, false);
    this.#kick();
  }

  /** Persists a new message, then (when draining) sends it. */
  async enqueue(conversationId: string, body: Omit<MessageCreate, 'clientMessageId'> & { clientMessageId?: string }): Promise<OutboxEntry> {
    const clientMessageId = body.clientMessageId ?? this.#options.newId();
    const entry: OutboxEntry = {
      clientMessageId,
      conversationId,
      idempotencyKey: clientMessageId,
      body: { ...body, clientMessageId },
      createdAt: new Date(this.#clock.now()).toISOString(),
      attempts: 0,
      state: 'pending',
    };
    await this.#options.store.put(entry);
    this.#replace(entry);
    this.#kick();
    return entry;
  }

  /** Starts draining (leader): every pending entry is sent, lane by lane. */
  async start(): Promise<void> {
    this.#draining = true;
    if (this.#inFlight.signal.aborted) this.#inFlight = newAbortController();
    await this.refresh();
  }

  /** Stops draining: an attempt in flight is abandoned (the entry stays, for the next leader). */
  async stop(): Promise<void> {
    this.#draining = false;
    this.#inFlight.abort();
    for (const w of this.#waits.values()) w.wake();
    await Promise.all([...this.#lanes.values()]);
  }

  /** The echo (message.created with this clientMessageId) arrived: the entry is done. */
  async acknowledge(clientMessageId: string): Promise<void> {
    await this.#options.store.delete(clientMessageId);
    if (this.#entries.some((e) => e.clientMessageId === clientMessageId)) this.#drop(clientMessageId);
  }

  /** A failed entry goes back into the retry loop. */
  async retry(clientMessageId: string): Promise<void> {
    const entry = await this.#options.store.get(clientMessageId);
    if (!entry) throw new Error(`no outbox entry ${clientMessageId}`);
    const { failure: _failure, ...rest } = entry;
    const next: OutboxEntry = { ...rest, state: 'pending', attempts: 0 };
    await this.#options.store.put(next);
    this.#replace(next);
    this.#waits.get(next.conversationId)?.wake(); // no need to wait out the old backoff
    this.#kick();
  }

  /** Removes an entry for good (a failed message the customer gives up on). */
  async discard(clientMessageId: string): Promise<void> {
    await this.#options.store.delete(clientMessageId);
    this.#drop(clientMessageId);
  }

  /** Deletes every entry (logout). */
  async clear(): Promise<void> {
    for (const e of await this.#options.store.list()) await this.#options.store.delete(e.clientMessageId);
    this.#entries = [];
    this.#options.onChange?.(this.#entries, true);
  }

  #drop(clientMessageId: string): void {
    this.#entries = this.#entries.filter((e) => e.clientMessageId !== clientMessageId);
    this.#options.onChange?.(this.#entries, true);
  }

  #replace(entry: OutboxEntry): void {
    this.#entries = [...this.#entries.filter((e) => e.clientMessageId !== entry.clientMessageId), entry].sort(byAge);
    this.#options.onChange?.(this.#entries, true);
  }

  /** Stores the entry's new state, unless it left the store meanwhile (acknowledged, discarded). */
  async #update(entry: OutboxEntry): Promise<void> {
    if (!(await this.#options.store.get(entry.clientMessageId))) return;
    await this.#options.store.put(entry);
    this.#replace(entry);
  }

  #kick(): void {
    if (!this.#draining) return;
    for (const e of this.#entries) {
      if (e.state !== 'pending') continue;
      if (!this.#lanes.has(e.conversationId)) {
        const lane = this.#lane(e.conversationId).finally(() => this.#lanes.delete(e.conversationId));
        this.#lanes.set(e.conversationId, lane);
      }
    }
  }

  #wait(conversationId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.#clock.clearTimeout(handle);
        this.#waits.delete(conversationId);
        resolve();
      };
      const handle = this.#clock.setTimeout(wake, ms);
      this.#waits.set(conversationId, { handle, wake });
    });
  }

  /** Sends one conversation's pending entries, oldest first, one at a time. */
  async #lane(conversationId: string): Promise<void> {
    let failures = 0;
    while (this.#draining) {
      const head = this.#entries.find((e) => e.conversationId === conversationId && e.state === 'pending');
      if (!head) return;
      // The store is the truth: the echo or another tab may have settled it meanwhile.
      const stored = await this.#options.store.get(head.clientMessageId);
      if (!stored || stored.state !== 'pending') {
        if (stored) this.#replace(stored);
        else this.#drop(head.clientMessageId);
        continue;
      }
      const entry: OutboxEntry = { ...stored, attempts: stored.attempts + 1 };
      this.attemptsMade += 1;
      try {
        const message = await this.#options.send(entry, this.#inFlight.signal);
        await this.#options.store.delete(entry.clientMessageId);
        this.#drop(entry.clientMessageId);
        failures = 0;
        this.#options.onSent?.(entry, message);
      } catch (error) {
        if (!this.#draining) return; // stopped mid-attempt: the entry stays pending in the store
        const verdict = classifySendFailure(error);
        if (!verdict.retry) {
          await this.#update({ ...entry, state: 'failed', failure: verdict.failure });
          continue;
        }
        this.#options.onError?.(error);
        await this.#update(entry);
        const delay = verdict.afterMs ?? backoffDelay(failures, this.#options.backoff, this.#options.random);
        failures += 1;
        if (this.#draining) await this.#wait(conversationId, delay);
      }
    }
  }
}
