import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StringGroup, TermArgs, Translation, TranslationKey, TranslationOverride } from './translation.js';

// Registries keyed by lower-case BCP 47 code. Module state, but nothing is configured once: any
// element can use any locale, and hosts add or override strings at any time.
// A shipped locale's strings gather in `translations` group by group; `loaded` holds `key/group` pairs.
const translations = new Map<string, Partial<Translation>>();
const loaded = new Set<string>();
const overrides = new Map<string, TranslationOverride>();
const loading = new Map<string, Promise<boolean>>();
const controllers = new Set<LocalizeController>();

const GROUPS: readonly StringGroup[] = ['base', 'onDemand'];
const BASE: readonly StringGroup[] = ['base'];

/**
 * Locales shipped with Foyer, each group a separate chunk loaded on first use: a page loads only its
 * own language (English too), and elements hold their renders until their groups are there.
 */
const loaders = new Map<string, Record<StringGroup, () => Promise<{ default: Partial<Translation> }>>>([
  ['en', { base: () => import('./translations/en.js'), onDemand: () => import('./translations/en.on-demand.js') }],
  ['zh-cn', { base: () => import('./translations/zh-cn.js'), onDemand: () => import('./translations/zh-cn.on-demand.js') }],
  ['zh-tw', { base: () => import('./translations/zh-tw.js'), onDemand: () => import('./translations/zh-tw.on-demand.js') }],
]);

/** Chinese tags that name a script or region rather than zh-CN / zh-TW directly. */
const aliases = new Map<string, string>([
  ['zh', 'zh-cn'],
  ['zh-hans', 'zh-cn'],
  ['zh-sg', 'zh-cn'],
  ['zh-hans-cn', 'zh-cn'],
  ['zh-hant', 'zh-tw'],
  ['zh-hk', 'zh-tw'],
  ['zh-mo', 'zh-tw'],
  ['zh-hant-tw', 'zh-tw'],
  ['zh-hant-hk', 'zh-tw'],
]);

export const FALLBACK_LOCALE = 'en';

