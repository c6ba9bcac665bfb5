// Lint, including the layer rules of DESIGN.md: imports only go downward.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const litImports = { group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'], message: "core's main entry is platform-neutral: Lit belongs in @foyer/core/lit." };
const serverImports = { group: ['@foyer/server', '@foyer/server/*', '**/packages/server/**', '**/server/src/**'], message: 'UI and client code never import the server.' };
const uiImports = { group: ['@foyer/chat', '@foyer/chat/*', '@foyer/click-to-call', '@foyer/click-to-call/*', '@foyer/widgets', '@foyer/widgets/*'], message: 'core sits below the UI packages and never imports them.' };
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'customElements', 'location']
  .map((name) => ({ name, message: `core's main entry runs in Node too: reach ${name} only through the platform interfaces in src/platform.` }));

// Globals common to Node and browsers (TypeScript checks the rest); DOM-only ones are not listed.
const runtimeGlobals = ['console', 'process', 'URL', 'URLSearchParams', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch',
  'Response', 'Request', 'Headers', 'AbortController', 'AbortSignal', 'TextDecoder', 'TextEncoder', 'structuredClone', 'queueMicrotask',
  'Buffer', 'crypto', 'globalThis', 'performance', 'EventTarget', 'Event', 'Blob', 'ReadableStream', 'BroadcastChannel', 'DOMException'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: Object.fromEntries(runtimeGlobals.map((name) => [name, 'readonly'])) },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tests read arbitrary JSON from the server.
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
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
