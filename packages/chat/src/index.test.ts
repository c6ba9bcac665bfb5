import { describe, expect, it } from 'vitest';

// Lit records its own versions on the window (litElementVersions, reactiveElementVersions…); that is Lit's, not ours.
const ours = () => Object.keys(globalThis).filter((k) => !/^(lit|reactiveElement)/.test(k)).sort();

describe('@foyer/chat entry', () => {
  it('registers nothing and adds no globals on import, and reports its package version', async () => {
    const globalsBefore = ours();
    const entry = await import('./index.js');
    expect(ours()).toEqual(globalsBefore);
    for (const tag of ['foyer-launcher', 'foyer-chat', 'foyer-transcript', 'foyer-composer']) expect(customElements.get(tag)).toBeUndefined();
    // Served raw by the test server, whose root is packages/chat.
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(entry.version).toBe(pkg.version);
    expect(entry.FoyerLauncher.version).toBe(pkg.version);
  });
});
