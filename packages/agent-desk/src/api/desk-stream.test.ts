import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskMock, deskEvent, message, offer, conversationView } from '../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

describe('desk stream', () => {
  it('reconnects after a drop, resumes with Last-Event-ID and re-reads what ephemeral events would have said', async () => {
    const mock = createDeskMock({ assigned: [conversationView('conv-1', 'Mei Chen')] });
    const { app, store } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => mock.openStreams).toBe(1);
    mock.push(deskEvent('message.created', { message: message('conv-1', 7, 'customer', 'Before the drop', 'Mei Chen') }, { conversationId: 'conv-1', seq: 7 }));
    await expect.poll(() => store.chat('conv-1')?.messages.map((m) => m.seq)).toEqual([7]);

    mock.dropStreams();
    mock.addOfferSilently(offer('conv-2', 'Sam Lee'));
    await expect.poll(() => mock.openStreams, { timeout: 5000 }).toBe(1);
    const connects = mock.requests.filter((r) => r.path === '/v1/agent/events');
    expect(connects).toHaveLength(2);
    expect(connects[0]!.headers['last-event-id']).toBeUndefined();
    expect(connects[1]!.headers['last-event-id']).toBe('7');
    expect(connects[1]!.headers['authorization']).toBe('Bearer access-1');
    await expect.poll(() => deepAll(app, 'foyer-desk-queue', '.offer').length).toBe(1);
    expect(textOf(deep(app, 'foyer-desk-queue', '.offer'))).toContain('Sam Lee');
    expect(store.getSnapshot().stream).toBe('open');
  });

  it('ignores frames that are not JSON events and event types it does not know', async () => {
    const mock = createDeskMock();
    const { store } = await mountDesk(mock.handlers, { signedIn: true });
    await expect.poll(() => mock.openStreams).toBe(1);
    const before = store.getSnapshot();
    mock.push({ id: 'x', type: 'future.thing', occurredAt: new Date().toISOString(), data: {} } as never);
    mock.push(deskEvent('offer.created', { offer: offer('conv-3', 'Li Wei') }));
    await expect.poll(() => store.getSnapshot().offers.map((o) => o.conversationId)).toEqual(['conv-3']);
    expect(store.getSnapshot().chats).toEqual(before.chats);
  });

  it('loads the desk when the stream opens if the first load failed', async () => {
    const mock = createDeskMock();
    let failures = 0;
    const flaky = http.get('/v1/agent/queues', () => {
      if (failures++ < 3) return HttpResponse.json({ type: 'about:blank', title: 'busy', status: 503, code: 'upstream_unavailable', retryable: true, action: 'retry' }, { status: 503, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' } });
      return undefined; // fall through to the mock
    });
    const { app } = await mountDesk([flaky, ...mock.handlers], { signedIn: true });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-queue')), { timeout: 5000 }).toContain('Ruth Gold');
    expect(failures).toBeGreaterThan(3);
  });
});
