import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupWorker } from 'msw/browser';
import { cdp, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import '../define/foyer-launcher.js';
import type { FoyerLauncher } from './launcher.js';
import type { InvitationRule } from './invitation-rules.js';
import { MockEngagement } from '../testing/mock-engagement.fixtures.js';
import type { FoyerInvitationDetail, FoyerInvitationDismissedDetail } from '../events/events.js';

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());

let launcher: FoyerLauncher | undefined;
afterEach(async () => {
  await launcher?.logout().catch(() => undefined);
  launcher = undefined;
  worker.resetHandlers();
  document.body.replaceChildren();
  localStorage.clear();
});

const MESSAGES: Record<string, string> = { en: 'Questions about loans? Chat with us.', 'zh-CN': '对贷款有疑问吗？和我们聊聊吧。', 'zh-TW': '對貸款有疑問嗎？和我們聊聊吧。' };

/** A rule for this test page's own path (the test cannot navigate), or for `/loans`. */
function rule(id: string, overrides: Partial<InvitationRule> = {}): InvitationRule {
  return { id, page: { pathPrefix: location.pathname }, secondsOnPage: 0, message: MESSAGES['en']!, topic: 'loans', frequency: { maxPerDay: 1, minIntervalSeconds: 3600 }, ...overrides };
}

function mount(rules: (locale: string) => InvitationRule[], attrs: Record<string, string> = {}): { el: FoyerLauncher; mock: MockEngagement; events: string[] } {
  const mock = new MockEngagement({ invitations: rules });
  worker.use(...mock.handlers());
  const el = document.createElement('foyer-launcher');
  el.setAttribute('no-preload', '');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const events: string[] = [];
  for (const name of ['foyer-invitation-shown', 'foyer-invitation-dismissed', 'foyer-invitation-accepted'] as const) {
    el.addEventListener(name, (e) => events.push(`${name.slice(17)}:${(e.detail as FoyerInvitationDetail).ruleId ?? 'host'}${'reason' in e.detail ? `:${(e.detail as FoyerInvitationDismissedDetail).reason}` : ''}`));
  }
  document.body.append(el);
  launcher = el;
  return { el, mock, events };
}

