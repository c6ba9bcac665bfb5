import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { english, openChat, openDesk } from '../lib/flows.js';
import { closedRouting, writeServerConfig } from '../lib/server-config.js';

// Today and tomorrow are holidays in Hong Kong for every queue: asking for a person offers a callback at
// a later time instead of the queue.
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ serverArgs: ['--config', writeServerConfig({ routing: closedRouting() }, 'closed.json')] });
});
afterAll(() => stack?.stop());

describe('out of hours', () => {
  it('offers a callback instead of the queue, and the desk lists it', { timeout: 180_000 }, async () => {
    const { desk } = await openDesk(stack);
    const { page } = await openChat(stack, english);
    await page.getByRole('button', { name: english.cardsTopic, exact: true }).click();
    await page.getByRole('button', { name: english.talkToPerson, exact: true }).last().click({ timeout: 20_000 });
    await page.getByRole('button', { name: english.requestCallback }).click({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: new RegExp(`^${english.joinQueue}`) }).count()).toBe(0);

    await page.getByLabel(english.phone).fill('12345');
    await page.getByLabel(english.consent).check();
    // Closed now: no "as soon as possible"; the times on offer are there with the form.
    expect(await page.getByRole('radio', { name: 'As soon as possible' }).count()).toBe(0);
    await page.getByRole('group', { name: 'At a time I choose' }).getByRole('button').first().click({ timeout: 20_000 });
    await page.getByRole('button', { name: english.submitCallback }).click();
    // A number that is not E.164 is refused in the customer's language, and nothing is lost.
    await page.getByText('Enter the number in international format').waitFor();
    await page.getByLabel(english.phone).fill('+85291234567');
    await page.getByRole('button', { name: english.submitCallback }).click();
    await page.getByText(english.callbackRequested).waitFor({ timeout: 20_000 });

    await desk.getByRole('button', { name: 'Callbacks' }).click();
    await desk.getByText('+85291234567').first().waitFor({ timeout: 20_000 });
  });
});
