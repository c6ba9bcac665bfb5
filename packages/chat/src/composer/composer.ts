import { css, html, nothing } from 'lit';
import { ContextConsumer, FoyerElement, LocalizeController, chatHostContext, conversationActorContext, foyerClientContext, selectFromContext } from '@foyer/core/lit';
import type { ChatHost, ConversationActor, FoyerClient } from '@foyer/core';
import type { Upload } from './attachments.js';
import type * as Uploading from './upload.js';
import { addStyles } from '../internal/add-styles.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { codePointLength, maskCardNumbers } from '../chat/card-numbers.js';

/** Used until the session says otherwise. */
export const DEFAULT_MAX_CODE_POINTS = 2000;
const TYPING_REPEAT_MS = 5_000;

/**
 * @summary The message box: Enter sends, Shift+Enter adds a line, never while an input method is
 * composing; a code-point limit from the session with a counter; card numbers masked before sending.
 * @status experimental
 * @since 0.1
 *
 * @attr disabled - Nothing can be sent (no live conversation).
 * @csspart input - The textarea.
 * @csspart send - The send button.
 */
export class FoyerComposer extends FoyerElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        border-block-start: 1px solid var(--_border);
        padding: 0.5rem 0.75rem calc(0.5rem + env(safe-area-inset-bottom));
      }
      .row {
        display: flex;
        gap: 0.5rem;
        align-items: flex-end;
      }
      textarea {
        flex: 1;
        resize: none;
        max-block-size: 8rem;
        field-sizing: content;
      }
      .notes {
        font-size: 0.875rem;
        min-block-size: 0;
      }
      .attach svg {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        fill: currentColor;
      }
    `,
  ];
  static override properties = { disabled: { type: Boolean, reflect: true }, text: { state: true }, maskedNotice: { state: true }, uploads: { state: true } };

  declare disabled: boolean;
  /** What is typed: UI-local until sent. */
  private declare text: string;
  private declare maskedNotice: boolean;
  /** Files being attached (UI-only until sent). */
  private declare uploads: Upload[];
  #host?: ChatHost;
  /** The upload chunk: loaded when the customer first attaches a file, with what shows the uploads. */
  #uploading?: typeof Uploading;
  #uploadCounter = 0;
  #composing = false;
  #lastTypingAt = 0;
  #client?: FoyerClient;

  readonly #localize = new LocalizeController(this);
  readonly #conversationId = selectFromContext(this, conversationActorContext, (s) => s.context.conversationId);

  constructor() {
    super();
    // Reactive properties are declared (not class fields), so Lit's accessors are not shadowed.
    this.disabled = false;
    this.text = '';
    this.maskedNotice = false;
    this.uploads = [];
    new ContextConsumer(this, { context: foyerClientContext, callback: (client) => ((this.#client = client), this.requestUpdate()) });
    new ContextConsumer(this, { context: chatHostContext, callback: (host) => (this.#host = host) });
  }

  /** The session's limit in code points. */
  get maxCodePoints(): number {
    return this.#client?.session?.limits?.text.maxCodePoints ?? DEFAULT_MAX_CODE_POINTS;
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('textarea')?.focus(options);
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey) return;
    // An input method (Chinese, Japanese…) uses Enter to commit its candidate: never send then.
    if (event.isComposing || this.#composing || event.keyCode === 229) return;
    event.preventDefault();
    void this.send();
  }

  #onInput(event: InputEvent): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.maskedNotice = false;
    const id = this.#conversationId.value;
    const actor = this.#conversationId.source as ConversationActor | undefined;
    actor?.send({ type: 'ACTIVITY' });
    const now = Date.now();
    if (id && this.#client && this.text && now - this.#lastTypingAt > TYPING_REPEAT_MS) {
      this.#lastTypingAt = now;
      void this.#client.api.sendTyping(id, 'started').catch(() => undefined);
    }
  }

  /** Files picked by the customer: refused ones show why; the others upload with progress. */
  attach(files: Iterable<File>): void {
    const id = this.#conversationId.value;
    const host = this.#host;
    if (!id || !host) return;
    const picked = [...files].map((file) => {
      const upload: Upload = { key: `u${++this.#uploadCounter}`, name: file.name, sizeBytes: file.size, progress: 0, state: 'uploading' };
      return { file, upload };
    });
    // The upload chunk and the upload strings, both loaded on the first attachment.
    void Promise.all([import('./upload.js'), this.#localize.use('onDemand')]).then(
      ([uploading]) => {
        this.#uploading = uploading;
        addStyles(this.renderRoot as ShadowRoot, uploading.uploadStyles);
        uploading.uploadFiles(host, id, picked, this.#client?.session?.limits?.attachments, (change) => (this.uploads = change(this.uploads)));
      },
      () => (this.uploads = [...this.uploads, ...picked.map(({ upload }): Upload => ({ ...upload, state: 'rejected', problem: 'failed' }))]),
    );
  }

  get #busyUploading(): boolean {
    return this.uploads.some((u) => u.state === 'uploading' || u.state === 'scanning');
  }

  /** Sends what is typed (masked) with the ready attachments; false when there was nothing to send or it is too long. */
  async send(): Promise<boolean> {
    const id = this.#conversationId.value;
    const trimmed = this.text.trim();
    const ready = this.uploads.filter((u) => u.state === 'ready' && u.attachmentId);
    if (this.disabled || !id || !this.#client || this.#busyUploading || (!trimmed && !ready.length) || codePointLength(trimmed) > this.maxCodePoints) return false;
    const { text, masked } = maskCardNumbers(trimmed || ready.map((u) => u.name).join(', '));
    this.text = '';
    this.maskedNotice = masked;
    // Its notice is among the strings loaded on demand (the next render waits for them).
    if (masked) void this.#localize.use('onDemand');
    this.#lastTypingAt = 0;
    this.uploads = [];
    await this.#client.sendMessage(id, text, ready.length ? { attachmentIds: ready.map((u) => u.attachmentId!) } : {});
    void this.#client.api.sendTyping(id, 'stopped').catch(() => undefined);
    return true;
  }

  #renderUploads() {
    const t = this.#localize;
    const remove = (key: string) => (this.uploads = this.uploads.filter((u) => u.key !== key));
    const maxBytes = this.#client?.session?.limits?.attachments.maxBytes ?? 0;
    // Without the upload chunk (it could not be loaded) every upload failed: say so.
    return html`<ul class="uploads" aria-live="polite">
      ${this.#uploading?.renderUploads(t, this.uploads, maxBytes, remove) ??
      this.uploads.map((u) => html`<li><span class="error" role="alert">${t.term('attachmentFailed', u.name)}</span></li>`)}
    </ul>`;
  }

  override render() {
    const t = this.#localize;
    const max = this.maxCodePoints;
    const length = codePointLength(this.text.trim());
    const over = length - max;
    const nearLimit = length > max * 0.8;
    const ready = this.uploads.some((u) => u.state === 'ready');
    return html`${this.uploads.length ? this.#renderUploads() : nothing}
      <div class="row">
        <input id="file" type="file" hidden multiple
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            this.attach(input.files ?? []);
            input.value = '';
          }} />
        <button type="button" class="attach" part="attach" aria-label=${t.term('attachFile')} ?disabled=${this.disabled}
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#file')?.click()}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M16.5 6.5v9a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10a1.5 1.5 0 0 1-3 0V6.5H9V15a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v10.5a6 6 0 0 0 12 0v-9z"/></svg>
        </button>
        <label class="sr-only" for="input">${t.term('messageLabel')}</label>
        <textarea
          id="input"
          part="input"
          rows="1"
          .value=${this.text}
          ?disabled=${this.disabled}
          aria-describedby="notes"
          aria-invalid=${over > 0 ? 'true' : 'false'}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @compositionstart=${() => (this.#composing = true)}
          @compositionend=${() => (this.#composing = false)}
        ></textarea>
        <button type="button" class="primary" part="send" ?disabled=${this.disabled || !this.#conversationId.value || (length === 0 && !ready) || over > 0 || this.#busyUploading} @click=${() => void this.send()}>
          ${t.term('send')}
        </button>
      </div>
      <div id="notes" class="notes" role="status">
        ${over > 0 ? html`<span class="error">${t.term('tooLong', over)}</span>` : nearLimit ? html`<span class="muted">${t.term('charactersLeft', max - length, max)}</span>` : nothing}
        ${this.maskedNotice ? html`<span>${t.term('cardMasked')}</span>` : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-composer': FoyerComposer;
  }
}
