// Story tests: every story in `packages/*/src/**/*.stories.ts` renders in Debian's Chromium, runs its
// play function and an axe check that must find nothing (addon-a11y `test: 'error'`). Run from the
// repository root (Storybook indexes stories relative to the working directory):
// `vitest run --config vitest.storybook.config.ts` (packages/chat's `test` script does).
import { defineConfig } from 'vitest/config';
import { chromium } from './vitest.chromium.mjs';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  publicDir: fileURLToPath(new URL('./.storybook/public', import.meta.url)),
  optimizeDeps: { include: ['msw-storybook-addon', 'msw', 'msw/browser', 'lit', '@lit/context', 'xstate'] },
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
  test: {
    name: 'storybook',
    // The cores are shared: a story may take a while to reach its state under load.
    testTimeout: 30_000,
    browser: chromium(),
  },
});
