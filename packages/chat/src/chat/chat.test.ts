import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import { createChatHost, type ChatHost } from '@foyer/core';
import { createNodePlatform } from '@foyer/core/node';
import { translationLoaded } from '@foyer/core/lit';
import '../define/foyer-chat.js';
import type { FoyerChat } from './chat.js';
import { MockEngagement, AGENT, BOT, CUSTOMER, type MockOptions } from '../testing/mock-engagement.fixtures.js';

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

let host: ChatHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
  worker.resetHandlers();
  document.body.replaceChildren();
});

const botAnswer = (text: string) =>
  text.includes('person')
    ? [{ type: 'text' as const, text: 'Connecting you.' }]
    : [
        { type: 'markdown' as const, markdown: text ? `You said **${text}**` : 'Hello! **How** can I help?' },
        { type: 'quick_replies' as const, replies: [{ id: 'cards', label: 'Cards' }, { id: 'person', label: 'Talk to a person', value: 'escalate' }] },
      ];

async function mount(mock: MockEngagement, lang = 'en'): Promise<FoyerChat> {
  worker.use(...mock.handlers());
  host = createChatHost({ client: { baseUrl: location.origin, platform: createNodePlatform(), stream: { backoff: { initialMs: 50, maxMs: 200 } } }, conversation: { topic: 'cards' } });
  const el = document.createElement('foyer-chat');
  el.setAttribute('inline', '');
  el.lang = lang;
  el.host = host;
  document.body.append(el);
  host.setVisible(true);
  await host.start();
  // The first render waits for the language's strings (a lazy chunk); then the sub-elements render.
  await el.updateComplete;
  await el.shadowRoot!.querySelector('foyer-composer')!.updateComplete;
  return el;
}

/** Waits until the host's conversation exists on the (mock) server; its id. */
async function conversationStarted(): Promise<string> {
  await expect.poll(() => host!.actor?.getSnapshot().context.conversationId).toBeTruthy();
  return host!.actor!.getSnapshot().context.conversationId!;
}

/** Text of the panel including its sub-elements' shadow roots. */
function deepText(root: Element | ShadowRoot): string {
  let text = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element) text += ' ' + deepText(node.shadowRoot ?? node) + (node.shadowRoot ? deepText(node) : '');
  }
  return text.replace(/\s+/g, ' ');
}
const parts = (el: FoyerChat) => {
  const transcript = el.shadowRoot!.querySelector('foyer-transcript')!;
  const composer = el.shadowRoot!.querySelector('foyer-composer')!;
  return { transcript, composer, textarea: composer.shadowRoot!.querySelector('textarea')!, text: () => deepText(el.shadowRoot!) };
};
function type(textarea: HTMLTextAreaElement, value: string): void {
  textarea.value = value;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
const buttonNamed = (root: ShadowRoot, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name));

/** A panel whose conversation waits in the queue at `position`. */
async function queuedChat(position: number, options?: MockOptions) {
  const mock = new MockEngagement(options);
  const el = await mount(mock);
  const id = await conversationStarted();
  mock.setState(id, 'queued');
  mock.queueUpdate(id, { position, ewtSeconds: 60 * position, ewtSource: 'estimated', queueName: 'cards', updatedAt: new Date().toISOString() });
  return { mock, el, id };
}

