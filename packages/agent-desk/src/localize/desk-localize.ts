import { LocalizeController } from '@foyer/core/lit';
import type { DeskTermArgs, DeskTranslation, DeskTranslationKey, DeskTranslationOverride } from './desk-translation.js';
import en from './en.js';
import zhCN from './zh-cn.js';
import zhTW from './zh-tw.js';

// The desk is one app, so its three locales ship in the bundle; hosts may still add or override.
const translations = new Map<string, DeskTranslation>([
  ['en', en],
  ['zh-cn', zhCN],
  ['zh-tw', zhTW],
]);
const overrides = new Map<string, DeskTranslationOverride>();
const hosts = new Set<DeskLocalizeController>();

/** Adds a complete desk translation or overrides some strings of one locale (same pattern as core's registerTranslation). */
export function registerDeskTranslation(...entries: Array<DeskTranslation | DeskTranslationOverride>): void {
  for (const entry of entries) {
    const key = entry.$code.toLowerCase();
    if (Object.keys(en).every((k) => k in entry)) translations.set(key, entry as DeskTranslation);
    else overrides.set(key, { ...overrides.get(key), ...entry });
  }
  for (const controller of hosts) controller.host.requestUpdate();
}

/** Registry keys for a canonical locale, most specific first; Chinese scripts and regions map to zh-CN or zh-TW. */
function candidates(locale: string): string[] {
  const lower = locale.toLowerCase();
  const parts = lower.split('-');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('-'));
  if (parts[0] === 'zh') out.push(/-(hant|tw|hk|mo)\b/.test(lower) ? 'zh-tw' : 'zh-cn');
  return out;
}

/**
 * Core's LocalizeController (lang/dir resolution through ancestors and shadow roots, Intl formatting)
 * plus the desk's own typed strings.
 */
export class DeskLocalizeController extends LocalizeController {
  override hostConnected(): void {
    super.hostConnected();
    hosts.add(this);
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    hosts.delete(this);
  }

  /** A desk string in the resolved language; parameterised messages take their arguments. */
  t<K extends DeskTranslationKey>(key: K, ...args: DeskTermArgs<K>): string {
    const value = this.pick(key);
    return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args) : (value as string);
  }

  /** The localised name of a callback status. */
  callbackStatus(status: keyof DeskTranslation['callbackStatusNames']): string {
    return this.pick('callbackStatusNames')[status];
  }

  /** Why a chat ended, localised (the raw value for a reason this version does not know). */
  endReason(reason: string): string {
    return (this.pick('endReasonNames') as Record<string, string>)[reason] ?? reason;
  }

  /** The localised name of an interaction channel (the raw value for one this version does not know). */
  channel(channel: string): string {
    return (this.pick('channelNames') as Record<string, string>)[channel] ?? channel;
  }

  /** The customer's name; a guest (no name) gets a short reference from the conversation id, so several guests differ. */
  customerName(customer: { displayName?: string }, conversationId?: string): string {
    if (customer.displayName) return customer.displayName;
    return conversationId ? this.t('guestRef', conversationId.replace(/[^A-Za-z0-9]/g, '').slice(-4)) : this.t('guest');
  }

  /** The label of a `bot.*` context key: localised for the well-known ones, the key itself otherwise. */
  botKey(key: string): string {
    return (this.pick('botKeyNames') as Record<string, string>)[key] ?? key;
  }

  /** An attachment as one line: name, size in the locale's units, scan status. */
  attachment(name: string, sizeBytes: number, status: string): string {
    const statusName = (this.pick('attachmentStatusNames') as Record<string, string>)[status] ?? status;
    return this.t('attachment', name, this.fileSize(sizeBytes), statusName);
  }

  /** A file size in the locale's units (kB below a megabyte). */
  fileSize(sizeBytes: number): string {
    const kb = sizeBytes / 1024;
    return kb < 1024
      ? this.formatNumber(Math.max(1, Math.round(kb)), { style: 'unit', unit: 'kilobyte', unitDisplay: 'short' })
      : this.formatNumber(kb / 1024, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
  }

  /** A duration in seconds as "3 min" / "45 sec", in the resolved language. */
  formatDuration(seconds: number): string {
    const whole = Math.max(0, Math.round(seconds));
    if (whole < 60) return this.formatNumber(whole, { style: 'unit', unit: 'second', unitDisplay: 'short' });
    return this.formatNumber(Math.round(whole / 60), { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  }

  private pick<K extends keyof DeskTranslation>(key: K): DeskTranslation[K] {
    for (const c of candidates(this.lang())) {
      const value = overrides.get(c)?.[key] ?? translations.get(c)?.[key];
      if (value !== undefined) return value as DeskTranslation[K];
    }
    return (overrides.get('en')?.[key] ?? en[key]) as DeskTranslation[K];
  }
}
