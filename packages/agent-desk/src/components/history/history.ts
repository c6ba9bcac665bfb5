import { html } from 'lit';
import type { AgentConversationSummary } from '../../api/types.js';
import { DeskElement, errorMessage } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { historyStyles } from './history.styles.js';

/**
 * @summary The agent's earlier (ended) chats, newest first, a page at a time with "Show more".
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskHistory extends DeskElement {
  static override properties = { ...DeskElement.properties, error: { state: true }, loading: { state: true } };
  static override styles = [sharedStyles, historyStyles];

  declare error: string | undefined;
  declare loading: boolean;

  constructor() {
    super();
    this.loading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(false);
  }

  private async load(more: boolean): Promise<void> {
    await this.updateComplete;
    if (!this.store) return;
    this.error = undefined;
    this.loading = true;
    try {
      await this.store.loadHistory(more);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    } finally {
      this.loading = false;
    }
  }

  override render() {
    const history = this.desk?.history;
    return html`
      <h2>${this.l10n.t('historyHeading')}</h2>
      <div role="alert" class="error">${this.error ?? ''}</div>
      ${history && history.items.length === 0 ? html`<p class="muted">${this.l10n.t('historyEmpty')}</p>` : ''}
      ${history?.items.length ? html`<ul class="plain">${history.items.map((item) => this.renderItem(item))}</ul>` : ''}
      ${history?.nextCursor ? html`<button ?disabled=${this.loading} @click=${() => this.load(true)}>${this.l10n.t('historyMore')}</button>` : ''}
    `;
  }

  private renderItem({ conversation, customer }: AgentConversationSummary) {
    const ended = conversation.endedAt ? this.l10n.formatDate(conversation.endedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '';
    return html`<li data-conversation=${conversation.id}>
      <strong>${this.l10n.customerName(customer, conversation.id)}</strong>
      ${conversation.topic ? html`<span>${this.l10n.t('topic', conversation.topic)}</span>` : ''}
      <span class="muted">${this.l10n.t('historyEnded', ended, this.l10n.endReason(conversation.endReason ?? 'system'))}</span>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-history': FoyerDeskHistory;
  }
}
