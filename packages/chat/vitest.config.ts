import { defineConfig } from 'vitest/config';
import { chromium } from '../../vitest.chromium.mjs';

export default defineConfig({
  // msw's service worker (mockServiceWorker.js), shared with Storybook.
  publicDir: '../../.storybook/public',
  optimizeDeps: { include: ['msw', 'msw/browser', 'lit', '@lit/context'] },
  test: {
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.node.test.ts', 'test/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'browser', include: ['src/**/*.test.ts'], exclude: ['src/**/*.node.test.ts'], browser: chromium() } },
    ],
  },
});
