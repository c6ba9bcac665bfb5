import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { conversationView, createDeskMock, endedSummary } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

const ended = [
  endedSummary('conv-31', 'Mei Chen', 'agent', 60),
  endedSummary('conv-30', undefined, 'idle_timeout', 600),
  endedSummary('conv-29', 'Tom Baker', 'customer', 3600),
];

async function openHistory(app: HTMLElement): Promise<void> {
  await expect.poll(() => deepAll(app, 'nav', 'button').some((b) => textOf(b) === 'Earlier chats')).toBe(true);
  await userEvent.click(deepAll(app, 'nav', 'button').find((b) => textOf(b) === 'Earlier chats')!);
}

describe('<foyer-desk-history>', () => {
  it('lists ended chats newest first, a page at a time, until the server has no more', async () => {
    const mock = createDeskMock({ ended, pageSize: 2 });
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openHistory(app);
    const items = () => deepAll(app, 'foyer-desk-history', 'li').map(textOf);
    await expect.poll(() => items().length).toBe(2);
    expect(items()[0]).toMatch(/^Mei Chen .*Ended .* · by the agent$/);
    expect(items()[1]).toContain('customer inactive');
    await userEvent.click(deep(app, 'foyer-desk-history', 'button')!);
    await expect.poll(() => items().length).toBe(3);
    expect(items()[2]).toContain('Tom Baker');
    expect(deep(app, 'foyer-desk-history', 'button')).toBeNull();
    const pages = mock.requests.filter((r) => r.path === '/v1/agent/conversations' && r.method === 'GET');
    expect(pages.length).toBeGreaterThanOrEqual(2);
  });

  it('says so when there are none, in Traditional Chinese', async () => {
    const { app } = await mountDesk(createDeskMock().handlers, { signedIn: true, lang: 'zh-TW' });
    await expect.poll(() => deepAll(app, 'nav', 'button').some((b) => textOf(b) === '歷史對話')).toBe(true);
    await userEvent.click(deepAll(app, 'nav', 'button').find((b) => textOf(b) === '歷史對話')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-history', 'p.muted'))).toBe('沒有歷史對話。');
  });

  it('follows every page of assigned chats when the desk loads', async () => {
    const mock = createDeskMock({ assigned: [0, 1, 2].map((i) => conversationView(`conv-${i}`, `Customer ${i}`)), pageSize: 2 });
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => deepAll(app, 'nav', 'button').filter((b) => textOf(b).startsWith('Customer ')).length).toBe(3);
  });
});
