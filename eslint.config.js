// Lint, including the layer rules of DESIGN.md: imports only go downward.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const litImports = { group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'], message: "core's main entry is platform-neutral: Lit belongs in @foyer/core/lit." };
const serverImports = { group: ['@foyer/server', '@foyer/server/*', '**/packages/server/**', '**/server/src/**'], message: 'UI and client code never import the server.' };
const uiImports = { group: ['@foyer/chat', '@foyer/chat/*', '@foyer/click-to-call', '@foyer/click-to-call/*', '@foyer/widgets', '@foyer/widgets/*'], message: 'core sits below the UI packages and never imports them.' };
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'customElements', 'location']
  .map((name) => ({ name, message: `core's main entry runs in Node too: reach ${name} only through the platform interfaces in src/platform.` }));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly', AbortController: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', Buffer: 'readonly', crypto: 'readonly', globalThis: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/lit/**', 'packages/core/src/platform/browser/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [litImports, serverImports, uiImports] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['packages/core/src/lit/**/*.ts', 'packages/chat/**/*.ts', 'packages/click-to-call/**/*.ts', 'packages/widgets/**/*.ts', 'packages/agent-desk/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [serverImports] }] },
  },
);
