// The engagement API contract (openapi/engagement.yaml) is the single source of truth. These checks keep
// it lint-clean, keep the committed generated types in step with it, and keep every tagged union
// (the Event catalogue above all) explicit enough for openapi-typescript to emit correct literal types.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const specFile = resolve(packageDir, 'openapi/engagement.yaml');
const lintConfig = resolve(packageDir, 'openapi/redocly.yaml');
const generatedFile = resolve(packageDir, 'src/api/generated/schema.d.ts');
const generatorUrl = pathToFileURL(resolve(packageDir, 'scripts/generate-types.mjs')).href;
const redocly = resolve(packageDir, 'node_modules/.bin/redocly');

type Schema = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
};
type Spec = { components: { schemas: Record<string, Schema> } };

const spec = parse(readFileSync(specFile, 'utf8')) as Spec;
const schemas = spec.components.schemas;

function deref(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = schemas[name];
  if (!target) throw new Error(`unresolved ${schema.$ref}`);
  return deref(target);
}

/** The `const` of `property`, looked up in the schema itself and in its allOf members. */
function constOf(schema: Schema, property: string): { value: unknown; required: boolean } | undefined {
  const own = schema.properties?.[property];
  if (own && own.const !== undefined) {
    return { value: own.const, required: schema.required?.includes(property) ?? false };
  }
  for (const part of schema.allOf ?? []) {
    const found = constOf(deref(part), property);
    if (found) return found;
  }
  return undefined;
}

/** Every member of a discriminated oneOf has a mapping entry whose key is the member's `const` value. */
function checkDiscriminatedUnion(name: string): string[] {
  const union = schemas[name];
  const problems: string[] = [];
  if (!union?.oneOf || !union.discriminator) return [`${name} is not a discriminated oneOf`];
  const { propertyName, mapping = {} } = union.discriminator;
  const byRef = new Map(Object.entries(mapping).map(([value, ref]) => [ref, value]));
  const memberRefs = new Set<string>();
  for (const member of union.oneOf) {
    const ref = member.$ref;
    if (!ref) {
      problems.push(`${name}: inline oneOf member (give it a named schema)`);
      continue;
    }
    memberRefs.add(ref);
    const mapped = byRef.get(ref);
    if (mapped === undefined) problems.push(`${name}: ${ref} has no discriminator mapping`);
    const found = constOf(deref(member), propertyName);
    if (!found) problems.push(`${name}: ${ref} has no const \`${propertyName}\``);
    else {
      if (!found.required) problems.push(`${name}: ${ref} does not require \`${propertyName}\``);
      if (mapped !== undefined && found.value !== mapped) {
        problems.push(`${name}: ${ref} has const ${JSON.stringify(found.value)} but is mapped from ${JSON.stringify(mapped)}`);
      }
    }
  }
  for (const ref of Object.values(mapping)) {
    if (!memberRefs.has(ref)) problems.push(`${name}: mapping target ${ref} is not a oneOf member`);
  }
  return problems;
}

describe('engagement API contract', () => {
  it('the committed schema.d.ts equals a fresh generation from the YAML', async () => {
    const generator = (await import(generatorUrl)) as { generate: () => Promise<string> };
    const fresh = await generator.generate();
    expect(fresh).toContain('generated, do not edit');
    const committed = existsSync(generatedFile) ? readFileSync(generatedFile, 'utf8') : '';
    // On failure run: node packages/core/scripts/generate-types.mjs
    expect(committed === fresh, 'src/api/generated/schema.d.ts is stale: run `node scripts/generate-types.mjs`').toBe(true);
  }, 60_000);

  it('passes `redocly lint` with the recommended ruleset', () => {
    expect(existsSync(redocly), `${redocly} is missing (install the workspace)`).toBe(true);
    const run = spawnSync(redocly, ['lint', specFile, '--config', lintConfig, '--format', 'stylish'], {
      cwd: packageDir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    expect(run.error).toBeUndefined();
    expect(run.status, `redocly lint failed:\n${run.stdout}\n${run.stderr}`).toBe(0);
  }, 90_000);

  it('gives every Event union member an explicit discriminator mapping and a const type', () => {
    const event = schemas['Event'];
    expect(event?.discriminator?.propertyName).toBe('type');
    expect(event?.oneOf?.length ?? 0).toBeGreaterThan(0);
    expect(checkDiscriminatedUnion('Event')).toEqual([]);
  });

  it('covers the whole event catalogue of the brief', () => {
    const mapped = Object.keys(schemas['Event']?.discriminator?.mapping ?? {}).sort();
    const catalogue = [
      'conversation.created', 'conversation.state_changed', 'conversation.ended', 'conversation.rehydrated',
      'message.created', 'message.updated', 'message.deleted',
      'receipt.delivered', 'receipt.read',
      'typing.started', 'typing.stopped',
      'participant.joined', 'participant.left', 'participant.updated', 'participant.idle',
      'participant.auto_disconnect_warning',
      'escalation.requested', 'escalation.failed', 'transfer.succeeded', 'transfer.failed', 'queue.updated',
      'callback.offered', 'callback.scheduled', 'callback.attempting', 'callback.completed', 'callback.failed',
      'call.state_changed',
      'auth.requested', 'auth.succeeded', 'auth.failed', 'session.expiring', 'session.expired',
      'survey.offered', 'survey.completed',
      'attachment.status_changed',
      'stream.reset', 'stream.reconnect',
      // the agent desk (ephemeral desk events)
      'offer.created', 'offer.expired', 'offer.withdrawn', 'queue.changed',
      'assignment.created', 'assignment.ended', 'callback.created', 'presence.changed',
    ].sort();
    expect(mapped).toEqual(catalogue);
  });

  it('makes every other discriminated union explicit too', () => {
    const unions = Object.entries(schemas)
      .filter(([, schema]) => schema.discriminator)
      .map(([name]) => name);
    expect(unions).toEqual(expect.arrayContaining(['Event', 'MessagePart', 'CustomerMessagePart', 'AgentMessagePart']));
    expect(unions.flatMap(checkDiscriminatedUnion)).toEqual([]);
  });
});
