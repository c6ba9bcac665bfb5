import { defineConfig } from 'vitest/config';

// The browser tests share two cores with a server and Chromium: one file at a time.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } });
