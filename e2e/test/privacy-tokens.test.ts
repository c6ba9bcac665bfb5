import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { acceptOffer, agentSays, askForAgent, customerSays, english, openChat, openDesk, shown, signInToBank } from '../lib/flows.js';
import { foyerEntries, storedState } from '../lib/storage-probe.js';

// Access tokens live 2 s here, so a short chat crosses several expiries.
const TOKEN_SECONDS = 2;
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ serverArgs: ['--access-token-ttl', String(TOKEN_SECONDS)] });
});
afterAll(() => stack?.stop());

const launcher = (page: Page) => page.locator('foyer-launcher [part="button"]');

/**
 * Records, every 100 ms in the page, any connection banner, alert or failed message the panel shows, so a
 * banner that comes and goes between two checks is still caught.
 */
async function watchForTrouble(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen = new Set<string>();
    const scan = (root: ParentNode) => {
      for (const el of root.querySelectorAll('[part="banner"], [role="alert"], .error')) {
        const text = el.textContent?.trim();
        if (text) seen.add(text);
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) scan(el.shadowRoot);
    };
    (window as unknown as { foyerTrouble: Set<string> }).foyerTrouble = seen;
    setInterval(() => scan(document), 100);
  });
  return () => page.evaluate(() => [...(window as unknown as { foyerTrouble: Set<string> }).foyerTrouble]);
}

describe('privacy', () => {
  it('stores nothing of Foyer before the first interaction, next to the bank site’s own cookies', { timeout: 60_000 }, async () => {
    const context = await stack.browser.newContext();
    const setBy = new Set<string>();
    context.on('response', async (response) => {
      if (await response.headerValue('set-cookie')) setBy.add(new URL(response.url()).origin);
    });
    const page = await context.newPage();
    await page.goto(`${stack.bankUrl}/?lang=en`);
    // A signed-in bank customer: the bank's own session cookies are there.
    await signInToBank(page, 'alex');
    // Past the launcher's idle preload (4 s at most) and the availability check, no gesture yet.
    await page.waitForTimeout(5_000);
    const before = await storedState(context, page);
    expect(before.cookies.length).toBeGreaterThan(0);
    expect(foyerEntries(before)).toEqual([]);
    expect(before.localStorage).toEqual([]);
    expect(before.sessionStorage).toEqual([]);
    expect(Object.keys(before.indexedDB)).toEqual([]);
    expect([...setBy]).toEqual([stack.bankUrl]);

    // The probe does see Foyer's storage once the customer opens the chat.
    await launcher(page).click();
    await page.getByRole('button', { name: english.cardsTopic, exact: true }).waitFor({ timeout: 20_000 });
    await expect.poll(async () => foyerEntries(await storedState(context, page)).length).toBeGreaterThan(0);
    expect((await storedState(context, page)).cookies).toEqual(before.cookies);
    await context.close();
  });

  it('logout() on the launcher ends the chat and wipes what Foyer stored', { timeout: 90_000 }, async () => {
    const { desk } = await openDesk(stack);
    const { context, page } = await openChat(stack, english);
    await askForAgent(page, english);
    await acceptOffer(desk);
    await customerSays(page, english, 'I am on a shared computer');
    await desk.getByText('I am on a shared computer', { exact: true }).waitFor({ timeout: 20_000 });
    const during = await storedState(context, page);
    expect(Object.values(during.indexedDB).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    const loggedOut = page.evaluate(() => new Promise<boolean>((resolve) => document.querySelector('foyer-launcher')!.addEventListener('foyer-session-logout', () => resolve(true), { once: true })));
    await page.evaluate(() => (document.querySelector('foyer-launcher') as HTMLElement & { logout(): Promise<void> }).logout());
    expect(await loggedOut).toBe(true);
    await desk.getByText('This chat has ended.').first().waitFor({ timeout: 20_000 });

    const after = await storedState(context, page);
    expect([...after.localStorage, ...after.sessionStorage]).toEqual([]);
    expect(Object.values(after.indexedDB).reduce((a, b) => a + b, 0)).toBe(0);
    // The next page view starts afresh: no conversation resumes, the old messages are gone.
    await page.reload();
    await launcher(page).click();
    await page.getByRole('button', { name: english.cardsTopic, exact: true }).waitFor({ timeout: 20_000 });
    expect(await shown(page, 'I am on a shared computer')).toBe(0);
    await context.close();
  });
});

describe('short-lived access tokens', () => {
  it(`keeps the conversation going across several ${TOKEN_SECONDS} s token expiries without a connection banner`, { timeout: 120_000 }, async () => {
    const { desk } = await openDesk(stack);
    const { context, page } = await openChat(stack, english);
    const trouble = await watchForTrouble(page);
    const refreshes: number[] = [];
    context.on('response', (response) => {
      if (new URL(response.url()).pathname === '/v1/sessions/refresh') refreshes.push(response.status());
    });
    await askForAgent(page, english);
    await acceptOffer(desk);
    for (const n of [1, 2, 3, 4]) {
      await page.waitForTimeout(TOKEN_SECONDS * 1000 + 500);
      await customerSays(page, english, `Customer line ${n}`);
      await desk.getByText(`Customer line ${n}`, { exact: true }).waitFor({ timeout: 20_000 });
      await agentSays(desk, `Agent line ${n}`);
      await page.getByText(`Agent line ${n}`, { exact: true }).waitFor({ timeout: 20_000 });
    }
    for (const n of [1, 2, 3, 4]) {
      expect(await shown(page, `Customer line ${n}`)).toBe(1);
      expect(await shown(page, `Agent line ${n}`)).toBe(1);
    }
    // The tokens really expired and were renewed silently.
    expect(refreshes.length).toBeGreaterThanOrEqual(3);
    expect(refreshes.every((status) => status === 200)).toBe(true);
    expect(await trouble()).toEqual([]);
    // The watch does see a banner: a cut network shows one at once.
    stack.customerProxy.setMode('cut');
    try {
      await expect.poll(async () => (await trouble()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    } finally {
      stack.customerProxy.setMode('pass');
    }
    await context.close();
  });
});
