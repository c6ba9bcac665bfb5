/**
 * A safe subset of Markdown rendered straight to DOM nodes: paragraphs, line breaks, bullet and numbered
 * lists, **bold**, *italic*, `code` and [links](https://…). No HTML strings are ever parsed, so there is
 * nothing to sanitise: unknown syntax stays literal text. Links keep only http, https, mailto and tel.
 */
import { safeHref } from '../internal/safe-href.js';

export { safeHref };

interface InlineRule {
  pattern: RegExp;
  build: (match: RegExpExecArray, doc: Document) => Node;
}

const inlineRules: InlineRule[] = [
  { pattern: /`([^`\n]+)`/, build: (m, doc) => textElement(doc, 'code', m[1]!) },
  { pattern: /\[([^\]\n]+)\]\(([^)\s]+)\)/, build: (m, doc) => link(doc, m[1]!, m[2]!) },
  { pattern: /<((?:https?|mailto|tel):[^>\s]+)>/, build: (m, doc) => link(doc, m[1]!, m[1]!) },
  { pattern: /\*\*(?=\S)([^]*?\S)\*\*|__(?=\S)([^]*?\S)__/, build: (m, doc) => wrap(doc, 'strong', m[1] ?? m[2]!) },
  { pattern: /\*(?=\S)([^*]*?\S)\*|(?<![\p{L}\p{N}])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/u, build: (m, doc) => wrap(doc, 'em', m[1] ?? m[2]!) },
];

function textElement(doc: Document, tag: string, text: string): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = text;
  return el;
}

function wrap(doc: Document, tag: string, inner: string): HTMLElement {
  const el = doc.createElement(tag);
  el.append(renderInline(inner, doc));
  return el;
}

function link(doc: Document, label: string, target: string): Node {
  const href = safeHref(target);
  if (!href) return renderInline(label, doc);
  const a = doc.createElement('a');
  a.href = href;
  a.rel = 'noopener noreferrer';
  if (!href.startsWith('mailto:') && !href.startsWith('tel:')) a.target = '_blank';
  a.append(renderInline(label, doc));
  return a;
}

/** Inline syntax of one block; line breaks become <br>. */
export function renderInline(text: string, doc: Document = document): DocumentFragment {
  const out = doc.createDocumentFragment();
  let rest = text;
  while (rest) {
    let best: { match: RegExpExecArray; rule: InlineRule } | undefined;
    for (const rule of inlineRules) {
      const match = rule.pattern.exec(rest);
      if (match && (!best || match.index < best.match.index)) best = { match, rule };
    }
    if (!best) {
      appendText(out, rest, doc);
      break;
    }
    appendText(out, rest.slice(0, best.match.index), doc);
    out.append(best.rule.build(best.match, doc));
    rest = rest.slice(best.match.index + best.match[0].length);
  }
  return out;
}

function appendText(parent: DocumentFragment, text: string, doc: Document): void {
  text.split('\n').forEach((line, i) => {
    if (i > 0) parent.append(doc.createElement('br'));
    if (line) parent.append(doc.createTextNode(line));
  });
}

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;

/** Renders the subset to a fragment of <p>, <ul>, <ol> with inline formatting. */
export function renderMarkdown(markdown: string, doc: Document = document): DocumentFragment {
  const out = doc.createDocumentFragment();
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { el: HTMLElement; kind: 'ul' | 'ol' } | undefined;
  const flushParagraph = () => {
    if (paragraph.length) {
      const p = doc.createElement('p');
      p.append(renderInline(paragraph.join('\n'), doc));
      out.append(p);
    }
    paragraph = [];
  };
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const kind = bullet ? 'ul' : 'ol';
      if (!list || list.kind !== kind) {
        list = { el: doc.createElement(kind), kind };
        if (numbered && numbered[1] !== '1') list.el.setAttribute('start', String(Number(numbered[1])));
        out.append(list.el);
      }
      const li = doc.createElement('li');
      li.append(renderInline(bullet ? bullet[1]! : numbered![2]!, doc));
      list.el.append(li);
    } else if (!line.trim()) {
      flushParagraph();
      list = undefined;
    } else {
      list = undefined;
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  return out;
}
