import { html, nothing } from 'lit';
import type { AttachmentRef, Message, MessagePart } from '../../api/types.js';
import { DeskLocalizeController } from '../../localize/desk-localize.js';
import { FoyerElement } from '@foyer/core/lit';
import { sharedStyles } from '../shared.styles.js';
import { transcriptStyles } from './transcript.styles.js';
import { renderInline, renderMarkdown } from './markdown.js';

/**
 * @summary A read-only transcript: customer, bot, agent and system messages with their parts.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskTranscript extends FoyerElement {
  static override properties = { messages: { attribute: false }, label: {}, download: { attribute: false } };
  static override styles = [sharedStyles, transcriptStyles];

  declare messages: Message[];
  /** Accessible name of the list. */
  declare label: string | undefined;
  /** Saves an available attachment; without it attachments are listed, not offered for download. */
  declare download: ((attachment: AttachmentRef) => void) | undefined;
  private readonly l10n = new DeskLocalizeController(this);

  constructor() {
    super();
    this.messages = [];
  }

  override render() {
    return html`<ol aria-label=${this.label ?? this.l10n.t('transcriptLabel')}>
      ${this.messages.map(
        (message) => html`<li class=${message.author.role} data-seq=${message.seq}>
          <div class="meta">
            <span>${this.author(message)}</span>
            <time datetime=${message.createdAt}>${this.l10n.formatTime(message.createdAt)}</time>
          </div>
          ${message.parts.map((part) => this.renderPart(part))}
          ${message.attachments.map((a) => this.renderAttachment(a))}
        </li>`,
      )}
    </ol>`;
  }

  private renderAttachment(a: AttachmentRef) {
    const download = this.download;
    if (a.status === 'available' && download) {
      return html`<p class="attachment">
        <button class="link" @click=${() => download(a)}>${this.l10n.t('downloadAttachment', a.name, this.l10n.fileSize(a.sizeBytes))}</button>
      </p>`;
    }
    return html`<p class="attachment ${a.status}">${this.l10n.attachment(a.name, a.sizeBytes, a.status)}</p>`;
  }

  private author(message: Message): string {
    const { role, displayName } = message.author;
    if (role === 'agent') return displayName ?? this.l10n.t('roleAgent');
    if (role === 'customer') return displayName ?? this.l10n.t('roleCustomer');
    if (role === 'bot') return displayName ?? this.l10n.t('roleBot');
    return this.l10n.t('roleSystem');
  }

  private renderPart(part: MessagePart) {
    switch (part.type) {
      case 'text':
        return html`<p>${part.text.split('\n').map((line, i) => html`${i > 0 ? html`<br />` : nothing}${line}`)}</p>`;
      case 'markdown':
        return renderMarkdown(part.markdown);
      case 'quick_replies':
        return html`${part.prompt ? html`<p>${renderInline(part.prompt)}</p>` : nothing}
          <div class="replies" aria-label=${this.l10n.t('quickRepliesOffered')} role="group">
            ${part.replies.map((r) => html`<span class="reply">${r.label}</span>`)}
          </div>`;
      case 'quick_reply_selection':
        return html`<p>${part.text}</p>`;
      case 'card':
        return html`<p><strong>${this.l10n.t('cardLabel', part.card.title)}</strong></p>
          ${part.card.subtitle ? html`<p>${part.card.subtitle}</p>` : nothing} ${part.card.text ? html`<p>${part.card.text}</p>` : nothing}`;
      case 'carousel':
        return html`${part.cards.map((card) => html`<p><strong>${this.l10n.t('cardLabel', card.title)}</strong></p>`)}`;
      case 'form_submission':
        return html`<dl>
          ${Object.entries(part.values).map(([k, v]) => html`<dt>${k}</dt><dd>${String(v)}</dd>`)}
        </dl>`;
      default:
        return html`<p class="muted">${this.l10n.t('unsupportedPart')}</p>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-transcript': FoyerDeskTranscript;
  }
}
