const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Whole minutes in the locale's own words ("5 minutes", "5分钟"). The formatter is built on first use,
 * not when the strings load: an Intl unit formatter takes tens of milliseconds to build on a slow phone.
 */
export function minutes(locale: string, count: number): string {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' })));
  return formatter.format(count);
}
