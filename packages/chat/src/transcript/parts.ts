/**
 * Message parts as Lit templates. Answers (quick replies, card postbacks, slots, forms) go back through
 * `PartActions`; the parts themselves hold no state. Unknown part types render their fallback text.
 */
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { LocalizeController } from '@foyer/core/lit';
import type { CustomerMessagePart, Message, MessagePart } from '@foyer/core';
import { renderMarkdown } from '../chat/markdown.js';
import { safeHref } from '../internal/safe-href.js';
import type * as RichParts from './rich-parts.js';

export interface PartActions {
  /** Sends the customer's answer; `value` is the quick reply's machine value (e.g. `escalate`). */
  answer(part: CustomerMessagePart, value?: string): void;
  /** Whether this message's choices can still be used (only the latest bot or agent message's). */
  interactive: boolean;
  localize: LocalizeController;
  /** Renders the message again (once a lazily loaded part renderer is here). */
  rerender(): void;
  /** Adds the styles of lazily loaded parts to the host's shadow root. */
  addStyles(styles: CSSResult): void;
  /** Asks for an attachment's download. */
  download(id: string, name: string): void;
}

let richParts: typeof RichParts | undefined;
let richPartsLoading: Promise<void> | undefined;

/**
 * The rare parts' renderers with their styles and, for this host, their strings; undefined until they
 * are here (a few milliseconds: nothing renders meanwhile, then the host renders again). A failed load
 * is tried again on the next render.
 */
function neededRichParts(actions: PartActions): typeof RichParts | undefined {
  if (richParts && actions.localize.groups.has('onDemand')) {
    actions.addStyles(richParts.richPartStyles);
    return richParts;
  }
  richPartsLoading ??= import('./rich-parts.js').then(
    (loaded) => void (richParts = loaded),
    () => void (richPartsLoading = undefined),
  );
  void Promise.all([richPartsLoading, actions.localize.use('onDemand')]).then(actions.rerender);
  return undefined;
}

/** A message's attachments (rare: they render from the rich parts' chunk). */
export function renderAttachments(attachments: Message['attachments'], actions: PartActions): TemplateResult | typeof nothing {
  if (!attachments.length) return nothing;
  return neededRichParts(actions)?.renderAttachments(attachments, actions) ?? nothing;
}

// A part object is immutable once received: its rendered markdown is built once.
const markdownCache = new WeakMap<object, HTMLElement>();

function markdown(part: Extract<MessagePart, { type: 'markdown' }>): HTMLElement {
  let el = markdownCache.get(part);
  if (!el) {
    el = document.createElement('div');
    el.className = 'markdown';
    el.append(renderMarkdown(part.markdown));
    markdownCache.set(part, el);
  }
  return el;
}

export function renderPart(part: MessagePart, actions: PartActions): TemplateResult | HTMLElement | typeof nothing {
  const t = actions.localize;
  switch (part.type) {
    case 'text':
    case 'quick_reply_selection':
      return html`<p class="text">${part.text}</p>`;
    case 'markdown':
      return markdown(part);
    case 'quick_replies': {
      const prompt = part.prompt ? html`<p class="text">${part.prompt}</p>` : nothing;
      if (!actions.interactive) return prompt;
      return html`${prompt}
        <div class="chips" role="group" aria-label=${t.term('suggestedReplies')} part="quick-replies">
          ${part.replies.map(
            (r) => html`<button type="button" class="chip" @click=${() => actions.answer({ type: 'quick_reply_selection', replyId: r.id, text: r.label }, r.value ?? r.label)}>${r.label}</button>`,
          )}
        </div>`;
    }
    case 'card':
    case 'carousel':
    case 'time_slots':
    case 'form':
    case 'form_submission':
      return neededRichParts(actions)?.renderRichPart(part, actions, safeHref) ?? nothing;
    default:
      return html`<p class="text muted">${t.term('unsupportedPart')}</p>`;
  }
}

/** Plain text of a message for the live region (and screen-reader summaries of cards). */
export function partText(part: MessagePart): string {
  switch (part.type) {
    case 'text':
    case 'quick_reply_selection':
      return part.text;
    case 'markdown':
      return part.markdown.replace(/[*_`]/g, '');
    case 'quick_replies':
    case 'time_slots':
      return part.prompt ?? '';
    case 'card':
      return [part.card.title, part.card.subtitle, part.card.text].filter(Boolean).join('. ');
    case 'carousel':
      return part.cards.map((c) => c.title).join(', ');
    case 'form':
      return part.title ?? '';
    default:
      return '';
  }
}
