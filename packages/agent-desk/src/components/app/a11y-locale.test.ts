import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DEMO_EMAIL, conversationView, createDeskMock, message, offer } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

/** Runs axe over the whole document (shadow roots included) and lists violations readably. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' > ')).join(', ')})`);
}

const mockWithChat = () =>
  createDeskMock({
    offers: [offer('conv-7', 'Wang Fang')],
    assigned: [conversationView('conv-1', 'Mei Chen')],
    messages: { 'conv-1': [message('conv-1', 3, 'customer', 'Hello', 'Mei Chen'), message('conv-1', 4, 'agent', 'Hi Mei, how can I help?', 'Alex Agent')] },
  });

describe('accessibility (axe)', () => {
  it('finds nothing on the sign-in form, with an error shown', async () => {
    const { app } = await mountDesk(createDeskMock().handlers);
    const form = deep(app, 'foyer-desk-sign-in', 'form')!;
    await userEvent.fill(form.querySelector('input[name=email]')!, DEMO_EMAIL);
    await userEvent.fill(form.querySelector('input[name=password]')!, 'nope');
    await userEvent.click(form.querySelector('button')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-sign-in', '[role=alert]'))).not.toBe('');
    expect(await violations()).toEqual([]);
  });

  it('finds nothing on the queue with an offer, a chat with its context panel, and the callbacks', async () => {
    const mock = mockWithChat();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(1);
    expect(await violations()).toEqual([]);

    await userEvent.click(deepAll(app, 'nav', 'button').find((b) => textOf(b).startsWith('Mei Chen'))!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-context-panel'))).toContain('Fixed-rate mortgages');
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('Hi Mei');
    expect(await violations()).toEqual([]);

    await userEvent.click(deepAll(app, 'nav', 'button')[1]!);
    await expect.poll(() => deepAll(app, 'foyer-desk-callbacks', 'li').length).toBe(2);
    expect(await violations()).toEqual([]);
  });
});

describe('zh-CN', () => {
  it('renders the sign-in form and its errors in Simplified Chinese', async () => {
    const { app } = await mountDesk(createDeskMock().handlers, { lang: 'zh-CN' });
    expect(textOf(deep(app, 'foyer-desk-sign-in', 'h1'))).toBe('登录坐席工作台');
    const form = deep(app, 'foyer-desk-sign-in', 'form')!;
    await userEvent.fill(form.querySelector('input[name=email]')!, DEMO_EMAIL);
    await userEvent.fill(form.querySelector('input[name=password]')!, 'nope');
    await userEvent.click(form.querySelector('button')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-sign-in', '[role=alert]'))).toBe('电子邮箱或密码不正确。');
  });

  it('renders the console, offer and chat in Simplified Chinese with Chinese times and counts', async () => {
    const mock = mockWithChat();
    const { app } = await mountDesk(mock.handlers, { signedIn: true, lang: 'zh-CN' });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-queue', '.offer'))).toContain('来自 Wang Fang 的会话');
    expect(textOf(deep(app, 'foyer-desk-queue'))).toContain('我的队列');
    expect(textOf(deep(app, 'foyer-desk-queue'))).toContain('2 人等待中');
    expect(textOf(deep(app, 'foyer-desk-queue'))).toMatch(/预计等待 2\s*分钟/);
    expect(textOf(deep(app, 'foyer-desk-queue', '.offer button.primary'))).toBe('接受');
    expect(textOf(deep(app, 'header'))).toContain('退出登录');
    await userEvent.click(deepAll(app, 'nav', 'button').find((b) => textOf(b).startsWith('Mei Chen'))!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-context-panel'))).toContain('机器人收集的信息');
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-context-panel'))).toContain('机器人给出的答案：Can I overpay my mortgage?');
    expect(textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-context-panel'))).toContain('机器人未找到答案');
    expect(textOf(deep(app, 'foyer-desk-chat', 'header'))).toContain('暂停');
    expect(textOf(deep(app, 'foyer-desk-chat', 'header'))).toContain('结束会话');
    expect(textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-composer'))).toContain('按 Enter 发送');
  });

  it('uses Traditional Chinese for zh-TW and zh-HK', async () => {
    const { app } = await mountDesk(createDeskMock().handlers, { lang: 'zh-HK' });
    expect(textOf(deep(app, 'foyer-desk-sign-in', 'h1'))).toBe('登入客服工作台');
  });
});
