import { html, nothing } from 'lit';
import { FoyerElement } from '@foyer/core/lit';
import type { AgentConversationView, CustomerSummary } from '../../api/types.js';
import { DeskLocalizeController } from '../../localize/desk-localize.js';
import { sharedStyles } from '../shared.styles.js';
import { contextPanelStyles } from './context-panel.styles.js';

/**
 * @summary What the agent knows beside a chat: the customer, the page, the product, what the bot
 * collected (`bot.*`), the bot conversation, searches and earlier interactions.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskContextPanel extends FoyerElement {
  static override properties = { view: { attribute: false }, customer: { attribute: false } };
  static override styles = [sharedStyles, contextPanelStyles];

  declare view: AgentConversationView | undefined;
  /** Shown while the view loads. */
  declare customer: CustomerSummary | undefined;
  private readonly l10n = new DeskLocalizeController(this);

  override render() {
    const view = this.view;
    const customer = view?.customer ?? this.customer;
    const raw = view?.context.raw ?? view?.conversation.context ?? {};
    const botDetails = Object.entries(raw).filter(([key]) => key.startsWith('bot.'));
    return html`
      <h2>${this.l10n.t('contextHeading')}</h2>
      <section aria-labelledby="customer">
        <h3 id="customer">${this.l10n.t('customerHeading')}</h3>
        ${customer
          ? html`<dl>
              <dt>${this.l10n.t('nameLabel')}</dt>
              <dd>${this.l10n.customerName(customer, view?.conversation.id)}</dd>
              <dt>${this.l10n.t('identityLabel')}</dt>
              <dd>${customer.kind === 'customer' ? this.l10n.t('verified') : this.l10n.t('guest')}</dd>
              ${customer.tier ? html`<dt>${this.l10n.t('tierLabel')}</dt><dd>${customer.tier}</dd>` : nothing}
            </dl>`
          : nothing}
      </section>
      ${view?.transferNote
        ? html`<section><h3>${this.l10n.t('transferNoteHeading')}</h3><p>${view.transferNote}</p></section>`
        : nothing}
      <section aria-labelledby="page">
        <h3 id="page">${this.l10n.t('pageHeading')}</h3>
        ${view?.context.pageUrl || view?.context.pageTitle
          ? html`<dl>
              ${view.context.pageTitle ? html`<dt>${this.l10n.t('pageTitleLabel')}</dt><dd>${view.context.pageTitle}</dd>` : nothing}
              ${view.context.pageUrl ? html`<dt>${this.l10n.t('pageUrlLabel')}</dt><dd>${view.context.pageUrl}</dd>` : nothing}
              ${view.context.product ? html`<dt>${this.l10n.t('productLabel')}</dt><dd>${view.context.product}</dd>` : nothing}
            </dl>`
          : html`<p class="muted">${this.l10n.t('none')}</p>`}
      </section>
      <section aria-labelledby="bot">
        <h3 id="bot">${this.l10n.t('botDetailsHeading')}</h3>
        ${botDetails.length
          ? html`<dl>${botDetails.map(([key, value]) => html`<dt>${this.l10n.botKey(key.slice(4))}</dt><dd>${value}</dd>`)}</dl>`
          : html`<p class="muted">${this.l10n.t('none')}</p>`}
      </section>
      <section>
        <details>
          <summary>${this.l10n.t('botTranscriptHeading')} (${this.l10n.formatNumber(view?.botTranscript.length ?? 0)})</summary>
          <foyer-desk-transcript .messages=${view?.botTranscript ?? []} label=${this.l10n.t('botTranscriptHeading')}></foyer-desk-transcript>
        </details>
      </section>
      <section aria-labelledby="searches">
        <h3 id="searches">${this.l10n.t('searchesHeading')}</h3>
        ${view?.searches.length
          ? html`<ul>
              ${view.searches.map(
                (s) =>
                  html`<li>
                    <q>${s.query}</q> <span class="muted">${this.l10n.formatTime(s.at)}</span>
                    ${s.source === 'bot_faq'
                      ? html`<br /><span class="muted">${s.faqTitle ? this.l10n.t('searchFoundFaq', s.faqTitle) : this.l10n.t('searchNoMatch')}</span>`
                      : nothing}
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${this.l10n.t('none')}</p>`}
      </section>
      <section aria-labelledby="earlier">
        <h3 id="earlier">${this.l10n.t('earlierHeading')}</h3>
        ${view?.earlierInteractions.length
          ? html`<ul>
              ${view.earlierInteractions.map(
                (i) => html`<li>${this.l10n.formatDate(i.startedAt)} · ${this.l10n.channel(i.channel)}${i.subject ? html` · ${i.subject}` : nothing}</li>`,
              )}
            </ul>`
          : html`<p class="muted">${this.l10n.t('none')}</p>`}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-context-panel': FoyerDeskContextPanel;
  }
}
