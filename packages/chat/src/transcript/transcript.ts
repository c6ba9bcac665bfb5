import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { ActorSelectorController, ContextConsumer, FoyerElement, LocalizeController, conversationActorContext, foyerClientContext, selectFromContext } from '@foyer/core/lit';
import type { ConversationActor, CustomerMessagePart, FoyerClient, FoyerEvent, Message, PendingMessage, TranscriptSnapshot } from '@foyer/core';
import { addStyles } from '../internal/add-styles.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { partText, renderAttachments, renderPart } from './parts.js';
import { transcriptStyles } from './transcript.styles.js';
import type { VirtualWindow } from './virtual-window.js';

/** Asked of the panel (inside its shadow root only) when the customer opens an attachment. */
export const ATTACHMENT_DOWNLOAD_EVENT = 'attachment-download';
export interface AttachmentDownloadRequest { id: string; name: string }

/** Longer transcripts render only the messages near the viewport (virtual-window.ts, loaded then). */
export const VIRTUAL_THRESHOLD = 60;
const TYPING_TIMEOUT_MS = 10_000;

/**
 * @summary The conversation's messages: a keyboard-scrollable log, a separate pruned live region that
 * announces new bot and agent messages, typing indicator, read receipts, pending and failed messages.
 * @status experimental
 * @since 0.1
 *
 * @csspart log - The scrolling message list.
 * @csspart quick-replies - A message's quick-reply buttons.
 * @csspart card - A card.
 * @csspart form - A form.
 */
export class FoyerTranscript extends FoyerElement {
  static override styles = [sharedStyles, transcriptStyles];
  static override properties = { active: { type: Boolean }, typingName: { state: true }, readUpTo: { state: true } };

  /** The panel is showing: new messages are marked read. */
  declare active: boolean;
  /** Who is typing now (UI-only, from ephemeral events). */
  private declare typingName?: string;
  private declare readUpTo: number;
  #typingTimer?: ReturnType<typeof setTimeout>;
  #client?: FoyerClient;
  #unsubscribeEvents?: () => void;
  #lastAnnounced?: string;
  #lastMarkedRead = 0;
  #pinnedToEnd = true;
  /** The log's offset at its last scroll event, or where it was put at its end. */
  #top = 0;
  #log!: HTMLElement;
  #virtual?: VirtualWindow;

  readonly #localize = new LocalizeController(this);
  readonly #conversationId = selectFromContext(this, conversationActorContext, (s) => s.context.conversationId);
  readonly #transcript = new ActorSelectorController<TranscriptSnapshot, TranscriptSnapshot>(this, undefined, (s) => s);

