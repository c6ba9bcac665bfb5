/**
 * Virtualisation of a long transcript (loaded lazily past VIRTUAL_THRESHOLD messages): only the
 * messages near the log's viewport render, plus the latest message (its quick replies); spacers stand
 * for the rest, sized from measured heights (ResizeObserver; the average for unmeasured ones). The item
 * the customer sees stays where it is when sizes change above it. Rendered items carry
 * aria-posinset / aria-setsize, so assistive technology knows the whole list (a short transcript, all
 * in the DOM, needs neither).
 */
import { html, noChange, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { Message } from '@foyer/core';

/** Rendered beyond each edge of the viewport, as a share of its height. */
const OVERSCAN = 0.75;
/** At most this many messages render from the scrolled window (tiny messages, a tall screen). */
const MAX_WINDOW = 64;
const FIRST_ESTIMATE = 64;

/** A spacer's block size, set through the CSSOM (a strict CSP forbids style attributes); it never shrinks in the flex log. */
class BlockSize extends Directive {
  render(_px: number) {
    return noChange;
  }
  override update(part: ElementPart, [px]: [number]) {
    const style = (part.element as HTMLElement).style;
    style.blockSize = `${px}px`;
    style.flexShrink = '0';
    return noChange;
  }
}
const blockSize = directive(BlockSize);

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class VirtualWindow implements ReactiveController {
  readonly #host: Host;
  /** The log shows its end: the same test on the same scroll events as the transcript, which keeps it there. */
  #pinned = true;
  readonly #heights = new Map<string, number>();
  #measuredSum = 0;
  #keys: string[] = [];
  #shown: number[] = [];
  #rendered = '';
  #active = false;
  #log?: HTMLElement;
  #gap = 0;
  /** The log's scroll offset at its last scroll event. */
  #seenTop = 0;
  /** The first visible message and its distance from the log's top edge, kept while sizes change. */
  #anchor?: { key: string; top: number };
  #frame = 0;
  readonly #observed = new Set<Element>();
  readonly #resizes = new ResizeObserver((entries) => this.#onResize(entries));

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    host.requestUpdate();
  }

  hostUpdate(): void {
    this.#active = false;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
  }

  /**
   * The messages to render now (their templates from `renderOne`), with spacers for the others. The
   * latest message has a part of its own, so its DOM (quick replies that may hold focus) stays as the
   * window moves.
   */
  render(messages: readonly Message[], renderOne: (message: Message) => TemplateResult): TemplateResult {
    this.#active = true;
    this.#keys = messages.map((m) => m.id);
    const [from, to] = this.#window();
    const last = messages.length - 1;
    this.#shown = [...Array.from({ length: to - from }, (_, k) => from + k), last];
    this.#rendered = `${from},${to}`;
    const spacer = (start: number, end: number) =>
      start < end ? html`<div class="spacer" aria-hidden="true" ${blockSize(this.#span(start, end))}></div>` : nothing;
    return html`${spacer(0, from)}${messages.slice(from, to).map(renderOne)}${spacer(to, last)}${renderOne(messages[last]!)}`;
  }

  hostUpdated(): void {
    if (!this.#active) return;
    this.#attach();
    this.#label();
    const items = this.#items();
    for (const el of this.#observed) {
      if (items.includes(el)) continue;
      this.#resizes.unobserve(el);
      this.#observed.delete(el);
    }
    for (const el of items) {
      if (this.#observed.has(el)) continue;
      this.#resizes.observe(el);
      this.#observed.add(el);
    }
    this.#keepAnchor();
  }

  /** Position and set size of each item: the shown messages in order, then the pending ones. */
  #label(): void {
    const listItems = this.#host.renderRoot.querySelectorAll('.messages > [role="listitem"]');
    const n = this.#keys.length;
    listItems.forEach((el, k) => {
      el.setAttribute('aria-posinset', String((this.#shown[k] ?? n + k - this.#shown.length) + 1));
      el.setAttribute('aria-setsize', String(n + listItems.length - this.#shown.length));
    });
  }

  #attach(): void {
    if (this.#log) return;
    const log = this.#host.renderRoot.querySelector<HTMLElement>('.log');
    if (!log) return;
    this.#log = log;
    // The browser's own anchoring would fight ours.
    log.style.overflowAnchor = 'none';
    this.#resizes.observe(log);
    log.addEventListener('scroll', () => this.#onScroll(), { passive: true });
    log.addEventListener('keydown', (event) => this.#onKey(event));
  }

  /**
   * Home and End jump at once: a smooth scroll aims at where the end was before the messages on its way
   * were measured, and our anchoring would stop it short.
   */
  #onKey(event: KeyboardEvent): void {
    if (event.target !== this.#log || (event.key !== 'Home' && event.key !== 'End')) return;
    event.preventDefault();
    const log = this.#log;
    this.#pinned = event.key === 'End';
    log.scrollTop = this.#pinned ? log.scrollHeight : 0;
    // Now, not next frame: the transcript must not take the log as pinned where it was.
    this.#deliverPendingScroll();
    this.#host.requestUpdate();
  }

  #onScroll(): void {
    this.#noteScroll();
    if (this.#active && this.#window().join() !== this.#rendered) this.#host.requestUpdate();
  }

  #noteScroll(): void {
    const log = this.#log!;
    this.#seenTop = log.scrollTop;
    this.#pinned = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
    if (this.#active) this.#anchor = this.#findAnchor();
  }

  /**
   * A scroll made since the last scroll event (whose event comes with the next frame) would be undone by
   * an update that still takes the log as pinned to its end: its event is delivered now.
   */
  #deliverPendingScroll(): void {
    if (this.#log && this.#log.scrollTop !== this.#seenTop) this.#log.dispatchEvent(new Event('scroll'));
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    // A scroll not yet delivered counts (quietly: rendering inside this callback would leave new items'
    // sizes undelivered, a loop error); its event reaches the transcript before the next render.
    if (this.#log && this.#log.scrollTop !== this.#seenTop) this.#noteScroll();
    let changed = false;
    for (const entry of entries) {
      const key = this.#keyOf(entry.target);
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      if (key === undefined) {
        changed ||= entry.target === this.#log;
        continue;
      }
      const old = this.#heights.get(key);
      if (old === height) continue;
      this.#measuredSum += height - (old ?? 0);
      this.#heights.set(key, height);
      changed = true;
    }
    if (!changed || !this.#active) return;
    this.#keepAnchor();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#deliverPendingScroll();
      this.#host.requestUpdate();
    });
  }

  /** Scrolls by however far the anchor moved, then notes where it is now. */
  #keepAnchor(): void {
    const log = this.#log;
    if (!log) return;
    if (!this.#pinned && this.#anchor) {
      const el = this.#items().find((item) => this.#keyOf(item) === this.#anchor!.key);
      const moved = el ? el.getBoundingClientRect().top - log.getBoundingClientRect().top - this.#anchor.top : 0;
      if (Math.abs(moved) > 0.5) log.scrollTop += moved;
    }
    this.#anchor = this.#findAnchor();
  }

  #findAnchor(): { key: string; top: number } | undefined {
    const logTop = this.#log!.getBoundingClientRect().top;
    for (const el of this.#items()) {
      const rect = el.getBoundingClientRect();
      const key = this.#keyOf(el);
      if (rect.bottom > logTop && key !== undefined) return { key, top: rect.top - logTop };
    }
    return undefined;
  }

  /** Rendered message items (pending ones, past the messages, have no key). */
  #items(): Element[] {
    return [...this.#host.renderRoot.querySelectorAll('.messages > [aria-posinset]')];
  }

  #keyOf(el: Element | null): string | undefined {
    return this.#keys[Number(el?.getAttribute('aria-posinset')) - 1];
  }

  #height(i: number): number {
    const size = this.#heights.size;
    return this.#heights.get(this.#keys[i]!) ?? (size ? this.#measuredSum / size : FIRST_ESTIMATE);
  }

  /** Block size of a spacer standing for messages [from, to): their heights and the gaps between them. */
  #span(from: number, to: number): number {
    let px = 0;
    for (let i = from; i < to; i++) px += this.#height(i) + this.#gap;
    return Math.max(0, px - this.#gap);
  }

  /** The window around the viewport, [from, to), short of the latest message (rendered apart). */
  #window(): [number, number] {
    const n = this.#keys.length - 1;
    const log = this.#log;
    let from = Math.max(0, n - 10);
    let to = n;
    if (log) {
      const style = getComputedStyle(log);
      this.#gap = parseFloat(style.rowGap) || 0;
      const view = log.clientHeight;
      let total = 0;
      for (let i = 0; i <= n; i++) total += this.#height(i) + this.#gap;
      const top = Math.max(0, Math.min(this.#pinned ? total : log.scrollTop - parseFloat(style.paddingBlockStart), total - view));
      const over = view * OVERSCAN;
      let pos = 0;
      from = 0;
      while (from < n && pos + this.#height(from) + this.#gap < top - over) pos += this.#height(from++) + this.#gap;
      to = from;
      while (to < n && pos < top + view + over && to - from < MAX_WINDOW) pos += this.#height(to++) + this.#gap;
    }
    return [from, to];
  }
}
