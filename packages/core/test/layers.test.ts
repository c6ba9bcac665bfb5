import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of DESIGN.md are enforced by lint; this proves the rules fire where they should.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it("keep Lit and the DOM out of core's main entry", async () => {
    expect(await ruleIds("import { LitElement } from 'lit';\nexport const x = LitElement;\n", 'packages/core/src/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds('export const title = document.title;\n', 'packages/core/src/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds("import { LitElement } from 'lit';\nexport const x = LitElement;\n", 'packages/core/src/lit/probe.ts')).not.toContain('no-restricted-imports');
  });

  it('keep the server out of the UI packages and the UI out of core', async () => {
    expect(await ruleIds("import { startServer } from '@foyer/server';\nexport const x = startServer;\n", 'packages/chat/src/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { version } from '@foyer/chat';\nexport const x = version;\n", 'packages/core/src/probe.ts')).toContain('no-restricted-imports');
  });
});