const part = <T extends HTMLElement = HTMLElement>(el: FoyerLauncher, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const showing = (el: FoyerLauncher) => el.shadowRoot?.querySelector<HTMLElement>('[part~="invitation"]')?.hidden === false;
const announced = (el: FoyerLauncher) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;
/** The bubble fades in; axe measures contrast once it is opaque. */
const faded = (el: FoyerLauncher) => Promise.all(part(el, 'invitation').getAnimations().map((a) => a.finished));
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<foyer-launcher> invitations', () => {
  it('shows a matching rule after its time on page, politely, without taking focus', async () => {
    const started = Date.now();
    const { el, mock, events } = mount(() => [rule('here', { secondsOnPage: 1 })], { namespace: 'inv-delay' });
    await settle(500);
    expect(showing(el)).toBe(false);
    await expect.poll(() => showing(el), { timeout: 3000 }).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(part(el, 'invitation-message').textContent).toBe(MESSAGES['en']);
    expect(part(el, 'invitation').getAttribute('aria-label')).toBe('Chat invitation');
    expect(announced(el)).toBe(`Chat invitation: ${MESSAGES['en']}`);
    expect(events).toEqual(['shown:here']);
    // Never steals focus, never blocks the page.
    expect(document.activeElement).toBe(document.body);
    expect(el.shadowRoot!.activeElement).toBeNull();
    for (const name of ['invitation-accept', 'invitation-close']) {
      const rect = part(el, name).getBoundingClientRect();
      expect(Math.min(rect.width, rect.height)).toBeGreaterThanOrEqual(44);
    }
    // Sessionless: only the two public GETs, nothing stored.
    expect(mock.requests.map((r) => r.path).sort()).toEqual(['/v1/availability', '/v1/invitations']);
    expect(localStorage.length).toBe(0);
  });

  it('shows nothing on other paths', async () => {
    const { el, mock, events } = mount(() => [rule('loans', { page: { pathPrefix: '/loans' } }), rule('apply', { page: { glob: '/loans/**/apply' } })], { namespace: 'inv-other' });
    await expect.poll(() => mock.requests.some((r) => r.path === '/v1/invitations')).toBe(true);
    await settle(600);
    expect(showing(el)).toBe(false);
    expect(events).toEqual([]);
  });

  it('with no-invitations, fetches no rules but the host can still invite; setting it later hides a rule invitation', async () => {
    const { el, mock, events } = mount(() => [rule('here')], { namespace: 'inv-off', 'no-invitations': '' });
    await expect.poll(() => mock.requests.some((r) => r.path === '/v1/availability')).toBe(true);
    await settle(400);
    expect(showing(el)).toBe(false);
    expect(mock.requests.some((r) => r.path === '/v1/invitations')).toBe(false);
    expect(el.invite('Need help with your application?')).toBe(true);
    expect(part(el, 'invitation-message').textContent).toBe('Need help with your application?');
    el.dismissInvitation();

    const on = mount(() => [rule('here')], { namespace: 'inv-on' });
    await expect.poll(() => showing(on.el)).toBe(true);
    on.el.setAttribute('no-invitations', '');
    expect(showing(on.el)).toBe(false);
    expect([...events, ...on.events]).toEqual(['shown:host', 'dismissed:host:host', 'shown:here', 'dismissed:here:host']);
  });

  it('is dismissed by its close button, by Escape, and by the host', async () => {
    const { el, events } = mount(() => [rule('here')], { namespace: 'inv-dismiss' });
    await expect.poll(() => showing(el)).toBe(true);
    part(el, 'invitation-close').click();
    expect(showing(el)).toBe(false);
    expect(announced(el)).toBe('');

    expect(el.invite()).toBe(true);
    expect(part(el, 'invitation-message').textContent).toBe('Have a question? We are here to help.');
    expect(el.invite('A second one')).toBe(false);
    expect(document.createElement('foyer-launcher').invite()).toBe(false);
    await userEvent.keyboard('{Escape}');
    expect(showing(el)).toBe(false);

    el.invite('From the host');
    el.dismissInvitation();
    expect(showing(el)).toBe(false);
    expect(events).toEqual(['shown:here', 'dismissed:here:customer', 'shown:host', 'dismissed:host:customer', 'shown:host', 'dismissed:host:host']);
  });

  it('accepting opens the panel on the rule topic, with focus in the message box', async () => {
    const { el, mock, events } = mount(() => [rule('here')], { namespace: 'inv-accept', topic: 'cards' });
    await expect.poll(() => showing(el)).toBe(true);
    const opened = new Promise((resolve) => el.addEventListener('foyer-panel-open', resolve, { once: true }));
    part(el, 'invitation-accept').click();
    await opened;
    expect(showing(el)).toBe(false);
    expect(el.isOpen).toBe(true);
    expect(events).toEqual(['shown:here', 'accepted:here']);
    await expect.poll(() => mock.requests.find((r) => r.method === 'POST' && r.path === '/v1/conversations')?.body).toMatchObject({ topic: 'loans' });
    const panel = el.shadowRoot!.querySelector('foyer-chat')!;
    await expect.poll(() => panel.shadowRoot?.querySelector('foyer-composer')?.shadowRoot?.activeElement?.tagName).toBe('TEXTAREA');
    // No invitation over an open panel.
    expect(el.invite()).toBe(false);
  });

  it('opening the panel from the button dismisses the invitation', async () => {
    const { el, events } = mount(() => [rule('here')], { namespace: 'inv-open' });
    await expect.poll(() => showing(el)).toBe(true);
    const opened = new Promise((resolve) => el.addEventListener('foyer-panel-open', resolve, { once: true }));
    part(el, 'button').click();
    expect(showing(el)).toBe(false);
    expect(events).toEqual(['shown:here', 'dismissed:here:panel']);
    await opened;
  });

  it('does not invite a customer who is already chatting', async () => {
    const { el, mock, events } = mount(() => [rule('here', { secondsOnPage: 1 })], { namespace: 'inv-chatting' });
    await el.open();
    await expect.poll(() => mock.requests.some((r) => r.method === 'POST' && r.path === '/v1/conversations')).toBe(true);
    el.close();
    await settle(1500);
    expect(showing(el)).toBe(false);
    expect(events).toEqual([]);
  });

  it('without consent: once per page view, and storage is neither read nor written', async () => {
    // A stored record would cap the rule, but without consent it is not even read.
    const seeded = JSON.stringify({ here: [Date.now()] });
    localStorage.setItem('foyer:invitations:inv-once', seeded);
    const first = mount(() => [rule('here'), rule('there', { secondsOnPage: 1 })], { namespace: 'inv-once' });
    await expect.poll(() => showing(first.el)).toBe(true);
    part(first.el, 'invitation-close').click();
    // The second rule's time comes, but this page view had its invitation.
    await settle(1500);
    expect(showing(first.el)).toBe(false);
    first.el.remove();
    const again = mount(() => [rule('here')], { namespace: 'inv-once' });
    await expect.poll(() => again.mock.requests.some((r) => r.path === '/v1/invitations')).toBe(true);
    await settle(500);
    expect(showing(again.el)).toBe(false);
    expect(first.events).toEqual(['shown:here', 'dismissed:here:customer']);
    expect(again.events).toEqual([]);
    expect(localStorage.length).toBe(1);
    expect(localStorage.getItem('foyer:invitations:inv-once')).toBe(seeded);
  });

  it('with consent: remembers shown invitations in storage and honours the stored cap', async () => {
    const { el } = mount(() => [rule('here')], { namespace: 'inv-consent', 'invitation-consent': '' });
    await expect.poll(() => showing(el)).toBe(true);
    const log = JSON.parse(localStorage.getItem('foyer:invitations:inv-consent')!) as Record<string, number[]>;
    expect(log['here']).toHaveLength(1);
    expect(Date.now() - log['here']![0]!).toBeLessThan(5000);

    // Another page view (a fresh namespace here) that already showed the rule an hour ago and once today: capped.
    localStorage.setItem('foyer:invitations:inv-capped', JSON.stringify({ here: [Date.now() - 3_700_000] }));
    const capped = mount(() => [rule('here'), rule('often', { frequency: { maxPerDay: 2, minIntervalSeconds: 600 } })], { namespace: 'inv-capped' });
    capped.el.invitationConsent = true;
    // `here` allows one a day (capped); `often` allows two a day, ten minutes apart (free).
    await expect.poll(() => showing(capped.el)).toBe(true);
    expect(capped.events).toEqual(['shown:often']);
    expect(Object.keys(JSON.parse(localStorage.getItem('foyer:invitations:inv-capped')!) as object).sort()).toEqual(['here', 'often']);

    // logout wipes the record with the rest of Foyer's data.
    await capped.el.logout();
    expect(localStorage.getItem('foyer:invitations:inv-capped')).toBeNull();
  });

  it('speaks Simplified Chinese: the rule message in the page locale and the launcher strings', async () => {
    const { el, mock } = mount((locale) => [rule('here', { message: MESSAGES[locale] ?? MESSAGES['en']! })], { namespace: 'inv-zh', lang: 'zh-CN' });
    await expect.poll(() => showing(el)).toBe(true);
    expect(mock.requests.some((r) => r.path === '/v1/invitations')).toBe(true);
    expect(part(el, 'invitation-message').textContent).toBe('对贷款有疑问吗？和我们聊聊吧。');
    expect(part(el, 'invitation-accept').textContent).toBe('开始聊天');
    expect(part(el, 'invitation-close').getAttribute('aria-label')).toBe('关闭邀请');
    expect(part(el, 'invitation').getAttribute('aria-label')).toBe('聊天邀请');
    expect(announced(el)).toBe('聊天邀请：对贷款有疑问吗？和我们聊聊吧。');
  });

  it('is clean for axe while showing, in English and in Chinese', async () => {
    const en = mount(() => [rule('here')], { namespace: 'inv-axe' });
    await expect.poll(() => showing(en.el)).toBe(true);
    await faded(en.el);
    const results = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    en.el.remove();
    const zh = mount(() => [rule('here')], { namespace: 'inv-axe-zh', lang: 'zh-TW' });
    zh.el.invite('有疑問嗎？');
    await faded(zh.el);
    const zhResults = await axe.run(document.body, { resultTypes: ['violations'] });
    expect(zhResults.violations.map((v) => v.id)).toEqual([]);
  });

  it('follows the page direction, reduced motion and forced colours', async () => {
    document.documentElement.dir = 'rtl';
    const session = cdp();
    try {
      const { el } = mount(() => [], { namespace: 'inv-styles' });
      el.invite('مرحبا');
      const bubble = part(el, 'invitation').getBoundingClientRect();
      const button = part(el, 'button').getBoundingClientRect();
      // Logical properties: on a right-to-left page the launcher sits on the left, the bubble above it.
      expect(button.left).toBeLessThan(window.innerWidth / 2);
      expect(Math.abs(bubble.left - button.left)).toBeLessThan(1);
      expect(bubble.bottom).toBeLessThanOrEqual(button.top);
      expect(getComputedStyle(part(el, 'invitation')).animationName).toBe('foyer-invitation-in');

      await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }, { name: 'forced-colors', value: 'active' }] });
      expect(getComputedStyle(part(el, 'invitation')).animationName).toBe('none');
      const canvas = document.createElement('div');
      canvas.style.cssText = 'background: Canvas; color: CanvasText';
      document.body.append(canvas);
      expect(getComputedStyle(part(el, 'invitation')).backgroundColor).toBe(getComputedStyle(canvas).backgroundColor);
      expect(getComputedStyle(part(el, 'invitation')).borderTopColor).toBe(getComputedStyle(canvas).color);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
      document.documentElement.removeAttribute('dir');
    }
  });
});
