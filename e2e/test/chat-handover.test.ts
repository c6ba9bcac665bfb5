import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { acceptOffer, agentSays, askForAgent, customerSays, english, expectOnceInOrder, openChat, openDesk, PDF_FORM, PNG_1x1, shown, simplifiedChinese } from '../lib/flows.js';

// The whole story in Debian's Chromium against the real server: a guest on the bank site chats with the
// bot, asks for a person, waits, and talks to the demo agent in the desk, through a reload and a cut
// network, until the agent ends and the customer rates.
let stack: DemoStack;
const step = (what: string) => console.log(`${new Date().toISOString()} ${what}`);
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.stop());

describe('a guest on the bank site and the demo agent (en)', () => {
  it('hands over with context, survives a reload and a 20 s cut, ends with a rating', { timeout: 300_000 }, async () => {
    const { desk } = await openDesk(stack);
    const { page } = await openChat(stack, english);
    await askForAgent(page, english);

    await acceptOffer(desk);
    step('The agent already knows where the customer was and what the bot said.');
    // The agent already knows where the customer was and what the bot said.
    await desk.getByText('Foyer Bank · Everyday banking').first().waitFor();
    await expect.poll(() => desk.getByText(/Cards: here are answers/).count()).toBeGreaterThan(0);
    await page.getByText(english.agentJoined).first().waitFor({ timeout: 20_000 });

    await customerSays(page, english, 'Hello, my card payment was declined');
    await desk.getByText('Hello, my card payment was declined', { exact: true }).waitFor();
    await agentSays(desk, 'Hello, I am looking at it now.');
    await page.getByText('Hello, I am looking at it now.', { exact: true }).waitFor();

    step('An attachment from the customer reaches the desk.');
    // An attachment from the customer reaches the desk.
    await page.locator('foyer-composer input[type="file"]').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PNG_1x1 });
    await page.getByText('receipt.png is ready to send').waitFor({ timeout: 20_000 });
    await customerSays(page, english, 'Here is the receipt');
    await desk.getByText(/receipt\.png/).first().waitFor({ timeout: 20_000 });

    step('An attachment from the agent reaches the customer, who downloads the same bytes.');
    await desk.getByLabel('Attach file').setInputFiles({ name: 'dispute-form.pdf', mimeType: 'application/pdf', buffer: PDF_FORM });
    await desk.getByText('ready to send').waitFor({ timeout: 20_000 });
    await agentSays(desk, 'Please fill in this form');
    const attachment = page.getByRole('button', { name: 'Attachment: dispute-form.pdf' });
    await attachment.waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), attachment.click()]);
    expect(download.suggestedFilename()).toBe('dispute-form.pdf');
    expect(await readFile((await download.path())!)).toEqual(PDF_FORM);

    step('A reload shows the whole conversation and it goes on.');
    // A reload shows the whole conversation and it goes on.
    await page.reload();
    await page.locator('foyer-launcher [part="button"]').click();
    await expectOnceInOrder(page, ['Hello, my card payment was declined', 'Hello, I am looking at it now.', 'Here is the receipt'], 20_000);
    await customerSays(page, english, 'Still here after a reload');
    await desk.getByText('Still here after a reload', { exact: true }).waitFor();

    step('20 s without a network while the agent writes three messages: each arrives once, in order.');
    // 20 s without a network while the agent writes three messages: each arrives once, in order.
    stack.customerProxy.setMode('cut');
    for (const n of [1, 2, 3]) {
      await agentSays(desk, `While you were away ${n}`);
      await desk.getByText(`While you were away ${n}`, { exact: true }).waitFor();
    }
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    expect(await shown(page, 'While you were away 1')).toBe(0);
    stack.customerProxy.setMode('pass');
    await expectOnceInOrder(page, ['While you were away 1', 'While you were away 2', 'While you were away 3']);

    await desk.getByRole('button', { name: 'End chat' }).first().click();
    await desk.getByRole('dialog').getByRole('button', { name: 'End chat' }).click();
    await page.getByRole('radio', { name: english.topRating }).check({ timeout: 20_000 });
    await page.getByRole('button', { name: english.submitSurvey }).click();
    await page.getByText(english.surveyThanks).waitFor();
  });

  it('delivers what the agent wrote during 60 s of a silent network (past the dead-stream limit) once, in order', { timeout: 300_000 }, async () => {
    const { desk } = await openDesk(stack);
    const { page } = await openChat(stack, english);
    await askForAgent(page, english);
    await acceptOffer(desk);
    await customerSays(page, english, 'Is anyone there?');
    await desk.getByText('Is anyone there?', { exact: true }).waitFor();

    step('the network goes silent: open connections stay open, nothing passes');
    stack.customerProxy.setMode('blackhole');
    for (const n of [1, 2, 3]) {
      await agentSays(desk, `Into the silence ${n}`);
      await desk.getByText(`Into the silence ${n}`, { exact: true }).waitFor();
    }
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    expect(await shown(page, 'Into the silence 1')).toBe(0);
    stack.customerProxy.setMode('pass');
    step('the network is back');
    await expectOnceInOrder(page, ['Into the silence 1', 'Into the silence 2', 'Into the silence 3']);
    await customerSays(page, english, 'Got them all');
    await desk.getByText('Got them all', { exact: true }).waitFor({ timeout: 30_000 });
    await desk.getByRole('button', { name: 'End chat' }).first().click();
    await desk.getByRole('dialog').getByRole('button', { name: 'End chat' }).click();
    await page.getByRole('radio', { name: english.topRating }).waitFor({ timeout: 20_000 });
  });
});

describe('the same story in Simplified Chinese', () => {
  it('greets, queues, connects, talks and rates in zh-CN', { timeout: 180_000 }, async () => {
    const { desk } = await openDesk(stack);
    const { page } = await openChat(stack, simplifiedChinese);
    await askForAgent(page, simplifiedChinese);
    await acceptOffer(desk);
    await page.getByText(simplifiedChinese.agentJoined).first().waitFor({ timeout: 20_000 });
    await customerSays(page, simplifiedChinese, '我的信用卡被拒绝了');
    await desk.getByText('我的信用卡被拒绝了', { exact: true }).waitFor();
    await agentSays(desk, '您好，我来帮您查看。');
    await page.getByText('您好，我来帮您查看。', { exact: true }).waitFor();
    await desk.getByRole('button', { name: 'End chat' }).first().click();
    await desk.getByRole('dialog').getByRole('button', { name: 'End chat' }).click();
    await page.getByRole('radio', { name: simplifiedChinese.topRating }).check({ timeout: 20_000 });
    await page.getByRole('button', { name: simplifiedChinese.submitSurvey }).click();
    await page.getByText(simplifiedChinese.surveyThanks).waitFor();
  });
});
