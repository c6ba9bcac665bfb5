import { describe, expect, it } from 'vitest';
import { backoffDelay, nominalDelay } from '../src/index.js';

describe('backoff', () => {
  it('doubles from 1 s and caps at 30 s', () => {
    expect(Array.from({ length: 8 }, (_, i) => nominalDelay(i))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(nominalDelay(1000)).toBe(30000);
  });

  it('spreads ±30 % around the nominal delay and never passes the cap', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const nominal = nominalDelay(attempt);
      const low = backoffDelay(attempt, {}, () => 0);
      const high = backoffDelay(attempt, {}, () => 0.999999);
      expect(low).toBe(Math.round(nominal * 0.7));
      expect(high).toBe(Math.min(30000, Math.round(nominal * 1.3 - 0.0000006 * nominal)));
      expect(backoffDelay(attempt, {}, () => 0.5)).toBe(nominal);
      for (let i = 0; i < 200; i++) {
        const d = backoffDelay(attempt);
        expect(d).toBeGreaterThanOrEqual(Math.floor(nominal * 0.7));
        expect(d).toBeLessThanOrEqual(Math.min(30000, Math.ceil(nominal * 1.3)));
      }
    }
  });

  it('actually jitters (spread over many draws)', () => {
    const draws = Array.from({ length: 500 }, () => backoffDelay(2));
    expect(Math.min(...draws)).toBeLessThan(3200);
    expect(Math.max(...draws)).toBeGreaterThan(4800);
  });

  it('takes other intervals as options', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, { initialMs: 100, maxMs: 500, jitter: 0 }))).toEqual([100, 200, 400, 500, 500]);
  });
});
