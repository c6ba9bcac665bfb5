import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// A factory: one browser object shared between projects fails. Debian's Chromium; never `playwright install`.
export const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  // msw's service worker (mockServiceWorker.js), shared with Storybook.
  publicDir: '../../.storybook/public',
  optimizeDeps: { include: ['msw', 'msw/browser', 'lit', '@lit/context'] },
  test: {
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.node.test.ts', 'test/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'browser', include: ['src/**/*.test.ts'], exclude: ['src/**/*.node.test.ts'], browser: browser() } },
    ],
  },
});