  constructor() {
    super();
    // Reactive properties are declared (not class fields), so Lit's accessors are not shadowed.
    this.active = false;
    this.readUpTo = 0;
    new ContextConsumer(this, {
      context: foyerClientContext,
      callback: (client) => {
        this.#client = client;
        this.#follow();
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribeEvents?.();
    this.#unsubscribeEvents = undefined;
    clearTimeout(this.#typingTimer);
  }

  /** Files download with the session's token, which only the panel's host holds: it answers this event. */
  #requestDownload(id: string, name: string): void {
    this.dispatchEvent(new CustomEvent<AttachmentDownloadRequest>(ATTACHMENT_DOWNLOAD_EVENT, { detail: { id, name }, bubbles: true }));
  }

  get #actor(): ConversationActor | undefined {
    return this.#conversationId.source as ConversationActor | undefined;
  }

  #follow(): void {
    this.#unsubscribeEvents?.();
    this.#unsubscribeEvents = this.#client?.subscribe((event) => this.#onEvent(event));
  }

  #onEvent(event: FoyerEvent): void {
    if (event.conversationId !== this.#conversationId.value) return;
    if (event.type === 'typing.started' && event.data.participant.role !== 'customer') {
      this.typingName = event.data.participant.displayName ?? this.#authorName(event.data.participant.role);
      clearTimeout(this.#typingTimer);
      this.#typingTimer = setTimeout(() => (this.typingName = undefined), TYPING_TIMEOUT_MS);
    } else if (event.type === 'typing.stopped' || (event.type === 'message.created' && event.data.message.author.role !== 'customer')) {
      this.typingName = undefined;
    } else if (event.type === 'receipt.read' && event.data.participant.role !== 'customer') {
      this.readUpTo = Math.max(this.readUpTo, event.data.upToSeq);
    }
  }

  override willUpdate(): void {
    const id = this.#conversationId.value;
    this.#transcript.setActor(id && this.#client ? this.#client.conversation(id) : undefined);
  }

  override firstUpdated(): void {
    // The log gets shorter with nothing to render (an on-screen keyboard opens): its end stays in view.
    new ResizeObserver(() => this.#stickToEnd()).observe((this.#log = this.renderRoot.querySelector('.log')!));
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#stickToEnd();
    this.#markRead();
  }

  #stickToEnd(): void {
    const log = this.#log;
    if (this.#pinnedToEnd) {
      log.scrollTop = log.scrollHeight;
      this.#top = log.scrollTop;
    }
  }

  #markRead(): void {
    const snapshot = this.#transcript.value;
    const id = this.#conversationId.value;
    const last = snapshot?.messages.at(-1);
    if (!this.active || !id || !last || last.seq <= this.#lastMarkedRead || !this.#client) return;
    this.#lastMarkedRead = last.seq;
    void this.#client.api.markRead(id, last.seq).catch(() => undefined);
  }

  // The virtual window keeps the same state from the same test (virtual-window.ts). Chromium also fires
  // scroll, offset unchanged, when the log is resized (a keyboard opens): that is not the customer scrolling.
  #onScroll(): void {
    const log = this.#log;
    if (log.scrollTop !== this.#top) this.#pinnedToEnd = log.scrollHeight - (this.#top = log.scrollTop) - log.clientHeight < 24;
  }

  #authorName(role: Message['author']['role'], displayName?: string): string {
    if (role === 'customer') return this.#localize.term('you');
    if (role === 'bot') return displayName ?? this.#localize.term('assistant');
    if (role === 'agent') return displayName ?? this.#localize.term('agentFallbackName');
    return this.#localize.term('system');
  }

  #answer(part: CustomerMessagePart, value?: string): void {
    const id = this.#conversationId.value;
    if (!id || !this.#client) return;
    this.#actor?.send({ type: 'ACTIVITY' });
    void this.#client.sendMessage(id, [part]);
    // "Talk to a person": the bot only acknowledges; the client asks for the escalation.
    if (value === 'escalate') this.#actor?.send({ type: 'REQUEST_HUMAN' });
  }

  #renderMessage(message: Message, interactive: boolean, lastReadCustomerSeq: number) {
    const role = message.author.role;
    const actions = {
      answer: (p: CustomerMessagePart, v?: string) => this.#answer(p, v),
      interactive,
      localize: this.#localize,
      rerender: () => this.requestUpdate(),
      addStyles: (styles: CSSResult) => addStyles(this.renderRoot as ShadowRoot, styles),
      download: (id: string, name: string) => this.#requestDownload(id, name),
    };
    const read = role === 'customer' && (message.status === 'read' || message.seq === lastReadCustomerSeq);
    return html`<div class="message message--${role}" role="listitem">
      ${role === 'customer' || role === 'system' ? nothing : html`<span class="author">${this.#authorName(role, message.author.displayName)}</span>`}
      <div class="bubble">
        ${role === 'customer' ? html`<span class="sr-only">${this.#authorName(role)}:</span>` : nothing}
        ${message.parts.map((p) => renderPart(p, actions))}
        ${renderAttachments(message.attachments, actions)}
      </div>
      <span class="meta">
        <time datetime=${message.createdAt}>${this.#localize.formatTime(message.createdAt)}</time>
        ${read ? html` · ${this.#localize.term('read')}` : role === 'customer' && message.status === 'delivered' ? html` · ${this.#localize.term('delivered')}` : nothing}
      </span>
    </div>`;
  }

  #renderPending(p: PendingMessage) {
    const t = this.#localize;
    const text = p.parts.map((part) => ('text' in part ? part.text : '')).join(' ');
    return html`<div class="message message--customer" role="listitem">
      <div class="bubble"><p class="text">${text}</p></div>
      ${p.state === 'failed'
        ? html`<div class="failed">
            <span class="error">${t.term('notSent')}</span>
            <button type="button" @click=${() => void this.#client?.retryMessage(p.clientMessageId)}>${t.term('retry')}</button>
            <button type="button" @click=${() => void this.#client?.discardMessage(p.clientMessageId)}>${t.term('discard')}</button>
          </div>`
        : html`<span class="meta">${t.term('sending')}</span>`}
    </div>`;
  }

  /** The newest bot or agent message, announced once in the pruned live region. */
  #announcement(messages: readonly Message[]): string {
    const last = messages.at(-1);
    if (!last || last.author.role === 'customer') return this.#lastAnnounced ?? '';
    const text = last.parts.map(partText).filter(Boolean).join(' ');
    this.#lastAnnounced = this.#localize.term('announceMessage', this.#authorName(last.author.role, last.author.displayName), text);
    return this.#lastAnnounced;
  }

  override render() {
    const t = this.#localize;
    const snapshot = this.#transcript.value;
    const messages = snapshot?.messages ?? [];
    const count = messages.length;
    const latest = messages.at(-1);
    // Only the latest bot or agent message's choices can be used.
    const interactive = latest?.author.role !== 'customer' && latest;
    const lastReadCustomerSeq = messages.filter((m) => m.author.role === 'customer' && m.seq <= this.readUpTo).at(-1)?.seq ?? -1;
    const renderOne = (m: Message) => this.#renderMessage(m, m === interactive, lastReadCustomerSeq);
    const from = Math.max(0, count - VIRTUAL_THRESHOLD);
    // Until the virtualiser is here (a failed load is tried again on the next render), the latest messages render.
    if (from && !this.#virtual) void import('./virtual-window.js').then((m) => (this.#virtual ??= new m.VirtualWindow(this)), () => undefined);
    return html`<div class="log" part="log" role="log" aria-live="off" aria-label=${t.term('transcriptLabel')} tabindex="0" @scroll=${this.#onScroll}>
        ${count ? nothing : html`<p class="message message--system muted">${t.term('welcome')}</p>`}
        <div role="list" class="messages">
          ${this.#virtual && from ? this.#virtual.render(messages, renderOne) : messages.slice(from).map(renderOne)}
          ${(snapshot?.pending ?? []).map((p) => this.#renderPending(p))}
        </div>
      </div>
      <div class="typing" aria-hidden=${!this.typingName}>${this.typingName ? t.term('typing', this.typingName) : nothing}</div>
      <div class="sr-only" role="status" aria-live="polite">${this.#announcement(messages)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-transcript': FoyerTranscript;
  }
}
