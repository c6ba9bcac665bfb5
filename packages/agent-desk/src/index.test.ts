import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

describe('@foyer/agent-desk entry', () => {
  it('registers nothing on import and reports its package version', async () => {
    const entry = await import('./index.js');
    expect(customElements.get('foyer-desk-app')).toBeUndefined();
    expect(entry.version).toBe(pkg.version);
  });
});
