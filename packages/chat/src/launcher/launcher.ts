import type { ChatHost } from '@foyer/core';
import { emit, type FoyerInvitationDetail, type FoyerInvitationDismissedDetail } from '../events/events.js';
import { inheritedLang, launcherLocale } from '../internal/lang.js';
import { launcherStyles } from './launcher.styles.js';
import { launcherStrings, type LauncherStrings } from './launcher.strings.js';
import type { PanelRuntime } from './panel-runtime.js';
import { InvitationBubble } from './invitation-bubble.js';
import { fetchInvitationRules, InvitationCap, pageMatches, type InvitationRule } from './invitation-rules.js';

/** Written on the customer's first interaction, read (never written) on later page loads. */
const ENGAGED_KEY = 'foyer:engaged:';
const ICON = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';

function storageFlag(namespace: string, set?: boolean): boolean {
  try {
    if (set === true) localStorage.setItem(ENGAGED_KEY + namespace, '1');
    else if (set === false) localStorage.removeItem(ENGAGED_KEY + namespace);
    return localStorage.getItem(ENGAGED_KEY + namespace) === '1';
  } catch {
    // Storage blocked (sandboxed frame, privacy mode): the chat still works, it just does not resume.
    return false;
  }
}

/**
 * @summary The eager, tiny chat button: shows whether agents are available and unread messages, and
 * loads the chat panel (and the client) on hover, focus, click or idle.
 * @status experimental
 * @since 0.1
 *
 * @attr base-url - The Foyer server (default: this page's origin).
 * @attr namespace - Separates several Foyer deployments on one site (default `default`).
 * @attr topic - The conversation topic passed to the bot and routing.
 * @attr no-preload - Load the panel only on hover, focus or click (not when the page is idle).
 * @attr no-invitations - No invitations from the server's rules (`invite()` still works).
 * @attr invitation-consent - The host has the visitor's consent to remember shown invitations in
 *   localStorage (the rules' frequency caps); without it, at most one invitation per page view.
 *
 * @event foyer-panel-open - The panel opened.
 * @event foyer-panel-close - The panel closed.
 * @event foyer-unread-change - The unread count changed; `detail.count`.
 * @event foyer-availability-change - Availability was fetched; `detail.available`.
 * @event foyer-session-logout - `logout()` finished: Foyer's stored data is gone.
 * @event foyer-invitation-shown - An invitation appeared; `detail.message`, `detail.ruleId`, `detail.topic`.
 * @event foyer-invitation-dismissed - It went away unaccepted; `detail.reason` is `customer`, `host` or `panel`.
 * @event foyer-invitation-accepted - The customer accepted it; the panel opens.
 *
 * @csspart button - The launcher button.
 * @csspart status - The availability dot.
 * @csspart badge - The unread count.
 * @csspart panel - The chat panel (`<foyer-chat>`), once loaded.
 * @csspart invitation - The invitation bubble; also `invitation-message`, `invitation-accept`, `invitation-close`.
 *
 * @cssproperty --foyer-launcher-size - Button height (at least 44 px).
 * @cssproperty --foyer-sys-color-primary - Button background.
 * @cssproperty --foyer-sys-color-on-primary - Button text.
 */
export class FoyerLauncher extends HTMLElement {
  static readonly version = '0.1.0';
  static readonly observedAttributes = ['lang', 'no-invitations'];

  /** Returns the host's identity JWT for a signed-in customer (guest session without it). */
  getIdentityToken?: () => Promise<string>;

  private button?: HTMLButtonElement;
  private runtime?: Promise<PanelRuntime>;
  private chat?: ChatHost;
  private panel?: HTMLElement & { host?: ChatHost };
  private context: Record<string, string> = {};
  private available?: boolean;
  private unread = 0;
  private opened = false;
  private failed = false;
  private idleHandle?: number;
  private startTimer?: number;
  /** Read by the ChatHost when a conversation starts, so an accepted invitation can set its topic. */
  private readonly conversationInput: { topic?: string } = {};
  private bubble?: InvitationBubble;
  private rules?: Promise<InvitationRule[]>;
  private ruleTimers: number[] = [];
  /** Time on page counts from when the launcher first joined it (it loads with the page). */
  private connectedAt?: number;

