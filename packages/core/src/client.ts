/**
 * The headless Foyer client: one per page (or widget), outliving elements. It owns the session, the
 * typed API, the outbox and, in the leader tab, the event stream; UI layers read it through
 * `subscribe`, `conversation(id)` (a transcript store) and `status`.
 */
import { EngagementApi } from './api/client.js';
import type { Conversation, ConversationCreate, CustomerMessagePart, FoyerEvent, MessageCreate } from './api/types.js';
import { uuidv7 } from './ids/uuidv7.js';
import { Outbox } from './outbox/outbox.js';
import { detectPlatform } from './platform/detect.js';
import type { OutboxEntry, Platform } from './platform/types.js';
import { defaultFetch } from './platform/web.js';
import { asGetter, type FoyerClientOptions, type SendOptions } from './client-options.js';
import { SessionManager, type StoredSession } from './session/session.js';
import { ConversationStores } from './store/conversations.js';
import { toPending, type PendingMessage, type Transcript } from './store/transcript.js';
import type { ConnectionStatus } from './stream/event-stream.js';
import { Leader, STREAM_STATE_KEY } from './stream/stream-leader.js';
import { eventProblem } from './stream/validate.js';
import { TabRelay } from './tabs/relay.js';
import { systemClock, type Clock } from './util/clock.js';

export type { FoyerClientOptions, SendOptions } from './client-options.js';
import { Emitter } from './util/emitter.js';

export class FoyerClient {
  readonly api: EngagementApi;
  readonly #clock: Clock;
  readonly #random: () => number;
  readonly #events = new Emitter<FoyerEvent>();
  readonly #statusChanges = new Emitter<ConnectionStatus>();
  readonly #stores: ConversationStores;
  #statusValue: ConnectionStatus = 'closed';
  #platform?: Platform;
  #sessionManager?: SessionManager;
  #outboxValue?: Outbox;
  #relay?: TabRelay;
  #leaderValue?: Leader;
  #leaderTransition: Promise<void> = Promise.resolve();
  #initializing?: Promise<void>;
  #starting?: Promise<void>;
  #closed = false;
  readonly #cleanups: (() => void)[] = [];
  /** Background failures go to the host's onError (an arrow, so it can be passed as a callback). */
  readonly #reportError = (error: unknown): void => this.#options.onError?.(error);
  readonly #options: FoyerClientOptions;

