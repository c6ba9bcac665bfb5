import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('@foyer/agent-desk entry', () => {
  it('has no side effects on import and reports its package version', async () => {
    const globalsBefore = Object.keys(globalThis).sort();
    const entry = await import('./index.js');
    expect(Object.keys(globalThis).sort()).toEqual(globalsBefore);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(entry.version).toBe(pkg.version);
  });
});
