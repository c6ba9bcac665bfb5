import type { playwright } from '@vitest/browser-playwright';

export type ContextOptions = NonNullable<Parameters<typeof playwright>[0]>['contextOptions'];

/** Debian's Chromium as a vitest browser (a new object per project). */
export declare function chromium(contextOptions?: ContextOptions): {
  enabled: true;
  headless: true;
  provider: ReturnType<typeof playwright>;
  instances: [{ browser: 'chromium' }];
};
