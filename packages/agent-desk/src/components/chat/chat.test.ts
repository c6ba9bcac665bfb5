import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { http, HttpResponse } from 'msw';
import { conversationView, createDeskMock, deskEvent, message } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

const twoChats = () =>
  createDeskMock({
    assigned: [conversationView('conv-1', 'Mei Chen'), conversationView('conv-2', 'Tom Baker')],
    messages: {
      'conv-1': [message('conv-1', 3, 'system', 'Mei Chen joined the queue'), message('conv-1', 4, 'customer', 'Hello there', 'Mei Chen')],
      'conv-2': [message('conv-2', 3, 'customer', 'Is anyone there?', 'Tom Baker')],
    },
  });

async function openChat(app: HTMLElement, name: string): Promise<void> {
  await expect.poll(() => deepAll(app, 'nav', 'button').some((b) => textOf(b).startsWith(name))).toBe(true);
  await userEvent.click(deepAll(app, 'nav', 'button').find((b) => textOf(b).startsWith(name))!);
  await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'header h2'))).toBe(name);
}

const composer = (app: HTMLElement) => deep<HTMLTextAreaElement>(app, 'foyer-desk-chat', 'foyer-desk-composer', 'textarea')!;

describe('<foyer-desk-chat>', () => {
  it('sends with Enter, keeps Shift+Enter and IME composition in the composer, and reports typing', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    const textarea = composer(app);
    await userEvent.click(textarea);
    await userEvent.keyboard('Line one{Shift>}{Enter}{/Shift}line two');
    expect(textarea.value).toBe('Line one\nline two');
    // Enter while an input method composes confirms the candidate; it must not send.
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }));
    expect(mock.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(0);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => mock.requests.filter((r) => r.path === '/v1/agent/conversations/conv-1/messages').length).toBe(1);
    const sent = mock.requests.find((r) => r.path === '/v1/agent/conversations/conv-1/messages')!;
    expect(sent.body).toMatchObject({ parts: [{ type: 'text', text: 'Line one\nline two' }] });
    expect(sent.headers['idempotency-key']).toBe((sent.body as { clientMessageId: string }).clientMessageId);
    expect(sent.headers['authorization']).toBe('Bearer access-1');
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('Line one line two');
    expect(textarea.value).toBe('');
    const typing = () => mock.requests.filter((r) => r.path.endsWith('/typing')).map((r) => (r.body as { state: string }).state);
    await expect.poll(typing).toEqual(['started', 'stopped']);
  });

  it('empties the box at once, so the next reply can be typed while one is sending; a failed send gives its text back', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Holds the first send, then lets the mock answer (a resolver that returns nothing falls through).
    worker.use(http.post('/v1/agent/conversations/:id/messages', async () => void (await gate), { once: true }));
    const textarea = composer(app);
    await userEvent.click(textarea);
    await userEvent.keyboard('First reply{Enter}');
    expect(textarea.value).toBe('');
    await userEvent.keyboard('Second reply');
    release();
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('First reply');
    expect(textarea.value).toBe('Second reply');

    worker.use(http.post('/v1/agent/conversations/:id/messages', () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'upstream_unavailable', retryable: true, action: 'retry' }, { status: 503, headers: { 'content-type': 'application/problem+json' } }), { once: true }));
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => textarea.value).toBe('Second reply');
    expect(mock.requests.filter((r) => r.path === '/v1/agent/conversations/conv-1/messages').map((r) => (r.body as { parts: { text: string }[] }).parts[0]!.text)).toEqual(['First reply']);
  });

  it('keeps a draft with its own chat when the agent switches chats', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    await userEvent.click(composer(app));
    await userEvent.keyboard('Draft for Mei');
    await openChat(app, 'Tom Baker');
    expect(composer(app).value).toBe('');
    await openChat(app, 'Mei Chen');
    expect(composer(app).value).toBe('Draft for Mei');
    expect(mock.requests.filter((r) => r.path.endsWith('/messages'))).toHaveLength(0);
  });

  it('shows a customer message from the stream, announces it, counts unread on the other chat and marks read on open', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    await expect.poll(() => mock.openStreams).toBe(1);
    mock.push(deskEvent('typing.started', { participant: { role: 'customer', id: 'customer-1', displayName: 'Mei Chen' } }, { conversationId: 'conv-1', ephemeral: true }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', '.typing'))).toBe('Mei Chen is typing…');
    mock.push(deskEvent('message.created', { message: message('conv-1', 5, 'customer', 'I want to **overpay** £2,000', 'Mei Chen') }, { conversationId: 'conv-1', seq: 5 }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('I want to **overpay** £2,000');
    expect(textOf(deep(app, 'foyer-desk-chat', '.typing'))).toBe('');
    expect(textOf(deep(app, '[role=log]'))).toBe('Mei Chen: I want to **overpay** £2,000');
    await expect.poll(() => mock.requests.some((r) => r.path === '/v1/agent/conversations/conv-1/read' && (r.body as { upToSeq: number }).upToSeq === 5)).toBe(true);

    mock.push(deskEvent('message.created', { message: message('conv-2', 4, 'customer', 'Hello?', 'Tom Baker') }, { conversationId: 'conv-2', seq: 4 }));
    const tom = () => deepAll(app, 'nav', 'button').find((b) => textOf(b).startsWith('Tom Baker'));
    await expect.poll(() => textOf(tom()!)).toContain('1 unread message');
    await openChat(app, 'Tom Baker');
    await expect.poll(() => textOf(tom()!)).not.toContain('unread');
    await expect.poll(() => mock.requests.some((r) => r.path === '/v1/agent/conversations/conv-2/read')).toBe(true);
  });

  it('inserts a canned response and sends quick replies', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    const tools = () => deepAll(app, 'foyer-desk-chat', 'foyer-desk-composer', '.tools button');
    await userEvent.click(tools()[0]!);
    await expect.poll(() => deepAll(app, 'foyer-desk-chat', 'foyer-desk-composer', '.canned li button').length).toBe(2);
    await userEvent.fill(deep(app, 'foyer-desk-chat', 'foyer-desk-composer', '.canned input')!, 'wait');
    await expect.poll(() => deepAll(app, 'foyer-desk-chat', 'foyer-desk-composer', '.canned li button').length).toBe(1);
    await userEvent.click(deep(app, 'foyer-desk-chat', 'foyer-desk-composer', '.canned li button')!);
    expect(composer(app).value).toBe('One moment while I check that for you.');
    await userEvent.click(deep(app, 'foyer-desk-chat', 'foyer-desk-composer', 'button.primary')!);
    await expect.poll(() => mock.requests.filter((r) => r.path.endsWith('conv-1/messages')).length).toBe(1);
    expect(mock.requests.find((r) => r.path.endsWith('conv-1/messages'))!.body).toMatchObject({ cannedResponseId: 'wait' });

    await userEvent.click(tools()[1]!);
    const form = deep(app, 'foyer-desk-chat', 'foyer-desk-composer', 'form')!;
    await userEvent.fill(form.querySelector('input[name=prompt]')!, 'Which account?');
    await userEvent.fill(form.querySelector('textarea[name=options]')!, 'Current\nSavings\n');
    await userEvent.click(form.querySelector('button[type=submit]')!);
    await expect.poll(() => mock.requests.filter((r) => r.path.endsWith('conv-1/messages')).length).toBe(2);
    expect(mock.requests.filter((r) => r.path.endsWith('conv-1/messages'))[1]!.body).toMatchObject({
      parts: [{ type: 'quick_replies', prompt: 'Which account?', replies: [{ label: 'Current' }, { label: 'Savings' }] }],
    });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('Savings');
  });

  it('transfers to another queue with a note', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    await userEvent.click(deepAll(app, 'foyer-desk-chat', 'header button')[0]!);
    const dialog = deep<HTMLDialogElement>(app, 'foyer-desk-chat', 'dialog#transfer')!;
    expect(dialog.open).toBe(true);
    await userEvent.selectOptions(dialog.querySelector('select')!, 'mortgages');
    await userEvent.fill(dialog.querySelector('textarea')!, 'Wants to overpay');
    await userEvent.click(dialog.querySelector('button[type=submit]')!);
    await expect.poll(() => mock.requests.find((r) => r.path === '/v1/agent/conversations/conv-1:transfer')?.body).toEqual({ queueId: 'mortgages', note: 'Wants to overpay' });
    await expect.poll(() => deepAll(app, 'nav', 'button').some((b) => textOf(b).startsWith('Mei Chen'))).toBe(false);
    expect(deep(app, 'foyer-desk-queue')).not.toBeNull();
  });

  it('ends a chat after confirmation, then closes it', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Tom Baker');
    await userEvent.click(deep(app, 'foyer-desk-chat', 'header button.danger')!);
    const dialog = deep<HTMLDialogElement>(app, 'foyer-desk-chat', 'dialog#end')!;
    await userEvent.click(dialog.querySelector('button[type=button]')!);
    expect(dialog.open).toBe(false);
    expect(mock.requests.some((r) => r.path.endsWith(':end'))).toBe(false);
    await userEvent.click(deep(app, 'foyer-desk-chat', 'header button.danger')!);
    await userEvent.click(dialog.querySelector('button[type=submit]')!);
    await expect.poll(() => mock.requests.some((r) => r.path === '/v1/agent/conversations/conv-2:end')).toBe(true);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', '.ended'))).toBe('This chat has ended.');
    expect(deep(app, 'foyer-desk-chat', 'foyer-desk-composer')).toBeNull();
    await userEvent.click(deep(app, 'foyer-desk-chat', 'header button')!);
    await expect.poll(() => deepAll(app, 'nav', 'button').some((b) => textOf(b).startsWith('Tom Baker'))).toBe(false);
  });

  it('puts a chat on hold and resumes it; the chat list and header say so, and the stream can change it too', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    const holdButton = () => deep<HTMLButtonElement>(app, 'foyer-desk-chat', 'header button.hold')!;
    const mei = () => deepAll(app, 'nav', 'button').find((b) => textOf(b).startsWith('Mei Chen'))!;
    expect(textOf(holdButton())).toBe('Hold');
    expect(textOf(mei())).not.toContain('On hold');
    await userEvent.click(holdButton());
    await expect.poll(() => mock.requests.filter((r) => r.path === '/v1/agent/conversations/conv-1:hold').length).toBe(1);
    await expect.poll(() => textOf(holdButton())).toBe('Resume');
    expect(textOf(deep(app, 'foyer-desk-chat', 'header .status'))).toBe('On hold');
    expect(textOf(mei())).toContain('On hold');
    // The composer stays: the agent may still write while the customer waits.
    expect(deep(app, 'foyer-desk-chat', 'foyer-desk-composer')).not.toBeNull();

    await userEvent.click(holdButton());
    await expect.poll(() => mock.requests.filter((r) => r.path === '/v1/agent/conversations/conv-1:resume').length).toBe(1);
    await expect.poll(() => textOf(holdButton())).toBe('Hold');
    expect(textOf(mei())).not.toContain('On hold');

    // Another desk tab of the same agent held it: the persisted event reaches this desk too.
    await expect.poll(() => mock.openStreams).toBe(1);
    mock.push(deskEvent('conversation.state_changed', { state: 'on_hold', previousState: 'connected' }, { conversationId: 'conv-1', seq: 5 }));
    await expect.poll(() => textOf(holdButton())).toBe('Resume');
    expect(textOf(mei())).toContain('On hold');
  });

  it('shows a localised error when the chat ended on the server before the hold reached it', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true, lang: 'zh-TW' });
    await openChat(app, 'Tom Baker');
    mock.endSilently('conv-2');
    await userEvent.click(deep(app, 'foyer-desk-chat', 'header button.hold')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', '[role=alert]'))).toBe('此對話已結束。');
    expect(textOf(deep(app, 'foyer-desk-chat', 'header button.hold'))).toBe('暫停');
  });

  it('tells the agent when the server warned an inactive customer, until the customer writes', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    await expect.poll(() => mock.openStreams).toBe(1);
    const customer = { role: 'customer' as const, id: 'customer-1', displayName: 'Mei Chen' };
    mock.push(deskEvent('participant.auto_disconnect_warning', { participant: customer, secondsRemaining: 120 }, { conversationId: 'conv-1', seq: 5 }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', '.typing'))).toBe('Mei Chen was asked if they are still there; the chat ends in about 2 min without an answer.');
    mock.push(deskEvent('message.created', { message: message('conv-1', 6, 'customer', 'Yes, still here', 'Mei Chen') }, { conversationId: 'conv-1', seq: 6 }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', '.typing'))).toBe('');
  });

  it('marks a chat ended when the customer leaves', async () => {
    const mock = twoChats();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openChat(app, 'Mei Chen');
    await expect.poll(() => mock.openStreams).toBe(1);
    mock.push(deskEvent('assignment.ended', { conversationId: 'conv-1', reason: 'customer' }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', '.ended'))).toBe('This chat has ended.');
  });
});
