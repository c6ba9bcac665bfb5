import { describe, expect, it } from 'vitest';
import { createUuidv7Generator, uuidv7, uuidv7Timestamp } from '../src/index.js';

const LAYOUT = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('UUIDv7 (RFC 9562)', () => {
  it('has the version 7 and variant 10 bits and the current Unix milliseconds in the first 48 bits', () => {
    const before = Date.now();
    const id = uuidv7();
    const after = Date.now();
    expect(id).toMatch(LAYOUT);
    expect(uuidv7Timestamp(id)).toBeGreaterThanOrEqual(before);
    expect(uuidv7Timestamp(id)).toBeLessThanOrEqual(after);
  });

  it('is strictly increasing within one millisecond and across milliseconds', () => {
    let now = 1_700_000_000_000;
    const next = createUuidv7Generator({ now: () => now });
    const ids: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i % 2500 === 0) now += 1;
      ids.push(next());
    }
    for (const id of ids) expect(id).toMatch(LAYOUT);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(uuidv7Timestamp(ids[0]!)).toBe(1_700_000_000_001);
  });

  it('stays monotonic when the clock goes backwards', () => {
    let now = 1_700_000_000_500;
    const next = createUuidv7Generator({ now: () => now });
    const a = next();
    now -= 400;
    const b = next();
    expect(b > a).toBe(true);
    expect(uuidv7Timestamp(b)).toBe(1_700_000_000_500);
  });

  it('moves to the next millisecond when the counter overflows', () => {
    const next = createUuidv7Generator({ now: () => 1000, randomBytes: (a) => a.fill(0xff) });
    const ids = Array.from({ length: 3 }, () => next());
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(LAYOUT);
  });

  it('encodes a known timestamp big-endian', () => {
    const id = createUuidv7Generator({ now: () => 0x017f22e279b0, randomBytes: (a) => a.fill(0) })();
    expect(id.startsWith('017f22e2-79b0-7')).toBe(true);
  });
});
