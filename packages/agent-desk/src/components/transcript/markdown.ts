/**
 * A safe markdown subset as Lit templates: paragraphs, `-`/`*` lists, **bold**, *emphasis*,
 * `code` and [links](https://…) with http(s) or mailto targets only. Text is always bound as text,
 * never as HTML, so there is nothing to sanitise.
 */
import { html, nothing, type TemplateResult } from 'lit';

type Inline = string | TemplateResult;

const INLINE = /(\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\))/g;

function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function renderInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    const [whole, , bold, em, code, label, url] = match;
    if (bold !== undefined) out.push(html`<strong>${bold}</strong>`);
    else if (em !== undefined) out.push(html`<em>${em}</em>`);
    else if (code !== undefined) out.push(html`<code>${code}</code>`);
    else if (label !== undefined && url !== undefined) {
      const href = safeHref(url);
      out.push(href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : whole);
    }
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function renderMarkdown(source: string): TemplateResult {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return html`${blocks.map((block) => {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) return nothing;
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      return html`<ul>
        ${lines.map((l) => html`<li>${renderInline(l.replace(/^\s*[-*]\s+/, ''))}</li>`)}
      </ul>`;
    }
    return html`<p>${lines.map((l, i) => html`${i > 0 ? html`<br />` : nothing}${renderInline(l)}`)}</p>`;
  })}`;
}
