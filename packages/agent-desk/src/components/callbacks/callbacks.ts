import { html } from 'lit';
import type { AgentCallback, AgentCallbackUpdate, CallbackStatus } from '../../api/types.js';
import { DeskElement, errorMessage } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { callbacksStyles } from './callbacks.styles.js';

const STATUSES: CallbackStatus[] = ['requested', 'scheduled', 'attempting', 'completed', 'failed', 'cancelled'];
const FINAL: CallbackStatus[] = ['completed', 'failed', 'cancelled'];
const UPDATES: AgentCallbackUpdate['status'][] = ['attempting', 'completed', 'failed'];

/**
 * @summary The callback list of the agent's queues, with a status filter and status updates.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskCallbacks extends DeskElement {
  static override properties = { ...DeskElement.properties, filter: { state: true }, error: { state: true } };
  static override styles = [sharedStyles, callbacksStyles];

  declare filter: CallbackStatus | '';
  declare error: string | undefined;

  constructor() {
    super();
    this.filter = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    await this.updateComplete;
    if (!this.store) return;
    this.error = undefined;
    try {
      await this.store.loadCallbacks(this.filter || undefined);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    }
  }

  override render() {
    const callbacks = this.desk?.callbacks ?? [];
    return html`
      <h2>${this.l10n.t('callbacksHeading')}</h2>
      <div class="bar">
        <label
          >${this.l10n.t('callbackStatus')}
          <select @change=${this.filterChanged}>
            <option value="" ?selected=${this.filter === ''}>${this.l10n.t('filterAll')}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${this.filter === s}>${this.l10n.callbackStatus(s)}</option>`)}
          </select></label
        >
        <button @click=${() => this.load()}>${this.l10n.t('refresh')}</button>
      </div>
      <div role="alert" class="error">${this.error ?? ''}</div>
      ${callbacks.length === 0
        ? html`<p class="muted">${this.l10n.t('callbacksEmpty')}</p>`
        : html`<ul class="plain">
            ${callbacks.map((item) => this.renderCallback(item))}
          </ul>`}
    `;
  }

  private renderCallback(item: AgentCallback) {
    const { callback, customer } = item;
    const when = callback.asap || !callback.scheduledFor ? this.l10n.t('callbackAsap') : this.l10n.t('callbackAt', this.l10n.formatDate(callback.scheduledFor, { dateStyle: 'medium', timeStyle: 'short' }));
    const final = FINAL.includes(callback.status);
    return html`<li data-callback=${callback.id}>
      <div class="facts">
        <strong>${customer.displayName ?? this.l10n.t('guest')}</strong>
        <a href=${`tel:${callback.phoneE164}`}>${callback.phoneE164}</a>
        <span>${when}</span>
        ${callback.topic ? html`<span>${this.l10n.t('topic', callback.topic)}</span>` : ''}
        <span>${this.l10n.t('callbackStatusIs', this.l10n.callbackStatus(callback.status))}</span>
      </div>
      ${item.note ? html`<p class="muted">${item.note}</p>` : ''}
      ${final
        ? ''
        : html`<form @submit=${(e: SubmitEvent) => this.submitUpdate(e, callback.id)}>
            <label
              >${this.l10n.t('callbackStatus')}
              <select name="status">
                ${UPDATES.map((s) => html`<option value=${s}>${this.l10n.callbackStatus(s)}</option>`)}
              </select></label
            >
            <label>${this.l10n.t('callbackNote')}<input name="note" maxlength="2000" /></label>
            <button class="primary" type="submit">${this.l10n.t('callbackUpdate')}</button>
          </form>`}
    </li>`;
  }

  private filterChanged(event: Event): void {
    this.filter = (event.target as HTMLSelectElement).value as CallbackStatus | '';
    void this.load();
  }

  private async submitUpdate(event: SubmitEvent, callbackId: string): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const status = String(data.get('status')) as AgentCallbackUpdate['status'];
    const note = String(data.get('note') ?? '').trim();
    this.error = undefined;
    try {
      await this.store?.updateCallback(callbackId, { status, ...(note ? { note } : {}) });
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-callbacks': FoyerDeskCallbacks;
  }
}
