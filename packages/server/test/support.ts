import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { checkedFetch, checkEvent } from '../src/testing/index.js';

/** A config file for a spawned server, in a fresh temporary directory. */
export function writeConfig(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'foyer-config-')), 'config.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

export interface Reply<T = any> { status: number; type: string; json: T; headers: Headers }

/** One API call through the contract-checking fetch. */
export async function call<T = any>(base: string, method: string, path: string, opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined || opts.raw !== undefined) headers['content-type'] ??= 'application/json';
  const res = await checkedFetch(base + path, { method, headers, body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', json: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
}

export const textMessage = (text: string, clientMessageId: string = randomUUID()) => ({ clientMessageId, parts: [{ type: 'text', text }] });

export async function guest(base: string) {
  const r = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest', locale: 'en', deviceId: randomUUID() } });
  if (r.status !== 201) throw new Error(`session: ${r.status}`);
  return r.json as { sessionId: string; accessToken: string; refreshToken: string; resumeToken: string };
}

export async function conversation(base: string, token: string): Promise<string> {
  const r = await call(base, 'POST', '/v1/conversations', { token, body: { clientConversationId: randomUUID(), topic: 'cards' } });
  if (r.status !== 201) throw new Error(`conversation: ${r.status}`);
  return r.json.id as string;
}

export const send = (base: string, token: string, conversationId: string, text: string, key: string = randomUUID(), body = textMessage(text)) =>
  call(base, 'POST', `/v1/conversations/${conversationId}/messages`, { token, body, headers: { 'idempotency-key': key } });

export interface SseEvent { id?: string; json: any }

/** An open SSE stream; events are collected (and contract-checked) as they arrive. */
export function openStream(base: string, token: string, lastEventId?: string, path = '/v1/events') {
  const controller = new AbortController();
  const events: SseEvent[] = [];
  let raw = '';
  const done = (async () => {
    const headers: Record<string, string> = { accept: 'text/event-stream', authorization: `Bearer ${token}` };
    if (lastEventId) headers['last-event-id'] = lastEventId;
    const res = await fetch(`${base}${path}`, { headers, signal: controller.signal });
    if (res.status !== 200) throw new Error(`stream: ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        const text = decoder.decode(chunk, { stream: true });
        raw += text;
        buffer += text;
        let i;
        while ((i = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const ev: SseEvent = { json: undefined };
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) ev.id = line.slice(4);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (!data) continue;
          ev.json = JSON.parse(data);
          checkEvent(ev.json);
          events.push(ev);
        }
      }
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
    }
  })();
  return {
    events,
    raw: () => raw,
    close: async () => {
      controller.abort();
      await done.catch(() => undefined);
    },
    ended: done,
    lastId: () => [...events].reverse().find((e) => e.id)?.id,
  };
}

export async function waitFor<T>(what: string, fn: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function eventsOf(base: string, token: string, conversationId: string, afterSeq = 0) {
  const r = await call(base, 'GET', `/v1/conversations/${conversationId}/events?afterSeq=${afterSeq}&limit=1000`, { token });
  return r.json.events as any[];
}

/** A host identity provider on loopback: a JWKS and a way to sign customer tokens with it. */
export async function startIdentityProvider(): Promise<{ jwksUrl: string; sign(claims: Record<string, unknown>, opts?: { expSeconds?: number }): Promise<string>; close(): Promise<void> }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bank-1', alg: 'ES256', use: 'sig' };
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return {
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    sign: (claims, opts = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'bank-1' })
        .setIssuer('https://bank.example')
        .setAudience('foyer')
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + (opts.expSeconds ?? 300))
        .sign(privateKey),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
