import { html } from 'lit';
import type { AgentMessagePart, CannedResponse } from '../../api/types.js';
import { uploadAttachment } from '../../api/desk-attachments.js';
import { DeskElement, errorMessage } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { composerStyles } from './composer.styles.js';

/** Re-send `typing.started` at most this often while the agent types; `stopped` after this long idle. */
const TYPING_REPEAT_MS = 3_000;
const TYPING_IDLE_MS = 5_000;

type Mode = 'text' | 'canned' | 'quick';

/** A file picked for the next message. */
interface PendingUpload {
  key: number;
  name: string;
  sizeBytes: number;
  /** 0…1 while the bytes go up. */
  progress: number;
  state: 'uploading' | 'ready';
  attachmentId?: string;
}

/**
 * @summary The reply composer: Enter sends, Shift+Enter adds a line (never while an input method is
 * composing), canned responses picker, quick replies form; reports the agent's typing, throttled.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskComposer extends DeskElement {
  static override properties = {
    ...DeskElement.properties,
    chatId: { attribute: 'chat-id' },
    disabled: { type: Boolean },
    mode: { state: true },
    canned: { state: true },
    error: { state: true },
    sending: { state: true },
    uploads: { state: true },
  };
  static override styles = [sharedStyles, composerStyles];

  declare chatId: string;
  declare disabled: boolean;
  declare mode: Mode;
  declare canned: CannedResponse[] | undefined;
  declare error: string | undefined;
  declare sending: boolean;
  declare uploads: PendingUpload[];
  private uploadKey = 0;
  private cannedId: string | undefined;
  private typingSentAt = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.chatId = '';
    this.disabled = false;
    this.mode = 'text';
    this.sending = false;
    this.uploads = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTyping();
    clearTimeout(this.searchTimer);
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  override render() {
    return html`
      <div role="alert" class="error">${this.error ?? ''}</div>
      ${this.mode === 'canned' ? this.renderCanned() : ''} ${this.mode === 'quick' ? this.renderQuick() : ''} ${this.renderUploads()}
      <div class="row">
        <label class="visually-hidden" for="reply">${this.l10n.t('composerLabel')}</label>
        <textarea
          id="reply"
          aria-describedby="hint"
          ?disabled=${this.disabled}
          @keydown=${this.keydown}
          @input=${this.typed}
          @blur=${() => this.stopTyping()}
        ></textarea>
        <button class="primary" ?disabled=${this.disabled || this.sending} @click=${() => this.sendText()}>${this.l10n.t('send')}</button>
      </div>
      <div class="tools">
        <button aria-expanded=${this.mode === 'canned'} ?disabled=${this.disabled} @click=${() => this.toggle('canned')}>${this.l10n.t('cannedButton')}</button>
        <button aria-expanded=${this.mode === 'quick'} ?disabled=${this.disabled} @click=${() => this.toggle('quick')}>${this.l10n.t('quickRepliesButton')}</button>
        <label class="attach ${this.disabled ? 'disabled' : ''}"
          ><input type="file" class="visually-hidden" multiple ?disabled=${this.disabled} @change=${this.picked} />${this.l10n.t('attachButton')}</label
        >
        <span id="hint" class="muted">${this.l10n.t('composerHint')}</span>
      </div>
    `;
  }

  private renderUploads() {
    if (this.uploads.length === 0) return '';
    return html`<ul class="plain uploads" aria-label=${this.l10n.t('uploadsLabel')}>
      ${this.uploads.map(
        (u) => html`<li>
          <span>${u.name} <span class="muted">${this.l10n.fileSize(u.sizeBytes)}</span></span>
          ${u.state === 'uploading'
            ? html`<progress max="1" .value=${u.progress} aria-label=${this.l10n.t('uploadProgress', u.name)}></progress>`
            : html`<span class="muted">${this.l10n.t('uploadReady')}</span>`}
          <button aria-label=${this.l10n.t('removeUpload', u.name)} @click=${() => this.removeUpload(u.key)}>×</button>
        </li>`,
      )}
    </ul>`;
  }

  private picked(event: Event): void {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Cleared so picking the same file again still fires a change.
    input.value = '';
    this.error = undefined;
    for (const file of files) void this.upload(file);
  }

  private async upload(file: File): Promise<void> {
    if (!this.store || !this.chatId) return;
    const key = ++this.uploadKey;
    const update = (change: Partial<PendingUpload>) => (this.uploads = this.uploads.map((u) => (u.key === key ? { ...u, ...change } : u)));
    this.uploads = [...this.uploads, { key, name: file.name, sizeBytes: file.size, progress: 0, state: 'uploading' }];
    try {
      const attachment = await uploadAttachment(this.store.api, this.chatId, file, (progress) => update({ progress }));
      if (attachment.status !== 'available') throw Object.assign(new Error(`attachment ${attachment.status}`), { code: attachment.status === 'rejected' ? 'attachment_rejected' : 'attachment_not_ready' });
      update({ state: 'ready', attachmentId: attachment.id });
    } catch (error) {
      this.removeUpload(key);
      this.error = this.l10n.t('uploadFailed', file.name, errorMessage(this.l10n, error));
    }
  }

  private removeUpload(key: number): void {
    this.uploads = this.uploads.filter((u) => u.key !== key);
  }

  private renderCanned() {
    return html`<div class="panel canned">
      <label>${this.l10n.t('cannedSearch')}<input type="search" @input=${this.search} @keydown=${this.escape} /></label>
      ${this.canned && this.canned.length === 0 ? html`<p class="muted">${this.l10n.t('cannedNone')}</p>` : ''}
      <ul class="plain">
        ${(this.canned ?? []).map(
          (item) => html`<li>
            <button aria-label=${this.l10n.t('cannedInsert', item.title)} @click=${() => this.insertCanned(item)}>
              <strong>${item.title}</strong>${item.shortcut ? html` <span class="muted">${item.shortcut}</span>` : ''}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderQuick() {
    return html`<form class="panel" @submit=${this.sendQuick} @keydown=${this.escape}>
      <label>${this.l10n.t('quickRepliesPrompt')}<input name="prompt" /></label>
      <label
        >${this.l10n.t('quickRepliesOptions')}<textarea name="options" aria-describedby="options-hint"></textarea
        ><span id="options-hint" class="muted">${this.l10n.t('quickRepliesOptionsHint')}</span></label
      >
      <div class="tools">
        <button class="primary" type="submit">${this.l10n.t('quickRepliesSend')}</button>
        <button type="button" @click=${() => this.toggle('text')}>${this.l10n.t('cancel')}</button>
      </div>
    </form>`;
  }

  private toggle(mode: Mode): void {
    this.mode = this.mode === mode ? 'text' : mode;
    this.error = undefined;
    if (this.mode === 'canned') void this.loadCanned('');
    void this.updateComplete.then(() => {
      // Focus follows the agent's click into the panel just opened (a user gesture).
      const target = this.mode === 'text' ? this.textarea : this.renderRoot.querySelector<HTMLElement>('.panel input');
      target?.focus();
    });
  }

  private escape(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.toggle('text');
    }
  }

  private search(event: InputEvent): void {
    const q = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.loadCanned(q), 200);
  }

  private async loadCanned(q: string): Promise<void> {
    if (!this.store) return;
    try {
      this.canned = await this.store.api.listCannedResponses(q || undefined, this.l10n.lang());
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    }
  }

  private insertCanned(item: CannedResponse): void {
    const text = item.parts
      .map((part) => (part.type === 'text' ? part.text : part.type === 'markdown' ? part.markdown : ''))
      .filter(Boolean)
      .join('\n');
    const textarea = this.textarea;
    if (textarea) {
      const { selectionStart, selectionEnd, value } = textarea;
      textarea.value = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
      textarea.selectionStart = textarea.selectionEnd = selectionStart + text.length;
    }
    if (textarea) this.store?.drafts.set(this.chatId, textarea.value);
    this.cannedId = item.id;
    this.mode = 'text';
    void this.updateComplete.then(() => this.textarea?.focus());
  }

  private keydown(event: KeyboardEvent): void {
    // While an input method composes (Chinese, Japanese...), Enter confirms the candidate.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    void this.sendText();
  }

  protected override firstUpdated(): void {
    const draft = this.store?.drafts.get(this.chatId);
    if (draft && this.textarea) this.textarea.value = draft;
  }

  private typed(): void {
    if (!this.store || !this.chatId) return;
    this.store.drafts.set(this.chatId, this.textarea?.value ?? '');
    const now = Date.now();
    if (now - this.typingSentAt > TYPING_REPEAT_MS) {
      this.typingSentAt = now;
      this.store.sendTyping(this.chatId, 'started');
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  private stopTyping(): void {
    clearTimeout(this.idleTimer);
    if (this.typingSentAt === 0) return;
    this.typingSentAt = 0;
    if (this.store && this.chatId) this.store.sendTyping(this.chatId, 'stopped');
  }

  private async sendText(): Promise<void> {
    const textarea = this.textarea;
    const text = textarea?.value.trim() ?? '';
    if (this.uploads.some((u) => u.state === 'uploading')) {
      this.error = this.l10n.t('uploadStillRunning');
      return;
    }
    const ready = this.uploads.filter((u) => u.attachmentId);
    if (!textarea || (!text && ready.length === 0)) return;
    // A message needs a part: files sent alone carry their names as the text.
    const parts: AgentMessagePart[] = [{ type: 'text', text: text || ready.map((u) => u.name).join(', ') }];
    // The box empties at once, so the next reply can be typed while this one is on its way; a failed
    // send gives its text back unless something new was typed meanwhile.
    const draft = textarea.value;
    textarea.value = '';
    const sent = await this.send(parts, this.cannedId, ready.map((u) => u.attachmentId!));
    if (sent) {
      this.uploads = this.uploads.filter((u) => !ready.includes(u));
      if (!textarea.value) this.store?.drafts.delete(this.chatId);
      this.cannedId = undefined;
    } else if (!textarea.value) {
      textarea.value = draft;
    }
  }

  private async sendQuick(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const prompt = String(data.get('prompt') ?? '').trim();
    const labels = String(data.get('options') ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (labels.length === 0) {
      this.error = this.l10n.t('quickRepliesOptionsHint');
      return;
    }
    const part: AgentMessagePart = { type: 'quick_replies', ...(prompt ? { prompt } : {}), replies: labels.map((label, i) => ({ id: `r${i + 1}`, label })) };
    if (await this.send([part])) this.toggle('text');
  }

  private async send(parts: AgentMessagePart[], cannedResponseId?: string, attachmentIds?: string[]): Promise<boolean> {
    if (!this.store || !this.chatId) return false;
    this.sending = true;
    this.error = undefined;
    this.stopTyping();
    try {
      await this.store.send(this.chatId, parts, cannedResponseId, attachmentIds);
      return true;
    } catch (error) {
      // The text stays in the composer, so nothing typed is lost.
      this.error = `${this.l10n.t('sendFailed')} ${errorMessage(this.l10n, error)}`;
      return false;
    } finally {
      this.sending = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-composer': FoyerDeskComposer;
  }
}
