/**
 * The strings Foyer's elements need. Every locale implements all of it, so a missing key is a type
 * error. Parameterised messages are functions: no concatenation, no plurals assembled from pieces.
 */
export interface Translation {
  /** BCP 47 code, for example `en` or `zh-TW`. */
  $code: string;
  /** The language's own name. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  connecting: string;
  connected: string;
  reconnecting: string;
  offline: string;
  send: string;
  sending: string;
  retry: string;
  discard: string;
  notSent: string;
  /** Position 1 is next in line. */
  queuePosition: (position: number) => string;
  /** Estimated wait, whole minutes (formatted with Intl in the locale's own language). */
  estimatedWait: (minutes: number) => string;
}

/** A host override: any subset of the strings for one locale. */
export type TranslationOverride = Partial<Translation> & { $code: string };

export type TranslationKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;

export type TermArgs<K extends TranslationKey> = Translation[K] extends (...args: infer A) => string ? A : [];
