import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { userEvent } from 'vitest/browser';
import { conversationView, createDeskMock, deskEvent, entries, message, offer, summaryOf } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

describe('offers', () => {
  it('alerts a new offer (sound, title, live region) and opens the chat with its context on accept', async () => {
    const mock = createDeskMock({ messages: { 'conv-1': [message('conv-1', 3, 'customer', 'Hi, can I overpay my mortgage?', 'Mei Chen')] } });
    const { app, alerts } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => mock.openStreams).toBe(1);
    expect(textOf(deep(app, 'foyer-desk-queue'))).toContain('No incoming chats.');

    mock.push(deskEvent('offer.created', { offer: offer('conv-1', 'Mei Chen') }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-queue', '.offer'))).toContain('Chat from Mei Chen');
    expect(textOf(deep(app, 'foyer-desk-queue', '.offer'))).toMatch(/Expires in (29|30) s/);
    expect(alerts.rings).toBe(1);
    expect(alerts.titles.at(-1)).toBe('(1) New chat');
    expect(textOf(deep(app, '[role=log]'))).toBe('New chat offered from Mei Chen.');
    expect(textOf(deep(app, 'nav'))).toContain('(1) New chat');

    await userEvent.click(deep(app, 'foyer-desk-queue', '.offer button.primary')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'header h2'))).toBe('Mei Chen');
    expect(mock.requests.some((r) => r.path === '/v1/agent/conversations/conv-1:accept' && r.headers['idempotency-key'])).toBe(true);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('Hi, can I overpay my mortgage?');
    const panel = textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-context-panel'));
    expect(panel).toContain('Fixed-rate mortgages');
    expect(panel).toContain('https://bank.example/mortgages/fixed');
    expect(panel).toContain('Question Can I overpay?');
    expect(panel).toContain('premier');
    expect(panel).toContain('Verified customer');
    expect(panel).toContain('overpay mortgage fee');
    expect(panel).toContain('Bot answered with: Can I overpay my mortgage?');
    expect(panel).toContain('early repayment charge');
    expect(panel).toContain('The bot found no answer');
    expect(panel).toContain('Card replacement');
    expect(alerts.titles.at(-1)).toBe('');
  });

  it('drops an offer that expires, and explains when an accept comes too late', async () => {
    const mock = createDeskMock();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => mock.openStreams).toBe(1);
    const first = offer('conv-2', 'Sam Lee');
    mock.push(deskEvent('offer.created', { offer: first }));
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(1);
    mock.push(deskEvent('offer.expired', { offerId: first.id, conversationId: 'conv-2' }));
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(0);

    // Offered on the stream but already gone on the server: 409 offer_not_available.
    const stale = offer('conv-3', 'Ann Wu');
    mock.push(deskEvent('offer.created', { offer: stale }));
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(1);
    worker.use(...createDeskMock().handlers.filter((h) => String(h.info.path).includes('accept')));
    await userEvent.click(deep(app, 'foyer-desk-queue', '.offer button.primary')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-queue', '[role=alert]'))).toBe('This chat is no longer offered to you.');
    expect(deepAll(app, 'foyer-desk-queue', '.offer')).toHaveLength(0);
  });

  it('declines an offer', async () => {
    const mock = createDeskMock({ offers: [offer('conv-4', 'Li Na')] });
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(1);
    const decline = deepAll(app, 'foyer-desk-queue', '.offer button')[1]!;
    await userEvent.click(decline);
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(0);
    expect(mock.requests.some((r) => r.path === '/v1/agent/conversations/conv-4:decline')).toBe(true);
  });

  it('sets presence away and back', async () => {
    const mock = createDeskMock({ assigned: [conversationView('conv-5')] });
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-presence'))).toContain('1 of 3 chats');
    const radios = deepAll<HTMLInputElement>(app, 'foyer-desk-presence', 'input[type=radio]');
    expect(radios[0]!.checked).toBe(true);
    await userEvent.click(radios[1]!);
    await expect.poll(() => mock.requests.filter((r) => r.method === 'PUT').map((r) => (r.body as { status: string }).status)).toEqual(['away']);
    await expect.poll(() => deepAll<HTMLInputElement>(app, 'foyer-desk-presence', 'input[type=radio]')[1]!.checked).toBe(true);
  });

  it('keeps a presence click made before the first presence answer, which arrives stale', async () => {
    const mock = createDeskMock({ presence: 'offline' });
    let answerFirstRead!: () => void;
    const firstRead = new Promise<void>((resolve) => (answerFirstRead = resolve));
    const staleOffline = { status: 'offline', since: new Date().toISOString(), activeChats: 0, maxConcurrentChats: 3 };
    const slowFirstRead = http.get('/v1/agent/me/presence', async () => {
      await firstRead;
      return HttpResponse.json(staleOffline);
    }, { once: true });
    const { app } = await mountDesk([slowFirstRead, ...mock.handlers], { signedIn: true });
    const radios = () => deepAll<HTMLInputElement>(app, 'foyer-desk-presence', 'input[type=radio]');
    await expect.poll(() => radios().length).toBe(2);
    await userEvent.click(radios()[0]!);
    expect(radios()[0]!.checked).toBe(true);
    await expect.poll(() => mock.requests.filter((r) => r.method === 'PUT').map((r) => (r.body as { status: string }).status)).toEqual(['available']);
    answerFirstRead();
    await expect.poll(() => textOf(deep(app, 'foyer-desk-presence'))).toContain('0 of 3 chats');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(radios()[0]!.checked).toBe(true);
    expect(textOf(deep(app, 'foyer-desk-presence'))).not.toContain('Offline');
  });

  it('follows the server: a chat accepted in another tab appears, the queue refreshes, presence changes', async () => {
    const mock = createDeskMock({ messages: { 'conv-6': [message('conv-6', 3, 'customer', 'From the other tab', 'Kim Park')] } });
    const { app, store } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => mock.openStreams).toBe(1);
    mock.push(deskEvent('assignment.created', { assignment: summaryOf(conversationView('conv-6', 'Kim Park')) }));
    await expect.poll(() => deepAll(app, 'nav', 'button').some((b) => textOf(b).startsWith('Kim Park'))).toBe(true);
    await expect.poll(() => store.chat('conv-6')?.messages.length).toBe(1);
    mock.push(deskEvent('queue.changed', { queueId: 'general', waiting: 5, ewtSeconds: 300 }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-queue'))).toContain('5 waiting');
    expect(textOf(deep(app, 'foyer-desk-queue'))).toMatch(/Estimated wait 5\s*min/);
    mock.push(deskEvent('presence.changed', { presence: { status: 'offline', since: new Date().toISOString(), activeChats: 1, maxConcurrentChats: 3 } }));
    await expect.poll(() => textOf(deep(app, 'foyer-desk-presence'))).toContain('Offline');
    expect(deepAll<HTMLInputElement>(app, 'foyer-desk-presence', 'input[type=radio]').some((r) => r.checked)).toBe(false);
  });

  it('answers a left message from the waiting list, without an offer', async () => {
    const leftMessage = { ...entries()[1]!, conversationId: 'conv-lm', leftMessage: true };
    const mock = createDeskMock({ queueEntries: [entries()[0]!, leftMessage], messages: { 'conv-lm': [message('conv-lm', 3, 'customer', 'Please call me back about my loan', 'Guest')] } });
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-queue'))).toContain('Left a message');
    const answer = deepAll(app, 'foyer-desk-queue', '.row button').find((b) => textOf(b) === 'Answer')!;
    await userEvent.click(answer);
    await expect.poll(() => mock.requests.some((r) => r.path === '/v1/agent/conversations/conv-lm:accept')).toBe(true);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('Please call me back about my loan');
  });

  it('lets the agent switch the beep off (remembered), while the title still counts offers', async () => {
    const mock = createDeskMock();
    const { app, alerts } = await mountDesk(mock.handlers, { signedIn: true });
    try {
      await expect.poll(() => mock.openStreams).toBe(1);
      const sound = deepAll(app, 'header button').find((b) => textOf(b) === 'Sound alerts')!;
      expect(sound.getAttribute('aria-pressed')).toBe('true');
      await userEvent.click(sound);
      await expect.poll(() => sound.getAttribute('aria-pressed')).toBe('false');
      expect(localStorage.getItem('foyer-desk-muted')).toBe('1');
      mock.push(deskEvent('offer.created', { offer: offer('conv-9', 'Ruth Gold') }));
      await expect.poll(() => alerts.titles.at(-1)).toBe('(1) New chat');
      expect(alerts.rings).toBe(0);
    } finally {
      localStorage.removeItem('foyer-desk-muted');
    }
  });
});
