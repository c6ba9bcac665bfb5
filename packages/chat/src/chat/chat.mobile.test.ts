import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { setupWorker } from 'msw/browser';
import { createChatHost, type ChatHost } from '@foyer/core';
import { createNodePlatform } from '@foyer/core/node';
import '../define/foyer-chat.js';
import { MockEngagement } from '../testing/mock-engagement.fixtures.js';

const worker = setupWorker();
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
afterAll(() => worker.stop());
let host: ChatHost | undefined;
afterEach(async () => {
  await host?.close();
  worker.resetHandlers();
  document.body.replaceChildren();
});

it('fills a phone screen and keeps the composer and the last message in view when the viewport shrinks (keyboard)', async () => {
  await page.viewport(375, 667);
  const mock = new MockEngagement();
  worker.use(...mock.handlers());
  host = createChatHost({ client: { baseUrl: location.origin, platform: createNodePlatform() } });
  const el = document.createElement('foyer-chat');
  el.host = host;
  document.body.append(el);
  host.setVisible(true);
  await host.start();
  await el.updateComplete;
  const transcript = el.shadowRoot!.querySelector('foyer-transcript')!;
  await expect.poll(() => transcript.shadowRoot?.querySelectorAll('.message--bot').length).toBe(1);

  const panel = el.getBoundingClientRect();
  expect(panel.width).toBe(window.innerWidth);
  expect(Math.round(panel.height)).toBe(Math.round(window.visualViewport!.height));
  const textarea = el.shadowRoot!.querySelector('foyer-composer')!.shadowRoot!.querySelector('textarea')!;
  // 16 px or more: no zoom on focus in mobile browsers.
  expect(parseFloat(getComputedStyle(textarea).fontSize)).toBeGreaterThanOrEqual(16);

  // The on-screen keyboard leaves 360 px: the layout follows the visual viewport.
  await page.viewport(375, 360);
  await expect.poll(() => Math.round(el.getBoundingClientRect().height)).toBe(Math.round(window.visualViewport!.height));
  const composerBottom = el.shadowRoot!.querySelector('foyer-composer')!.getBoundingClientRect().bottom;
  expect(composerBottom).toBeLessThanOrEqual(window.visualViewport!.height + 1);
  const log = transcript.shadowRoot!.querySelector('.log')!.getBoundingClientRect();
  const last = [...transcript.shadowRoot!.querySelectorAll('.message')].at(-1)!.getBoundingClientRect();
  expect(last.bottom).toBeLessThanOrEqual(log.bottom + 1);
  expect(last.bottom).toBeGreaterThan(log.top);
});
