import { Contract } from '../contract/validator.js';

let contract: Contract | undefined;
const violations: string[] = [];

/** Contract violations seen by every `checkedFetch` so far (tests assert this stays empty). */
export const contractViolations = (): readonly string[] => violations;

/**
 * fetch that validates every response against the contract: status, content type and body.
 * Streams (text/event-stream) are checked per event by the stream readers instead.
 */
export async function checkedFetch(input: string | URL, init?: RequestInit): Promise<Response> {
  contract ??= Contract.load();
  const res = await fetch(input, init);
  const url = new URL(String(input));
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('text/event-stream')) return res;
  const text = await res.clone().text();
  let body: unknown = text;
  if (type.includes('json') && text) body = JSON.parse(text);
  const found = contract.validateResponse(init?.method ?? 'GET', url.pathname, res.status, type, body);
  for (const v of found) violations.push(`${init?.method ?? 'GET'} ${url.pathname} → ${res.status}: ${v}`);
  return res;
}

/** Validates one stream event against the contract's Event union. */
export function checkEvent(event: unknown): void {
  contract ??= Contract.load();
  for (const v of contract.validateEvent(event)) violations.push(`event ${(event as { type?: string }).type}: ${v}`);
}
