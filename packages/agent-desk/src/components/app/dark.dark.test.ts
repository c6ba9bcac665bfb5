// Runs in the `dark` project: Chromium reports prefers-color-scheme: dark.
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { conversationView, createDeskMock, message, offer } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' > ')).join(', ')})`);
}

describe('dark scheme', () => {
  it('takes the dark tokens and keeps AA contrast on the queue and on a held chat with its context', async () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    const mock = createDeskMock({
      offers: [offer('conv-7', 'Wang Fang')],
      assigned: [conversationView('conv-1', 'Mei Chen')],
      messages: { 'conv-1': [message('conv-1', 3, 'customer', 'Hello', 'Mei Chen'), message('conv-1', 4, 'agent', 'Hi Mei, how can I help?', 'Alex Agent')] },
    });
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(1);
    expect(getComputedStyle(app).backgroundColor).toBe('rgb(22, 25, 29)');
    expect(getComputedStyle(app).color).toBe('rgb(230, 233, 238)');
    expect(await violations()).toEqual([]);

    await userEvent.click(deepAll(app, 'nav', 'button').find((b) => textOf(b).startsWith('Mei Chen'))!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('Hi Mei');
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-context-panel'))).toContain('overpay mortgage fee');
    await userEvent.click(deep(app, 'foyer-desk-chat', 'header button.hold')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'header .status'))).toBe('On hold');
    expect(await violations()).toEqual([]);
  });
});
