/**
 * What the leader tab does: holds the one event stream of the session, puts its events through the
 * gap filler (contiguity, duplicates, resets) and persists the SSE cursor together with the
 * per-conversation positions, write-behind, so a reload (or the next leader) resumes from them.
 */
import type { EngagementApi } from '../api/client.js';
import type { FoyerEvent } from '../api/types.js';
import type { KeyValueStore } from '../platform/types.js';
import { EventStream, type ConnectionStatus, type StreamTimings } from './event-stream.js';
import { GapFiller } from './gap-filler.js';
import type { SseMessage } from './sse-parser.js';
import { parseEvent } from './validate.js';
import type { BackoffOptions } from '../util/backoff.js';
import type { Clock, TimerHandle } from '../util/clock.js';

export const STREAM_STATE_KEY = 'stream';

/** What survives a reload: the last SSE id and the last applied seq per conversation. */
export interface StreamState {
  cursor?: string;
  positions: [string, number][];
}

export async function loadStreamState(storage: KeyValueStore): Promise<StreamState> {
  try {
    const text = await storage.get(STREAM_STATE_KEY);
    const state = text ? (JSON.parse(text) as StreamState) : undefined;
    if (state && Array.isArray(state.positions)) return state;
  } catch {
    /* unreadable: start afresh */
  }
  return { positions: [] };
}

export interface LeaderOptions {
  api: EngagementApi;
  storage: KeyValueStore;
  clock: Clock;
  random: () => number;
  timings: StreamTimings & { gapFillPageSize?: number; gapFillBackoff?: BackoffOptions; persistDelayMs?: number };
  /**
   * What this tab has already delivered (as a follower, from the old leader's relay): the new
   * leader starts from whichever is further, the persisted positions or these, so events the old
   * leader relayed just before its tab closed (and before it saved its cursor) are not delivered again.
   */
  knownPositions?: () => Iterable<[string, number]>;
  /** Resolves when there is a session to open the stream with. */
  ready(): Promise<unknown>;
  streamBaseUrl?: () => string | undefined;
  canConnect(): boolean;
  apply(event: FoyerEvent, origin: 'stream' | 'fill'): void;
  /** Reload a conversation from scratch; returns the seq to continue from. */
  reload(conversationId: string): Promise<number>;
  onStatus(status: ConnectionStatus): void;
  onError(error: unknown): void;
}

export class Leader {
  readonly stream: EventStream;
  readonly filler: GapFiller;
  #persistTimer: TimerHandle | undefined;
  #stopped = false;
  readonly #options: LeaderOptions;

  private constructor(options: LeaderOptions, state: StreamState) {
    this.#options = options;
    const { api, clock, random, timings } = options;
    this.filler = new GapFiller({
      fetchEvents: (conversationId, afterSeq, limit) => api.listConversationEvents(conversationId, { afterSeq, limit }),
      reload: (conversationId) => options.reload(conversationId),
      apply: (event, origin) => options.apply(event, origin),
      onPositions: () => this.#persistSoon(),
      onError: options.onError,
      initialPositions: state.positions,
      pageSize: timings.gapFillPageSize,
      backoff: timings.gapFillBackoff,
      clock,
      random,
    });
    this.stream = new EventStream({
      ...timings,
      connect: async (lastEventId, signal) => {
        await options.ready();
        return api.openEventStream(lastEventId, { signal, baseUrl: options.streamBaseUrl?.() });
      },
      onMessage: (message) => this.#onFrame(message),
      onCursor: () => this.#persistSoon(),
      onStatus: options.onStatus,
      onError: options.onError,
      canConnect: options.canConnect,
      initialCursor: state.cursor,
      clock,
      random,
    });
  }

  static async start(options: LeaderOptions): Promise<Leader> {
    const state = await loadStreamState(options.storage);
    const positions = new Map(state.positions);
    for (const [id, seq] of options.knownPositions?.() ?? []) positions.set(id, Math.max(seq, positions.get(id) ?? 0));
    const leader = new Leader(options, { ...state, positions: [...positions] });
    leader.stream.start();
    return leader;
  }

  #onFrame(message: SseMessage): void {
    const { event, problem } = parseEvent(message.data);
    if (!event) {
      this.#options.onError(new Error(`event frame dropped (${problem}): ${message.data.slice(0, 100)}`));
      return;
    }
    if (event.type === 'stream.reconnect') this.stream.reconnectNow();
    void this.filler.push(event);
  }

  /** A conversation this client created or opened: nothing of it may be missed from lastSeq on. */
  track(conversationId: string, lastSeq: number): Promise<void> {
    return this.filler.track(conversationId, lastSeq);
  }

  #persistSoon(): void {
    if (this.#persistTimer !== undefined || this.#stopped) return;
    this.#persistTimer = this.#options.clock.setTimeout(() => {
      this.#persistTimer = undefined;
      void this.persist();
    }, this.#options.timings.persistDelayMs ?? 200);
  }

  async persist(): Promise<void> {
    const state: StreamState = { positions: [...this.filler.snapshot] };
    if (this.stream.cursor) state.cursor = this.stream.cursor;
    try {
      await this.#options.storage.set(STREAM_STATE_KEY, JSON.stringify(state));
    } catch (error) {
      this.#options.onError(error);
    }
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#persistTimer !== undefined) this.#options.clock.clearTimeout(this.#persistTimer);
    this.#persistTimer = undefined;
    await this.stream.stop();
    this.filler.close();
    await this.persist();
  }
}
