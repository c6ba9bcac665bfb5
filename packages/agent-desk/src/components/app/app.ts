import { html, type PropertyValues } from 'lit';
import { DeskStore } from '../../state/desk-store.js';
import { BrowserOfferAlerts, type OfferAlerts } from '../../state/offer-alert.js';
import { isOnHold, type DeskView } from '../../state/desk-state.js';
import { DeskElement } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { appStyles } from './app.styles.js';

/**
 * @summary The agent desk: sign-in, then presence, the queue with offers, several chats at once
 * and callbacks. Alerts new offers with a beep (once a gesture unlocked audio) and the page title.
 * @status experimental
 * @since 0.1
 * @cssproperty --foyer-desk-sys-color-primary - Accent colour of primary actions.
 */
export class FoyerDeskApp extends DeskElement {
  static override styles = [sharedStyles, appStyles];

  static override properties = { ...DeskElement.properties, muted: { state: true } };

  /** Plays the beep and flashes the title; replaceable for tests and hosts. */
  alerts: OfferAlerts | undefined;
  /** The agent switched the beep off (remembered in this browser); the title still flashes. */
  declare muted: boolean;
  private knownOffers = new Set<string>();
  private ownsStore = false;

  constructor() {
    super();
    this.muted = readMuted();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.store) {
      this.ownsStore = true;
      this.store = new DeskStore({ locale: () => this.l10n.lang() });
    }
    this.alerts ??= new BrowserOfferAlerts(this.ownerDocument);
    if (this.store.getSnapshot().session && this.store.getSnapshot().stream === 'closed') void this.store.start().catch(() => undefined);
    this.ownerDocument.addEventListener('visibilitychange', this.visibilityChanged);
  }

  /** Messages that arrived while the page was hidden count as read once the agent is back on the open chat. */
  private readonly visibilityChanged = (): void => {
    const desk = this.desk;
    if (this.ownerDocument.visibilityState === 'visible' && desk?.view === 'chat' && desk.activeChatId) void this.store?.markRead(desk.activeChatId);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('visibilitychange', this.visibilityChanged);
    this.alerts?.dispose();
    this.alerts = undefined;
    // A desk that is not on the page must not hold offers (the server withdraws them when no desk stream is open).
    if (this.ownsStore) this.store?.dispose();
    else this.store?.stopStream();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const offers = this.desk?.offers ?? [];
    const fresh = offers.filter((o) => !this.knownOffers.has(o.id));
    if (fresh.length > 0 && !this.muted) this.alerts?.ring();
    this.knownOffers = new Set(offers.map((o) => o.id));
    this.alerts?.setBaseTitle(this.l10n.t('appTitle'));
    this.alerts?.pending(offers.length, (count) => this.l10n.t('titleOffers', count));
  }

  override render() {
    const desk = this.desk;
    if (!desk) return html``;
    if (!desk.session) return html`<main class="signed-out"><foyer-desk-sign-in .store=${this.store}></foyer-desk-sign-in></main>${this.liveRegion()}`;
    return html`
      <header>
        <h1>${this.l10n.t('appTitle')}</h1>
        <foyer-desk-presence .store=${this.store}></foyer-desk-presence>
        <span class="muted" role="status">${desk.stream === 'open' ? this.l10n.t('streamConnected') : desk.stream === 'reconnecting' ? this.l10n.t('streamReconnecting') : ''}</span>
        <button aria-pressed=${this.muted ? 'false' : 'true'} @click=${this.toggleSound}>${this.l10n.t('soundAlerts')}</button>
        <span>${desk.session.displayName}</span>
        <button @click=${this.signOut}>${this.l10n.t('signOut')}</button>
      </header>
      <nav aria-label=${this.l10n.t('navLabel')}>
        <ul>
          <li>${this.navButton('queue', undefined, this.l10n.t('navQueue'), desk.offers.length)}</li>
          <li>${this.navButton('callbacks', undefined, this.l10n.t('navCallbacks'), 0)}</li>
          <li>${this.navButton('history', undefined, this.l10n.t('navHistory'), 0)}</li>
          ${desk.chats.map(
            (chat) =>
              html`<li class=${chat.ended ? 'ended' : ''}>
                ${this.navButton('chat', chat.id, this.l10n.customerName(chat.summary.customer, chat.id), chat.unread, isOnHold(chat) ? this.l10n.t('onHold') : undefined)}
              </li>`,
          )}
        </ul>
      </nav>
      <main tabindex="0">${this.renderView()}</main>
      ${this.liveRegion()}
    `;
  }

  private readonly toggleSound = (): void => {
    this.muted = !this.muted;
    try {
      localStorage.setItem(MUTED_KEY, this.muted ? '1' : '0');
    } catch {
      // Storage blocked: the choice lasts for this page.
    }
  };

  /** Signs out; the session is forgotten here even when the server cannot be reached to revoke it. */
  private readonly signOut = (): void => {
    void this.store?.signOut().catch(() => undefined);
  };

  private navButton(view: DeskView, chatId: string | undefined, label: string, count: number, status?: string) {
    const desk = this.desk!;
    const current = desk.view === view && (view !== 'chat' || desk.activeChatId === chatId);
    return html`<button aria-current=${current ? 'page' : 'false'} @click=${() => this.store?.select(view, chatId)}>
      ${label}
      ${status ? html`<span class="status">${status}</span>` : ''}
      ${count > 0
        ? html`<span class="badge" aria-hidden="true">${this.l10n.formatNumber(count)}</span
            ><span class="visually-hidden">${view === 'queue' ? this.l10n.t('titleOffers', count) : this.l10n.t('unreadCount', count)}</span>`
        : ''}
    </button>`;
  }

  private renderView() {
    const desk = this.desk!;
    switch (desk.view) {
      case 'callbacks':
        return html`<foyer-desk-callbacks .store=${this.store}></foyer-desk-callbacks>`;
      case 'history':
        return html`<foyer-desk-history .store=${this.store}></foyer-desk-history>`;
      case 'chat':
        return html`<foyer-desk-chat .store=${this.store} chat-id=${desk.activeChatId ?? ''}></foyer-desk-chat>`;
      default:
        return html`<foyer-desk-queue .store=${this.store}></foyer-desk-queue>`;
    }
  }

  /** A separate, pruned live region: only the latest offer or message is announced. */
  private liveRegion() {
    const a = this.desk?.announcement;
    const text = !a ? '' : a.kind === 'offer' ? this.l10n.t('announceOffer', a.name || this.l10n.t('guest')) : this.l10n.t('announceMessage', a.name || this.l10n.t('roleCustomer'), a.text);
    return html`<div class="visually-hidden" role="log" aria-live="polite" aria-atomic="false">${text ? html`<p>${text}</p>` : ''}</div>`;
  }
}

const MUTED_KEY = 'foyer-desk-muted';

function readMuted(): boolean {
  try {
    return localStorage.getItem(MUTED_KEY) === '1';
  } catch {
    return false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-app': FoyerDeskApp;
  }
}
