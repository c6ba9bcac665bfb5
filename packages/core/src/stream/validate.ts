/**
 * The boundary check for events from the network (stream frames and relayed tab messages): a
 * tolerant reader, so unknown types and extra fields pass, but the fields the client relies on must
 * have the right shape; anything else is dropped (and reported) rather than half-applied.
 */
import type { FoyerEvent } from '../api/types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
// Number.isInteger is false for anything that is not a number.
const isSeq = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

function isMessage(v: unknown): boolean {
  return isObject(v) && typeof v.id === 'string' && isSeq(v.seq) && typeof v.conversationId === 'string' && Array.isArray(v.parts) && isObject(v.author);
}

/** Undefined when usable; otherwise why not. */
export function eventProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (typeof value.type !== 'string' || !value.type) return 'no type';
  if (value.seq !== undefined && !isSeq(value.seq)) return 'seq is not a positive integer';
  if (value.seq !== undefined && typeof value.conversationId !== 'string') return 'a persisted event without conversationId';
  if (value.conversationId !== undefined && typeof value.conversationId !== 'string') return 'conversationId is not a string';
  const data = value.data;
  switch (value.type) {
    case 'message.created':
    case 'message.updated':
      return isObject(data) && isMessage(data.message) ? undefined : 'no usable data.message';
    case 'message.deleted':
      return isObject(data) && typeof data.messageId === 'string' ? undefined : 'no data.messageId';
    case 'stream.reset':
      return isObject(data) && typeof data.conversationId === 'string' ? undefined : 'no data.conversationId';
    default:
      return undefined;
  }
}

/** Parses one frame's `data:`; undefined (with the reason) when it is not a usable event. */
export function parseEvent(text: string): { event?: FoyerEvent; problem?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not JSON' };
  }
  const problem = eventProblem(value);
  return problem ? { problem } : { event: value as FoyerEvent };
}
