import { ConfigError } from '../routing/queues.js';
import { DEFAULT_BOT_TEXTS, DEMO_BOT } from './demo.js';
import { TEXT_KEYS, type BotConfig, type BotFaq, type BotProduct, type BotTexts, type BotTopic } from './flow.js';
import { LOCALES, type Localized } from './locale.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function only(v: Record<string, unknown>, path: string, allowed: string[]): void {
  for (const key of Object.keys(v)) if (!allowed.includes(key)) throw new ConfigError(`${path}.${key}: unknown field (expected ${allowed.join(', ')})`);
}

function id(v: unknown, path: string): string {
  if (typeof v !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(v)) throw new ConfigError(`${path}: must be an id of letters, digits, ".", "_" or "-"`);
  return v;
}

/** A string (every locale) or `{ "en": …, "zh-CN": …, "zh-TW": … }` with `en` required. */
function localized(v: unknown, path: string): Localized {
  if (typeof v === 'string' && v.trim()) return { en: v, 'zh-CN': v, 'zh-TW': v };
  if (!isObject(v)) throw new ConfigError(`${path}: must be a non-empty string or an object of locales (en, zh-CN, zh-TW)`);
  only(v, path, [...LOCALES]);
  for (const locale of LOCALES) {
    const text = v[locale];
    if (text !== undefined && (typeof text !== 'string' || !text.trim())) throw new ConfigError(`${path}.${locale}: must be a non-empty string`);
  }
  if (v.en === undefined) throw new ConfigError(`${path}.en: is required (the fallback for other locales)`);
  const en = v.en as string;
  return { en, 'zh-CN': (v['zh-CN'] as string | undefined) ?? en, 'zh-TW': (v['zh-TW'] as string | undefined) ?? en };
}

function keywords(v: unknown, path: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ConfigError(`${path}: must be an array of strings`);
  return v.map((k, i) => {
    if (typeof k !== 'string' || !k.trim()) throw new ConfigError(`${path}[${i}]: must be a non-empty string`);
    return k.trim();
  });
}

function list<T>(v: unknown, path: string, parse: (item: unknown, path: string) => T & { id: string }): T[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new ConfigError(`${path}: must be an array`);
  const seen = new Map<string, number>();
  return v.map((item, i) => {
    const parsed = parse(item, `${path}[${i}]`);
    if (seen.has(parsed.id)) throw new ConfigError(`${path}[${i}].id: "${parsed.id}" is already used by ${path}[${seen.get(parsed.id)}]`);
    seen.set(parsed.id, i);
    return parsed;
  });
}

function product(v: unknown, path: string): BotProduct {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  only(v, path, ['id', 'label', 'keywords']);
  return { id: id(v.id, `${path}.id`), label: localized(v.label, `${path}.label`), keywords: keywords(v.keywords, `${path}.keywords`) };
}

function faq(v: unknown, path: string): BotFaq {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  only(v, path, ['id', 'question', 'answer', 'keywords']);
  return { id: id(v.id, `${path}.id`), question: localized(v.question, `${path}.question`), answer: localized(v.answer, `${path}.answer`), keywords: keywords(v.keywords, `${path}.keywords`) };
}

function topic(v: unknown, path: string): BotTopic {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  only(v, path, ['id', 'label', 'keywords', 'products', 'faq']);
  return {
    id: id(v.id, `${path}.id`),
    label: localized(v.label, `${path}.label`),
    keywords: keywords(v.keywords, `${path}.keywords`),
    products: list(v.products, `${path}.products`, product),
    faq: list(v.faq, `${path}.faq`, faq),
  };
}

/**
 * Validates the `bot` section; throws ConfigError naming the JSON path. Missing parts come from the demo
 * script: `texts` override the built-in texts one by one, `topics` replace the demo topics.
 */
export function parseBotConfig(v: unknown, path = 'bot'): BotConfig {
  if (!isObject(v)) throw new ConfigError(`${path}: must be an object`);
  only(v, path, ['enabled', 'name', 'detailsMode', 'answerFormat', 'texts', 'topics']);
  if (v.enabled !== undefined && typeof v.enabled !== 'boolean') throw new ConfigError(`${path}.enabled: must be true or false`);
  if (v.detailsMode !== undefined && v.detailsMode !== 'form' && v.detailsMode !== 'steps') throw new ConfigError(`${path}.detailsMode: must be "form" or "steps"`);
  if (v.answerFormat !== undefined && v.answerFormat !== 'markdown' && v.answerFormat !== 'card') throw new ConfigError(`${path}.answerFormat: must be "markdown" or "card"`);
  const texts: BotTexts = { ...DEFAULT_BOT_TEXTS };
  if (v.texts !== undefined) {
    if (!isObject(v.texts)) throw new ConfigError(`${path}.texts: must be an object`);
    only(v.texts, `${path}.texts`, TEXT_KEYS);
    for (const key of TEXT_KEYS) if (v.texts[key] !== undefined) texts[key] = localized(v.texts[key], `${path}.texts.${key}`);
  }
  let topics = DEMO_BOT.topics;
  if (v.topics !== undefined) {
    if (!Array.isArray(v.topics) || v.topics.length === 0) throw new ConfigError(`${path}.topics: must be a non-empty array`);
    topics = list(v.topics, `${path}.topics`, topic);
    const faqOwner = new Map<string, string>();
    topics.forEach((t, i) =>
      t.faq.forEach((f, j) => {
        if (faqOwner.has(f.id)) throw new ConfigError(`${path}.topics[${i}].faq[${j}].id: "${f.id}" is already used by ${faqOwner.get(f.id)}`);
        faqOwner.set(f.id, `${path}.topics[${i}]`);
      }),
    );
  }
  return {
    enabled: (v.enabled as boolean | undefined) ?? true,
    name: v.name === undefined ? DEMO_BOT.name : localized(v.name, `${path}.name`),
    detailsMode: (v.detailsMode as BotConfig['detailsMode'] | undefined) ?? DEMO_BOT.detailsMode,
    answerFormat: (v.answerFormat as BotConfig['answerFormat'] | undefined) ?? DEMO_BOT.answerFormat,
    texts,
    topics,
  };
}
