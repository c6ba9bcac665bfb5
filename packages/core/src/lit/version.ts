/** Keep in step with packages/core/package.json (checked by version.test.ts). */
export const FOYER_LIT_VERSION = '0.1.0';
