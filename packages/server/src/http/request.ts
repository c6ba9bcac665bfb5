import type { IncomingMessage } from 'node:http';
import { Problem } from './problem.js';

/** Reads a JSON body within the size limit; `hasBody` is false for an empty body. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<{ hasBody: boolean; body: unknown }> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) throw new Problem('payload_too_large', `the body may hold at most ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new Problem('payload_too_large', `the body may hold at most ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return { hasBody: false, body: undefined };
  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && !type.endsWith('+json')) throw new Problem('unsupported_media_type', 'send the body as application/json');
  try {
    return { hasBody: true, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch (error) {
    throw new Problem('malformed_json', `the body is not valid JSON: ${(error as Error).message}`);
  }
}

export function parseQuery(url: URL): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    query[key] = all.length > 1 ? all : all[0];
  }
  return query;
}
