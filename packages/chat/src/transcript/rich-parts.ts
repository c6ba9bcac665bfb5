/**
 * What a message rarely holds (cards, carousels, time slots, forms and their answers, attachments), in a
 * chunk of its own: the transcript loads it when a message with one arrives (the demo bot's greeting
 * has none).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Message, MessagePart } from '@foyer/core';
import type { PartActions } from './parts.js';

/**
 * The panel's link check (../internal/safe-href.ts), passed in rather than imported: a module this chunk
 * shared with the panel would become a chunk of its own, one more request and more bytes on open.
 */
export type SafeHref = (raw: string) => string | undefined;

type Card = Extract<MessagePart, { type: 'card' }>['card'];
type FormPart = Extract<MessagePart, { type: 'form' }>;
export type RichPart = Extract<MessagePart, { type: 'card' | 'carousel' | 'time_slots' | 'form' | 'form_submission' }>;

/** Added to the transcript's shadow root with the first of these parts. */
export const richPartStyles = css`
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    background: var(--_surface);
    color: var(--_on-surface);
  }
  .card img {
    max-inline-size: 100%;
    border-radius: 0.5rem;
  }
  .card__title {
    font-size: 1rem;
    margin: 0;
  }
  .card__subtitle {
    margin: 0;
    color: var(--_muted);
  }
  .card__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block-start: 0.5rem;
  }
  .carousel {
    display: flex;
    gap: 0.5rem;
    overflow-x: auto;
  }
  .carousel > * {
    flex: 0 0 80%;
  }
  .form {
    display: grid;
    gap: 0.375rem;
  }
  .form h3 {
    margin: 0;
    font-size: 1rem;
  }
  .attachments {
    margin: 0.25rem 0 0;
    padding-inline-start: 1rem;
    font-size: 0.875rem;
  }
  .attachment {
    text-align: start;
    text-decoration: underline;
  }
`;

function card(c: Card, actions: PartActions, safeHref: SafeHref): TemplateResult {
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

export function renderRichPart(part: RichPart, actions: PartActions, safeHref: SafeHref): TemplateResult {
  const t = actions.localize;
  switch (part.type) {
    case 'card':
      return card(part.card, actions, safeHref);
    case 'carousel':
      return html`<div class="carousel" role="list">${part.cards.map((c) => html`<div role="listitem">${card(c, actions, safeHref)}</div>`)}</div>`;
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
    case 'form_submission':
      return html`<ul class="values">${Object.entries(part.values).map(([k, v]) => html`<li>${k}: ${v}</li>`)}</ul>`;
  }
}

/** A message's attachments: the available ones download when clicked. */
export function renderAttachments(attachments: Message['attachments'], actions: PartActions): TemplateResult {
  const t = actions.localize;
  return html`<ul class="attachments">${attachments.map((a) =>
    html`<li>${a.status === 'available'
      ? html`<button type="button" class="attachment" @click=${() => actions.download(a.id, a.name)}>${t.term('attachmentLabel', a.name)}</button>`
      : t.term('attachmentLabel', a.name)}</li>`)}</ul>`;
}
