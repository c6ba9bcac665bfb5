import { ConfigError } from '../routing/queues.js';

/** The config file's `attachments` section; advertised to clients as the session's `limits.attachments`. */
export interface AttachmentsConfig {
  enabled: boolean;
  maxBytes: number;
  maxPerMessage: number;
  allowedMimeTypes: string[];
  /** Lower-case extensions without the dot. */
  blockedExtensions: string[];
}

/** Bytes live in the database; past this a file belongs in object storage, which this server does not use. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

export const DEFAULT_ATTACHMENTS: AttachmentsConfig = {
  enabled: true,
  maxBytes: 10 * 1024 * 1024,
  maxPerMessage: 5,
  allowedMimeTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain'],
  blockedExtensions: ['exe', 'dll', 'com', 'bat', 'cmd', 'msi', 'scr', 'ps1', 'vbs', 'js', 'jar', 'sh', 'app', 'apk', 'html', 'htm', 'svg'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function strings(v: unknown, path: string, check: RegExp, what: string): string[] {
  if (!Array.isArray(v)) throw new ConfigError(`${path}: must be an array of strings`);
  return v.map((s, i) => {
    if (typeof s !== 'string' || !check.test(s)) throw new ConfigError(`${path}[${i}]: must be ${what}`);
    return s.toLowerCase();
  });
}

function integer(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new ConfigError(`${path}: must be an integer from ${min} to ${max}`);
  return v;
}

/** Validates the `attachments` section; throws ConfigError naming the JSON path. Missing fields keep the defaults. */
export function parseAttachmentsConfig(v: unknown, path = 'attachments'): AttachmentsConfig {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  for (const key of Object.keys(v)) {
    if (!['enabled', 'maxBytes', 'maxPerMessage', 'allowedMimeTypes', 'blockedExtensions'].includes(key)) throw new ConfigError(`${path}.${key}: unknown field`);
  }
  if (v.enabled !== undefined && typeof v.enabled !== 'boolean') throw new ConfigError(`${path}.enabled: must be true or false`);
  return {
    enabled: (v.enabled as boolean | undefined) ?? true,
    maxBytes: v.maxBytes === undefined ? DEFAULT_ATTACHMENTS.maxBytes : integer(v.maxBytes, `${path}.maxBytes`, 1, MAX_ATTACHMENT_BYTES),
    maxPerMessage: v.maxPerMessage === undefined ? DEFAULT_ATTACHMENTS.maxPerMessage : integer(v.maxPerMessage, `${path}.maxPerMessage`, 1, 20),
    allowedMimeTypes: v.allowedMimeTypes === undefined ? DEFAULT_ATTACHMENTS.allowedMimeTypes : strings(v.allowedMimeTypes, `${path}.allowedMimeTypes`, /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, 'a MIME type such as "image/png"'),
    blockedExtensions: v.blockedExtensions === undefined ? DEFAULT_ATTACHMENTS.blockedExtensions : strings(v.blockedExtensions, `${path}.blockedExtensions`, /^[a-z0-9]+$/i, 'an extension without the dot, such as "exe"'),
  };
}

export const attachmentsOf = (config: { attachments?: AttachmentsConfig }): AttachmentsConfig => config.attachments ?? DEFAULT_ATTACHMENTS;
