import { expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { DemoStack } from './stack.js';

/** What a customer sees in the chat, by the words the widget uses in each locale. */
export interface CustomerWords {
  lang: string;
  cardsTopic: string;
  talkToPerson: string;
  joinQueue: string;
  queuePosition: RegExp;
  messageBox: string;
  agentJoined: RegExp;
  topRating: string;
  submitSurvey: string;
  surveyThanks: string;
  requestCallback: string;
  phone: string;
  consent: string;
  submitCallback: string;
  callbackRequested: string;
}

export const english: CustomerWords = {
  lang: 'en', cardsTopic: 'Cards', talkToPerson: 'Talk to a person', joinQueue: 'Chat with an agent', queuePosition: /You are number 1 in the queue/,
  messageBox: 'Message', agentJoined: /joined the chat/, topRating: '5 of 5', submitSurvey: 'Send feedback',
  surveyThanks: 'Thank you for your feedback.', requestCallback: 'Request a callback', phone: 'Phone number with country code',
  consent: 'I agree to be called on this number', submitCallback: 'Request callback', callbackRequested: 'Thank you. We will call you back.',
};

export const simplifiedChinese: CustomerWords = {
  lang: 'zh-CN', cardsTopic: '银行卡', talkToPerson: '转人工客服', joinQueue: '与人工客服聊天', queuePosition: /您目前排在第 1 位/,
  messageBox: '消息', agentJoined: /已加入聊天/, topRating: '5 分（满分 5 分）', submitSurvey: '提交评价',
  surveyThanks: '感谢您的反馈。', requestCallback: '预约回电', phone: '电话号码（含国家/地区代码）', consent: '我同意通过此号码接听来电',
  submitCallback: '提交回电请求', callbackRequested: '谢谢，我们会给您回电。',
};

const LONG = { timeout: 20_000 };

/** The demo agent, signed in to the desk and available. */
export async function openDesk(stack: DemoStack): Promise<{ context: BrowserContext; desk: Page }> {
  const context = await stack.browser.newContext();
  const desk = await context.newPage();
  await desk.goto(stack.deskUrl);
  await desk.getByLabel('Email').fill('agent@demo.bank');
  await desk.getByLabel('Password').fill('foyer-demo');
  await desk.getByRole('button', { name: 'Sign in' }).click();
  // The radio shows the server's presence: a click that lands before the desk's first presence answer is
  // undone by that answer (reported in the closing note), so click again until the server says available.
  const available = desk.getByRole('radio', { name: 'Available' });
  await available.waitFor(LONG);
  await expect
    .poll(async () => {
      if (!(await available.isChecked())) await available.click();
      return available.isChecked();
    }, LONG)
    .toBe(true);
  return { context, desk };
}

/** Signs in to the bank site's online banking as a demo customer (`alex`: everyday, `mei`: private banking). */
export async function signInToBank(page: Page, username: 'alex' | 'mei'): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor(LONG);
}

/**
 * A customer on the bank's home page with the chat panel open and the bot's greeting shown: a guest, or
 * a demo customer signed in to the bank first.
 */
export async function openChat(stack: DemoStack, words: CustomerWords, path = '/', customer?: 'alex' | 'mei'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await stack.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${stack.bankUrl}${path}?lang=${words.lang}`);
  if (customer) await signInToBank(page, customer);
  await page.locator('foyer-launcher [part="button"]').click();
  await page.getByRole('button', { name: words.cardsTopic, exact: true }).waitFor(LONG);
  return { context, page };
}

/** The customer picks a topic, asks for a person and joins the queue. */
export async function askForAgent(page: Page, words: CustomerWords): Promise<void> {
  await page.getByRole('button', { name: words.cardsTopic, exact: true }).click();
  await page.getByRole('button', { name: words.talkToPerson, exact: true }).last().click(LONG);
  await page.getByRole('button', { name: new RegExp(`^${words.joinQueue}`) }).click(LONG);
  await page.getByText(words.queuePosition).waitFor(LONG);
}

/** The agent accepts the offer that just arrived and sees the chat. */
export async function acceptOffer(desk: Page): Promise<void> {
  await desk.getByRole('button', { name: 'Accept' }).click(LONG);
  await desk.getByRole('textbox', { name: 'Reply' }).waitFor(LONG);
}

export async function customerSays(page: Page, words: CustomerWords, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: words.messageBox, exact: true });
  await box.fill(text);
  await box.press('Enter');
}

/**
 * The agent sends a reply and waits until the desk has sent it (the box empties), as an agent sees it go
 * before typing on: the desk clears the box when a send completes, so text typed while the previous
 * message was still sending is lost (a desk bug, reported).
 */
export async function agentSays(desk: Page, text: string): Promise<void> {
  const box = desk.getByRole('textbox', { name: 'Reply' });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => box.inputValue(), { timeout: 20_000 }).toBe('');
}

/** How often a message bubble with exactly this text is shown. */
export const shown = (page: Page, text: string) => page.getByText(text, { exact: true }).count();

/** Waits until each text is shown exactly once, then checks they appear in this order in the transcript. */
export async function expectOnceInOrder(page: Page, texts: string[], timeout = 60_000): Promise<void> {
  for (const text of texts) await expect.poll(() => shown(page, text), { timeout }).toBe(1);
  const tops = [];
  for (const text of texts) tops.push((await page.getByText(text, { exact: true }).boundingBox())?.y ?? Number.NaN);
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
}

/** A tiny valid PNG (1×1), for attachments. */
export const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** A minimal PDF (the server checks the magic bytes against the declared type). */
export const PDF_FORM = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
