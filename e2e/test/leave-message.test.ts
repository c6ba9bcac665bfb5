import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { agentSays, english, openChat, openDesk, shown } from '../lib/flows.js';
import { closedRouting, writeServerConfig } from '../lib/server-config.js';

// Out of hours the customer leaves a message in the chat itself; the desk answers it later in the same
// conversation, and the customer reads the answer there, before and after a reload.
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ serverArgs: ['--config', writeServerConfig({ routing: closedRouting() }, 'closed.json')] });
});
afterAll(() => stack?.stop());

describe('leave a message', () => {
  it.each([
    ['a guest', undefined],
    ['a signed-in customer', 'alex'],
  ] as const)('%s: the message shows once, the desk lists it and answers, the customer reads the answer', { timeout: 120_000 }, async (_who, customer) => {
    const { desk, context: deskContext } = await openDesk(stack);
    const { page, context } = await openChat(stack, english, '/', customer);
    await page.getByRole('button', { name: english.cardsTopic, exact: true }).click();
    await page.getByRole('button', { name: english.talkToPerson, exact: true }).last().click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Leave a message', exact: true }).click({ timeout: 20_000 });
    // A reload here comes back to the message form: the escalation's chunk loads before its stored state resumes.
    await page.getByLabel('Your message').waitFor({ timeout: 20_000 });
    await page.reload();
    await page.locator('foyer-launcher [part="button"]').click();
    const text = 'Please look at the fee on my card statement';
    await page.getByLabel('Your message').fill(text);
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect.poll(() => shown(page, text)).toBe(1);
    // Stays once: a late echo from the stream or a history load must not add a second copy.
    await page.waitForTimeout(1500);
    expect(await shown(page, text)).toBe(1);
    // The customer is told the message is with the bank, not put in a queue they could leave (which
    // would withdraw the message); the same after a reload.
    await page.getByText('Your message was sent. We will reply here.').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Leave the queue' }).count()).toBe(0);
    await page.reload();
    await page.locator('foyer-launcher [part="button"]').click();
    await page.getByText('Your message was sent. We will reply here.').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: 'Leave the queue' }).count()).toBe(0);
    expect(await shown(page, text)).toBe(1);

    const waiting = desk.getByRole('listitem').filter({ hasText: 'Left a message' });
    await waiting.getByRole('button', { name: 'Answer' }).click({ timeout: 20_000 });
    await desk.getByRole('list', { name: 'Conversation' }).getByText(text, { exact: true }).waitFor({ timeout: 20_000 });
    await agentSays(desk, 'We refunded the fee today.');
    await page.getByText('We refunded the fee today.', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await shown(page, text)).toBe(1);

    await page.reload();
    await page.locator('foyer-launcher [part="button"]').click();
    await page.getByText('We refunded the fee today.', { exact: true }).waitFor({ timeout: 20_000 });
    expect(await shown(page, text)).toBe(1);
    expect(await shown(page, 'We refunded the fee today.')).toBe(1);
    await context.close();
    await deskContext.close();
  });
});
