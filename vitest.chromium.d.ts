import { playwright } from '@vitest/browser-playwright';
type ContextOptions = NonNullable<Parameters<typeof playwright>[0]>['contextOptions'];
export declare const chromium: (contextOptions?: ContextOptions) => {
    enabled: boolean;
    headless: boolean;
    provider: import("vitest/node").BrowserProviderOption<import("@vitest/browser-playwright").PlaywrightProviderOptions>;
    instances: {
        browser: "chromium";
    }[];
};
export {};
