// Bundles the contract (packages/core/openapi/engagement.yaml, the single source of truth) as JSON
// for the server's request validation: src/generated for tests from source, dist/generated for the build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const source = new URL('../../core/openapi/engagement.yaml', import.meta.url);
const json = JSON.stringify(parse(readFileSync(source, 'utf8')));
for (const dir of ['../src/generated/', '../dist/generated/']) {
  const target = new URL(dir, import.meta.url);
  mkdirSync(target, { recursive: true });
  writeFileSync(new URL('contract.json', target), json);
}