/** From the queue: "Call me back instead" (focus moves to the number), a number, consent, and send. */
async function bookCallbackFromQueue(el: FoyerChat): Promise<void> {
  await userEvent.click(buttonNamed(el.shadowRoot!, 'Call me back instead')!);
  await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('phone');
  await userEvent.keyboard('+85223456789');
  await userEvent.click(el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
  await userEvent.click(buttonNamed(el.shadowRoot!, 'Request callback')!);
}

describe('<foyer-chat>', () => {
  it('greets, sends with Enter (never while an IME composes), renders markdown and quick replies, escalates to the queue', async () => {
    const mock = new MockEngagement({ botAnswer });
    const el = await mount(mock);
    const ui = parts(el);
    await expect.poll(() => ui.transcript.shadowRoot?.querySelector('strong')?.textContent).toBe('How');

    await conversationStarted();
    type(ui.textarea, '你好');
    ui.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    ui.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 100));
    expect(mock.requests.filter((r) => r.path.endsWith('/messages'))).toEqual([]);
    ui.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(mock.requests.filter((r) => r.path.endsWith('/messages'))).toEqual([]);
    ui.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await expect.poll(() => ui.transcript.shadowRoot!.querySelectorAll('strong').length).toBeGreaterThan(1);
    expect(ui.text()).toContain('You said 你好');

    // The latest message's quick replies: "Talk to a person" sends the selection and escalates.
    const escalate = () => buttonNamed(ui.transcript.shadowRoot!, 'Talk to a person');
    await expect.poll(() => escalate()).toBeTruthy();
    escalate()!.click();
    await expect.poll(() => buttonNamed(el.shadowRoot!, 'Chat with an agent')).toBeTruthy();
    // The selection goes through the outbox (asynchronously); the escalation does not wait for it.
    const sent = () => mock.requests.find((r) => r.path.endsWith('/messages') && JSON.stringify(r.body).includes('quick_reply_selection'));
    await expect.poll(() => sent()?.body).toMatchObject({ parts: [{ type: 'quick_reply_selection', replyId: 'person', text: 'Talk to a person' }] });
    buttonNamed(el.shadowRoot!, 'Chat with an agent')!.click();
    await expect.poll(() => ui.text()).toContain('You are number 3 in the queue');
    expect(ui.text()).toContain('Estimated wait: 4 minutes');

    // The agent joins, types, answers: the live region announces it.
    const id = host!.actor!.getSnapshot().context.conversationId!;
    mock.agentJoins(id);
    mock.typing(id);
    await expect.poll(() => ui.transcript.shadowRoot!.querySelector('.typing')?.textContent).toContain('Mei is typing');
    mock.say(id, AGENT, [{ type: 'text', text: 'Hi, I am Mei.' }]);
    await expect.poll(() => ui.transcript.shadowRoot!.querySelector('[role="status"]')?.textContent).toBe('Mei: Hi, I am Mei.');
  });

  it('masks a card number before sending and says so', async () => {
    const mock = new MockEngagement({ botAnswer });
    const el = await mount(mock);
    const ui = parts(el);
    await conversationStarted();
    type(ui.textarea, 'card ４１１１ １１１１ １１１１ １１１１ lost');
    ui.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await expect.poll(() => mock.requests.find((r) => r.path.endsWith('/messages'))?.body).toMatchObject({ parts: [{ type: 'text', text: 'card •••• •••• •••• １１１１ lost' }] });
    await expect.poll(() => ui.composer.shadowRoot!.textContent).toContain('we hid a card number');
  });

  it('limits the length in code points from the session, with a counter', async () => {
    const mock = new MockEngagement({ maxCodePoints: 10 });
    const el = await mount(mock);
    const ui = parts(el);
    await conversationStarted();
    type(ui.textarea, '😀😀😀😀😀😀😀😀😀');
    await expect.poll(() => ui.composer.shadowRoot!.textContent).toContain('1 of 10 characters left');
    type(ui.textarea, '😀😀😀😀😀😀😀😀😀😀😀😀');
    await expect.poll(() => ui.composer.shadowRoot!.textContent).toContain('2 characters too long');
    expect(ui.composer.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]')!.disabled).toBe(true);
  });

  it('shows a failed message with retry and discard', async () => {
    const mock = new MockEngagement({ failSends: 409 });
    const el = await mount(mock);
    const ui = parts(el);
    await conversationStarted();
    type(ui.textarea, 'hello');
    ui.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await expect.poll(() => buttonNamed(ui.transcript.shadowRoot!, 'Discard')).toBeTruthy();
    expect(ui.text()).toContain('Not sent');
    buttonNamed(ui.transcript.shadowRoot!, 'Discard')!.click();
    await expect.poll(() => buttonNamed(ui.transcript.shadowRoot!, 'Discard')).toBeUndefined();
  });

  it('uploads attachments with progress, refuses what the limits or the scan reject, and sends the ready ones', async () => {
    const mock = new MockEngagement();
    const el = await mount(mock);
    const ui = parts(el);
    await conversationStarted();
    const input = ui.composer.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(200_000)], 'statement.png', { type: 'image/png' }));
    files.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    files.items.add(new File([new Uint8Array(10)], 'virus.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const composerText = () => ui.composer.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    await expect.poll(composerText).toContain('statement.png is ready to send');
    // The list's styles came with the upload chunk.
    expect(getComputedStyle(ui.composer.shadowRoot!.querySelector('.uploads')!).display).toBe('grid');
    await expect.poll(composerText).toContain('virus.png was rejected by our security check.');
    expect(composerText()).toContain('notes.txt is a file type we cannot accept.');
    // Only the two allowed files were uploaded; the refused one never left the browser.
    expect(mock.requests.filter((r) => r.method === 'PUT').length).toBe(2);
    expect([...mock.attachments.values()].find((a) => a.name === 'statement.png')?.received).toBe(200_000);
    type(ui.textarea, 'my statement');
    ui.textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const attachmentId = [...mock.attachments.values()].find((a) => a.name === 'statement.png')!.id;
    await expect.poll(() => mock.requests.find((r) => r.path.endsWith('/messages'))?.body).toMatchObject({ attachmentIds: [attachmentId], parts: [{ type: 'text', text: 'my statement' }] });
    await expect.poll(() => ui.transcript.shadowRoot!.querySelector('.attachments')?.textContent).toContain('Attachment: statement.png');
  });

  it('loads the panes’ strings with the panes, not on open (zh-CN)', async () => {
    const mock = new MockEngagement({ botAnswer });
    const el = await mount(mock, 'zh-CN');
    const ui = parts(el);
    expect(translationLoaded('zh-CN')).toBe(true);
    expect(translationLoaded('zh-CN', ['onDemand'])).toBe(false);
    const escalate = () => buttonNamed(ui.transcript.shadowRoot!, 'Talk to a person');
    await expect.poll(() => escalate()).toBeTruthy();
    escalate()!.click();
    await expect.poll(() => buttonNamed(el.shadowRoot!, '与人工客服聊天')).toBeTruthy();
    expect(translationLoaded('zh-CN', ['onDemand'])).toBe(true);
    expect(ui.text()).toContain('您希望如何继续？');
    buttonNamed(el.shadowRoot!, '与人工客服聊天')!.click();
    await expect.poll(() => ui.text()).toContain('您目前排在第 3 位');
    expect(ui.text()).toContain('预计等待时间：4分钟');
  });

  it('renders a card and a form from their lazily loaded chunk, and sends the form', async () => {
    const mock = new MockEngagement();
    const el = await mount(mock);
    const ui = parts(el);
    const id = await conversationStarted();
    mock.say(id, BOT, [
      { type: 'card', card: { title: 'Platinum card', text: 'No annual fee.', actions: [{ id: 'more', label: 'Details', kind: 'link', url: 'https://bank.example/platinum' }] } },
      { type: 'form', formId: 'details', title: 'Your question', fields: [{ id: 'question', label: 'Question', kind: 'textarea', required: true }], submitLabel: 'Send details' },
    ]);
    const log = () => ui.transcript.shadowRoot!;
    await expect.poll(() => log().querySelector('form[part="form"]')).toBeTruthy();
    expect(log().querySelector('[part="card"] h3')?.textContent).toBe('Platinum card');
    // Their styles came with them.
    expect(getComputedStyle(log().querySelector('[part="card"]')!).borderTopStyle).toBe('solid');
    expect(getComputedStyle(log().querySelector('[part="form"]')!).display).toBe('grid');
    expect(log().querySelector<HTMLAnchorElement>('[part="card"] a')?.href).toBe('https://bank.example/platinum');
    log().querySelector<HTMLTextAreaElement>('textarea[name="question"]')!.value = 'Why was I charged?';
    buttonNamed(log(), 'Send details')!.click();
    await expect.poll(() => mock.requests.find((r) => r.path.endsWith('/messages'))?.body).toMatchObject({
      parts: [{ type: 'form_submission', formId: 'details', values: { question: 'Why was I charged?' } }],
    });
    // The answer shows in the transcript (rendered by the same chunk).
    await expect.poll(() => log().querySelector('.values')?.textContent).toBe('question: Why was I charged?');
  });

  it('says why the queue is not offered: over the wait (en), closed until the next opening (zh-CN)', async () => {
    const longWait = new MockEngagement({
      availability: { timezone: 'UTC', now: { chat: { available: true, ewtSeconds: 1800, ewtSource: 'estimated' }, callback: { available: true }, call: { available: false } }, days: [] },
    });
    const el = await mount(longWait);
    await conversationStarted();
    host!.actor!.send({ type: 'REQUEST_HUMAN' });
    await expect.poll(() => parts(el).text()).toContain('All our agents are busy; the wait is longer than 15 minutes.');
    expect(buttonNamed(el.shadowRoot!, 'Chat with an agent')).toBeUndefined();
    expect(buttonNamed(el.shadowRoot!, 'Request a callback')).toBeDefined();
    await host!.close();
    document.body.replaceChildren();

    const nextOpenAt = '2026-11-24T01:00:00Z';
    const closed = new MockEngagement({
      availability: { timezone: 'UTC', now: { chat: { available: false, reason: 'outside_business_hours' }, callback: { available: true }, call: { available: false } }, nextOpenAt, days: [] },
    });
    const zh = await mount(closed, 'zh-CN');
    await conversationStarted();
    host!.actor!.send({ type: 'REQUEST_HUMAN' });
    const opensAt = new Intl.DateTimeFormat('zh-CN', { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(new Date(nextOpenAt));
    await expect.poll(() => parts(zh).text()).toContain(`我们现在已下班，将于 ${opensAt} 开始服务。`);
  });

  it('waiting in the queue, "Call me back instead" opens the callback form with focus on the number; Back returns to the wait', async () => {
    const { mock, el } = await queuedChat(2);
    await expect.poll(() => buttonNamed(el.shadowRoot!, 'Call me back instead')).toBeDefined();
    // The form takes focus only as the result of the customer's click.
    await userEvent.click(buttonNamed(el.shadowRoot!, 'Call me back instead')!);
    await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe('phone');
    await userEvent.click(buttonNamed(el.shadowRoot!, 'Back')!);
    await expect.poll(() => parts(el).text()).toContain('You are number 2 in the queue');
    expect(host!.actor!.getSnapshot().matches({ live: 'queued' })).toBe(true);
    // Focus does not fall to the page: it returns to the button that opened the form.
    await expect.poll(() => el.shadowRoot!.activeElement?.textContent?.trim()).toBe('Call me back instead');

    // Booked: the chat ends (the mock's end offers the survey, whose event may beat the end's answer),
    // and the confirmation shows whichever pane follows.
    await bookCallbackFromQueue(el);
    await expect.poll(() => parts(el).text()).toContain('Thank you. We will call you back.');
    // The confirmation shows while the end is still on its way (ending): the request is counted once it arrived.
    const ends = () => mock.requests.filter((r) => r.path.endsWith(':end')).length;
    await expect.poll(ends).toBe(1);
    await expect.poll(() => (['survey', 'ended'] as const).some((state) => host!.actor!.getSnapshot().matches(state))).toBe(true);
    expect(ends()).toBe(1);
  });

  it('a callback booked from the queue whose end then fails still says it is booked, beside the retry', async () => {
    // The first end is refused (not a retryable failure); the retry is answered.
    const { mock, el } = await queuedChat(1, { failEnds: 1 });
    await expect.poll(() => buttonNamed(el.shadowRoot!, 'Call me back instead')).toBeDefined();
    await bookCallbackFromQueue(el);
    await expect.poll(() => parts(el).text()).toContain('We could not end the chat.');
    expect(parts(el).text()).toContain('Thank you. We will call you back.');
    await userEvent.click(buttonNamed(el.shadowRoot!, 'Retry')!);
    await expect.poll(() => (['survey', 'ended'] as const).some((state) => host!.actor!.getSnapshot().matches(state))).toBe(true);
    const ends = mock.requests.filter((r) => r.path.endsWith(':end'));
    expect(ends).toHaveLength(2);
    for (const end of ends) expect(end.body).toMatchObject({ reason: 'callback_requested' });
    expect(parts(el).text()).toContain('Thank you. We will call you back.');
    expect(parts(el).text()).not.toContain('We could not end the chat.');
  });

  it('Back from the callback or message form puts focus on the button that opened it', async () => {
    const el = await mount(new MockEngagement({
      availability: { timezone: 'UTC', now: { chat: { available: true, ewtSeconds: 1800, ewtSource: 'estimated' }, callback: { available: true }, call: { available: false } }, days: [] },
    }));
    await conversationStarted();
    host!.actor!.send({ type: 'REQUEST_HUMAN' });
    for (const [opener, field] of [['Request a callback', 'phone'], ['Leave a message', 'lm-text']] as const) {
      await expect.poll(() => buttonNamed(el.shadowRoot!, opener)).toBeDefined();
      await userEvent.click(buttonNamed(el.shadowRoot!, opener)!);
      await expect.poll(() => el.shadowRoot!.activeElement?.id).toBe(field);
      await userEvent.click(buttonNamed(el.shadowRoot!, 'Back')!);
      await expect.poll(() => el.shadowRoot!.activeElement?.textContent?.trim()).toBe(opener);
    }
  });

  it('asking to end a chat that holds a left message says the message will be withdrawn (a wait in the queue does not)', async () => {
    const { mock, el, id } = await queuedChat(1);
    await expect.poll(() => parts(el).text()).toContain('You are number 1 in the queue');
    await userEvent.click(buttonNamed(el.shadowRoot!, 'End chat')!);
    await expect.poll(() => parts(el).text()).toContain('End this chat?');
    expect(parts(el).text()).not.toContain('withdraws');
    await userEvent.click(buttonNamed(el.shadowRoot!, 'Keep chatting')!);
    // Focus goes back to the button that asked, not to the page.
    await expect.poll(() => el.shadowRoot!.activeElement?.textContent?.trim()).toBe('End chat');

    mock.queueUpdate(id, { ewtSource: 'estimated', queueName: 'cards', leftMessage: true, updatedAt: new Date().toISOString() });
    await expect.poll(() => parts(el).text()).toContain('Your message was sent. We will reply here.');
    await userEvent.click(buttonNamed(el.shadowRoot!, 'End chat')!);
    const dialog = () => el.shadowRoot!.querySelector('[role="alertdialog"]')!;
    await expect.poll(() => dialog()?.textContent).toContain('Ending it withdraws the message you left for our team.');
    expect(el.shadowRoot!.getElementById(dialog().getAttribute('aria-describedby')!)?.textContent).toBe('Ending it withdraws the message you left for our team.');
    await userEvent.click(dialog().querySelector('button.primary')!);
    await expect.poll(() => mock.requests.filter((r) => r.path.endsWith(':end')).length).toBe(1);
  });

  it('a form restored without a gesture (a reload) leaves focus where it is', async () => {
    const mock = new MockEngagement();
    const el = await mount(mock);
    const id = await conversationStarted();
    mock.setState(id, 'queued');
    await expect.poll(() => host!.actor!.getSnapshot().matches({ live: 'queued' })).toBe(true);
    host!.actor!.send({ type: 'REQUEST_CALLBACK' });
    await expect.poll(() => el.shadowRoot!.querySelector('#phone')).toBeTruthy();
    expect(el.shadowRoot!.activeElement).toBeNull();
  });

  it('a failed hand-over returns to the bot saying so; "talk to a person" asks again', async () => {
    const mock = new MockEngagement();
    const el = await mount(mock);
    const id = await conversationStarted();
    host!.actor!.send({ type: 'REQUEST_HUMAN' });
    await expect.poll(() => parts(el).text()).toContain('Chat with an agent');
    mock.emit(id, 'escalation.failed', { reason: 'error' });
    await expect.poll(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('We could not reach our agents just now.');
    buttonNamed(el.shadowRoot!, 'Talk to a person')!.click();
    await expect.poll(() => parts(el).text()).toContain('Chat with an agent');
    expect(parts(el).text()).not.toContain('We could not reach our agents');
  });

  it('shows the server’s idle warning from the lazily loaded panes; "still here" answers it', async () => {
    const mock = new MockEngagement();
    const el = await mount(mock);
    const ui = parts(el);
    const id = await conversationStarted();
    mock.agentJoins(id);
    await expect.poll(() => ui.text()).toContain('Mei joined');
    mock.emit(id, 'participant.auto_disconnect_warning', { participant: CUSTOMER, secondsRemaining: 120 });
    await expect.poll(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('Are you still there? The chat will end soon.');
    buttonNamed(el.shadowRoot!, 'I am still here')!.click();
    await expect.poll(() => ui.text()).not.toContain('Are you still there?');
  });

  it('downloads the transcript of an ended chat, and says so when the download fails', async () => {
    const mock = new MockEngagement();
    const el = await mount(mock);
    const ui = parts(el);
    const id = await conversationStarted();
    mock.end(id, 'agent', false);
    await expect.poll(() => buttonNamed(el.shadowRoot!, 'Download the transcript')).toBeTruthy();
    const saved: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    try {
      buttonNamed(el.shadowRoot!, 'Download the transcript')!.click();
      await expect.poll(() => saved).toEqual([`transcript-${id}.html`]);
      worker.use(http.get('*/v1/conversations/:id/transcript', () => new HttpResponse(null, { status: 500 })));
      buttonNamed(el.shadowRoot!, 'Download the transcript')!.click();
      await expect.poll(() => ui.text()).toContain('Something went wrong. Please try again.');
      expect(saved).toHaveLength(1);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('ends after confirmation, then takes the survey (zh-TW)', async () => {
    const mock = new MockEngagement();
    const el = await mount(mock, 'zh-TW');
    const ui = parts(el);
    await expect.poll(() => buttonNamed(el.shadowRoot!, '結束聊天')).toBeTruthy();
    buttonNamed(el.shadowRoot!, '結束聊天')!.click();
    await expect.poll(() => el.shadowRoot!.querySelector('[role="alertdialog"]')?.textContent).toContain('確定要結束本次聊天嗎？');
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).toBe('繼續聊天');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alertdialog"] button.primary')!.click();
    await expect.poll(() => ui.text()).toContain('How did we do?');
    // The survey's styles load with the panes.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.rating')!).display).toBe('flex');
    const submit = () => buttonNamed(el.shadowRoot!, '送出評價')!;
    submit().click();
    await expect.poll(() => ui.text()).toContain('請先選擇評分。');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating"][value="4"]')!.click();
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#comment')!.value = '很好';
    submit().click();
    await expect.poll(() => ui.text()).toContain('感謝您的意見回饋。');
    expect(mock.requests.find((r) => r.path.endsWith('/survey/responses'))?.body).toMatchObject({ answers: [{ questionId: 'csat', value: 4 }, { questionId: 'comment', value: '很好' }] });
  });
});
