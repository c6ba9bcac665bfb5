/**
 * Set-up shared by the platform tests: one Chromium and one served bundle of
 * fixtures/platform-page.ts per test file, pages that load it, and no page error left unnoticed.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FoyerTestApi } from './fixtures/platform-page.js';
import { bundle, launchChromium, serve, type StaticServer } from './harness.js';

declare global {
  var foyerTest: FoyerTestApi;
}

export interface PlatformPages {
  newContext(): Promise<BrowserContext>;
  /** A new tab of the test origin with `globalThis.foyerTest` ready. */
  openPage(context: BrowserContext): Promise<Page>;
  /** Loads the bundle again, after a reload. */
  load(page: Page): Promise<void>;
}

export function usePlatformPages(): PlatformPages {
  let browser: Browser;
  let server: StaticServer;
  let disposeBundle: () => void;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const built = await bundle({ 'platform-page': 'test/browser/fixtures/platform-page.ts' });
    disposeBundle = built.dispose;
    [server, browser] = await Promise.all([serve(built.dir), launchChromium()]);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    disposeBundle?.();
  });

  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  const load = async (page: Page) => {
    await page.addScriptTag({ url: '/platform-page.js', type: 'module' });
    await page.waitForFunction(() => typeof globalThis.foyerTest === 'object');
  };

  return {
    newContext: () => browser.newContext(),
    load,
    async openPage(context) {
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${server.origin}/`);
      await load(page);
      return page;
    },
  };
}
