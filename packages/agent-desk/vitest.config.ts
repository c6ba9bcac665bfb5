import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// Debian's Chromium; never `playwright install` (toolchain-notes §2). msw's service worker is the one
// Storybook serves (.storybook/public), so the repository keeps a single copy.
export default defineConfig({
  publicDir: fileURLToPath(new URL('../../.storybook/public', import.meta.url)),
  optimizeDeps: { include: ['msw', 'msw/browser', 'axe-core', 'lit'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.dark.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The same desk with the system in dark mode: its tokens must still pass axe's contrast checks.
        extends: true,
        test: {
          name: 'dark',
          include: ['src/**/*.dark.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
              contextOptions: { colorScheme: 'dark' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // The built static app, served under a strict CSP and driven by playwright-core.
        extends: true,
        test: { name: 'built-app', include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
