/**
 * Message parts as Lit templates. Answers (quick replies, card postbacks, slots, forms) go back through
 * `PartActions`; the parts themselves hold no state. Unknown part types render their fallback text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '@foyer/core/lit';
import type { CustomerMessagePart, MessagePart } from '@foyer/core';
import { renderMarkdown, safeHref } from '../chat/markdown.js';

type Card = Extract<MessagePart, { type: 'card' }>['card'];
type FormPart = Extract<MessagePart, { type: 'form' }>;

export interface PartActions {
  /** Sends the customer's answer; `value` is the quick reply's machine value (e.g. `escalate`). */
  answer(part: CustomerMessagePart, value?: string): void;
  /** Whether this message's choices can still be used (only the latest bot or agent message's). */
  interactive: boolean;
  localize: LocalizeController;
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

function card(c: Card, actions: PartActions): TemplateResult {
  const t = actions.localize;
  const image = c.imageUrl ? safeHref(c.imageUrl) : undefined;
  return html`<article class="card" part="card">
    ${image ? html`<img src=${image} alt=${c.imageAlt ?? ''} loading="lazy" />` : nothing}
    <h3 class="card__title">${c.title}</h3>
    ${c.subtitle ? html`<p class="card__subtitle">${c.subtitle}</p>` : nothing}
    ${c.text ? html`<p>${c.text}</p>` : nothing}
    ${c.actions?.length
      ? html`<div class="card__actions">
          ${c.actions.map((a) => {
            const href = a.kind === 'link' && a.url ? safeHref(a.url) : undefined;
            if (href) return html`<a class="chip" href=${href} target="_blank" rel="noopener noreferrer">${a.label} <span class="sr-only">${t.term('opensInNewTab')}</span></a>`;
            return html`<button type="button" class="chip" ?disabled=${!actions.interactive}
              @click=${() => actions.answer({ type: 'quick_reply_selection', replyId: a.id, text: a.label }, a.value)}>${a.label}</button>`;
          })}
        </div>`
      : nothing}
  </article>`;
}

function form(part: FormPart, actions: PartActions): TemplateResult {
  const t = actions.localize;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const el = event.currentTarget as HTMLFormElement;
    if (!el.reportValidity()) return;
    const data = new FormData(el);
    const values: Record<string, string> = {};
    for (const field of part.fields) values[field.id] = field.kind === 'checkbox' ? String(data.get(field.id) === 'on') : String(data.get(field.id) ?? '');
    actions.answer({ type: 'form_submission', formId: part.formId, values });
  };
  return html`<form class="form" part="form" @submit=${submit} aria-label=${part.title ?? t.term('submitForm')}>
    ${part.title ? html`<h3>${part.title}</h3>` : nothing}
    ${part.fields.map((f) => {
      const id = `${part.formId}-${f.id}`;
      if (f.kind === 'checkbox') return html`<label class="check"><input type="checkbox" id=${id} name=${f.id} ?required=${f.required} ?disabled=${!actions.interactive} /> ${f.label}</label>`;
      const control =
        f.kind === 'select'
          ? html`<select id=${id} name=${f.id} ?required=${f.required} ?disabled=${!actions.interactive}>${(f.options ?? []).map((o) => html`<option value=${o.value}>${o.label}</option>`)}</select>`
          : f.kind === 'textarea'
            ? html`<textarea id=${id} name=${f.id} ?required=${f.required} maxlength=${f.maxLength ?? nothing} ?disabled=${!actions.interactive}></textarea>`
            : html`<input id=${id} name=${f.id} type=${f.kind} ?required=${f.required} maxlength=${f.maxLength ?? nothing} pattern=${f.pattern ?? nothing}
                placeholder=${f.placeholder ?? nothing} ?disabled=${!actions.interactive} />`;
      return html`<label for=${id}>${f.label}</label>${control}`;
    })}
    <button type="submit" class="primary" ?disabled=${!actions.interactive}>${part.submitLabel ?? t.term('submitForm')}</button>
  </form>`;
}

export function renderPart(part: MessagePart, actions: PartActions): TemplateResult | HTMLElement | typeof nothing {
  const t = actions.localize;
  switch (part.type) {
    case 'text':
      return html`<p class="text">${part.text}</p>`;
    case 'markdown':
      return markdown(part);
    case 'quick_reply_selection':
      return html`<p class="text">${part.text}</p>`;
    case 'form_submission':
      return html`<ul class="values">${Object.entries(part.values).map(([k, v]) => html`<li>${k}: ${v}</li>`)}</ul>`;
    case 'quick_replies':
      if (!actions.interactive) return part.prompt ? html`<p class="text">${part.prompt}</p>` : nothing;
      return html`${part.prompt ? html`<p class="text">${part.prompt}</p>` : nothing}
        <div class="chips" role="group" aria-label=${t.term('suggestedReplies')} part="quick-replies">
          ${part.replies.map(
            (r) => html`<button type="button" class="chip" @click=${() => actions.answer({ type: 'quick_reply_selection', replyId: r.id, text: r.label }, r.value ?? r.label)}>${r.label}</button>`,
          )}
        </div>`;
    case 'card':
      return card(part.card, actions);
    case 'carousel':
      return html`<div class="carousel" role="list">${part.cards.map((c) => html`<div role="listitem">${card(c, actions)}</div>`)}</div>`;
    case 'time_slots': {
      const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', ...(part.timezone ? { timeZone: part.timezone } : {}) };
      return html`${part.prompt ? html`<p class="text">${part.prompt}</p>` : nothing}
        <div class="chips" role="group" aria-label=${part.prompt ?? t.term('suggestedReplies')}>
          ${part.slots.map((s) => {
            const label = s.label ?? t.formatDate(s.start, options);
            return html`<button type="button" class="chip" ?disabled=${!actions.interactive}
              @click=${() => actions.answer({ type: 'quick_reply_selection', replyId: s.id, text: label })}>${label}</button>`;
          })}
        </div>`;
    }
    case 'form':
      return form(part, actions);
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
