import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupWorker } from 'msw/browser';
import { userEvent } from 'vitest/browser';
import '../define/foyer-launcher.js';
import type { FoyerLauncher } from './launcher.js';
import { CLOSED, MockEngagement } from '../testing/mock-engagement.fixtures.js';

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

const databases = async () => (await indexedDB.databases()).map((d) => d.name);
let launcher: FoyerLauncher | undefined;

afterEach(async () => {
  await launcher?.logout().catch(() => undefined);
  launcher = undefined;
  worker.resetHandlers();
  document.body.replaceChildren();
  localStorage.clear();
});

function mount(mock: MockEngagement, attrs: Record<string, string> = {}): FoyerLauncher {
  worker.use(...mock.handlers());
  const el = document.createElement('foyer-launcher');
  el.setAttribute('no-preload', '');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  launcher = el;
  return el;
}
const button = (el: FoyerLauncher) => el.shadowRoot!.querySelector('button')!;

describe('<foyer-launcher>', () => {
  it('shows availability from the sessionless endpoint with a localised accessible name, and stores nothing', async () => {
    const before = await databases();
    const mock = new MockEngagement({ availability: CLOSED });
    const events: boolean[] = [];
    document.addEventListener('foyer-availability-change', (e) => events.push(e.detail.available), { once: true });
    const el = mount(mock, { lang: 'zh-CN', namespace: 'launcher-test' });
    await expect.poll(() => button(el).getAttribute('aria-label')).toBe('在线咨询, 客服不在线，您可以留言');
    expect(events).toEqual([false]);
    await expect.poll(() => mock.requests.map((r) => r.path).sort()).toEqual(['/v1/availability', '/v1/invitations']);
    const rect = button(el).getBoundingClientRect();
    expect(Math.min(rect.width, rect.height)).toBeGreaterThanOrEqual(44);
    expect(localStorage.length).toBe(0);
    expect(await databases()).toEqual(before);
  });

  it('shows the button in the task that adds it, and leaves the requests and the storage read to a later task', async () => {
    const mock = new MockEngagement();
    const read = vi.spyOn(Storage.prototype, 'getItem');
    const requests = vi.spyOn(window, 'fetch');
    try {
      const el = mount(mock, { namespace: 'launcher-tasks' });
      // Still the task that added it: the button is there, nothing else has happened.
      expect(button(el).getAttribute('aria-label')).toBe('Chat with us');
      expect(read).not.toHaveBeenCalled();
      expect(requests).not.toHaveBeenCalled();
      await new Promise((resolve) => setTimeout(resolve));
      expect(read).toHaveBeenCalledWith('foyer:engaged:launcher-tasks');
      expect(requests.mock.calls.map(([url]) => new URL(String(url)).pathname).sort()).toEqual(['/v1/availability', '/v1/invitations']);
      await expect.poll(() => mock.requests.map((r) => r.path).sort()).toEqual(['/v1/availability', '/v1/invitations']);
    } finally {
      read.mockRestore();
      requests.mockRestore();
    }
  });

  it('opens the lazily loaded panel on click, starts the conversation, and closes with focus back on the button', async () => {
    const mock = new MockEngagement();
    const el = mount(mock, { namespace: 'launcher-open' });
    const opened = new Promise((resolve) => el.addEventListener('foyer-panel-open', resolve, { once: true }));
    button(el).click();
    await opened;
    expect(button(el).getAttribute('aria-expanded')).toBe('true');
    const panel = el.shadowRoot!.querySelector('foyer-chat')!;
    expect(panel.hidden).toBe(false);
    await expect.poll(() => mock.requests.some((r) => r.method === 'POST' && r.path === '/v1/conversations')).toBe(true);
    expect(localStorage.getItem('foyer:engaged:launcher-open')).toBe('1');
    await panel.updateComplete;
    // Opened by a click: the message box has focus.
    await expect.poll(() => panel.shadowRoot!.querySelector('foyer-composer')?.shadowRoot?.activeElement?.tagName).toBe('TEXTAREA');
    const minimise = panel.shadowRoot!.querySelector<HTMLButtonElement>('header button[aria-label="Minimise chat"]')!;
    minimise.click();
    expect(panel.hidden).toBe(true);
    expect(el.shadowRoot!.activeElement).toBe(button(el));
    expect(button(el).getAttribute('aria-expanded')).toBe('false');
  });

  it('counts unread bot messages while closed and shows them on the badge', async () => {
    const mock = new MockEngagement();
    const el = mount(mock, { namespace: 'launcher-unread' });
    await el.open();
    const id = await expect.poll(() => [...mock.conversations.keys()][0]).toBeTruthy().then(() => [...mock.conversations.keys()][0]!);
    el.close();
    const counts: number[] = [];
    el.addEventListener('foyer-unread-change', (e) => counts.push(e.detail.count));
    await new Promise((r) => setTimeout(r, 300));
    mock.say(id, { role: 'agent', id: 'a', displayName: 'Mei' }, [{ type: 'text', text: 'Still there?' }]);
    await expect.poll(() => el.shadowRoot!.querySelector('[part~="badge"]')?.textContent).toBe('1');
    expect(button(el).getAttribute('aria-label')).toContain('1 unread message');
    await el.open();
    await expect.poll(() => el.shadowRoot!.querySelector<HTMLElement>('[part~="badge"]')!.hidden).toBe(true);
    expect(counts).toEqual([1, 0]);
  });

  it('works with the keyboard alone: Tab to the button, Enter opens, type and Enter sends', async () => {
    const mock = new MockEngagement();
    const el = mount(mock, { namespace: 'launcher-keyboard' });
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(button(el));
    await userEvent.keyboard('{Enter}');
    const panel = () => el.shadowRoot!.querySelector('foyer-chat')?.shadowRoot;
    await expect.poll(() => panel()?.querySelector('foyer-composer')?.shadowRoot?.activeElement?.tagName).toBe('TEXTAREA');
    await expect.poll(() => panel()?.querySelector('foyer-transcript')?.shadowRoot?.textContent).toContain('Hello! How can I help?');
    await userEvent.keyboard('I lost my card{Enter}');
    await expect.poll(() => mock.requests.find((r) => r.path.endsWith('/messages'))?.body).toMatchObject({ parts: [{ type: 'text', text: 'I lost my card' }] });
  });

  it('logout wipes what Foyer stored', async () => {
    const mock = new MockEngagement();
    const el = mount(mock, { namespace: 'launcher-logout' });
    await el.open();
    const loggedOut = new Promise((resolve) => el.addEventListener('foyer-session-logout', resolve, { once: true }));
    await el.logout();
    await loggedOut;
    expect(localStorage.getItem('foyer:engaged:launcher-logout')).toBeNull();
    launcher = undefined;
  });
});
