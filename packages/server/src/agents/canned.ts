import type { AppContext } from '../app-context.js';
import { DEFAULT_CANNED_RESPONSES, type CannedResponse } from './config.js';

/** Canned responses for a locale (its language matches too; responses without a locale fit every one), filtered by `q`. */
export function listCannedResponses(app: AppContext, q: string | undefined, locale: string | undefined): { items: CannedResponse[] } {
  const all = app.config.cannedResponses ?? DEFAULT_CANNED_RESPONSES;
  const wanted = locale?.toLowerCase();
  const fits = (c: CannedResponse) => {
    if (!wanted || !c.locale) return true;
    const have = c.locale.toLowerCase();
    return have === wanted || (!wanted.includes('-') && have.split('-')[0] === wanted) || (!have.includes('-') && wanted.split('-')[0] === have);
  };
  const needle = q?.trim().toLowerCase();
  const matches = (c: CannedResponse) =>
    !needle || [c.title, c.shortcut ?? '', ...c.parts.map((p) => ('text' in p ? p.text : (p.prompt ?? '')))].some((t) => t.toLowerCase().includes(needle));
  return { items: all.filter((c) => fits(c) && matches(c)) };
}
