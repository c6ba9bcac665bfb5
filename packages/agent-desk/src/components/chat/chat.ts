import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { saveAttachment } from '../../api/desk-attachments.js';
import type { AttachmentRef } from '../../api/types.js';
import { isOnHold } from '../../state/desk-state.js';
import { DeskElement, errorMessage } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { chatStyles } from './chat.styles.js';

/**
 * @summary One chat: transcript, customer typing, composer, hold/resume, transfer and end (both
 * confirmed in a native dialog), and the context panel beside it.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskChat extends DeskElement {
  static override properties = { ...DeskElement.properties, chatId: { attribute: 'chat-id' }, error: { state: true }, holdPending: { state: true } };
  static override styles = [sharedStyles, chatStyles];

  declare chatId: string;
  declare error: string | undefined;
  /** A hold or resume is on its way; the button waits so a double click cannot flip it twice. */
  declare holdPending: boolean;

  constructor() {
    super();
    this.chatId = '';
    this.holdPending = false;
  }

  private get chat() {
    return this.desk?.chats.find((c) => c.id === this.chatId);
  }

  private stickToBottom = true;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const scroller = this.renderRoot.querySelector('.scroll');
    // Follow new messages only while the agent is at the end; reading history is not interrupted.
    this.stickToBottom = changed.has('chatId') || !scroller || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 48;
    if (changed.has('chatId')) this.error = undefined;
  }

  protected override updated(): void {
    const scroller = this.renderRoot.querySelector('.scroll');
    // Scrolling only; focus never moves without the agent's action.
    if (scroller && this.stickToBottom) scroller.scrollTop = scroller.scrollHeight;
  }

  override render() {
    const chat = this.chat;
    if (!chat) return html`<p class="muted">${this.l10n.t('noChats')}</p>`;
    const name = this.l10n.customerName(chat.summary.customer, chat.id);
    const queues = this.desk?.queues ?? [];
    const held = isOnHold(chat);
    return html`
      <div class="main">
        <header>
          <h2>${name}</h2>
          ${held ? html`<span class="status">${this.l10n.t('onHold')}</span>` : nothing}
          ${chat.ended
            ? html`<button @click=${() => this.store?.closeChat(chat.id)}>${this.l10n.t('closeChat')}</button>`
            : html`<button @click=${() => this.open('transfer')}>${this.l10n.t('transfer')}</button>
                <button class="hold" ?disabled=${this.holdPending} @click=${() => void this.toggleHold(!held)}>
                  ${this.l10n.t(held ? 'resume' : 'hold')}
                </button>
                <button class="danger" @click=${() => this.open('end')}>${this.l10n.t('endChat')}</button>`}
        </header>
        <div class="scroll" tabindex="0" role="region" aria-label=${this.l10n.t('transcriptLabel')}>
          <foyer-desk-transcript .messages=${chat.messages} .download=${this.download}></foyer-desk-transcript>
        </div>
        <div class="typing muted" aria-live="polite">
          ${chat.customerTyping
            ? this.l10n.t('customerTyping', name)
            : chat.idleWarningSeconds !== undefined && !chat.ended
              ? this.l10n.t('customerIdleWarned', name, this.l10n.formatNumber(Math.max(1, Math.ceil(chat.idleWarningSeconds / 60))))
              : ''}
        </div>
        <div>
          <div role="alert" class="error">${this.error ?? ''}</div>
          ${chat.ended
            ? html`<p class="ended">${this.l10n.t('chatEnded')}</p>`
            : // One composer per chat, so a draft never follows the agent into another customer's chat.
              keyed(chat.id, html`<foyer-desk-composer .store=${this.store} chat-id=${chat.id}></foyer-desk-composer>`)}
        </div>
      </div>
      <foyer-desk-context-panel .view=${chat.view} .customer=${chat.summary.customer}></foyer-desk-context-panel>

      <dialog id="transfer" aria-labelledby="transfer-title" @close=${this.restoreFocus}>
        <form method="dialog" @submit=${this.transfer}>
          <h2 id="transfer-title">${this.l10n.t('transfer')}</h2>
          <label
            >${this.l10n.t('transferTo')}
            <select name="queueId" required>
              ${queues.map((q) => html`<option value=${q.id} ?selected=${q.id === chat.summary.queueId}>${q.name}</option>`)}
            </select></label
          >
          <label>${this.l10n.t('transferNote')}<textarea name="note" maxlength="2000"></textarea></label>
          <div class="actions">
            <button type="button" @click=${() => this.close('transfer')}>${this.l10n.t('cancel')}</button>
            <button class="primary" type="submit">${this.l10n.t('transferConfirm')}</button>
          </div>
        </form>
      </dialog>
      <dialog id="end" aria-labelledby="end-title" @close=${this.restoreFocus}>
        <form method="dialog" @submit=${this.end}>
          <h2 id="end-title">${this.l10n.t('endConfirmQuestion')}</h2>
          <label>${this.l10n.t('endNote')}<textarea name="reason"></textarea></label>
          <div class="actions">
            <button type="button" @click=${() => this.close('end')}>${this.l10n.t('cancel')}</button>
            <button class="danger" type="submit">${this.l10n.t('endConfirm')}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private opener: HTMLElement | undefined;

  /** Arrow property: one identity, so the transcript does not re-render for it. */
  private readonly download = async (attachment: AttachmentRef): Promise<void> => {
    if (!this.store) return;
    this.error = undefined;
    try {
      await saveAttachment(this.store.api, attachment);
    } catch (error) {
      this.error = this.l10n.t('downloadFailed', attachment.name, errorMessage(this.l10n, error));
    }
  };

  private open(id: 'transfer' | 'end'): void {
    this.opener = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | undefined;
    this.error = undefined;
    this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`)?.showModal();
  }

  private close(id: 'transfer' | 'end'): void {
    this.renderRoot.querySelector<HTMLDialogElement>(`#${id}`)?.close();
  }

  private restoreFocus(): void {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = undefined;
  }

  private async toggleHold(hold: boolean): Promise<void> {
    if (!this.store) return;
    this.error = undefined;
    this.holdPending = true;
    try {
      await this.store.setHold(this.chatId, hold);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    } finally {
      this.holdPending = false;
    }
  }

  private async transfer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const queueId = String(data.get('queueId') ?? '');
    const note = String(data.get('note') ?? '').trim();
    this.close('transfer');
    if (!this.store || !queueId) return;
    try {
      await this.store.transfer(this.chatId, queueId, note || undefined);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    }
  }

  private async end(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const reason = String(data.get('reason') ?? '').trim();
    this.close('end');
    if (!this.store) return;
    try {
      await this.store.end(this.chatId, reason || undefined);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-chat': FoyerDeskChat;
  }
}
