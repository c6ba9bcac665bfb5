/** Strips the separators people type ("+44 20 7946-0000", "(020) ...") before checking E.164. */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s().-]/g, '');
}

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export function isE164(raw: string): boolean {
  return /^\+[1-9]\d{1,14}$/.test(normalizePhone(raw));
}
