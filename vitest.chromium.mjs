// The one browser setup of every vitest browser project: Debian's Chromium through playwright-core
// (never `playwright install`, toolchain-notes §2). A factory: one browser object shared between
// projects fails ("Cannot define a nested project for a chromium browser").
import { playwright } from '@vitest/browser-playwright';

/** @param {import('./vitest.chromium.d.mts').ContextOptions} [contextOptions] */
export const chromium = (contextOptions) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    ...(contextOptions ? { contextOptions } : {}),
  }),
  instances: [{ browser: 'chromium' }],
});