  static define(tag = 'foyer-launcher', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  connectedCallback(): void {
    if (!this.shadowRoot) this.build();
    this.render();
    this.connectedAt ??= Date.now();
    // The button shows now. The requests and the storage read wait for a task of their own: the page is
    // still loading, and together they would make one long task of it.
    this.startTimer ??= window.setTimeout(() => this.start());
  }

  disconnectedCallback(): void {
    clearTimeout(this.startTimer);
    this.startTimer = undefined;
    if (this.idleHandle !== undefined) cancelIdleCallback(this.idleHandle);
    this.disarmRules();
  }

  private start(): void {
    this.startTimer = undefined;
    void this.fetchAvailability();
    void this.armRules();
    if (storageFlag(this.namespace)) {
      // A returning customer: pick the conversation up (badge, tabs) without waiting for a gesture.
      void this.ensureChat().then((chat) => chat.resume()).catch(() => undefined);
    } else if (!this.hasAttribute('no-preload') && 'requestIdleCallback' in window) {
      this.whenIdle(() => this.preload());
    }
  }

  attributeChangedCallback(name: string): void {
    if (name === 'no-invitations' && this.isConnected) {
      this.disarmRules();
      if (this.hasAttribute('no-invitations')) {
        if (this.bubble?.shown?.ruleId !== undefined) this.hideInvitation('host');
      } else if (this.startTimer === undefined) void this.armRules(); // else start() arms them
    }
    this.render();
  }

  get namespace(): string {
    return this.getAttribute('namespace') || 'default';
  }

  get baseUrl(): string {
    return this.getAttribute('base-url') || location.origin;
  }

  /** Whether the panel is showing. */
  get isOpen(): boolean {
    return this.opened;
  }

  /** Opens the panel, starting (or resuming) the conversation. This counts as the customer's first interaction. */
  open(): Promise<void> {
    return this.openOn(undefined);
  }

  /** Whether the host declared consent to remember shown invitations in storage (`invitation-consent`). */
  get invitationConsent(): boolean {
    return this.hasAttribute('invitation-consent');
  }

  set invitationConsent(consent: boolean) {
    this.toggleAttribute('invitation-consent', consent);
  }

  /**
   * Shows an invitation now (the host decides; the rules' caps do not apply), with `message` or a
   * localised default. Accepting starts on `topic`, else the `topic` attribute. Returns false when the
   * panel is open, an invitation is already showing, or the element has not been on the page yet.
   */
  invite(message?: string, options: { topic?: string } = {}): boolean {
    if (this.opened || !this.bubble || this.bubble.shown) return false;
    const topic = options.topic ?? this.getAttribute('topic') ?? undefined;
    this.showInvitation({ message: message?.trim() || this.strings().invitationDefault, ...(topic ? { topic } : {}) });
    return true;
  }

  /** Hides the invitation, if one is showing. */
  dismissInvitation(): void {
    this.hideInvitation('host');
  }

  private async openOn(topic: string | undefined): Promise<void> {
    storageFlag(this.namespace, true);
    this.opened = true;
    this.hideInvitation('panel');
    this.render();
    try {
      const chat = await this.ensureChat();
      const panel = this.ensurePanel();
      panel.hidden = false;
      chat.setVisible(true);
      this.failed = false;
      // A conversation that starts now takes the invitation's topic; a running one is simply shown.
      const chosen = topic ?? this.getAttribute('topic');
      if (chosen) this.conversationInput.topic = chosen;
      else delete this.conversationInput.topic;
      await chat.start();
      emit(this, 'foyer-panel-open', undefined);
    } catch (error) {
      this.failed = true;
      this.opened = false;
      this.render();
      throw error;
    }
  }

  close(): void {
    if (!this.opened) return;
    this.opened = false;
    if (this.panel) this.panel.hidden = true;
    this.chat?.setVisible(false);
    this.render();
    emit(this, 'foyer-panel-close', undefined);
  }

  /** What the host knows (page, product, customer reference), sent when a conversation starts. */
  setContext(context: Record<string, string>): void {
    this.context = { ...this.context, ...context };
    this.chat?.setContext(context);
  }

  /** Ends the session and wipes what Foyer stored on this device (shared computers). */
  async logout(): Promise<void> {
    this.close();
    this.hideInvitation('host');
    storageFlag(this.namespace, false);
    InvitationCap.clear(this.namespace);
    await this.chat?.logout();
    emit(this, 'foyer-session-logout', undefined);
  }

  private build(): void {
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(launcherStyles);
    root.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('part', 'button');
    button.innerHTML = `${ICON}<span part="label"></span><span part="status" hidden></span><span part="badge" aria-hidden="true" hidden></span>`;
    const preload = () => this.preload();
    button.addEventListener('pointerenter', preload, { once: true });
    button.addEventListener('focus', preload, { once: true });
    // Opened by the button (a gesture): focus goes to the message box.
    button.addEventListener('click', () => (this.opened ? this.close() : void this.open().then(() => this.panel?.focus(), () => undefined)));
    root.append(button);
    this.button = button;
    this.bubble = new InvitationBubble(root, {
      accept: () => this.acceptInvitation(),
      close: () => this.hideInvitation('customer'),
    });
  }

  private strings(): LauncherStrings {
    return launcherStrings(launcherLocale(inheritedLang(this)));
  }

  private render(): void {
    const button = this.button;
    if (!button) return;
    const t = this.strings();
    const label = this.failed ? t.loadFailed : this.opened ? t.close : t.open;
    const parts = [label];
    if (this.available !== undefined) parts.push(this.available ? t.available : t.unavailable);
    if (this.unread > 0) parts.push(t.unread(this.unread));
    button.setAttribute('aria-label', parts.join(', '));
    button.setAttribute('aria-expanded', String(this.opened));
    button.querySelector('[part="label"]')!.textContent = this.opened ? t.close : t.open;
    const status = button.querySelector<HTMLElement>('[part~="status"]')!;
    status.hidden = this.available === undefined;
    status.dataset['available'] = String(this.available);
    const badge = button.querySelector<HTMLElement>('[part~="badge"]')!;
    badge.hidden = this.unread === 0;
    badge.textContent = String(this.unread);
    this.bubble?.render(t);
  }

  /** Fetches the rules once, then waits for each matching rule's time on page. */
  private async armRules(): Promise<void> {
    if (this.hasAttribute('no-invitations')) return;
    this.rules ??= fetchInvitationRules(this.baseUrl, launcherLocale(inheritedLang(this)));
    const rules = await this.rules;
    if (!this.isConnected || this.hasAttribute('no-invitations') || this.ruleTimers.length) return;
    const elapsed = Date.now() - this.connectedAt!;
    for (const rule of rules) {
      if (!pageMatches(rule.page, location.pathname)) continue;
      this.ruleTimers.push(window.setTimeout(() => this.offerRule(rule), Math.max(0, rule.secondsOnPage * 1000 - elapsed)));
    }
  }

  private get cap(): InvitationCap {
    return new InvitationCap(this.namespace, () => this.invitationConsent);
  }

  private disarmRules(): void {
    for (const timer of this.ruleTimers.splice(0)) clearTimeout(timer);
  }

  private offerRule(rule: InvitationRule): void {
    if (!this.isConnected || this.hasAttribute('no-invitations') || this.opened || this.bubble?.shown || this.chatting()) return;
    if (!this.cap.allows(rule)) return;
    if (document.hidden) {
      // Nobody would see it: wait until the tab is visible again.
      document.addEventListener('visibilitychange', () => this.offerRule(rule), { once: true });
      return;
    }
    this.showInvitation({ ruleId: rule.id, message: rule.message, ...(rule.topic ? { topic: rule.topic } : {}) });
  }

  /** A conversation is running (a returning customer's, picked up at load): no invitation then. */
  private chatting(): boolean {
    const snapshot = this.chat?.actor?.getSnapshot();
    return snapshot !== undefined && snapshot.status === 'active' && !snapshot.matches('idle');
  }

  private showInvitation(invitation: FoyerInvitationDetail): void {
    this.cap.record(invitation.ruleId);
    this.bubble!.show(invitation, this.strings());
    emit(this, 'foyer-invitation-shown', invitation);
  }

  private hideInvitation(reason: FoyerInvitationDismissedDetail['reason']): void {
    const invitation = this.bubble?.hide();
    if (invitation) emit(this, 'foyer-invitation-dismissed', { ...invitation, reason });
  }

  private acceptInvitation(): void {
    const invitation = this.bubble?.hide();
    if (!invitation) return;
    emit(this, 'foyer-invitation-accepted', invitation);
    // Accepting is a gesture, like the button: focus goes to the message box.
    void this.openOn(invitation.topic).then(() => this.panel?.focus(), () => undefined);
  }

  /** Sessionless and tiny: plain fetch, no client. A failure just leaves the status dot hidden. */
  private async fetchAvailability(): Promise<void> {
    try {
      const topic = this.getAttribute('topic');
      const url = new URL('/v1/availability', this.baseUrl);
      if (topic) url.searchParams.set('topic', topic);
      const response = await fetch(url, { headers: { accept: 'application/json', 'accept-language': inheritedLang(this) || 'en' } });
      if (!response.ok) return;
      const body = (await response.json()) as { now?: { chat?: { available?: boolean } } };
      this.available = body.now?.chat?.available === true;
      this.render();
      emit(this, 'foyer-availability-change', { available: this.available });
    } catch {
      // Offline or blocked: the button still opens the chat, which explains itself.
    }
  }

  /** Runs `step` when the page is idle (soon anyway where there is no requestIdleCallback). */
  private whenIdle(step: () => void): void {
    if ('requestIdleCallback' in window) this.idleHandle = requestIdleCallback(step, { timeout: 4000 });
    else setTimeout(step, 200);
  }

  /** The panel's code, then its machines, each step in an idle moment of its own (never one long task). */
  private preload(): void {
    void this.loadRuntime().then((runtime) => runtime.warmUp((step) => this.whenIdle(step)), () => undefined);
  }

  private loadRuntime(): Promise<PanelRuntime> {
    this.runtime ??= import('./panel-runtime.js').catch((error: unknown) => {
      this.runtime = undefined;
      throw error;
    });
    return this.runtime;
  }

  private async ensureChat(): Promise<ChatHost> {
    const runtime = await this.loadRuntime();
    if (!this.chat) {
      const topic = this.getAttribute('topic');
      if (topic) this.conversationInput.topic = topic;
      this.chat = runtime.createChatHost({
        client: {
          baseUrl: () => this.baseUrl,
          namespace: this.namespace,
          locale: () => inheritedLang(this) || undefined,
          ...(this.getIdentityToken ? { getIdentityToken: () => this.getIdentityToken!() } : {}),
        },
        conversation: this.conversationInput,
        context: this.context,
      });
      const chat = this.chat;
      // The host outlives this element (it may be moved); the subscription lives as long as the host.
      chat.subscribe((snapshot) => {
        if (snapshot.unread === this.unread) return;
        this.unread = snapshot.unread;
        this.render();
        emit(this, 'foyer-unread-change', { count: this.unread });
      });
    }
    return this.chat;
  }

  private ensurePanel(): HTMLElement {
    if (!this.panel) {
      const panel = document.createElement('foyer-chat') as HTMLElement & { host?: ChatHost };
      panel.setAttribute('part', 'panel');
      panel.id = 'panel';
      panel.host = this.chat!;
      // The panel's minimise button: close, and give focus back to the button that opened it.
      panel.addEventListener('foyer-panel-close', (event) => {
        if (event.target !== panel) return;
        event.stopPropagation();
        this.close();
        this.button?.focus();
      });
      this.shadowRoot!.append(panel);
      this.button?.setAttribute('aria-controls', 'panel');
      this.panel = panel;
    }
    return this.panel;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-launcher': FoyerLauncher;
  }
}
