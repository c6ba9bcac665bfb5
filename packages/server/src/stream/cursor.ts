/**
 * The SSE `id:` of the session stream: an opaque cursor holding the last seq of every conversation on
 * the stream. Clients hand it back as Last-Event-ID and never look inside.
 */
export type Positions = Map<string, number>;

const PREFIX = 'c1.';

export function encodeCursor(positions: Positions): string {
  return PREFIX + Buffer.from(JSON.stringify([...positions])).toString('base64url');
}

/** Returns undefined for anything that is not a cursor this server wrote. */
export function decodeCursor(text: string): Positions | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  try {
    const pairs = JSON.parse(Buffer.from(text.slice(PREFIX.length), 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(pairs)) return undefined;
    const positions: Positions = new Map();
    for (const pair of pairs) {
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || !Number.isInteger(pair[1]) || pair[1] < 0) return undefined;
      positions.set(pair[0], pair[1]);
    }
    return positions;
  } catch {
    return undefined;
  }
}
