import { html, nothing, type PropertyValues } from 'lit';
import {
  ActorSelectorController,
  ContextProvider,
  FoyerElement,
  LocalizeController,
  clientStatus,
  chatHostContext,
  conversationActorContext,
  foyerClientContext,
} from '@foyer/core/lit';
import { escalationActorOf, type ChatHost, type ChatHostSnapshot, type ConnectionStatus, type ConversationActor, type EscalationActor } from '@foyer/core';
import { sharedStyles } from '../internal/shared.styles.js';
import { chatStyles } from './chat.styles.js';
import { addStyles } from '../internal/add-styles.js';
import type * as Panes from './panes.js';
import type { AttachmentDownloadRequest } from '../transcript/transcript.js';

type ConversationSnapshot = ReturnType<ConversationActor['getSnapshot']>;
type EscalationSnapshot = ReturnType<EscalationActor['getSnapshot']>;

/**
 * @summary The chat panel: header (minimise, end with confirmation), connection banner, transcript,
 * the current step (escalation choices, queue, idle warning, ended, survey) and the composer.
 * @status experimental
 * @since 0.1
 *
 * @attr inline - Lay out in the page flow instead of floating (embedded pages, stories).
 * @attr theme - `dark` for the dark token set.
 *
 * @event foyer-panel-close - The customer minimised the panel.
 * @event foyer-conversation-start - A conversation id is known; `detail.conversationId`.
 * @event foyer-conversation-end - The conversation ended; `detail.conversationId`.
 *
 * @csspart header - The title bar.
 * @csspart banner - The offline / reconnecting notice.
 *
 * @cssproperty --foyer-chat-width - Panel width on large screens.
 * @cssproperty --foyer-chat-height - Panel height on large screens.
 */
export class FoyerChat extends FoyerElement {
  static override styles = [sharedStyles, chatStyles];
  static override properties = { host: { attribute: false }, confirmingEnd: { state: true }, ratingMissing: { state: true }, downloadFailed: { state: true } };

  /** The headless host that owns the client and the conversation actor. */
  declare host?: ChatHost;
  /** UI-only: the end confirmation is showing. */
  private declare confirmingEnd: boolean;
  private declare ratingMissing: boolean;
  private declare downloadFailed: boolean;
  #announcedId?: string;
  #endedId?: string;
  #viewportCleanup?: () => void;
  #panes?: typeof Panes;
  #panesLoading?: Promise<void>;
  #confirmationShown = false;

  readonly #localize = new LocalizeController(this);
  readonly #hostState = new ActorSelectorController<ChatHostSnapshot, ChatHostSnapshot>(this, undefined, (s) => s);
  readonly #conversation = new ActorSelectorController<ConversationSnapshot, ConversationSnapshot>(this, undefined, (s) => s);
  readonly #escalation = new ActorSelectorController<EscalationSnapshot, EscalationSnapshot>(this, undefined, (s) => s);
  readonly #status = new ActorSelectorController<ConnectionStatus, ConnectionStatus>(this, undefined, (s) => s);
  readonly #actorProvider = new ContextProvider(this, { context: conversationActorContext });
  readonly #clientProvider = new ContextProvider(this, { context: foyerClientContext });
  readonly #hostProvider = new ContextProvider(this, { context: chatHostContext });

  constructor() {
    super();
    // Reactive properties are declared (not class fields), so Lit's accessors are not shadowed.
    this.confirmingEnd = false;
    this.ratingMissing = false;
    this.downloadFailed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const viewport = window.visualViewport;
    if (viewport) {
      // The on-screen keyboard shrinks the visual viewport, not the layout one: follow it.
      const follow = () => {
        this.style.setProperty('--_vv-height', `${viewport.height}px`);
        this.style.setProperty('--_vv-top', `${viewport.offsetTop}px`);
      };
      follow();
      viewport.addEventListener('resize', follow);
      viewport.addEventListener('scroll', follow);
      this.#viewportCleanup = () => {
        viewport.removeEventListener('resize', follow);
        viewport.removeEventListener('scroll', follow);
      };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#viewportCleanup?.();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('host')) {
      this.#hostState.setActor(this.host);
      if (this.host) this.#hostProvider.setValue(this.host);
    }
    const actor = this.#hostState.value?.actor;
    this.#conversation.setActor(actor);
    if (actor && this.#actorProvider.value !== actor) this.#actorProvider.setValue(actor);
    const client = this.host?.client;
    if (client && this.#clientProvider.value !== client) {
      this.#clientProvider.setValue(client);
      this.#status.setActor(clientStatus(client));
    }
    this.#escalation.setActor(actor && this.#conversation.value?.matches({ live: 'escalating' }) ? escalationActorOf(actor) : undefined);
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The customer just asked to end (a gesture): the confirmation takes focus, on its safe choice,
    // when it appears (it comes with the panes).
    const confirmation = this.renderRoot.querySelector('[role="alertdialog"]');
    if (confirmation && !this.#confirmationShown) confirmation.querySelector<HTMLButtonElement>('button:not(.primary)')?.focus();
    this.#confirmationShown = confirmation !== null;
    const snapshot = this.#conversation.value;
    const id = snapshot?.context.conversationId;
    if (id && id !== this.#announcedId) {
      this.#announcedId = id;
      this.emit('foyer-conversation-start', { conversationId: id });
    }
    if (id && id !== this.#endedId && (snapshot.matches('ended') || snapshot.matches('survey') || snapshot.matches('done'))) {
      this.#endedId = id;
      this.emit('foyer-conversation-end', { conversationId: id });
    }
  }

  /** Focuses the message box (callers do so only on a customer's gesture). */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector('foyer-composer')?.focus(options));
  }

  /**
   * The panes of every step after the bot chat (escalation, queue, agent, idle warning, ended, survey)
   * and the end confirmation, with their strings and styles, loaded when first needed (the customer
   * asked for a person or to end, or the chat ended), not on open;
   * undefined while they load. A failed load is tried again on the next render.
   */
  #neededPanes(): typeof Panes | undefined {
    if (!this.#panesLoading) this.#panesLoading = Promise.all([import('./panes.js'), this.#localize.use('onDemand')]).then(
      ([panes]) => {
        addStyles(this.renderRoot as ShadowRoot, panes.panesStyles);
        this.#panes = panes;
        this.requestUpdate();
      },
      () => (this.#panesLoading = undefined),
    );
    return this.#panes;
  }

  #minimise(): void {
    this.emit('foyer-panel-close', undefined);
  }

  #downloadAttachment(event: CustomEvent<AttachmentDownloadRequest>): void {
    if (this.host) void this.#save(this.host.fetchAttachment(event.detail.id), event.detail.name);
  }

  #download(): void {
    const id = this.#conversation.value?.context.conversationId;
    if (id && this.host) void this.#save(this.host.fetchTranscript(id, 'html'), `transcript-${id}.html`);
  }

  /** Saves a file downloaded with the session's token; a failed download shows a message. */
  async #save(downloading: Promise<Blob>, name: string): Promise<void> {
    this.downloadFailed = false;
    const blob = await downloading.catch(() => undefined);
    if (blob) saveBlob(blob, name);
    else this.downloadFailed = true;
  }

  #renderBanner() {
    const t = this.#localize;
    const status = this.#status.value;
    const pending = (this.host?.client?.pendingMessages.length ?? 0) > 0;
    if (status === 'offline' || status === 'reconnecting') {
      return html`<div class="banner" part="banner" role="status">
        ${t.term(status === 'offline' ? 'offline' : 'reconnecting')} ${pending ? t.term('pendingKept') : nothing}
      </div>`;
    }
    return nothing;
  }

  #renderStep(snapshot: ConversationSnapshot, actor: ConversationActor) {
    const t = this.#localize;
    if (snapshot.matches('idle') || snapshot.matches('starting')) return html`<p class="pane muted" role="status">${t.term('connecting')}</p>`;
    // A start or end that failed, with its retry; `note` first (the panes' booked callback).
    const retry = (key: 'startFailed' | 'endFailed', note?: string) =>
      html`<div class="pane" role="alert">${note ? html`<p>${note}</p>` : nothing}<p class="error">${t.term(key)}</p><div class="actions"><button type="button" @click=${() => actor.send({ type: 'RETRY' })}>${t.term('retry')}</button></div></div>`;
    if (snapshot.matches('startFailed')) return retry('startFailed');
    // Chatting with the bot, as the panel opens: no pane, nothing to load.
    if (snapshot.matches({ live: 'bot' }) && !snapshot.context.escalationOutcome && !snapshot.context.error) return nothing;
    return (
      this.#neededPanes()?.renderStep(t, snapshot, actor, {
        escalation: this.#escalation.value,
        escalationActor: this.#escalation.source as EscalationActor | undefined,
        ratingMissing: this.ratingMissing,
        onRatingMissing: () => (this.ratingMissing = true),
        download: () => this.#download(),
        startNew: () => void this.host?.start(),
        endFailed: (note) => retry('endFailed', note),
      }) ??
      // The panes show a failed end (with a booked callback's confirmation); should they not load (offline), the retry shows still.
      (snapshot.matches('endFailed') ? retry('endFailed') : nothing)
    );
  }

  override render() {
    const t = this.#localize;
    const snapshot = this.#conversation.value;
    const actor = this.#hostState.value?.actor;
    const live = snapshot?.matches('live') ?? false;
    // The customer may type while the conversation starts; sending waits for its id.
    const typing = !snapshot || live || snapshot.matches('idle') || snapshot.matches('starting');
    return html`<header part="header">
        <h2>${t.term('chatTitle')}</h2>
        ${live ? html`<button type="button" @click=${() => (this.confirmingEnd = true)}>${t.term('endChat')}</button>` : nothing}
        <button type="button" aria-label=${t.term('minimise')} @click=${this.#minimise}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M5 12h14" stroke="currentColor" stroke-width="2" /></svg>
        </button>
      </header>
      ${this.confirmingEnd && live && actor
        ? (this.#neededPanes()?.renderEndConfirmation(t, actor, () => (this.confirmingEnd = false)) ?? nothing)
        : nothing}
      ${this.#renderBanner()}
      <foyer-transcript ?active=${this.#hostState.value?.visible ?? false} @attachment-download=${(e: CustomEvent<AttachmentDownloadRequest>) => this.#downloadAttachment(e)}></foyer-transcript>
      ${this.downloadFailed ? html`<p class="pane error" role="alert">${t.term('requestFailed')}</p>` : nothing}
      ${snapshot && actor ? this.#renderStep(snapshot, actor) : nothing}
      <foyer-composer ?disabled=${!typing}></foyer-composer>`;
  }
}

/** Saves a downloaded file under its name (an object URL, revoked once the browser has it). */
function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-chat': FoyerChat;
  }
}
