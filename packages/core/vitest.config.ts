import { defineConfig } from 'vitest/config';
import { chromium } from '../../vitest.chromium.mjs';

export default defineConfig({
  test: {
    environment: 'node',
    // Hooks start and stop servers, PostgreSQL and Chromium; on a loaded CI box that outlasts 10 s.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/integration/**', 'src/lit/**'], sequence: { groupOrder: 0 } },
      },
      {
        // Against real server processes. These files mostly wait (restarts, retry backoff), so more of
        // them run at once than there are cores; they run after the others, which include the
        // timing-sensitive browser tests.
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], maxWorkers: 3, sequence: { groupOrder: 1 } },
      },
      {
        // The Lit bridge (@foyer/core/lit) in real Chromium.
        extends: true,
        test: { name: 'lit', include: ['src/lit/**/*.test.ts'], setupFiles: ['src/lit/test-setup.fixtures.ts'], browser: chromium(), sequence: { groupOrder: 0 } },
      },
    ],
  },
});
