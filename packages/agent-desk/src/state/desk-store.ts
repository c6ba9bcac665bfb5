/**
 * The desk's state and actions: one immutable DeskState, replaced on every change, readable through
 * core's ActorSelectorController (it implements `subscribe`/`getSnapshot`). Server truth comes from
 * the GET operations at (re)connect and from the desk stream afterwards.
 */
import { DeskApi } from '../api/desk-api.js';
import { DeskStream, type StreamStatus } from '../api/desk-stream.js';
import { SessionStore } from '../api/session-store.js';
import type { AgentCallbackUpdate, AgentMessagePart, AgentPresenceStatus, CallbackStatus, DeskEvent, Message } from '../api/types.js';
import { applyDeskEvent } from './desk-events.js';
import { initialDeskState, messageText, type ChatState, type DeskState, type DeskView } from './desk-state.js';

export interface DeskStoreOptions {
  api?: DeskApi;
  baseUrl?: string;
  locale?: () => string | undefined;
  fetch?: typeof fetch;
}

/** How long a customer's `typing.started` counts without a repeat (the contract says 10 s). */
const TYPING_TTL_MS = 10_000;

export class DeskStore {
  readonly api: DeskApi;
  /** Unsent composer text per chat (kept while the agent switches chats; not state, nothing re-renders). */
  readonly drafts = new Map<string, string>();
  private state: DeskState;
  private readonly listeners = new Set<(state: DeskState) => void>();
  private stream: DeskStream | undefined;
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private announcementSeq = 0;
  private entriesReload: ReturnType<typeof setTimeout> | undefined;
  /** Counts the agent's own presence changes: a read that started before one answers with stale presence. */
  private presenceChanges = 0;

