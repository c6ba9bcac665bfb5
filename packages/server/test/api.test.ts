import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call, conversation, eventsOf, guest, openStream, send, startIdentityProvider, textMessage, waitFor, writeConfig } from './support.js';

let server: ServerProcess;
let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
let base: string;

beforeAll(async () => {
  idp = await startIdentityProvider();
  server = await spawnServer({
    // The transport is tested without the bot (it has its own suite), so only the customer writes.
    env: { FOYER_CONFIG: writeConfig({ bot: { enabled: false } }) },
    args: ['--host-jwks-url', idp.jwksUrl, '--host-issuer', 'https://bank.example', '--host-audience', 'foyer', '--site-origin', 'https://bank.example', '--ping-interval', '1'],
  });
  base = server.url;
});
afterAll(async () => {
  await server?.stop();
  await idp?.close();
});

describe('sessions', () => {
  it('creates a guest session that advertises its limits in code points', async () => {
    const r = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest', locale: 'zh-TW' } });
    expect(r.status).toBe(201);
    expect(r.json.kind).toBe('guest');
    expect(r.json.limits.text.maxCodePoints).toBe(4000);
    expect(r.json.limits.rateLimits).toEqual({ messagesPerSecond: 2, messagesBurst: 5 });
    expect(Date.parse(r.json.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('resumes the same session with the resume token after a reload', async () => {
    const first = await guest(base);
    const cid = await conversation(base, first.accessToken);
    const again = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest', resumeToken: first.resumeToken } });
    expect(again.status).toBe(200);
    expect(again.json.sessionId).toBe(first.sessionId);
    expect((await call(base, 'GET', `/v1/conversations/${cid}`, { token: again.json.accessToken })).status).toBe(200);
    const unknown = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest', resumeToken: 'not-a-token' } });
    expect(unknown.status).toBe(201);
    expect(unknown.json.sessionId).not.toBe(first.sessionId);
  });

  it('refreshes an access token with the refresh token', async () => {
    const s = await guest(base);
    const r = await call(base, 'POST', '/v1/sessions/refresh', { body: { refreshToken: s.refreshToken } });
    expect(r.status).toBe(200);
    expect(r.json.sessionId).toBe(s.sessionId);
    expect((await call(base, 'GET', '/v1/conversations', { token: r.json.accessToken })).status).toBe(200);
    const reused = await call(base, 'POST', '/v1/sessions/refresh', { body: { refreshToken: s.refreshToken } });
    expect([reused.status, reused.json.code]).toEqual([401, 'invalid_token']);
    const bad = await call(base, 'POST', '/v1/sessions/refresh', { body: { refreshToken: 'forged' } });
    expect(bad.status).toBe(401);
    expect(bad.json.code).toBe('invalid_token');
  });

  it('logs out: the session ends, its conversations end, its tokens stop working', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    const stream = openStream(base, s.accessToken);
    await waitFor('stream open', () => stream.raw().includes('stream open'));
    expect((await call(base, 'DELETE', '/v1/sessions/current', { token: s.accessToken })).status).toBe(204);
    await stream.ended;
    expect(stream.events.map((e) => e.json.type)).toEqual(['conversation.state_changed', 'conversation.ended', 'session.expired']);
    const after = await call(base, 'GET', `/v1/conversations/${cid}`, { token: s.accessToken });
    expect(after.status).toBe(401);
    expect(after.json.code).toBe('session_expired');
    expect((await call(base, 'POST', '/v1/sessions/refresh', { body: { refreshToken: s.refreshToken } })).status).toBe(401);
  });

  it('creates a customer session from the host identity token, with tier', async () => {
    const idToken = await idp.sign({ sub: 'cust-42', name: 'Mei Chen', tier: 'private' });
    const r = await call(base, 'POST', '/v1/sessions', { body: { kind: 'customer', idToken } });
    expect(r.status).toBe(201);
    expect(r.json.customer).toEqual({ id: 'cust-42', displayName: 'Mei Chen', tier: 'private' });
  });

  it('refuses customer sessions without a token, with a forged or an expired one', async () => {
    const missing = await call(base, 'POST', '/v1/sessions', { body: { kind: 'customer' } });
    expect(missing.status).toBe(400);
    expect(missing.json.errors[0].pointer).toBe('/idToken');
    const other = await startIdentityProvider();
    const forged = await call(base, 'POST', '/v1/sessions', { body: { kind: 'customer', idToken: await other.sign({ sub: 'x' }) } });
    await other.close();
    expect(forged.status).toBe(401);
    expect(forged.json.code).toBe('invalid_token');
    const expired = await call(base, 'POST', '/v1/sessions', { body: { kind: 'customer', idToken: await idp.sign({ sub: 'x' }, { expSeconds: -60 }) } });
    expect(expired.status).toBe(401);
  });

  it('upgrades a guest to a customer keeping the conversation, and refuses a downgrade', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    const up = await call(base, 'POST', '/v1/sessions/current/upgrade', { token: s.accessToken, body: { idToken: await idp.sign({ sub: 'cust-7' }) } });
    expect(up.status).toBe(200);
    expect(up.json.kind).toBe('customer');
    expect(up.json.sessionId).toBe(s.sessionId);
    expect((await call(base, 'GET', `/v1/conversations/${cid}`, { token: up.json.accessToken })).status).toBe(200);
    const down = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest', resumeToken: up.json.resumeToken } });
    expect(down.status).toBe(409);
    expect(down.json.code).toBe('downgrade_not_allowed');
  });
});

describe('bad input gets problem+json and the data stays intact', () => {
  it('answers every kind of bad request with its problem, and loses nothing', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    await send(base, s.accessToken, cid, 'kept');
    const before = await eventsOf(base, s.accessToken, cid);
    const token = s.accessToken;
    const post = (body: unknown, extra: { raw?: string; headers?: Record<string, string>; token?: string } = {}) =>
      call(base, 'POST', `/v1/conversations/${cid}/messages`, { token, ...(extra.raw ? { raw: extra.raw } : { body }), ...extra, headers: { 'idempotency-key': randomUUID(), ...extra.headers } });

    const malformed = await post(undefined, { raw: '{"parts": [' });
    expect([malformed.status, malformed.json.code]).toEqual([400, 'malformed_json']);
    expect(malformed.type).toContain('application/problem+json');

    const wrong = await post({ clientMessageId: 'not-a-uuid', parts: 'nope' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(['/parts', '/clientMessageId']));

    const badPart = await post({ clientMessageId: randomUUID(), parts: [{ type: 'text' }] });
    expect(badPart.json.errors).toEqual([expect.objectContaining({ pointer: '/parts/0/text', code: 'required' })]);

    const unknownType = await post({ clientMessageId: randomUUID(), parts: [{ type: 'hologram', text: 'x' }] });
    expect(unknownType.json.errors[0].pointer).toBe('/parts/0/type');

    // 4000 code points pass even where they take 8000 UTF-16 units; one more fails.
    const emoji = '😀'.repeat(4000);
    expect((await post(textMessage(emoji))).status).toBe(201);
    const tooLong = await post(textMessage(`${emoji}x`));
    expect([tooLong.status, tooLong.json.code, tooLong.json.action]).toEqual([400, 'message_too_long', 'shorten']);
    expect(tooLong.json.errors[0].pointer).toBe('/parts/0/text');

    const huge = await post(textMessage('x'.repeat(300_000)));
    expect([huge.status, huge.json.code]).toEqual([413, 'payload_too_large']);

    const notJson = await post(undefined, { raw: 'hello', headers: { 'content-type': 'text/plain' } });
    expect([notJson.status, notJson.json.code]).toEqual([415, 'unsupported_media_type']);

    const noKey = await call(base, 'POST', `/v1/conversations/${cid}/messages`, { token, body: textMessage('no key') });
    expect([noKey.status, noKey.json.code]).toEqual([400, 'idempotency_key_required']);

    const noAuth = await post(textMessage('x'), { token: '' });
    expect([noAuth.status, noAuth.json.code]).toEqual([401, 'auth_required']);

    const forged = await post(textMessage('x'), { token: `${token.split('.').slice(0, 2).join('.')}.AAAA` });
    expect([forged.status, forged.json.code]).toEqual([401, 'invalid_token']);

    const intruder = await guest(base);
    const foreign = await call(base, 'POST', `/v1/conversations/${cid}/messages`, { token: intruder.accessToken, body: textMessage('intrude'), headers: { 'idempotency-key': randomUUID() } });
    expect([foreign.status, foreign.json.code]).toEqual([404, 'not_found']);

    const unknownFields = await post({ ...textMessage('newer sdk'), sticker: { id: 1 } });
    expect(unknownFields.status).toBe(201);

    const after = await eventsOf(base, token, cid);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((e) => e.seq)).toEqual(after.map((_, i) => i + 1));
    expect(after.filter((e) => e.type === 'message.created').map((e) => e.data.message.parts[0].text)).toEqual(['kept', emoji, 'newer sdk']);
  });

  it('expires access tokens', async () => {
    const short = await spawnServer({ args: ['--access-token-ttl', '1'] });
    try {
      const s = await guest(short.url);
      await new Promise((r) => setTimeout(r, 2100));
      const r = await call(short.url, 'GET', '/v1/conversations', { token: s.accessToken });
      expect([r.status, r.json.code, r.json.action]).toEqual([401, 'session_expired', 'reauthenticate']);
    } finally {
      await short.stop();
    }
  });

  it('answers unknown routes 404, wrong methods 405, unimplemented operations 501, all as problems', async () => {
    const s = await guest(base);
    const unknown = await fetch(`${base}/v1/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const wrongMethod = await fetch(`${base}/v1/sessions`, { method: 'GET' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toContain('POST');
    const later = await call(base, 'GET', '/v1/knowledge/search?q=card', { token: s.accessToken });
    expect([later.status, later.json.code]).toEqual([501, 'not_implemented']);
    expect((await call(base, 'GET', '/healthz')).status).toBe(200);
  });
});

describe('idempotency', () => {
  it('replays the original for the same key and body, 422 for another body, and accepts the quoted form', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    const key = randomUUID();
    const body = textMessage('once');
    const a = await send(base, s.accessToken, cid, '', key, body);
    const b = await send(base, s.accessToken, cid, '', `"${key}"`, body);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.json).toEqual(a.json);
    const c = await send(base, s.accessToken, cid, '', key, textMessage('other'));
    expect([c.status, c.json.code]).toEqual([422, 'idempotency_key_reuse']);
  });

  it('returns the stored message for a known clientMessageId under a new key (outbox retry after any delay)', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    const body = textMessage('never twice');
    const a = await send(base, s.accessToken, cid, '', randomUUID(), body);
    const b = await send(base, s.accessToken, cid, '', randomUUID(), body);
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.json.id).toBe(a.json.id);
    expect((await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'message.created')).toHaveLength(1);
  });

  it('lets concurrent requests with one key create exactly one message', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    const key = randomUUID();
    const body = textMessage('racing');
    const replies = await Promise.all(Array.from({ length: 4 }, () => send(base, s.accessToken, cid, '', key, body)));
    for (const r of replies) expect([201, 409]).toContain(r.status);
    const ids = new Set(replies.filter((r) => r.status === 201).map((r) => r.json.id));
    expect(ids.size).toBe(1);
    expect((await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'message.created')).toHaveLength(1);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the burst', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    const replies = [];
    for (let i = 0; i < 8; i++) replies.push(await send(base, s.accessToken, cid, `m${i}`));
    const limited = replies.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.json.code).toBe('rate_limited');
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited[0]!.headers.get('ratelimit-policy')).toContain('q=5');
  });
});

describe('conversations and the stream', () => {
  it('lists, ends, and refuses messages to an ended conversation', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    expect((await call(base, 'GET', '/v1/conversations?status=active', { token: s.accessToken })).json.items.map((c: { id: string }) => c.id)).toEqual([cid]);
    const ended = await call(base, 'POST', `/v1/conversations/${cid}:end`, { token: s.accessToken, body: {} });
    expect(ended.json.state).toBe('ended');
    const late = await send(base, s.accessToken, cid, 'too late');
    expect([late.status, late.json.code]).toEqual([409, 'conversation_ended']);
    expect((await call(base, 'GET', '/v1/conversations?status=ended', { token: s.accessToken })).json.items).toHaveLength(1);
  });

  it('pages the transcript', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    for (const t of ['a', 'b', 'c']) await send(base, s.accessToken, cid, t);
    const tail = await call(base, 'GET', `/v1/conversations/${cid}/messages?limit=2`, { token: s.accessToken });
    expect(tail.json.items.map((m: any) => m.parts[0].text)).toEqual(['b', 'c']);
    expect(tail.json.hasMore).toBe(true);
    const older = await call(base, 'GET', `/v1/conversations/${cid}/messages?beforeSeq=${tail.json.items[0].seq}`, { token: s.accessToken });
    expect(older.json.items.map((m: any) => m.parts[0].text)).toEqual(['a']);
  });

  it('keeps a read horizon that only moves forward, and pings the stream', async () => {
    const s = await guest(base);
    const cid = await conversation(base, s.accessToken);
    await send(base, s.accessToken, cid, 'read me');
    const stream = openStream(base, s.accessToken);
    await waitFor('stream open', () => stream.raw().includes('stream open'));
    expect((await call(base, 'POST', `/v1/conversations/${cid}/read`, { token: s.accessToken, body: { upToSeq: 2 } })).status).toBe(204);
    expect((await call(base, 'POST', `/v1/conversations/${cid}/read`, { token: s.accessToken, body: { upToSeq: 1 } })).status).toBe(204);
    const past = await call(base, 'POST', `/v1/conversations/${cid}/read`, { token: s.accessToken, body: { upToSeq: 99 } });
    expect(past.status).toBe(400);
    await waitFor('read receipt', () => stream.events.find((e) => e.json.type === 'receipt.read'));
    await waitFor('a ping', () => stream.raw().includes(': ping'), 3000);
    await stream.close();
    expect((await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'receipt.read')).toHaveLength(1);
    expect((await call(base, 'POST', `/v1/conversations/${cid}/typing`, { token: s.accessToken, body: { state: 'started' } })).status).toBe(202);
  });

  it('replays two conversations after the cursor, live-delivers new ones, and resets an unreadable cursor', async () => {
    const s = await guest(base);
    const one = await conversation(base, s.accessToken);
    const stream = openStream(base, s.accessToken);
    await waitFor('stream open', () => stream.raw().includes('stream open'));
    const two = await conversation(base, s.accessToken);
    await send(base, s.accessToken, one, 'one-live');
    await waitFor('both live', () => stream.events.some((e) => e.json.conversationId === two) && stream.events.some((e) => e.json.data?.message?.parts?.[0]?.text === 'one-live'));
    const cursor = stream.lastId()!;
    await stream.close();
    await send(base, s.accessToken, one, 'one-missed');
    await send(base, s.accessToken, two, 'two-missed');
    const resumed = openStream(base, s.accessToken, cursor);
    await waitFor('replay', () => resumed.events.filter((e) => e.json.type === 'message.created').length === 2);
    expect(resumed.events.map((e) => e.json.data?.message?.parts?.[0]?.text).filter(Boolean)).toEqual(['one-missed', 'two-missed']);
    await resumed.close();

    const garbage = openStream(base, s.accessToken, 'not-a-cursor');
    await waitFor('resets', () => garbage.events.filter((e) => e.json.type === 'stream.reset').length === 2);
    expect(garbage.events.every((e) => e.json.type !== 'stream.reset' || e.json.data.reason === 'invalid_cursor')).toBe(true);
    await garbage.close();
  });

  it('allows the configured site origin with the headers the client needs', async () => {
    const pre = await fetch(`${base}/v1/conversations/x/messages`, {
      method: 'OPTIONS',
      headers: { origin: 'https://bank.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://bank.example');
    const allowed = pre.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['authorization', 'idempotency-key', 'last-event-id']) expect(allowed).toContain(h);
    const get = await fetch(`${base}/healthz`, { headers: { origin: 'https://bank.example' } });
    expect(get.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const other = await fetch(`${base}/healthz`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
