import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createDeskMock, deskEvent } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

async function openCallbacks(app: HTMLElement): Promise<void> {
  await expect.poll(() => deepAll(app, 'nav', 'button').length).toBeGreaterThan(1);
  await userEvent.click(deepAll(app, 'nav', 'button')[1]!);
  await expect.poll(() => deepAll(app, 'foyer-desk-callbacks', 'li').length).toBe(2);
}

describe('<foyer-desk-callbacks>', () => {
  it('lists callbacks and records an attempt with a note', async () => {
    const mock = createDeskMock();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openCallbacks(app);
    const first = deep(app, 'foyer-desk-callbacks', 'li[data-callback=cb-1]')!;
    expect(textOf(first)).toContain('+447700900123');
    expect(textOf(first)).toContain('As soon as possible');
    expect(textOf(first)).toContain('Status: Requested');
    await userEvent.selectOptions(first.querySelector('select')!, 'completed');
    await userEvent.fill(first.querySelector('input[name=note]')!, 'Card reissued');
    await userEvent.click(first.querySelector('button[type=submit]')!);
    await expect.poll(() => mock.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ status: 'completed', note: 'Card reissued' });
    await expect.poll(() => textOf(deep(app, 'foyer-desk-callbacks', 'li[data-callback=cb-1]'))).toContain('Status: Completed');
    // A final callback offers no further update.
    expect(deep(app, 'foyer-desk-callbacks', 'li[data-callback=cb-1] form')).toBeNull();
  });

  it('filters by status and adds callbacks arriving on the stream', async () => {
    const mock = createDeskMock();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openCallbacks(app);
    await userEvent.selectOptions(deep<HTMLSelectElement>(app, 'foyer-desk-callbacks', '.bar select')!, 'scheduled');
    await expect.poll(() => deepAll(app, 'foyer-desk-callbacks', 'li').length).toBe(1);
    expect(textOf(deep(app, 'foyer-desk-callbacks', 'li'))).toContain('+85291234567');
    await expect.poll(() => mock.openStreams).toBe(1);
    mock.push(
      deskEvent('callback.created', {
        callback: { callback: { id: 'cb-3', status: 'requested', phoneE164: '+14155550100', asap: true, createdAt: new Date().toISOString() }, customer: { kind: 'guest' } },
      }),
    );
    await expect.poll(() => textOf(deep(app, 'foyer-desk-callbacks', 'ul'))).toContain('+14155550100');
  });

  it('explains when the callback was closed meanwhile', async () => {
    const mock = createDeskMock();
    const { app } = await mountDesk(mock.handlers, { signedIn: true });
    await openCallbacks(app);
    worker.use(
      http.patch('/v1/agent/callbacks/:id', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'closed', status: 409, code: 'callback_closed', retryable: false, action: 'none' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    await userEvent.click(deep(app, 'foyer-desk-callbacks', 'li[data-callback=cb-1] button[type=submit]')!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-callbacks', '[role=alert]'))).toBe('This callback was cancelled or is already closed.');
  });
});