function canonical(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/** The registry keys to try for a locale, most specific first (`zh-Hant-HK` → `zh-hant-hk`, `zh-tw`, `zh-hant`, `zh`). */
function candidates(locale: string): string[] {
  const out: string[] = [];
  const parts = locale.toLowerCase().split('-');
  for (let i = parts.length; i > 0; i--) {
    const key = parts.slice(0, i).join('-');
    out.push(key);
    const alias = aliases.get(key);
    if (alias) out.push(alias);
  }
  return [...new Set(out)];
}

/**
 * Adds complete translations, or host overrides (any subset of the strings for one locale). An
 * override wins over Foyer's own strings, including ones loaded later.
 */
export function registerTranslation(...entries: Array<Translation | TranslationOverride>): void {
  for (const entry of entries) {
    const key = entry.$code.toLowerCase();
    if (isComplete(entry)) {
      translations.set(key, entry);
      for (const group of GROUPS) loaded.add(`${key}/${group}`);
    } else overrides.set(key, { ...overrides.get(key), ...entry });
  }
  for (const controller of controllers) controller.host.requestUpdate();
}

/** A complete translation names its language and direction; an override need not. */
function isComplete(entry: Translation | TranslationOverride): entry is Translation {
  return '$name' in entry && '$dir' in entry;
}

/** Loads one group of a shipped locale; resolves to whether it is here. */
function loadShipped(key: string, group: StringGroup): Promise<boolean> {
  const id = `${key}/${group}`;
  const loader = loaders.get(key)?.[group];
  if (loaded.has(id) || !loader) return Promise.resolve(loaded.has(id));
  let pending = loading.get(id);
  if (!pending) {
    pending = loader().then(
      ({ default: strings }) => {
        translations.set(key, { ...translations.get(key), ...strings });
        loaded.add(id);
        for (const controller of controllers) controller.host.requestUpdate();
        return true;
      },
      () => {
        loading.delete(id);
        return false;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** The registry key whose strings `locale` uses: its nearest registered or shipped candidate, else English. */
function sourceOf(locale: string): string {
  return candidates(locale).find((key) => translations.has(key) || loaders.has(key)) ?? FALLBACK_LOCALE;
}

/** Whether the strings of `groups` for `locale` are here (no render needs to wait). */
export function translationLoaded(locale: string, groups: Iterable<StringGroup> = BASE): boolean {
  const key = sourceOf(locale);
  return [...groups].every((group) => loaded.has(`${key}/${group}`));
}

/**
 * Loads the strings of `groups` that `locale` uses (its shipped translation, or English when there is
 * none) unless they are here. Resolves to whether they all are.
 */
export async function loadTranslation(locale: string, groups: Iterable<StringGroup> = BASE): Promise<boolean> {
  const key = sourceOf(locale);
  const results = await Promise.all([...groups].map((group) => loadShipped(key, group)));
  return results.every(Boolean);
}

/** The nearest `attr` on the element or its ancestors, crossing shadow roots; then `<html>`. */
function inherited(element: Element, attr: 'lang' | 'dir'): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${attr}]`);
    const value = found?.getAttribute(attr);
    if (value) return value;
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.getAttribute(attr) ?? '';
}

const controllerOf = new WeakMap<object, LocalizeController>();

/**
 * What an element's update must wait for: the strings of its language, when they are still loading.
 * FoyerElement holds its renders on it, so no element shows another language's text first.
 */
export function pendingTranslation(host: object): Promise<unknown> | undefined {
  const controller = controllerOf.get(host);
  return controller && !translationLoaded(controller.lang(), controller.groups) ? controller.ready() : undefined;
}

/**
 * Per-element localisation. The language comes from the element's `lang`, its ancestors' (across
 * shadow roots), then `<html lang>`, then English. Its strings load lazily (a chunk per language);
 * a FoyerElement host renders once they are here. The host re-renders when `<html lang>` or its own
 * `lang`/`dir` changes, and when a lazily loaded locale arrives.
 * A `lang` change on another ancestor is picked up at the host's next render.
 */
export class LocalizeController implements ReactiveController {
  /** Watches `lang` and `dir` on the host and on `<html>`. */
  #langObserver: MutationObserver | undefined;
  /** The string groups this host's renders need, in whatever language it shows. */
  readonly groups = new Set<StringGroup>(BASE);

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    controllerOf.set(host, this);
  }

  hostConnected(): void {
    controllers.add(this);
    this.#langObserver = new MutationObserver(() => this.host.requestUpdate());
    for (const target of [this.host, document.documentElement]) this.#langObserver.observe(target, { attributes: true, attributeFilter: ['lang', 'dir'] });
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.#langObserver?.disconnect();
    this.#langObserver = undefined;
  }

  hostUpdate(): void {
    void loadTranslation(this.lang(), this.groups);
  }

  /** The resolved, canonical locale (for Intl), for example `zh-TW`; `en` when none or invalid. */
  lang(): string {
    return canonical(inherited(this.host, 'lang')) ?? FALLBACK_LOCALE;
  }

  /** The resolved text direction: an explicit `dir` wins, otherwise the translation's. */
  dir(): 'ltr' | 'rtl' {
    const dir = inherited(this.host, 'dir').toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') return dir;
    return this.#lookup('$dir');
  }

  /** Resolves once the strings for the current language are loaded (or known to be the fallback). */
  async ready(): Promise<void> {
    await loadTranslation(this.lang(), this.groups);
  }

  /**
   * Adds a group of strings the host's renders need from now on, in every language it shows (its
   * renders wait for them); resolves once they are here for the current language.
   */
  use(group: StringGroup): Promise<void> {
    this.groups.add(group);
    return this.ready();
  }

  /** A translated string; parameterised messages take their arguments. */
  term<K extends TranslationKey>(key: K, ...args: TermArgs<K>): string {
    const value = this.#lookup(key);
    return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args) : (value as string);
  }

  formatNumber(value: number | bigint, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang(), options).format(value);
  }

  formatDate(value: Date | number | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    return new Intl.DateTimeFormat(this.lang(), options).format(new Date(value));
  }

  formatTime(value: Date | number | string, options: Intl.DateTimeFormatOptions = { timeStyle: 'short' }): string {
    return new Intl.DateTimeFormat(this.lang(), options).format(new Date(value));
  }

  #lookup<K extends keyof Translation>(key: K): Translation[K] {
    // Per candidate, a host override wins over Foyer's own string; English is the last resort (and
    // the key itself, should English be unloadable).
    for (const c of [...candidates(this.lang()), FALLBACK_LOCALE]) {
      const value = overrides.get(c)?.[key] ?? translations.get(c)?.[key];
      if (value !== undefined) return value as Translation[K];
    }
    return key as unknown as Translation[K];
  }
}
