import { css, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { FoyerElement, LocalizeController, conversationActorContext, foyerClientContext, selectFromContext } from '@foyer/core/lit';
import type { ConversationActor, FoyerClient } from '@foyer/core';
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
    `,
  ];
  static override properties = { disabled: { type: Boolean, reflect: true }, text: { state: true }, maskedNotice: { state: true } };

  declare disabled: boolean;
  /** What is typed: UI-local until sent. */
  private declare text: string;
  private declare maskedNotice: boolean;
  private composing = false;
  private lastTypingAt = 0;
  private client?: FoyerClient;

  private readonly localize = new LocalizeController(this);
  private readonly conversationId = selectFromContext(this, conversationActorContext, (s) => s.context.conversationId);

  constructor() {
    super();
    // Reactive properties are declared (not class fields), so Lit's accessors are not shadowed.
    this.disabled = false;
    this.text = '';
    this.maskedNotice = false;
    new ContextConsumer(this, { context: foyerClientContext, subscribe: true, callback: (client) => ((this.client = client), this.requestUpdate()) });
  }

  /** The session's limit in code points. */
  get maxCodePoints(): number {
    return this.client?.session?.limits?.text.maxCodePoints ?? DEFAULT_MAX_CODE_POINTS;
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('textarea')?.focus(options);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey) return;
    // An input method (Chinese, Japanese…) uses Enter to commit its candidate: never send then.
    if (event.isComposing || this.composing || event.keyCode === 229) return;
    event.preventDefault();
    void this.send();
  }

  private onInput(event: InputEvent): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.maskedNotice = false;
    const id = this.conversationId.value;
    const actor = this.conversationId.source as ConversationActor | undefined;
    actor?.send({ type: 'ACTIVITY' });
    const now = Date.now();
    if (id && this.client && this.text && now - this.lastTypingAt > TYPING_REPEAT_MS) {
      this.lastTypingAt = now;
      void this.client.api.sendTyping(id, 'started').catch(() => undefined);
    }
  }

  /** Sends what is typed (masked); returns false when there was nothing to send or it is too long. */
  async send(): Promise<boolean> {
    const id = this.conversationId.value;
    const trimmed = this.text.trim();
    if (this.disabled || !id || !this.client || !trimmed || codePointLength(trimmed) > this.maxCodePoints) return false;
    const { text, masked } = maskCardNumbers(trimmed);
    this.text = '';
    this.maskedNotice = masked;
    this.lastTypingAt = 0;
    await this.client.sendMessage(id, text);
    void this.client.api.sendTyping(id, 'stopped').catch(() => undefined);
    return true;
  }

  override render() {
    const t = this.localize;
    const max = this.maxCodePoints;
    const length = codePointLength(this.text.trim());
    const over = length - max;
    const nearLimit = length > max * 0.8;
    return html`<div class="row">
        <label class="sr-only" for="input">${t.term('messageLabel')}</label>
        <textarea
          id="input"
          part="input"
          rows="1"
          .value=${this.text}
          ?disabled=${this.disabled}
          aria-describedby="notes"
          aria-invalid=${over > 0 ? 'true' : 'false'}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @compositionstart=${() => (this.composing = true)}
          @compositionend=${() => (this.composing = false)}
        ></textarea>
        <button type="button" class="primary" part="send" ?disabled=${this.disabled || length === 0 || over > 0} @click=${() => void this.send()}>
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
