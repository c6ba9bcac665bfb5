/**
 * Proactive invitation rules (GET /v1/invitations): which pages, after how long, how often. Eager
 * and tiny, like the launcher: plain fetch and a few pure functions.
 */
import type { components } from '@foyer/core';

export type InvitationRule = components['schemas']['InvitationRule'];
export type InvitationPageMatch = components['schemas']['InvitationPageMatch'];

const DAY_MS = 86_400_000;
const CAP_KEY = 'foyer:invitations:';

/** Glob over the path: `*` within a segment, `**` across segments (zero or more whole segments); the rest is literal. */
export function globToRegExp(glob: string): RegExp {
  const literal = (text: string) => text.replace(/[\\^$.+?()[\]{}|]/g, '\\$&');
  const source = glob.replace(/\*\*\/|\*\*|\*|[^*]+/g, (token) => {
    if (token === '**/') return '(?:.*/)?';
    if (token === '**') return '.*';
    if (token === '*') return '[^/]*';
    return literal(token);
  });
  return new RegExp(`^${source}$`);
}

/** A path prefix matches whole segments: `/loans` matches `/loans` and `/loans/car`, not `/loansharks`. */
export function pageMatches(page: InvitationPageMatch, path: string): boolean {
  if (page.glob !== undefined) return globToRegExp(page.glob).test(path);
  const prefix = page.pathPrefix;
  if (prefix === undefined) return false;
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/** The rules in `locale`; a failure (offline, old server) means no invitations, never an error on the page. */
export async function fetchInvitationRules(baseUrl: string, locale: string): Promise<InvitationRule[]> {
  try {
    const url = new URL('/v1/invitations', baseUrl);
    url.searchParams.set('locale', locale);
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return [];
    const body = (await response.json()) as { rules?: unknown };
    return Array.isArray(body.rules) ? (body.rules as InvitationRule[]).filter((r) => typeof r?.id === 'string' && typeof r.message === 'string' && r.page) : [];
  } catch {
    return [];
  }
}

type ShownLog = Record<string, number[]>;

/** Namespaces that showed an invitation in this page view (the cap without storage). */
const shownThisPageView = new Set<string>();

/**
 * The frequency cap: one invitation per page view always; with the host's consent, also the rule's
 * `maxPerDay` and `minIntervalSeconds`, remembered in localStorage. Without consent storage is never
 * read or written. `maxPerDay: 0` turns a rule off.
 */
export class InvitationCap {
  constructor(
    private readonly namespace: string,
    private readonly consent: () => boolean,
  ) {}

  /** Whether this page view may still show an invitation (rule-driven or the host's). */
  get pageViewFree(): boolean {
    return !shownThisPageView.has(this.namespace);
  }

  allows(rule: InvitationRule, now = Date.now()): boolean {
    if (!this.pageViewFree || rule.frequency.maxPerDay === 0) return false;
    if (!this.consent()) return true;
    const shown = (this.read()[rule.id] ?? []).filter((t) => now - t < DAY_MS);
    const last = Math.max(0, ...shown);
    return shown.length < rule.frequency.maxPerDay && now - last >= rule.frequency.minIntervalSeconds * 1000;
  }

  record(ruleId: string | undefined, now = Date.now()): void {
    shownThisPageView.add(this.namespace);
    if (ruleId === undefined || !this.consent()) return;
    const log = this.read();
    // Only the last day matters; older entries are dropped so the record stays small.
    for (const id of Object.keys(log)) log[id] = log[id]!.filter((t) => now - t < DAY_MS);
    log[ruleId] = [...(log[ruleId] ?? []), now];
    try {
      localStorage.setItem(CAP_KEY + this.namespace, JSON.stringify(log));
    } catch {
      // Storage full or blocked: the page-view cap still holds.
    }
  }

  /** Forgets the stored record (logout). */
  static clear(namespace: string): void {
    try {
      localStorage.removeItem(CAP_KEY + namespace);
    } catch {
      // Storage blocked: nothing was stored.
    }
  }

  private read(): ShownLog {
    try {
      const parsed = JSON.parse(localStorage.getItem(CAP_KEY + this.namespace) ?? '{}') as unknown;
      if (typeof parsed !== 'object' || parsed === null) return {};
      const log: ShownLog = {};
      for (const [id, times] of Object.entries(parsed)) if (Array.isArray(times)) log[id] = times.filter((t): t is number => typeof t === 'number');
      return log;
    } catch {
      return {};
    }
  }
}
