import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeskMock } from '../../testing/desk-mock.fixtures.js';
import { deep, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

const expired = () =>
  HttpResponse.json(
    { type: 'about:blank', title: 'expired', status: 401, code: 'invalid_token', retryable: false, action: 'reauthenticate' },
    { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
  );

describe('agent token refresh', () => {
  it('renews an expired access token once and repeats the request', async () => {
    const mock = createDeskMock();
    const seen: string[] = [];
    const presence = http.get('/v1/agent/me/presence', ({ request }) => {
      const auth = request.headers.get('authorization') ?? '';
      seen.push(auth);
      if (auth === 'Bearer access-1') return expired();
      return HttpResponse.json({ status: 'available', since: new Date().toISOString(), activeChats: 0, maxConcurrentChats: 3 });
    });
    const { app, store } = await mountDesk([presence, ...mock.handlers], { signedIn: true });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-presence'))).toContain('0 of 3 chats');
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(mock.requests.filter((r) => r.path === '/v1/agent/sessions/refresh')).toHaveLength(1);
    expect(store.getSnapshot().session?.accessToken).toBe('access-2');
  });

  it('returns to the sign-in form with a notice when the refresh token is refused too', async () => {
    const mock = createDeskMock();
    const refused = http.post('/v1/agent/sessions/refresh', () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'expired', status: 401, code: 'session_expired', retryable: false, action: 'reauthenticate' },
        { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const { app } = await mountDesk([http.get('/v1/agent/me/presence', expired), refused, ...mock.handlers], { signedIn: true });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-sign-in', '[role=alert]'))).toBe('Your session has ended. Please sign in again.');
  });
});
