import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { acceptOffer, agentSays, customerSays, english, openDesk, shown } from '../lib/flows.js';

// Two tabs of the bank site in one browser: one conversation, every message once in each, one unread count.
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.stop());

const launcher = (page: Page) => page.locator('foyer-launcher [part="button"]');
/** The unread badge as the customer sees it: its number, or 0 when hidden. */
const badge = (page: Page) =>
  page.locator('foyer-launcher [part~="badge"]').evaluate((el) => ((el as HTMLElement).hidden ? 0 : Number(el.textContent)));

describe('two tabs of the bank site', () => {
  it('show one conversation, each message once in both, and the same unread count', { timeout: 120_000 }, async () => {
    const { desk } = await openDesk(stack);
    const context = await stack.browser.newContext();
    const created: number[] = [];
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (response.request().method() === 'POST' && url.pathname === '/v1/conversations') created.push(response.status());
    });

    const tabA = await context.newPage();
    await tabA.goto(`${stack.bankUrl}/?lang=en`);
    await launcher(tabA).click();
    await tabA.getByRole('button', { name: english.cardsTopic, exact: true }).click({ timeout: 20_000 });
    await tabA.getByText(/Cards: here are answers/).first().waitFor({ timeout: 20_000 });

    const tabB = await context.newPage();
    await tabB.goto(`${stack.bankUrl}/?lang=en`);
    await launcher(tabB).click();
    await tabB.getByText(/Cards: here are answers/).first().waitFor({ timeout: 20_000 });
    expect(await tabB.getByText(/Cards: here are answers/).count()).toBe(await tabA.getByText(/Cards: here are answers/).count());

    await customerSays(tabB, english, 'Written in the second tab');
    for (const tab of [tabA, tabB]) await expect.poll(() => shown(tab, 'Written in the second tab'), { timeout: 20_000 }).toBe(1);

    await tabA.getByRole('button', { name: english.talkToPerson, exact: true }).last().click({ timeout: 20_000 });
    await tabA.getByRole('button', { name: new RegExp(`^${english.joinQueue}`) }).click({ timeout: 20_000 });
    await acceptOffer(desk);
    await agentSays(desk, 'Hello from the desk');
    for (const tab of [tabA, tabB]) await expect.poll(() => shown(tab, 'Hello from the desk'), { timeout: 20_000 }).toBe(1);
    // One conversation on the server: the desk has one chat from this customer, and only one was ever created.
    expect(created).toEqual([201]);
    expect(await desk.getByRole('navigation').getByRole('button').filter({ hasText: 'Guest' }).count()).toBe(1);

    // Both panels closed: each new agent message counts once, and both launchers show the same number.
    await launcher(tabA).click();
    await launcher(tabB).click();
    expect([await badge(tabA), await badge(tabB)]).toEqual([0, 0]);
    await agentSays(desk, 'Are you still there?');
    await agentSays(desk, 'I have found the payment.');
    for (const tab of [tabA, tabB]) await expect.poll(() => badge(tab), { timeout: 20_000 }).toBe(2);
    await launcher(tabB).click();
    for (const text of ['Are you still there?', 'I have found the payment.']) expect(await shown(tabB, text)).toBe(1);
    // Reading in one tab clears the count in the other.
    await expect.poll(() => badge(tabA), { timeout: 20_000 }).toBe(0);
    await context.close();
  });
});
