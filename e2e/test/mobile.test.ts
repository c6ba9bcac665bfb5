import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from '../lib/stack.js';
import { customerSays, english } from '../lib/flows.js';

// A phone in Chromium's mobile emulation: touch, a 390×844 viewport at DPR 3.
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack();
});
afterAll(() => stack?.stop());

const PHONE = { width: 390, height: 844 };

/** The visual viewport in layout (CSS) pixels, as the page sees it. */
const visualViewport = (page: Page) =>
  page.evaluate(() => ({ top: window.visualViewport!.offsetTop, height: window.visualViewport!.height, layoutHeight: window.innerHeight }));

/** Where `what` sits in the visual viewport: 0 when wholly inside, else how many CSS px stick out above or below. */
async function outsideVisualViewport(page: Page, what: Locator): Promise<number> {
  const box = (await what.boundingBox())!;
  const vv = await visualViewport(page);
  return Math.max(0, Math.round(vv.top - box.y), Math.round(box.y + box.height - (vv.top + vv.height)));
}

async function expectInsideVisualViewport(page: Page, what: Locator): Promise<void> {
  await expect.poll(() => outsideVisualViewport(page, what), { timeout: 5_000 }).toBe(0);
}

/**
 * Headless Chromium has no on-screen keyboard, and with a device-metrics override neither
 * Emulation.setVisibleSize nor Browser.setWindowBounds changes `visualViewport.height` (measured on
 * Chromium 156). Two things do: a shorter emulated viewport with the phone's screen kept, which is the
 * keyboard resizing the page (Android's `interactive-widget=resizes-content`), and a page scale, where
 * the visual viewport shrinks inside an unchanged layout viewport and `100dvh` stays the full height, as
 * with a keyboard that overlays the page (iOS, Android's default `resizes-visual`).
 */
async function keyboardResizesViewport(cdp: CDPSession, keyboardHeight: number): Promise<void> {
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: PHONE.width, height: PHONE.height - keyboardHeight, deviceScaleFactor: 3, mobile: true, screenWidth: PHONE.width, screenHeight: PHONE.height,
  });
}

describe('the chat on a phone', () => {
  it('opens full screen on a tap, with 16 px inputs and 44 px targets, and keeps the composer and the last message above the keyboard', { timeout: 120_000 }, async () => {
    const context = await stack.browser.newContext({ viewport: PHONE, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${stack.bankUrl}/?lang=en`);
    const launcher = page.locator('foyer-launcher [part="button"]');
    const launcherBox = (await launcher.boundingBox())!;
    expect(Math.min(launcherBox.width, launcherBox.height)).toBeGreaterThanOrEqual(44);
    await launcher.tap();
    await page.getByRole('button', { name: english.cardsTopic, exact: true }).tap({ timeout: 20_000 });
    await page.getByText(/Cards: here are answers/).first().waitFor({ timeout: 20_000 });

    const panel = page.locator('foyer-chat');
    expect(await panel.boundingBox()).toEqual({ x: 0, y: 0, ...PHONE });
    const composerInput = page.locator('foyer-composer textarea');
    const fontSizes = await page.locator('foyer-chat textarea, foyer-chat input:not([type="file"])').evaluateAll((inputs) =>
      inputs.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(fontSizes.length).toBeGreaterThan(0);
    for (const size of fontSizes) expect(size).toBeGreaterThanOrEqual(16);
    // Every visible control of the panel is at least 44 × 44 CSS px (labels only read aloud are not targets).
    const targets = await page.locator('foyer-chat button, foyer-chat textarea, foyer-composer label:not(.sr-only)').evaluateAll((elements) =>
      elements.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => {
        const r = el.getBoundingClientRect();
        return { what: `${el.tagName} ${el.textContent?.trim() || el.getAttribute('aria-label') || ''}`, width: r.width, height: r.height };
      }));
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.filter((t) => t.width < 44 || t.height < 44)).toEqual([]);

    await composerInput.tap();
    await customerSays(page, english, 'What is the fee for a replacement card?');
    const lastMessage = () => page.locator('foyer-transcript [role="listitem"]').last();
    await page.getByText('What is the fee for a replacement card?', { exact: true }).waitFor();
    // The bot's answer is in before the keyboard opens: no new message then prompts a scroll to the end.
    await expect.poll(() => lastMessage().textContent(), { timeout: 20_000 }).not.toContain('What is the fee for a replacement card?');

    const cdp = await context.newCDPSession(page);
    await keyboardResizesViewport(cdp, 336);
    await expect.poll(async () => (await visualViewport(page)).height).toBe(PHONE.height - 336);
    await expect.poll(async () => (await panel.boundingBox())?.height).toBe(PHONE.height - 336);
    await expectInsideVisualViewport(page, composerInput);
    await expectInsideVisualViewport(page, lastMessage());

    await keyboardResizesViewport(cdp, 0);
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1.6 });
    await expect.poll(async () => (await visualViewport(page)).height).toBeLessThan(PHONE.height / 1.5);
    expect((await visualViewport(page)).layoutHeight).toBe(PHONE.height);
    await expectInsideVisualViewport(page, composerInput);
    await expectInsideVisualViewport(page, lastMessage());
    await context.close();
  });
});
