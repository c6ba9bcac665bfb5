import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { english, openChat, openDesk } from '../lib/flows.js';

// Today and tomorrow are holidays in Hong Kong for every queue: asking for a person offers a callback at
// a later time instead of the queue.
let stack: DemoStack;
beforeAll(async () => {
  const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong' }).format(new Date(Date.now() + offset * 86_400_000));
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['09:00', '17:00']]]));
  const closed = { timezone: 'Asia/Hong_Kong', hours, holidays: [day(0), day(1)] };
  const config = {
    routing: {
      queues: [
        { id: 'general', name: 'General', topics: [], ...closed },
        { id: 'cards', name: 'Cards', topics: ['cards'], ...closed },
        { id: 'loans', name: 'Loans', topics: ['loans'], ...closed },
      ],
      defaultQueue: 'general',
    },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'foyer-e2e-config-')), 'closed.json');
  writeFileSync(file, JSON.stringify(config));
  stack = await startDemoStack({ serverArgs: ['--config', file] });
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
    await page.getByRole('radio', { name: 'At a time I choose' }).check();
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
