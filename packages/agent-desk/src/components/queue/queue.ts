import { html } from 'lit';
import type { AgentOffer, AgentQueueEntry, CustomerSummary } from '../../api/types.js';
import { DeskElement, errorMessage } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { queueStyles } from './queue.styles.js';

/**
 * @summary Incoming offers (accept / decline, time left), the agent's queues and the waiting customers.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskQueue extends DeskElement {
  static override properties = { ...DeskElement.properties, error: { state: true }, busy: { state: true } };
  static override styles = [sharedStyles, queueStyles];

  declare error: string | undefined;
  declare busy: string | undefined;
  private ticker: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Offer countdowns and wait times move every second.
    this.ticker = setInterval(() => this.requestUpdate(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  override render() {
    const desk = this.desk;
    if (!desk) return html``;
    const now = Date.now();
    return html`
      <section aria-labelledby="offers">
        <h2 id="offers">${this.l10n.t('offersHeading')}</h2>
        <div role="alert" class="error">${this.error ?? ''}</div>
        ${desk.offers.length === 0
          ? html`<p class="muted">${this.l10n.t('noOffers')}</p>`
          : html`<ul class="plain">
              ${desk.offers.map((offer) => this.renderOffer(offer, now))}
            </ul>`}
      </section>
      <section aria-labelledby="queues">
        <h2 id="queues">${this.l10n.t('queuesHeading')}</h2>
        <ul class="plain">
          ${desk.queues.map(
            (queue) => html`<li class="row">
              <span class="name">${queue.name}</span><span>${this.l10n.t('waitingCount', queue.waiting)}</span>
              ${queue.ewtSeconds !== undefined ? html`<span class="muted">${this.l10n.t('estimatedWait', this.l10n.formatDuration(queue.ewtSeconds))}</span>` : ''}
            </li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="waiting">
        <h2 id="waiting">${this.l10n.t('waitingHeading')}</h2>
        ${desk.entries.length === 0
          ? html`<p class="muted">${this.l10n.t('queueEmpty')}</p>`
          : html`<ul class="plain">
              ${desk.entries.map(
                (entry) => html`<li class="row">
                  <span class="name">${this.customerLabel(entry.customer, entry.conversationId)}</span>
                  ${entry.customer.tier ? html`<span>${this.l10n.t('tier', entry.customer.tier)}</span>` : ''}
                  ${entry.topic ? html`<span>${this.l10n.t('topic', entry.topic)}</span>` : ''}
                  <span class="muted">${this.l10n.t('waitedFor', this.l10n.formatDuration((now - Date.parse(entry.waitingSince)) / 1000))}</span>
                  ${entry.requeued ? html`<span class="muted">${this.l10n.t('requeued')}</span>` : ''}
                  ${isLeftMessage(entry)
                    ? html`<span>${this.l10n.t('leftMessage')}</span>
                        <button ?disabled=${this.busy === entry.conversationId} @click=${() => this.take(entry.conversationId)}>${this.l10n.t('answerMessage')}</button>`
                    : ''}
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }

  private renderOffer(offer: AgentOffer, now: number) {
    const left = Math.max(0, Math.ceil((Date.parse(offer.expiresAt) - now) / 1000));
    const name = this.customerLabel(offer.customer, offer.conversationId);
    const busy = this.busy === offer.conversationId;
    return html`<li class="offer" data-conversation=${offer.conversationId}>
      <div class="who">
        <div class="name">${this.l10n.t('offerFrom', name)}</div>
        ${offer.customer.tier ? html`<div>${this.l10n.t('tier', offer.customer.tier)}</div>` : ''}
        ${offer.topic ? html`<div>${this.l10n.t('topic', offer.topic)}</div>` : ''}
        <div class="muted">${left > 0 ? this.l10n.t('offerExpiresIn', left) : this.l10n.t('offerExpired')}</div>
      </div>
      <button class="primary" ?disabled=${busy || left === 0} @click=${() => this.act(offer, 'accept')}>${this.l10n.t('accept')}</button>
      <button ?disabled=${busy} @click=${() => this.act(offer, 'decline')}>${this.l10n.t('decline')}</button>
    </li>`;
  }

  private customerLabel(customer: CustomerSummary, conversationId: string): string {
    return this.l10n.customerName(customer, conversationId);
  }

  /** Takes a left message (no offer involved): accepted like an offer, answered in the same transcript. */
  private async take(conversationId: string): Promise<void> {
    if (!this.store) return;
    this.busy = conversationId;
    this.error = undefined;
    try {
      await this.store.accept(conversationId);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    } finally {
      this.busy = undefined;
    }
  }

  private async act(offer: AgentOffer, action: 'accept' | 'decline'): Promise<void> {
    if (!this.store) return;
    this.busy = offer.conversationId;
    this.error = undefined;
    try {
      await (action === 'accept' ? this.store.accept(offer.conversationId) : this.store.decline(offer.conversationId));
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    } finally {
      this.busy = undefined;
    }
  }
}

/**
 * A left message waits in the queue's inbox and is never offered (`leftMessage`, added to the
 * contract by the routing work; read defensively until the generated types carry it).
 */
function isLeftMessage(entry: AgentQueueEntry): boolean {
  return (entry as AgentQueueEntry & { leftMessage?: boolean }).leftMessage === true;
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-queue': FoyerDeskQueue;
  }
}