  constructor(private readonly options: DeskStoreOptions = {}) {
    this.api =
      options.api ??
      new DeskApi({ sessions: new SessionStore(), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), ...(options.locale ? { locale: options.locale } : {}) });
    this.state = initialDeskState(this.api.sessions.current());
    this.api.sessions.onChange((session, reason) => {
      if (session) this.set({ session });
      else this.reset(reason);
    });
  }

  getSnapshot(): DeskState {
    return this.state;
  }

  subscribe(listener: (state: DeskState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the state with `patch` applied, and notifies. */
  set(patch: Partial<DeskState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  updateChat(id: string, patch: Partial<ChatState> | ((chat: ChatState) => Partial<ChatState>)): void {
    const chats = this.state.chats.map((chat) => (chat.id === id ? { ...chat, ...(typeof patch === 'function' ? patch(chat) : patch) } : chat));
    this.set({ chats });
  }

  chat(id: string): ChatState | undefined {
    return this.state.chats.find((c) => c.id === id);
  }

  announce(announcement: { kind: 'offer'; name: string } | { kind: 'message'; name: string; text: string }): void {
    this.set({ announcement: { ...announcement, seq: ++this.announcementSeq } });
  }

  // ------------------------------------------------------------------ session

  async signIn(email: string, password: string): Promise<void> {
    await this.api.signIn(email, password);
    this.set({ signOutReason: undefined });
    await this.start();
  }

  async signOut(): Promise<void> {
    this.stopStream();
    await this.api.signOut();
  }

  /** Loads the desk after sign-in (or on a reload with a stored session) and opens the stream. */
  async start(): Promise<void> {
    if (!this.state.session) return;
    // A failed first load is repeated when the stream (re)opens; the desk never stays empty.
    let loaded = await this.reload().then(
      () => true,
      () => false,
    );
    this.stream ??= new DeskStream({
      url: this.api.url('/v1/agent/events'),
      token: () => this.api.sessions.current()?.accessToken,
      renew: (rejected) => this.api.renew(rejected),
      onEvent: (event) => this.handle(event),
      onOpen: (reconnected) => {
        if (reconnected || !loaded) void this.reload().then(() => (loaded = true), () => undefined);
      },
      onStatus: (stream: StreamStatus) => this.set({ stream }),
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
    this.stream.start();
  }

  /** Re-reads everything the stream does not replay (desk events are ephemeral). */
  async reload(): Promise<void> {
    const changes = this.presenceChanges;
    const [presence, queues, entries, offers, assigned] = await Promise.all([
      this.api.getPresence(),
      this.api.listQueues(),
      this.api.listQueueEntries(),
      this.api.listOffers(),
      this.api.listConversations(),
    ]);
    const known = new Map(this.state.chats.map((c) => [c.id, c]));
    const chats: ChatState[] = assigned.map((summary) => {
      const id = summary.conversation.id;
      const previous = known.get(id);
      return previous ? { ...previous, summary, ended: summary.conversation.state === 'ended' } : newChat(summary);
    });
    // Chats that ended while away stay visible (ended) until the agent closes them.
    for (const chat of this.state.chats) if (!chats.some((c) => c.id === chat.id)) chats.push({ ...chat, ended: true });
    this.set({ ...(changes === this.presenceChanges ? { presence } : {}), queues, entries, offers, chats });
    await Promise.all(chats.filter((c) => !c.ended).map((c) => this.loadMessages(c.id)));
    const active = this.state.activeChatId;
    if (this.state.view === 'chat' && active) await this.openChat(active);
  }

  /** Closes the desk stream (the desk left the page); `start()` opens it again. */
  stopStream(): void {
    this.stream?.stop();
    this.stream = undefined;
  }

  private reset(reason: DeskState['signOutReason']): void {
    this.stopStream();
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
    this.typingTimers.clear();
    this.drafts.clear();
    this.state = { ...initialDeskState(undefined), signOutReason: reason };
    for (const listener of this.listeners) listener(this.state);
  }

  // ------------------------------------------------------------------ presence and queue

  async setPresence(status: AgentPresenceStatus): Promise<void> {
    this.presenceChanges++;
    this.set({ presence: await this.api.setPresence(status) });
  }

  /** Re-reads presence, unless the agent changes it meanwhile (their change answers for itself). */
  refreshPresence(): void {
    const changes = this.presenceChanges;
    void this.api.getPresence().then((presence) => changes === this.presenceChanges && this.set({ presence }), () => undefined);
  }

  /** Re-reads the waiting list soon (coalesces bursts of `queue.changed`). */
  scheduleEntriesReload(): void {
    clearTimeout(this.entriesReload);
    this.entriesReload = setTimeout(() => {
      void this.api.listQueueEntries().then((entries) => this.set({ entries }), () => undefined);
    }, 250);
  }

  async accept(conversationId: string): Promise<void> {
    try {
      const view = await this.api.accept(conversationId);
      this.removeOffer(conversationId);
      const existing = this.chat(conversationId);
      const summary = { conversation: view.conversation, customer: view.customer, ...(view.queueId ? { queueId: view.queueId } : {}) };
      if (existing) this.updateChat(conversationId, { view, summary, ended: false });
      else this.set({ chats: [...this.state.chats, { ...newChat(summary), view }] });
      this.select('chat', conversationId);
      // Accepted either way: a transcript that failed to load now is read again at the next reconnect.
      await this.loadMessages(conversationId).catch(() => undefined);
      this.refreshPresence();
    } catch (error) {
      // The offer is gone either way when the server says so.
      if ((error as { code?: string }).code === 'offer_not_available') this.removeOffer(conversationId);
      throw error;
    }
  }

  async decline(conversationId: string): Promise<void> {
    try {
      await this.api.decline(conversationId);
    } finally {
      this.removeOffer(conversationId);
    }
  }

  removeOffer(conversationId: string): void {
    this.set({ offers: this.state.offers.filter((o) => o.conversationId !== conversationId) });
  }

  // ------------------------------------------------------------------ chats

  select(view: DeskView, chatId?: string): void {
    this.set({ view, ...(chatId ? { activeChatId: chatId } : {}) });
    if (view === 'chat' && chatId) void this.openChat(chatId);
  }

  /** Loads the context view when first shown and marks the chat read. */
  async openChat(id: string): Promise<void> {
    const chat = this.chat(id);
    if (!chat) return;
    if (!chat.view) {
      try {
        this.updateChat(id, { view: await this.api.getConversation(id) });
      } catch {
        // The context panel shows what the summary has; the transcript still works.
      }
    }
    await this.markRead(id);
  }

  closeChat(id: string): void {
    this.drafts.delete(id);
    const chats = this.state.chats.filter((c) => c.id !== id);
    const active = this.state.activeChatId === id ? undefined : this.state.activeChatId;
    this.set({ chats, activeChatId: active, view: active ? this.state.view : 'queue' });
  }

  async loadMessages(id: string): Promise<void> {
    const chat = this.chat(id);
    if (!chat) return;
    const after = chat.messages.at(-1)?.seq ?? 0;
    const page = await this.api.listMessages(id, after);
    for (const message of page.items) this.addMessage(id, message, { silent: true });
  }

  /** Adds a message once (by id), in `seq` order; counts it unread and announces it when it is the customer's. */
  addMessage(id: string, message: Message, { silent = false } = {}): void {
    const chat = this.chat(id);
    if (!chat || chat.messages.some((m) => m.id === message.id)) return;
    const messages = [...chat.messages, message].sort((a, b) => a.seq - b.seq);
    const fromCustomer = message.author.role === 'customer';
    const seen = this.state.view === 'chat' && this.state.activeChatId === id && isPageVisible();
    // History loaded in bulk is already counted by the server's `unreadCount`.
    const unread = fromCustomer && !silent && !seen && message.seq > chat.readSeq ? chat.unread + 1 : chat.unread;
    this.updateChat(id, { messages, unread, ...(fromCustomer ? { customerTyping: false, idleWarningSeconds: undefined } : {}) });
    if (!silent && message.author.role !== 'agent') {
      this.announce({ kind: 'message', name: message.author.displayName ?? chat.summary.customer.displayName ?? '', text: messageText(message) });
    }
    if (fromCustomer && seen) void this.markRead(id);
  }

  async markRead(id: string): Promise<void> {
    const chat = this.chat(id);
    if (!chat) return;
    const upTo = chat.messages.at(-1)?.seq ?? 0;
    this.updateChat(id, { unread: 0 });
    if (upTo <= chat.readSeq || chat.ended) return;
    this.updateChat(id, { readSeq: upTo });
    await this.api.markRead(id, upTo).catch(() => undefined);
  }

  async send(id: string, parts: AgentMessagePart[], cannedResponseId?: string, attachmentIds?: string[]): Promise<void> {
    const message = await this.api.sendMessage(id, parts, { ...(cannedResponseId ? { cannedResponseId } : {}), ...(attachmentIds?.length ? { attachmentIds } : {}) });
    this.addMessage(id, message, { silent: true });
  }

  sendTyping(id: string, state: 'started' | 'stopped'): void {
    void this.api.sendTyping(id, state).catch(() => undefined);
  }

  setCustomerTyping(id: string, typing: boolean): void {
    clearTimeout(this.typingTimers.get(id));
    this.typingTimers.delete(id);
    if (typing) this.typingTimers.set(id, setTimeout(() => this.setCustomerTyping(id, false), TYPING_TTL_MS));
    // Typing is the customer being there, as the server counts it.
    this.updateChat(id, { customerTyping: typing, idleWarningSeconds: undefined });
  }

  async transfer(id: string, queueId: string, note?: string): Promise<void> {
    await this.api.transfer(id, queueId, note);
    this.closeChat(id);
  }

  async setHold(id: string, hold: boolean): Promise<void> {
    const conversation = await this.api.setHold(id, hold);
    this.setConversationState(id, conversation.state);
  }

  /** The chat's state as the server reported it (a reply or `conversation.state_changed`). */
  setConversationState(id: string, state: ChatState['summary']['conversation']['state']): void {
    if (!this.chat(id)) return;
    this.updateChat(id, (chat) => ({
      summary: { ...chat.summary, conversation: { ...chat.summary.conversation, state } },
      ...(state === 'ended' ? { ended: true, customerTyping: false } : {}),
    }));
  }

  async end(id: string, reason?: string): Promise<void> {
    const conversation = await this.api.end(id, reason);
    this.updateChat(id, (chat) => ({ ended: true, customerTyping: false, summary: { ...chat.summary, conversation } }));
  }

  // ------------------------------------------------------------------ history

  /** The first page of ended chats, or (`more`) the next one appended. */
  async loadHistory(more = false): Promise<void> {
    const cursor = more ? this.state.history?.nextCursor : undefined;
    if (more && !cursor) return;
    const page = await this.api.listConversationPage('ended', cursor);
    const items = more ? [...(this.state.history?.items ?? []), ...page.items.filter((i) => !this.state.history?.items.some((h) => h.conversation.id === i.conversation.id))] : page.items;
    this.set({ history: { items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) } });
  }

  // ------------------------------------------------------------------ callbacks

  async loadCallbacks(status?: CallbackStatus): Promise<void> {
    this.set({ callbacks: await this.api.listCallbacks(status) });
  }

  async updateCallback(callbackId: string, update: AgentCallbackUpdate): Promise<void> {
    const updated = await this.api.updateCallback(callbackId, update);
    this.set({ callbacks: this.state.callbacks.map((c) => (c.callback.id === callbackId ? updated : c)) });
  }

  // ------------------------------------------------------------------ stream

  handle(event: DeskEvent): void {
    applyDeskEvent(this, event);
  }

  dispose(): void {
    this.stopStream();
    clearTimeout(this.entriesReload);
    for (const timer of this.typingTimers.values()) clearTimeout(timer);
  }
}

function newChat(summary: ChatState['summary']): ChatState {
  return { id: summary.conversation.id, summary, messages: [], unread: summary.unreadCount ?? 0, customerTyping: false, ended: summary.conversation.state === 'ended', readSeq: 0 };
}

function isPageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState === 'visible';
}
