import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromium } from '../../vitest.chromium.mjs';

// msw's service worker is the one
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
          browser: chromium(),
        },
      },
      {
        // The same desk with the system in dark mode: its tokens must still pass axe's contrast checks.
        extends: true,
        test: {
          name: 'dark',
          include: ['src/**/*.dark.test.ts'],
          browser: chromium({ colorScheme: 'dark' }),
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
