/** The locales Foyer's own texts come in; anything else falls back to English. */
export const LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in every supported locale (the config may give only `en`; the others fall back to it). */
export type Localized = Record<Locale, string>;

/** Maps a BCP 47 tag to a supported locale: Traditional Chinese (zh-TW, zh-HK, zh-Hant…) vs Simplified. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const t = (tag ?? '').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /^zh-(tw|hk|mo)\b|^zh-hant\b/.test(t) ? 'zh-TW' : 'zh-CN';
}

export const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
