/**
 * Stories' wiring: a real ChatHost (memory platform, so stories never share storage) against the msw
 * engagement mock, and a script that brings the conversation to the state the story shows.
 */
import { createChatHost, type ChatHost } from '@foyer/core';
import { createNodePlatform } from '@foyer/core/node';
import '../define/foyer-chat.js';
import type { MockEngagement } from './mock-engagement.fixtures.js';

export interface StoryScript {
  (mock: MockEngagement, conversationId: string, host: ChatHost, panel: HTMLElement): void | Promise<void>;
}

const hosts = new Set<ChatHost>();

/** `<foyer-chat inline>` with its host; `start: false` leaves the panel before any conversation. */
export function storyChat(mock: MockEngagement, options: { theme?: string; start?: boolean; script?: StoryScript } = {}): HTMLElement {
  // The previous story's host stops (its stream and timers) when the next one renders.
  for (const old of hosts) void old.close();
  hosts.clear();
  const host = createChatHost({
    client: { baseUrl: location.origin, platform: createNodePlatform(), stream: { backoff: { initialMs: 200, maxMs: 1000 } } },
    conversation: { topic: 'cards' },
  });
  hosts.add(host);
  const el = document.createElement('foyer-chat');
  el.setAttribute('inline', '');
  if (options.theme === 'dark') el.setAttribute('theme', 'dark');
  el.host = host;
  host.setVisible(true);
  void (async () => {
    if (options.start === false) {
      await host.activate();
      return;
    }
    const actor = await host.start();
    const id = await new Promise<string>((resolve) => {
      const check = () => {
        const value = actor.getSnapshot().context.conversationId;
        if (value) {
          subscription.unsubscribe();
          resolve(value);
        }
      };
      const subscription = actor.subscribe(check);
      check();
    });
    // The stream must be open before the script's events, or they would only arrive by gap fill.
    await new Promise<void>((resolve) => {
      if (host.client!.status === 'open') return resolve();
      const off = host.client!.onStatus((status) => status === 'open' && (off(), resolve()));
    });
    await options.script?.(mock, id, host, el);
  })();
  return el;
}

/** Resolves when `check` holds (polling the DOM); stories' play functions wait for their state. */
export async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('the story did not reach its state in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Text of an element and every shadow root below it. */
export function deepText(root: Element | ShadowRoot): string {
  let text = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element) text += ' ' + (node.shadowRoot ? deepText(node.shadowRoot) : '') + deepText(node);
  }
  return text.replace(/\s+/g, ' ');
}

/** The panel's composer, once rendered (for stories that attach files). */
export async function composerOf(panel: HTMLElement): Promise<HTMLElementTagNameMap['foyer-composer']> {
  await until(() => panel.shadowRoot?.querySelector('foyer-composer')?.shadowRoot?.querySelector('textarea') != null);
  return panel.shadowRoot!.querySelector('foyer-composer')!;
}
