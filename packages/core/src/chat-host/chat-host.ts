/**
 * The headless side of a chat widget: one FoyerClient and one conversation actor per widget, owned
 * here so they outlive the elements that show them (a re-parented or re-rendered panel keeps its chat).
 *
 * Privacy: nothing is created, read or written (no platform, no storage, no session) until `resume()`
 * or `activate()`; hosts call those only after the customer's first interaction (or when the page
 * already holds one). Resume: the actor's snapshot is stored on every change, so a reload or another
 * page of the site continues the same conversation. Tabs: a new conversation is created under a
 * cross-tab lock, after asking the server for an open one, so the site's tabs share one chat; a tab
 * that stored a new snapshot tells the others, which adopt it.
 */
import { createActor, fromPromise } from 'xstate';
import { createFoyerClient, type FoyerClient, type FoyerClientOptions } from '../client.js';
import { asGetter } from '../client-options.js';
import type { Conversation, FoyerEvent } from '../api/types.js';
import { detectPlatform } from '../platform/detect.js';
import type { Platform } from '../platform/types.js';
import { conversationMachine, escalationActorOf, type ConversationActor, type EscalationActor } from '../machines/conversation/conversation.machine.js';
import type { ConversationInput, CreateConversationInput } from '../machines/conversation/conversation.types.js';
import { conversationActorsFor, followServerEvents } from '../machines/conversation/conversation.wiring.js';
import { prepareToResume, type PersistedConversation } from '../machines/conversation/conversation.persistence.js';
import { Emitter } from '../util/emitter.js';

/** Storage key of the persisted conversation snapshot. */
export const CHAT_SNAPSHOT_KEY = 'chat.conversation';
const SNAPSHOT_MESSAGE = 'chat.snapshot';
const READ_MESSAGE = 'chat.read';

export interface ChatHostOptions {
  /** The client's options; `platform` is shared with the host (default: detected on first use). */
  client: FoyerClientOptions;
  /** Topic, timings, the escalation's wait limit. */
  conversation?: ConversationInput;
  /** What the host page knows (page, product, customer reference); sent when a conversation starts. */
  context?: Record<string, string>;
}

/** What the widget shows at host level; a new object per change. */
export interface ChatHostSnapshot {
  /** The conversation actor (undefined until resumed or activated). */
  actor: ConversationActor | undefined;
  /** Agent and bot messages not seen yet (the panel was hidden when they arrived). */
  unread: number;
  /** The panel is showing (set by the widget). */
  visible: boolean;
}

export class ChatHost {
  #platformPromise?: Promise<Platform>;
  #clientValue?: FoyerClient;
  #actorValue?: ConversationActor;
  #snapshot: ChatHostSnapshot = { actor: undefined, unread: 0, visible: false };
  readonly #changes = new Emitter<ChatHostSnapshot>();
  readonly #actorCleanups: (() => void)[] = [];
  readonly #cleanups: (() => void)[] = [];
  #activating?: Promise<ConversationActor | undefined>;
  #lastStored?: string;
  #context: Record<string, string>;
  #closed = false;

  readonly #options: ChatHostOptions;

  constructor(options: ChatHostOptions) {
    this.#options = options;
    this.#context = { ...options.context };
  }

  // ------------------------------------------------------------------ observable state

  getSnapshot(): ChatHostSnapshot {
    return this.#snapshot;
  }

  subscribe(listener: (snapshot: ChatHostSnapshot) => void): () => void {
    return this.#changes.subscribe(listener);
  }

  /** The client (undefined before `resume()` / `activate()`). */
  get client(): FoyerClient | undefined {
    return this.#clientValue;
  }

  get actor(): ConversationActor | undefined {
    return this.#actorValue;
  }

  // ------------------------------------------------------------------ lifecycle

  /** Picks up a stored conversation if there is one; never creates anything on the server. */
  async resume(): Promise<ConversationActor | undefined> {
    this.#activating ??= this.#load();
    const loaded = await this.#activating;
    // Another tab's conversation may have been adopted since.
    return this.#actorValue ?? loaded;
  }

  /** The customer acted: the actor exists afterwards (resumed, or fresh and idle). */
  async activate(): Promise<ConversationActor> {
    const resumed = await this.resume();
    if (resumed) return resumed;
    return this.#replaceActor(undefined);
  }

  /** Activates and starts a conversation unless one is running (idle, or after the last one finished). */
  async start(): Promise<ConversationActor> {
    const actor = await this.activate();
    const snapshot = actor.getSnapshot();
    if (snapshot.status === 'done') {
      const fresh = this.#replaceActor(undefined);
      fresh.send({ type: 'START' });
      return fresh;
    }
    if (snapshot.matches('idle')) actor.send({ type: 'START' });
    return actor;
  }

