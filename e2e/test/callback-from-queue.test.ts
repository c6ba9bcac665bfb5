import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { askForAgent, english, openChat, openDesk } from '../lib/flows.js';

// Waiting in the queue, the customer would rather be called back: the callback is booked, the chat ends
// (which takes it out of the queue and off the agent's offer), and the desk lists the callback.
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.stop());

it('a customer in the queue books a callback instead; the chat leaves the queue and the desk lists the callback', { timeout: 120_000 }, async () => {
  const { desk, context: deskContext } = await openDesk(stack);
  const { page, context } = await openChat(stack, english);
  await askForAgent(page, english);
  // The chat is offered to the agent, who has not accepted yet.
  await desk.getByRole('button', { name: 'Accept' }).waitFor({ timeout: 20_000 });

  await page.getByRole('button', { name: 'Call me back instead', exact: true }).click();
  await page.getByLabel(english.phone).fill('+85291234568');
  await page.getByLabel(english.consent).check();
  await page.getByRole('button', { name: english.submitCallback }).click();
  // The chat ends: the survey or the end shows, with the confirmation either way.
  await page.getByText(english.callbackRequested).waitFor({ timeout: 20_000 });
  expect(await page.getByRole('button', { name: 'Leave the queue' }).count()).toBe(0);

  await expect.poll(() => desk.getByRole('button', { name: 'Accept' }).count(), { timeout: 20_000 }).toBe(0);
  await desk.getByRole('button', { name: 'Callbacks' }).click();
  await desk.getByText('+85291234568').first().waitFor({ timeout: 20_000 });
  await context.close();
  await deskContext.close();
});