  constructor(options: FoyerClientOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#random = options.random ?? Math.random;
    this.api = new EngagementApi({
      baseUrl: asGetter(options.baseUrl),
      fetch: options.fetch ?? defaultFetch(),
      auth: { accessToken: () => this.#sessionManager?.accessToken(), renew: (rejected) => this.#sessionManager?.renew(rejected) ?? Promise.resolve(undefined) },
      locale: asGetter(options.locale),
      timeoutMs: options.requestTimeoutMs,
      retryLimit: options.requestRetryLimit,
    });
    this.#stores = new ConversationStores(this.api, () => this.start());
  }

  // ------------------------------------------------------------------ observable state

  /** Every event, in order: persisted ones once each and in seq order per conversation. */
  subscribe(listener: (event: FoyerEvent) => void): () => void {
    return this.#events.subscribe(listener);
  }

  get status(): ConnectionStatus {
    return this.#statusValue;
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    return this.#statusChanges.subscribe(listener);
  }

  /** The current session (undefined before start() and after logout()). */
  get session(): StoredSession | undefined {
    return this.#sessionManager?.current;
  }

  /** Whether this tab holds the event stream. */
  get isLeader(): boolean {
    return this.#leaderValue !== undefined;
  }

  /** The leader's stream internals, for diagnostics and tests (undefined in follower tabs). */
  get leader(): Leader | undefined {
    return this.#leaderValue;
  }

  /** The transcript store of a conversation (created on first use; `load()` fetches history). */
  conversation(conversationId: string): Transcript {
    return this.#stores.get(conversationId);
  }

  /** Outbox entries (pending and failed) of every conversation, oldest first. */
  get pendingMessages(): readonly PendingMessage[] {
    return (this.#outboxValue?.list ?? []).map(toPending);
  }

  // ------------------------------------------------------------------ lifecycle

  /** Creates or resumes the session and, in the leader tab, opens the stream and drains the outbox. */
  start(): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('the Foyer client is closed'));
    this.#starting ??= this.#doStart().catch((error: unknown) => {
      this.#starting = undefined;
      throw error;
    });
    return this.#starting;
  }

  #init(): Promise<void> {
    this.#initializing ??= (async () => {
      const platform = await (this.#options.platform ?? detectPlatform(this.#options.namespace ?? 'default'));
      this.#platform = platform;
      this.#sessionManager = new SessionManager({
        api: this.api,
        storage: platform.storage,
        getIdentityToken: this.#options.getIdentityToken,
        locale: asGetter(this.#options.locale),
        newDeviceId: uuidv7,
        clock: this.#clock,
        exclusive: (fn) => platform.tabs.exclusive('session', fn),
        onChange: (session, change, previous) => {
          if (change !== 'adopted' && change !== 'cleared') this.#relay?.sessionChanged();
          if (previous && session && previous.sessionId !== session.sessionId) void this.#onSessionReplaced();
        },
      });
      this.#outboxValue = new Outbox({
        store: platform.outbox,
        send: (entry, signal) => this.api.sendMessage(entry.conversationId, entry.body as MessageCreate, entry.idempotencyKey, { signal }),
        newId: uuidv7,
        onChange: (entries, local) => this.#onOutboxChange(entries, local),
        onSent: (_entry, message) => {
          this.#stores.upsert(message);
          this.#relay?.outboxChanged(message);
        },
        onError: this.#reportError,
        backoff: this.#options.outbox?.backoff,
        clock: this.#clock,
        random: this.#random,
      });
      this.#relay = new TabRelay(platform, {
        onEvent: (event) => {
          const problem = eventProblem(event);
          if (problem) this.#reportError(new Error(`relayed event dropped (${problem})`));
          else this.#apply(event, false);
        },
        onStatus: (status) => this.#setStatus(status),
        onReload: (conversationId) => void this.#stores.refresh(conversationId).catch(this.#reportError),
        onSession: () => void this.#sessionManager?.adoptFromStorage().catch(this.#reportError),
        onLogout: () => void this.#reset(false),
        onOutboxChanged: (sent) => {
          if (sent) this.#stores.upsert(sent);
          void this.#outboxValue?.refresh().catch(this.#reportError);
        },
        onSiteVisible: () => this.#leaderValue?.stream.resume(),
        statusForNewTab: () => (this.#leaderValue ? this.#statusValue : undefined),
      });
      this.#cleanups.push(platform.tabs.onLeadershipChange((isLeader) => void this.#onLeadership(isLeader)));
    })();
    return this.#initializing;
  }

  async #doStart(): Promise<void> {
    await this.#init();
    await this.#sessionManager!.ensure();
    await this.#outboxValue!.refresh();
    if (this.#platform!.tabs.isLeader) {
      await this.#onLeadership(true);
    } else if (this.#statusValue === 'closed') this.#setStatus('connecting');
  }

  /** Queues taking up or giving up the stream and the outbox; resolves when that is done. */
  #onLeadership(isLeader: boolean): Promise<void> {
    return (this.#leaderTransition = this.#leaderTransition.then(async () => {
      if (isLeader && !this.#leaderValue && this.#starting && !this.#closed) {
        this.#leaderValue = await Leader.start({
          api: this.api,
          storage: this.#platform!.storage,
          clock: this.#clock,
          random: this.#random,
          timings: this.#options.stream ?? {},
          ready: () => this.#sessionManager!.ensure(),
          knownPositions: () => this.#stores.positions(),
          streamBaseUrl: asGetter(this.#options.streamBaseUrl),
          canConnect: () => this.#relay!.anyTabVisible(),
          apply: (event) => this.#apply(event, true),
          reload: async (conversationId) => {
            const lastSeq = await this.#stores.reload(conversationId);
            this.#relay?.reload(conversationId);
            return lastSeq;
          },
          onStatus: (status) => {
            this.#setStatus(status);
            this.#relay?.status(status);
          },
          onError: this.#reportError,
        });
        await this.#outboxValue!.start();
      } else if (!isLeader && this.#leaderValue) {
        const leader = this.#leaderValue;
        this.#leaderValue = undefined;
        await Promise.all([leader.stop(), this.#outboxValue!.stop()]);
      }
    }));
  }

  /** A new session replaced ours (the old one could not be resumed): its cursor means nothing now. */
  async #onSessionReplaced(): Promise<void> {
    this.#stores.forgetPositions();
    const wasLeading = this.#leaderValue !== undefined;
    if (wasLeading) await this.#onLeadership(false);
    await this.#platform!.storage.delete(STREAM_STATE_KEY);
    if (wasLeading && this.#platform!.tabs.isLeader) await this.#onLeadership(true);
  }

  /** Stops timers and the stream; the client cannot be used afterwards. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#onLeadership(false);
    this.#relay?.close();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    if (!this.#options.platform) this.#platform?.tabs.close();
    this.#setStatus('closed');
  }

  /** Logs out: DELETE /v1/sessions/current, then wipes the stored session, cursor and outbox in every tab. */
  async logout(): Promise<void> {
    await this.#init();
    await this.#onLeadership(false);
    if (!this.#sessionManager!.current) await this.#sessionManager!.adoptFromStorage();
    await this.#sessionManager!.logout();
    await this.#outboxValue!.clear();
    await this.#platform!.storage.clear();
    this.#relay!.logout();
    await this.#reset(true);
  }

  /** Back to "not started" (after a logout here or in another tab). */
  async #reset(local: boolean): Promise<void> {
    if (!local) {
      await this.#onLeadership(false);
      await this.#sessionManager?.adoptFromStorage();
      await this.#outboxValue?.refresh();
    }
    this.#starting = undefined;
    this.#stores.clear();
    this.#setStatus('closed');
  }

  // ------------------------------------------------------------------ commands

  async createConversation(input: Partial<ConversationCreate> = {}): Promise<Conversation> {
    await this.start();
    const conversation = await this.api.createConversation({ clientConversationId: uuidv7(), ...input });
    this.conversation(conversation.id);
    await this.#leaderValue?.track(conversation.id, conversation.lastSeq);
    return conversation;
  }

  async listConversations(status?: 'active' | 'ended'): Promise<Conversation[]> {
    await this.start();
    return this.api.listConversations({ status });
  }

  async endConversation(conversationId: string, reason?: string): Promise<Conversation> {
    await this.start();
    return this.api.endConversation(conversationId, { reason });
  }

  /**
   * Queues a message: it is stored in the outbox before the first attempt and sent (by the leader
   * tab) with the same Idempotency-Key until acknowledged. Resolves once it is stored.
   */
  async sendMessage(conversationId: string, content: string | CustomerMessagePart[], options: SendOptions = {}): Promise<PendingMessage> {
    await this.start();
    const parts: CustomerMessagePart[] = typeof content === 'string' ? [{ type: 'text', text: content }] : content;
    const entry = await this.#outboxValue!.enqueue(conversationId, { parts, ...options });
    return toPending(entry);
  }

  /** Puts a failed message back into the retry loop. */
  async retryMessage(clientMessageId: string): Promise<void> {
    await this.start();
    await this.#outboxValue!.retry(clientMessageId);
  }

  /** Drops a pending or failed message from the outbox. */
  async discardMessage(clientMessageId: string): Promise<void> {
    await this.start();
    await this.#outboxValue!.discard(clientMessageId);
  }

  // ------------------------------------------------------------------ internals

  #setStatus(status: ConnectionStatus): void {
    if (status === this.#statusValue) return;
    this.#statusValue = status;
    this.#statusChanges.emit(status);
  }

  /** An event the leader applied (or a follower received): transcripts first, then listeners. */
  #apply(event: FoyerEvent, fromOwnStream: boolean): void {
    if (!this.#stores.accept(event, fromOwnStream)) return;
    if (fromOwnStream) this.#relay?.event(event);
    this.#stores.apply(event);
    if (fromOwnStream && event.type === 'message.created') {
      const { clientMessageId, author } = event.data.message;
      if (clientMessageId && author.role === 'customer') void this.#outboxValue?.acknowledge(clientMessageId).catch(this.#reportError);
    }
    this.#events.emit(event);
  }

  #onOutboxChange(entries: readonly OutboxEntry[], local: boolean): void {
    this.#stores.setOutbox(entries);
    if (local) this.#relay?.outboxChanged();
  }
}

/** Creates a client; nothing happens until start() or the first command. */
export function createFoyerClient(options: FoyerClientOptions): FoyerClient {
  return new FoyerClient(options);
}
