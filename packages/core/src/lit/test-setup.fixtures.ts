// Setup for the 'lit' vitest project (named *.fixtures.ts so the library build leaves it out).
// Lit's development build announces itself once per page; marking the warning as already issued
// keeps test output clean (tests log nothing unless something is wrong).
const g = globalThis as { litIssuedWarnings?: Set<string> };
(g.litIssuedWarnings ??= new Set()).add('dev-mode');
export {};
