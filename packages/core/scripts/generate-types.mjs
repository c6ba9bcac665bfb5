#!/usr/bin/env node
// Generates packages/core/src/api/generated/schema.d.ts from openapi/engagement.yaml (the contract)
// with openapi-typescript's Node API.
//
//   node scripts/generate-types.mjs           writes the file
//   node scripts/generate-types.mjs --check   exits 1 if the committed file differs from a fresh generation
//
// `generate()` returns the file's text without writing it (test/contract.test.ts compares it with the
// committed file). The output is deterministic: no timestamps, no absolute paths.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const specPath = resolve(packageDir, 'openapi/engagement.yaml');
export const outputPath = resolve(packageDir, 'src/api/generated/schema.d.ts');

const HEADER = `/**
 * generated, do not edit.
 *
 * Produced by packages/core/scripts/generate-types.mjs (openapi-typescript) from
 * packages/core/openapi/engagement.yaml, the engagement API contract. Change the YAML, then run
 * \`pnpm --filter @foyer/core generate\`; test/contract.test.ts fails when this file is stale.
 */

`;

/** @returns {Promise<string>} the text of schema.d.ts */
export async function generate() {
  const ast = await openapiTS(pathToFileURL(specPath), {
    silent: true,
    // Keep schema-declared defaults optional: request bodies with defaulted fields stay easy to build.
    defaultNonNullable: false,
  });
  return HEADER + astToString(ast);
}

async function main(argv) {
  const text = await generate();
  if (argv.includes('--check')) {
    const committed = await readFile(outputPath, 'utf8').catch(() => '');
    if (committed !== text) {
      console.error(`${outputPath} is stale: run node scripts/generate-types.mjs`);
      return 1;
    }
    console.log('schema.d.ts is up to date');
    return 0;
  }
  await mkdir(dirname(outputPath), { recursive: true });
  await writeFile(outputPath, text);
  console.log(`wrote ${outputPath}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => { console.error(err); process.exitCode = 1; },
  );
}