  /** Updates what the host knows; used for the next conversation that starts. */
  setContext(context: Record<string, string>): void {
    this.#context = { ...this.#context, ...context };
  }

  /** The widget reports whether the panel is showing; showing it clears the unread count in every tab. */
  setVisible(visible: boolean): void {
    if (visible === this.#snapshot.visible) return;
    this.#publish({ visible, ...(visible ? { unread: 0 } : {}) });
    if (visible) void this.#platformPromise?.then((p) => p.tabs.broadcast({ type: READ_MESSAGE }));
  }

  /** The API base URL and a current bearer token, for requests the typed API does not cover (uploads). */
  async authorization(): Promise<{ baseUrl: string; accessToken: string | undefined }> {
    const client = await this.#startedClient();
    return { baseUrl: asGetter(this.#options.client.baseUrl)().replace(/\/+$/, ''), accessToken: client.session?.accessToken };
  }

  /** An authorised JSON request to the API (relative `path`); rejects with a FoyerError. */
  async request<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    return (await this.#startedClient()).api.request<T>(init.method ?? 'GET', path, init.body);
  }

  /**
   * The conversation's transcript (GET /v1/conversations/{id}/transcript) as text or HTML, for a
   * download link. Authorised with the session's bearer token, so it cannot be a plain href.
   */
  async fetchTranscript(conversationId: string, format: 'text' | 'html' = 'html'): Promise<Blob> {
    return this.#download(`/v1/conversations/${encodeURIComponent(conversationId)}/transcript?format=${format}`);
  }

  /** An attachment's bytes (the agent's or the customer's own), for saving as a file. */
  async fetchAttachment(attachmentId: string): Promise<Blob> {
    return this.#download(`/v1/attachments/${encodeURIComponent(attachmentId)}/content`);
  }

  async #download(path: string): Promise<Blob> {
    const response = await (await this.#startedClient()).api.download(path);
    return (response as unknown as { blob(): Promise<Blob> }).blob();
  }

  async #startedClient(): Promise<FoyerClient> {
    const client = this.#clientValue;
    if (!client) throw new Error('the chat host is not active');
    await client.start();
    return client;
  }

  /** Ends the session and wipes everything Foyer stored (shared computers). */
  async logout(): Promise<void> {
    this.#stopActor();
    this.#actorValue = undefined;
    this.#lastStored = undefined;
    this.#activating = undefined;
    if (this.#clientValue) await this.#clientValue.logout();
    this.#publish({ actor: undefined, unread: 0 });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopActor();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
    await this.#clientValue?.close();
    if (!this.#options.client.platform && this.#platformPromise) (await this.#platformPromise).tabs.close();
  }

  // ------------------------------------------------------------------ internals

  #platform(): Promise<Platform> {
    this.#platformPromise ??= Promise.resolve(this.#options.client.platform ?? detectPlatform(this.#options.client.namespace ?? 'default'));
    return this.#platformPromise;
  }

  async #load(): Promise<ConversationActor | undefined> {
    if (this.#closed) throw new Error('the chat host is closed');
    const platform = await this.#platform();
    this.#clientValue ??= this.#createClient(platform);
    const stored = await readSnapshot(platform);
    await prepareToResume(stored);
    if (this.#actorValue) return this.#actorValue;
    if (!stored) return undefined;
    const actor = this.#replaceActor(stored);
    void this.#reconcile(actor);
    return actor;
  }

  #createClient(platform: Platform): FoyerClient {
    const client = createFoyerClient({ ...this.#options.client, platform });
    this.#cleanups.push(
      client.subscribe((event) => this.#onEvent(event)),
      platform.tabs.onMessage((message) => {
        if (message.type === SNAPSHOT_MESSAGE) void this.#adoptStored(platform);
        else if (message.type === READ_MESSAGE && this.#snapshot.unread) this.#publish({ unread: 0 });
      }),
    );
    return client;
  }

  /** A new actor (fresh or from a snapshot) replaces the current one. */
  #replaceActor(stored: PersistedConversation | undefined): ConversationActor {
    this.#stopActor();
    const client = this.#clientValue!;
    const machine = conversationMachine().provide({
      actors: {
        ...conversationActorsFor(client),
        createConversation: fromPromise<Conversation, CreateConversationInput>(({ input }) => this.#openConversation(input.topic)),
      },
    });
    const input = this.#options.conversation ?? {};
    const actor = createActor(machine, { snapshot: stored, input });
    this.#actorValue = actor;
    // The escalation child's steps (a half-filled callback form) are part of the snapshot too, but its
    // changes do not pass through the parent: store on both. A child that fails (its code could not load)
    // is its parent's to handle (the invoke's onError): its error listener only stores, so it is not unhandled.
    let child: { ref: EscalationActor; subscription: { unsubscribe(): void } } | undefined;
    const store = () => void this.#store(actor);
    const onChange = () => {
      const ref = escalationActorOf(actor);
      if (ref !== child?.ref) {
        child?.subscription.unsubscribe();
        child = ref && { ref, subscription: ref.subscribe(store, store) };
      }
      store();
    };
    const subscription = actor.subscribe(onChange);
    this.#actorCleanups.push(() => subscription.unsubscribe(), () => child?.subscription.unsubscribe(), followServerEvents(client, actor));
    actor.start();
    if (stored) actor.send({ type: 'ACTIVITY' });
    this.#publish({ actor, unread: 0 });
    return actor;
  }

  #stopActor(): void {
    for (const cleanup of this.#actorCleanups.splice(0)) cleanup();
    this.#actorValue?.stop();
  }

  /**
   * Creates the conversation, unless the server already has an open chat for this session (another tab
   * started it a moment ago, or the stored snapshot was lost): then that one is adopted.
   */
  async #openConversation(topic: string | undefined): Promise<Conversation> {
    const platform = await this.#platform();
    const client = this.#clientValue!;
    await client.start();
    const conversation = await platform.tabs.exclusive('chat-conversation', async () => {
      const open = (await client.listConversations('active')).filter((c) => c.channel === 'chat');
      const newest = open.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
      if (newest) return newest;
      const context = Object.keys(this.#context).length ? { context: { ...this.#context } } : {};
      return client.createConversation({ ...(topic !== undefined ? { topic } : {}), ...context });
    });
    await client.conversation(conversation.id).load();
    return conversation;
  }

  /** After a resume: the server's copy of the conversation moves the machine to where it is now. */
  async #reconcile(actor: ConversationActor): Promise<void> {
    const id = actor.getSnapshot().context.conversationId;
    if (!id) return;
    const client = this.#clientValue!;
    try {
      await client.start();
      const [conversation] = await Promise.all([client.api.getConversation(id), client.conversation(id).load()]);
      if (this.#actorValue === actor && actor.getSnapshot().status === 'active') actor.send({ type: 'SYNC', conversation });
    } catch (error) {
      this.#options.client.onError?.(error);
    }
  }

  async #store(actor: ConversationActor): Promise<void> {
    if (this.#actorValue !== actor) return;
    const persisted = JSON.stringify(actor.getPersistedSnapshot());
    if (persisted === this.#lastStored) return;
    const previousId = this.#lastStored ? (JSON.parse(this.#lastStored) as { context?: { conversationId?: string } }).context?.conversationId : undefined;
    this.#lastStored = persisted;
    const platform = await this.#platform();
    await platform.storage.set(CHAT_SNAPSHOT_KEY, persisted);
    if (actor.getSnapshot().context.conversationId !== previousId) platform.tabs.broadcast({ type: SNAPSHOT_MESSAGE });
  }

  /** Another tab stored a conversation we do not follow yet: follow it. */
  async #adoptStored(platform: Platform): Promise<void> {
    const stored = await readSnapshot(platform);
    const theirs = (stored as { context?: { conversationId?: string } } | undefined)?.context?.conversationId;
    if (!stored || !theirs || theirs === this.#actorValue?.getSnapshot().context.conversationId) return;
    await prepareToResume(stored);
    if (theirs === this.#actorValue?.getSnapshot().context.conversationId) return;
    this.#lastStored = JSON.stringify(stored);
    const actor = this.#replaceActor(stored);
    void this.#reconcile(actor);
  }

  #onEvent(event: FoyerEvent): void {
    if (event.type !== 'message.created' || this.#snapshot.visible) return;
    if (event.conversationId !== this.#actorValue?.getSnapshot().context.conversationId) return;
    if (event.data.message.author.role === 'customer') return;
    this.#publish({ unread: this.#snapshot.unread + 1 });
  }

  #publish(change: Partial<ChatHostSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    this.#changes.emit(this.#snapshot);
  }
}

async function readSnapshot(platform: Platform): Promise<PersistedConversation | undefined> {
  const raw = await platform.storage.get(CHAT_SNAPSHOT_KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as PersistedConversation;
  } catch {
    return undefined;
  }
}

export function createChatHost(options: ChatHostOptions): ChatHost {
  return new ChatHost(options);
}
