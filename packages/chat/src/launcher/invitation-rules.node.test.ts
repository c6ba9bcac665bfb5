import { describe, expect, it } from 'vitest';
import { globToRegExp, pageMatches } from './invitation-rules.js';

describe('invitation page matching', () => {
  it('matches a path prefix by whole segments', () => {
    const page = { pathPrefix: '/loans' };
    expect(['/loans', '/loans/', '/loans/car', '/loans/car/apply'].filter((p) => pageMatches(page, p))).toHaveLength(4);
    expect(['/', '/loan', '/loansharks', '/cards/loans'].some((p) => pageMatches(page, p))).toBe(false);
    expect(pageMatches({ pathPrefix: '/' }, '/anything/at/all')).toBe(true);
    expect(pageMatches({ pathPrefix: '/loans/' }, '/loans/car')).toBe(true);
  });

  it('matches a glob: * within a segment, ** across segments, the rest literally', () => {
    expect(pageMatches({ glob: '/loans/*/apply' }, '/loans/car/apply')).toBe(true);
    expect(pageMatches({ glob: '/loans/*/apply' }, '/loans/car/new/apply')).toBe(false);
    expect(pageMatches({ glob: '/loans/**/apply' }, '/loans/car/new/apply')).toBe(true);
    expect(pageMatches({ glob: '/loans/**/apply' }, '/loans/apply')).toBe(true);
    expect(pageMatches({ glob: '/loans/**' }, '/loans/a/b')).toBe(true);
    expect(pageMatches({ glob: '/loans/*' }, '/loans/a/b')).toBe(false);
    expect(pageMatches({ glob: '/*.html' }, '/rates.html')).toBe(true);
    // Regular-expression characters are literal: "." is not "any character", "(" is not a group.
    expect(pageMatches({ glob: '/*.html' }, '/ratesxhtml')).toBe(false);
    expect(globToRegExp('/a(b)+c?/[x]').test('/a(b)+c?/[x]')).toBe(true);
  });

  it('matches nothing without a pattern', () => {
    expect(pageMatches({} as never, '/loans')).toBe(false);
  });
});
