import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';

// A factory: one browser object shared between projects fails ("Cannot define a nested project for a
// chromium browser"). Debian's Chromium; never `playwright install` (toolchain-notes §2).
const browser = () => ({
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
  test: {
    environment: 'node',
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
        test: { name: 'lit', include: ['src/lit/**/*.test.ts'], setupFiles: ['src/lit/test-setup.fixtures.ts'], browser: browser(), sequence: { groupOrder: 0 } },
      },
    ],
  },
});
