/**
 * UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, 12 bits `rand_a`, variant 0b10 and
 * 62 bits `rand_b`. Monotonic within a millisecond (RFC 9562 §6.2 method 1): `rand_a` plus the top
 * bits of `rand_b` act as a 42-bit counter seeded randomly each new millisecond and incremented for
 * each further id in the same millisecond; if the clock goes backwards, or the counter overflows,
 * the timestamp of the previous id is kept (and advanced by one on overflow). Ids therefore sort
 * (as strings and as bytes) in creation order.
 */
import { web } from '../platform/web.js';

export interface Uuidv7Generator {
  (): string;
}

export interface Uuidv7Options {
  now?: () => number;
  /** Fills the array with random bytes (defaults to crypto.getRandomValues). */
  randomBytes?: (array: Uint8Array) => Uint8Array;
}

const COUNTER_BITS = 42; // 12 bits rand_a + top 30 bits of rand_b
const COUNTER_MAX = 2 ** COUNTER_BITS - 1;

function defaultRandomBytes(array: Uint8Array): Uint8Array {
  if (!web.crypto?.getRandomValues) throw new TypeError('Foyer: crypto.getRandomValues is missing');
  return web.crypto.getRandomValues(array);
}

/** `value` (a non-negative integer) as `digits` lower-case hex digits. */
const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');

/** A generator with its own monotonic state. */
export function createUuidv7Generator(options: Uuidv7Options = {}): Uuidv7Generator {
  const now = options.now ?? Date.now;
  const randomBytes = options.randomBytes ?? defaultRandomBytes;
  let lastMs = -1;
  let counter = 0;
  return () => {
    const random = randomBytes(new Uint8Array(10));
    let ms = Math.max(0, Math.floor(now()));
    if (ms > lastMs) {
      lastMs = ms;
      // A random 40-bit seed: the two top bits of the 42-bit counter stay clear, leaving room for
      // about 2^41 increments within one millisecond.
      counter = random[1]! * 2 ** 32 + random[2]! * 2 ** 24 + random[3]! * 2 ** 16 + random[4]! * 2 ** 8 + random[5]!;
    } else {
      counter += 1;
      if (counter > COUNTER_MAX) {
        lastMs += 1;
        counter = 0;
      }
      ms = lastMs;
    }
    // counter: 42 bits = rand_a (12) | rand_b top 30 (after the variant bits 0b10)
    const randA = Math.floor(counter / 2 ** 30);
    const randBHigh = counter % 2 ** 30;
    const time = hex(ms, 12);
    // the remaining 32 bits of rand_b stay random
    const randBLow = random[6]! * 2 ** 24 + random[7]! * 2 ** 16 + random[8]! * 2 ** 8 + random[9]!;
    return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(randA, 3)}-${hex(0x8000 + Math.floor(randBHigh / 2 ** 16), 4)}-${hex(randBHigh % 2 ** 16, 4)}${hex(randBLow, 8)}`;
  };
}

let shared: Uuidv7Generator | undefined;

/** A UUIDv7 from the module's shared, monotonic generator. */
export function uuidv7(): string {
  shared ??= createUuidv7Generator();
  return shared();
}

/** The millisecond timestamp of a UUIDv7. */
export function uuidv7Timestamp(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
