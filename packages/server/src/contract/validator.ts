import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import type { FieldError } from '../http/problem.js';

// ajv-formats is CommonJS; under NodeNext its function arrives as `default`.
const addFormats = addFormatsModule.default as unknown as (ajv: Ajv2020) => void;

type Json = Record<string, unknown>;

export interface Operation {
  method: string;
  template: string;
  operationId?: string;
  requiresAuth: boolean;
  /** The security scheme the operation takes (`bearerAuth`, `agentAuth`). */
  authScheme?: string;
  pointer: string;
}

interface CompiledOperation extends Operation {
  regex: RegExp;
  paramNames: string[];
}

export type RouteMatch =
  | { kind: 'found'; operation: Operation; params: Record<string, string> }
  | { kind: 'no_path' }
  | { kind: 'no_method'; allowed: string[] };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const escapeToken = (t: string) => encodeURIComponent(t.replaceAll('~', '~0').replaceAll('/', '~1'));
const pointer = (...tokens: string[]) => `#/${tokens.map(escapeToken).join('/')}`;

/**
 * The engagement contract (OpenAPI 3.1) as the server reads it: route matching, request validation
 * against the contract's own schemas, and response validation for the test suites.
 */
export class Contract {
  private readonly operations: CompiledOperation[] = [];
  private readonly strict: Ajv2020;
  private readonly coercing: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    const forAjv = dispatchOnDiscriminators(JSON.parse(JSON.stringify(document)) as Json);
    const make = (coerceTypes: boolean) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes, validateFormats: true });
      addFormats(ajv);
      ajv.addSchema(forAjv, 'contract');
      return ajv;
    };
    this.strict = make(false);
    this.coercing = make(true);
    const globalSecurity = (document.security as unknown[] | undefined) ?? [];
    for (const [template, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
      for (const method of METHODS) {
        const op = item[method] as Json | undefined;
        if (!op) continue;
        const paramNames: string[] = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
          paramNames.push(name);
          return '([^/:]+)';
        });
        const security = (op.security as unknown[] | undefined) ?? globalSecurity;
        this.operations.push({
          method: method.toUpperCase(),
          template,
          operationId: op.operationId as string | undefined,
          requiresAuth: security.length > 0 && !security.some((s) => Object.keys(s as Json).length === 0),
          ...(security.length > 0 ? { authScheme: Object.keys(security[0] as Json)[0] } : {}),
          pointer: pointer('paths', template, method),
          regex: new RegExp(`^${source}$`),
          paramNames,
        });
      }
    }
    // Literal segments win over parameters: /v1/sessions/refresh before /v1/sessions/{id}.
    this.operations.sort((a, b) => a.paramNames.length - b.paramNames.length);
  }

  static load(): Contract {
    const file = new URL('../generated/contract.json', import.meta.url);
    return new Contract(JSON.parse(readFileSync(file, 'utf8')) as Json);
  }

  match(method: string, pathname: string): RouteMatch {
    const allowed: string[] = [];
    for (const op of this.operations) {
      const m = op.regex.exec(pathname);
      if (!m) continue;
      if (op.method !== method) {
        allowed.push(op.method);
        continue;
      }
      const params: Record<string, string> = {};
      op.paramNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { kind: 'found', operation: op, params };
    }
    return allowed.length ? { kind: 'no_method', allowed } : { kind: 'no_path' };
  }

  /** Validates a request; returns the field errors (empty when valid). Query values are coerced in place. */
  validateRequest(op: Operation, input: { body: unknown; hasBody: boolean; query: Record<string, unknown>; headers: Record<string, string | string[] | undefined> }): FieldError[] {
    const errors: FieldError[] = [];
    const opObject = this.resolve(op.pointer);
    const params = [...((this.resolve(op.pointer.replace(/\/[^/]+$/, '')).parameters as Json[] | undefined) ?? []), ...((opObject.parameters as Json[] | undefined) ?? [])].map((p) => this.deref(p));
    for (const where of ['query', 'header'] as const) {
      const list = params.filter((p) => p.in === where);
      if (!list.length) continue;
      const schema = {
        type: 'object',
        properties: Object.fromEntries(list.map((p) => [where === 'header' ? String(p.name).toLowerCase() : p.name, p.schema ?? {}])),
        required: list.filter((p) => p.required).map((p) => (where === 'header' ? String(p.name).toLowerCase() : p.name)),
      };
      const target = where === 'query' ? input.query : { ...input.headers };
      const validate = this.compile(`${op.pointer}:${where}`, schema, true);
      if (!validate(target)) errors.push(...toFieldErrors(validate.errors ?? [], `/${where}`));
    }
    const requestBody = opObject.requestBody ? this.deref(opObject.requestBody as Json) : undefined;
    if (requestBody) {
      const schema = ((requestBody.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
      if (!input.hasBody) {
        if (requestBody.required) errors.push({ pointer: '', code: 'required', detail: 'a JSON body is required' });
      } else if (schema) {
        const validate = this.compile(`${op.pointer}:body`, schema as Json, false);
        if (!validate(input.body)) errors.push(...toFieldErrors(validate.errors ?? [], ''));
      }
    }
    return errors;
  }

  /** Validates a response body against the contract (used by the test suites); returns messages. */
  validateResponse(method: string, pathname: string, status: number, contentType: string, body: unknown): string[] {
    const match = this.match(method, pathname);
    if (match.kind !== 'found') return [`${method} ${pathname} is not in the contract`];
    const responses = (this.resolve(match.operation.pointer).responses ?? {}) as Json;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) return [`${method} ${match.operation.template} has no ${status} response in the contract`];
    const response = this.deref(responses[key] as Json);
    const content = (response.content ?? {}) as Json;
    const mediaType = contentType.split(';')[0]!.trim();
    if (!Object.keys(content).length) return body === undefined || body === '' ? [] : [`${status} should have no body`];
    const media = content[mediaType] as Json | undefined;
    if (!media) return [`${method} ${match.operation.template} ${status}: content type ${mediaType} not in the contract (${Object.keys(content).join(', ')})`];
    if (!media.schema || mediaType === 'text/event-stream') return [];
    const validate = this.compile(`${match.operation.pointer}:${key}:${mediaType}`, media.schema as Json, false);
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  }

  /** Validates one event envelope of the stream against the contract's Event union. */
  validateEvent(event: unknown): string[] {
    const validate = this.compile('event', { $ref: 'contract#/components/schemas/Event' }, false);
    return validate(event) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  }

  private compile(key: string, schema: Json, coerce: boolean): ValidateFunction {
    let fn = this.cache.get(key);
    if (!fn) {
      const withRefs = JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', '"$ref":"contract#/')) as Json;
      fn = (coerce ? this.coercing : this.strict).compile(withRefs);
      this.cache.set(key, fn);
    }
    return fn;
  }

  private resolve(ptr: string): Json {
    let node: unknown = this.document;
    for (const token of ptr.replace(/^#\//, '').split('/')) {
      node = (node as Json)[decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~')];
    }
    return node as Json;
  }

  private deref(obj: Json): Json {
    return typeof obj.$ref === 'string' ? this.deref(this.resolve(obj.$ref)) : obj;
  }
}

/**
 * Rewrites every `oneOf` that has a discriminator mapping into "the tag must be one of these, and if
 * the tag is X the value must match X's schema", so a bad part is reported against its own shape only
 * (ajv's `discriminator` support refuses mappings and branches built with allOf).
 */
function dispatchOnDiscriminators(node: Json): Json {
  for (const value of Object.values(node)) if (value && typeof value === 'object') dispatchOnDiscriminators(value as Json);
  const discriminator = node.discriminator as { propertyName: string; mapping?: Record<string, string> } | undefined;
  if (Array.isArray(node.oneOf) && discriminator?.mapping) {
    const tag = discriminator.propertyName;
    const entries = Object.entries(discriminator.mapping);
    delete node.oneOf;
    delete node.discriminator;
    node.type = 'object';
    node.required = [...new Set([...((node.required as string[] | undefined) ?? []), tag])];
    node.properties = { ...(node.properties as Json | undefined), [tag]: { enum: entries.map(([k]) => k) } };
    node.allOf = [
      ...((node.allOf as Json[] | undefined) ?? []),
      ...entries.map(([k, ref]) => ({ if: { properties: { [tag]: { const: k } }, required: [tag] }, then: { $ref: ref } })),
    ];
  }
  return node;
}

/** Turns ajv's errors into the contract's field errors (JSON pointers into the request). */
function toFieldErrors(errors: ErrorObject[], prefix: string): FieldError[] {
  const out = new Map<string, FieldError>();
  const add = (pointer: string, code: string, detail: string) => out.set(`${pointer}|${code}`, { pointer: prefix + pointer, code, detail });
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'additionalProperties') continue;
    if (e.keyword === 'required') add(`${e.instancePath}/${String((e.params as { missingProperty: string }).missingProperty)}`, 'required', 'is required');
    else if (e.keyword === 'enum') add(e.instancePath, 'enum', `must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`);
    else add(e.instancePath, e.keyword, e.message ?? e.keyword);
  }
  return [...out.values()];
}
