/** Test harness: msw in the browser, a mounted desk with a fake alert, and shadow-DOM queries. */
import { setupWorker } from 'msw/browser';
import type { HttpHandler } from 'msw';
import '../define-all.js';
import type { FoyerDeskApp } from '../components/app/app.js';
import type { OfferAlerts } from '../state/offer-alert.js';
import type { DeskStore } from '../state/desk-store.js';
import { deskStore } from './store.fixtures.js';

export const worker = setupWorker();

export async function startWorker(): Promise<void> {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'error' });
}

/** Records what the desk asked the alert to do. */
export class RecordingAlerts implements OfferAlerts {
  rings = 0;
  titles: string[] = [];
  ring(): void {
    this.rings++;
  }
  pending(count: number, label: (count: number) => string): void {
    this.titles.push(count === 0 ? '' : label(count));
  }
  baseTitle = '';
  setBaseTitle(title: string): void {
    this.baseTitle = title;
  }
  dispose(): void {}
}

export interface Mounted {
  app: FoyerDeskApp;
  store: DeskStore;
  alerts: RecordingAlerts;
}

/** Mounts `<foyer-desk-app>` with its own store; `signedIn` seeds a stored session (as after a reload). */
export async function mountDesk(handlers: HttpHandler[], { signedIn = false, lang = 'en' } = {}): Promise<Mounted> {
  worker.resetHandlers(...handlers);
  const store = deskStore({ signedIn });
  const app = document.createElement('foyer-desk-app');
  const alerts = new RecordingAlerts();
  app.alerts = alerts;
  app.store = store;
  app.lang = lang;
  document.body.replaceChildren(app);
  await app.updateComplete;
  return { app, store, alerts };
}

/** Follows a path of selectors through nested shadow roots. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  let node: Element | null = root;
  for (const selector of selectors) {
    const scope: ParentNode | null | undefined = node?.shadowRoot ?? node;
    node = scope?.querySelector(selector) ?? null;
    if (!node) return null;
  }
  return node as T | null;
}

/** All matches of the last selector, following the path before it. */
export function deepAll<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  const scope = parent?.shadowRoot ?? parent;
  return scope ? [...scope.querySelectorAll<T>(last)] : [];
}

/** The visible text of an element and its shadow tree, whitespace collapsed. */
export function textOf(element: Element | null): string {
  if (!element) return '';
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    const el = node as Element;
    const children = [...(el.shadowRoot?.childNodes ?? []), ...el.childNodes];
    return children.map(walk).join(' ');
  };
  return walk(element).replace(/\s+/g, ' ').trim();
}
