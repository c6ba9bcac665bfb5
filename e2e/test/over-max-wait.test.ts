import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { agentSays, english, openChat, openDesk, shown } from '../lib/flows.js';
import { shortWaitRouting, writeServerConfig } from '../lib/server-config.js';

// The queue looks open, but the wait passes the queue's maximum: the server refuses it, the customer is
// told why and leaves a message instead; the desk answers in the same transcript.
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ serverArgs: ['--config', writeServerConfig({ routing: shortWaitRouting(1) }, 'short-wait.json')] });
});
afterAll(() => stack?.stop());

it('over the maximum wait: the reason shows, the customer leaves a message, the desk answers it in the same chat', { timeout: 120_000 }, async () => {
  // An agent is signed in and available (otherwise the reason would be that nobody is).
  const { desk, context: deskContext } = await openDesk(stack);
  const { page, context } = await openChat(stack, english);
  await page.getByRole('button', { name: english.cardsTopic, exact: true }).click();
  await page.getByRole('button', { name: english.talkToPerson, exact: true }).last().click({ timeout: 20_000 });
  await page.getByRole('button', { name: new RegExp(`^${english.joinQueue}`) }).click({ timeout: 20_000 });
  // Refused: no queue any more, the reason, and the alternatives.
  await page.getByText('All our agents are busy right now.').waitFor({ timeout: 20_000 });
  expect(await page.getByRole('button', { name: new RegExp(`^${english.joinQueue}`) }).count()).toBe(0);
  await page.getByRole('button', { name: 'Request a callback', exact: true }).waitFor({ timeout: 5_000 });
  await page.getByRole('button', { name: 'Leave a message', exact: true }).click();

  const text = 'Please call me about my card limit when you can';
  await page.getByLabel('Your message').fill(text);
  await page.getByRole('button', { name: 'Send message' }).click();
  await page.getByText('Your message was sent. We will reply here.').waitFor({ timeout: 20_000 });
  expect(await shown(page, text)).toBe(1);

  const waiting = desk.getByRole('listitem').filter({ hasText: 'Left a message' });
  await waiting.getByRole('button', { name: 'Answer' }).click({ timeout: 20_000 });
  await desk.getByRole('list', { name: 'Conversation' }).getByText(text, { exact: true }).waitFor({ timeout: 20_000 });
  await agentSays(desk, 'We raised your limit this morning.');
  await page.getByText('We raised your limit this morning.', { exact: true }).waitFor({ timeout: 20_000 });
  expect(await shown(page, text)).toBe(1);
  await context.close();
  await deskContext.close();
});
