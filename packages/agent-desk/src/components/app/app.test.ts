import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DEMO_EMAIL, DEMO_PASSWORD, createDeskMock } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());

async function fillSignIn(app: HTMLElement, email: string, password: string): Promise<void> {
  const form = deep(app, 'foyer-desk-sign-in', 'form')!;
  await userEvent.fill(form.querySelector('input[name=email]')!, email);
  await userEvent.fill(form.querySelector('input[name=password]')!, password);
  await userEvent.click(form.querySelector('button[type=submit]')!);
}

describe('<foyer-desk-app> sign-in', () => {
  it('signs in with the right password and shows the queue, then signs out', async () => {
    const mock = createDeskMock();
    const { app } = await mountDesk(mock.handlers);
    await fillSignIn(app, DEMO_EMAIL, DEMO_PASSWORD);
    await expect.poll(() => textOf(deep(app, 'header'))).toContain('Alex Agent');
    await expect.poll(() => textOf(deep(app, 'foyer-desk-queue'))).toContain('Ruth Gold');
    expect(textOf(deep(app, 'foyer-desk-queue'))).toContain('General');
    // A guest is told apart by the end of the conversation id (conv-8).
    expect(textOf(deep(app, 'foyer-desk-queue'))).toContain('Guest onv8');
    await expect.poll(() => mock.openStreams).toBe(1);
    await userEvent.click(deepAll(app, 'header button').find((b) => textOf(b) === 'Sign out')!);
    await expect.poll(() => deep(app, 'foyer-desk-sign-in')).not.toBeNull();
    expect(mock.requests.some((r) => r.method === 'DELETE' && r.path === '/v1/agent/sessions/current')).toBe(true);
  });

  it('shows a localised error for a wrong password and stays on the form', async () => {
    const mock = createDeskMock();
    const { app } = await mountDesk(mock.handlers);
    await fillSignIn(app, DEMO_EMAIL, 'wrong');
    await expect.poll(() => textOf(deep(app, 'foyer-desk-sign-in', '[role=alert]'))).toBe('The email or password is not correct.');
    expect(deep(app, 'header')).toBeNull();
  });

  it('asks for both fields before calling the server', async () => {
    const mock = createDeskMock();
    const { app } = await mountDesk(mock.handlers);
    await fillSignIn(app, '', '');
    await expect.poll(() => textOf(deep(app, 'foyer-desk-sign-in', '[role=alert]'))).toBe('Enter your email and password.');
    expect(mock.requests).toHaveLength(0);
  });
});
