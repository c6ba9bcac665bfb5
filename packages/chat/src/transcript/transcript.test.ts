import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { createChatHost, type ChatHost, type Message } from '@foyer/core';
import { createNodePlatform } from '@foyer/core/node';
import '../define/foyer-chat.js';
import { AGENT, BOT, CUSTOMER, MockEngagement } from '../testing/mock-engagement.fixtures.js';

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

let host: ChatHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  worker.resetHandlers();
  document.body.replaceChildren();
});

const HISTORY = 1500;

/** A panel whose conversation has the greeting and `count` more messages, loaded as history. */
async function longChat(mock: MockEngagement, count = HISTORY) {
  worker.use(...mock.handlers());
  host = createChatHost({ client: { baseUrl: location.origin, platform: createNodePlatform() }, conversation: { topic: 'cards' } });
  const el = document.createElement('foyer-chat');
  el.setAttribute('inline', '');
  el.host = host;
  document.body.append(el);
  host.setVisible(true);
  await host.start();
  await expect.poll(() => host!.actor?.getSnapshot().context.conversationId).toBeTruthy();
  const id = host.actor!.getSnapshot().context.conversationId!;
  const transcript = () => el.shadowRoot!.querySelector('foyer-transcript')!.shadowRoot!;
  await expect.poll(() => transcript().querySelectorAll('[role="listitem"]').length).toBe(1);
  const history: Message[] = [];
  // Two lines now and then, so heights differ.
  for (let i = 1; i <= count; i++) history.push(mock.say(id, i % 2 ? CUSTOMER : BOT, [{ type: 'text', text: i % 7 ? `Message number ${i}` : `Message number ${i}\nwith a second line` }], false));
  host.client!.conversation(id).upsertMany(history, true);
  const log = () => transcript().querySelector<HTMLElement>('.log')!;
  const items = () => [...transcript().querySelectorAll<HTMLElement>('.messages > [role="listitem"]')];
  if (count === HISTORY) await expect.poll(() => transcript().querySelector('.spacer')).toBeTruthy();
  else await expect.poll(() => items().length).toBe(count + 1);
  return { el, id, log, items, transcript };
}

const settled = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const atEnd = (log: HTMLElement) => log.scrollHeight - log.scrollTop - log.clientHeight < 24;
const positions = (items: HTMLElement[]) => items.map((el) => Number(el.getAttribute('aria-posinset')));

describe('<foyer-transcript> with a long history', () => {
  it('renders a bounded window, pinned to the end, with the full count for assistive technology', async () => {
    const { log, items } = await longChat(new MockEngagement());
    const total = HISTORY + 1;
    // Measuring settles over a few frames (more on a loaded machine): wait for the end to show.
    await expect.poll(() => atEnd(log()) && positions(items()).at(-1) === total).toBe(true);
    expect(items().length).toBeGreaterThan(5);
    expect(items().length).toBeLessThanOrEqual(80);
    expect(items().every((el) => el.getAttribute('aria-setsize') === String(total))).toBe(true);
    // Ascending positions, ending with the latest message, which is in view.
    const shown = positions(items());
    expect(shown.at(-1)).toBe(total);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(items().at(-1)!.textContent).toContain(`Message number ${HISTORY}`);
    expect(atEnd(log())).toBe(true);
  });

  it('reaches the first message by scrolling to the top, and back to the end', async () => {
    const { log, items } = await longChat(new MockEngagement());
    await settled();
    log().scrollTop = 0;
    await expect.poll(() => positions(items())[0]).toBe(1);
    await settled();
    expect(log().scrollTop).toBeLessThan(50);
    expect(items()[0]!.textContent).toContain('Hello! How can I help?');
    const first = items()[0]!.getBoundingClientRect();
    expect(first.top).toBeGreaterThanOrEqual(log().getBoundingClientRect().top);
    expect(items().length).toBeLessThanOrEqual(80);
    // Step down to the end, a little more than a viewport at a time: every message renders on the way.
    const seen = new Set<number>();
    for (let guard = 0; guard < 2000 && !atEnd(log()); guard++) {
      positions(items()).forEach((p) => seen.add(p));
      log().scrollTop += log().clientHeight * 1.2;
      await settled();
    }
    positions(items()).forEach((p) => seen.add(p));
    expect(seen.size).toBe(HISTORY + 1);
  });

  it('scrolls with the keyboard (the log takes focus; focus stays there)', async () => {
    const { log, items, transcript } = await longChat(new MockEngagement());
    await settled();
    log().focus();
    await userEvent.keyboard('{Home}');
    await expect.poll(() => positions(items())[0]).toBe(1);
    await userEvent.keyboard('{End}');
    await expect.poll(() => atEnd(log()) && positions(items()).at(-1) === HISTORY + 1).toBe(true);
    expect(transcript().activeElement).toBe(log());
  });

  it('keeps the scrolled-up position when a message arrives, and stays at the end when there', async () => {
    const mock = new MockEngagement();
    const { id, log, items } = await longChat(mock);
    await settled();
    log().scrollTop = log().scrollHeight / 2;
    await settled();
    await settled();
    const anchor = items().find((el) => el.getBoundingClientRect().bottom > log().getBoundingClientRect().top + 40)!;
    const key = anchor.textContent;
    const top = anchor.getBoundingClientRect().top;
    mock.say(id, AGENT, [{ type: 'text', text: 'A new message while you read' }]);
    await expect.poll(() => items().at(-1)!.getAttribute('aria-setsize')).toBe(String(HISTORY + 2));
    await settled();
    const same = items().find((el) => el.textContent === key)!;
    expect(Math.abs(same.getBoundingClientRect().top - top)).toBeLessThan(1);
    expect(atEnd(log())).toBe(false);

    // At the end, a new message keeps the log there.
    log().scrollTop = log().scrollHeight;
    await settled();
    mock.say(id, AGENT, [{ type: 'text', text: 'And one more at the end' }]);
    await expect.poll(() => items().at(-1)!.textContent).toContain('And one more at the end');
    await settled();
    expect(atEnd(log())).toBe(true);
    expect(items().length).toBeLessThanOrEqual(80);
  });
});

describe('<foyer-transcript> when the panel gets shorter (an on-screen keyboard)', () => {
  it('stays at the end when the panel gets shorter right after the history loads (Chromium fires a scroll for the resize)', async () => {
    const { el, log } = await longChat(new MockEngagement(), 20);
    el.style.blockSize = '400px';
    await expect.poll(() => log().scrollHeight - log().scrollTop - log().clientHeight).toBeLessThan(1);
  });

  for (const [kind, count] of [['short', 20], ['long', HISTORY]] as const) {
    it(`keeps a ${kind} transcript at its end, with no message or update to prompt it`, async () => {
      const { el, log, items } = await longChat(new MockEngagement(), count);
      el.style.blockSize = '640px';
      await expect.poll(() => atEnd(log()) && items().at(-1)!.textContent!.includes(`Message number ${count}`)).toBe(true);
      await settled();
      el.style.blockSize = '300px';
      await settled();
      await expect.poll(() => log().scrollHeight - log().scrollTop - log().clientHeight).toBeLessThan(1);
      const last = items().at(-1)!.getBoundingClientRect();
      expect(last.bottom).toBeLessThanOrEqual(log().getBoundingClientRect().bottom + 1);
    });
  }
});
