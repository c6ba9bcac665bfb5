import { ConfigError } from '../routing/queues.js';
import { LOCALES, type Localized } from '../bot/locale.js';

/** Which pages a rule applies to: a path prefix ("/loans"), or a glob over the path ("/loans/*\/apply", `*` within a segment, `**` across). */
export type PageMatch = { pathPrefix: string } | { glob: string };

export interface InvitationRule {
  id: string;
  page: PageMatch;
  /** Seconds on the page before the invitation shows. */
  secondsOnPage: number;
  message: Localized;
  queue?: string;
  topic?: string;
  /** A hint for the launcher: show this rule at most this often (kept only where the host allows storage). */
  frequency: { maxPerDay: number; minIntervalSeconds: number };
}

export interface InvitationsConfig { rules: InvitationRule[] }

export const DEMO_INVITATIONS: InvitationsConfig = {
  rules: [
    {
      id: 'loans-help',
      page: { pathPrefix: '/loans' },
      secondsOnPage: 20,
      message: { en: 'Questions about loans? Chat with us.', 'zh-CN': '对贷款有疑问吗？和我们聊聊吧。', 'zh-TW': '對貸款有疑問嗎？和我們聊聊吧。' },
      topic: 'loans',
      frequency: { maxPerDay: 1, minIntervalSeconds: 3600 },
    },
  ],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function localized(v: unknown, path: string): Localized {
  if (typeof v === 'string' && v.trim()) return { en: v, 'zh-CN': v, 'zh-TW': v };
  if (!isObject(v) || typeof v.en !== 'string' || !v.en.trim()) throw new ConfigError(`${path}: must be a non-empty string or an object of locales with at least "en"`);
  for (const key of Object.keys(v)) {
    if (!(LOCALES as readonly string[]).includes(key)) throw new ConfigError(`${path}.${key}: unknown locale (use en, zh-CN, zh-TW)`);
    if (typeof v[key] !== 'string' || !(v[key] as string).trim()) throw new ConfigError(`${path}.${key}: must be a non-empty string`);
  }
  return { en: v.en, 'zh-CN': (v['zh-CN'] as string | undefined) ?? v.en, 'zh-TW': (v['zh-TW'] as string | undefined) ?? v.en };
}

function count(v: unknown, path: string, fallback: number, max: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) throw new ConfigError(`${path}: must be an integer from 0 to ${max}`);
  return v;
}

function optionalString(v: unknown, path: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !v.trim()) throw new ConfigError(`${path}: must be a non-empty string`);
  return v;
}

function page(v: unknown, path: string): PageMatch {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object with pathPrefix or glob`);
  const keys = Object.keys(v);
  if (keys.length !== 1 || !['pathPrefix', 'glob'].includes(keys[0]!)) throw new ConfigError(`${path}: must have exactly one of pathPrefix, glob`);
  const value = v[keys[0]!];
  if (typeof value !== 'string' || !value.startsWith('/')) throw new ConfigError(`${path}.${keys[0]}: must be a path starting with "/"`);
  return keys[0] === 'glob' ? { glob: value } : { pathPrefix: value };
}

function rule(v: unknown, path: string): InvitationRule {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  for (const key of Object.keys(v)) {
    if (!['id', 'page', 'secondsOnPage', 'message', 'queue', 'topic', 'frequency'].includes(key)) throw new ConfigError(`${path}.${key}: unknown field`);
  }
  if (typeof v.id !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(v.id)) throw new ConfigError(`${path}.id: must be an id of letters, digits, ".", "_" or "-"`);
  const frequency = v.frequency ?? {};
  if (!isObject(frequency)) throw new ConfigError(`${path}.frequency: must be an object`);
  for (const key of Object.keys(frequency)) if (!['maxPerDay', 'minIntervalSeconds'].includes(key)) throw new ConfigError(`${path}.frequency.${key}: unknown field`);
  const queue = optionalString(v.queue, `${path}.queue`);
  const topic = optionalString(v.topic, `${path}.topic`);
  return {
    id: v.id,
    page: page(v.page, `${path}.page`),
    secondsOnPage: count(v.secondsOnPage, `${path}.secondsOnPage`, 0, 3600),
    message: localized(v.message, `${path}.message`),
    ...(queue ? { queue } : {}),
    ...(topic ? { topic } : {}),
    frequency: { maxPerDay: count(frequency.maxPerDay, `${path}.frequency.maxPerDay`, 1, 100), minIntervalSeconds: count(frequency.minIntervalSeconds, `${path}.frequency.minIntervalSeconds`, 3600, 30 * 86400) },
  };
}

/** Validates the `invitations` section; throws ConfigError naming the JSON path. */
export function parseInvitationsConfig(v: unknown, path = 'invitations'): InvitationsConfig {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  for (const key of Object.keys(v)) if (key !== 'rules') throw new ConfigError(`${path}.${key}: unknown field`);
  if (!Array.isArray(v.rules)) throw new ConfigError(`${path}.rules: must be an array`);
  const seen = new Map<string, number>();
  const rules = v.rules.map((r, i) => {
    const parsed = rule(r, `${path}.rules[${i}]`);
    if (seen.has(parsed.id)) throw new ConfigError(`${path}.rules[${i}].id: "${parsed.id}" is already used by ${path}.rules[${seen.get(parsed.id)}]`);
    seen.set(parsed.id, i);
    return parsed;
  });
  return { rules };
}
