/**
 * Customer sessions against the real server: the host's identity JWT comes from getIdentityToken()
 * (signed here with an ES256 key whose JWKS a loopback server publishes), a reload after expiry
 * resumes the same session with a fresh identity token, and a guest client that finds a customer
 * session's resume token is refused the downgrade and starts a new guest session.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contractViolations } from '@foyer/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFoyerClient } from '../../src/index.js';
import { createMemoryKeyValueStore, createMemoryOutbox, createNodePlatform } from '../../src/node/index.js';
import { cuttableFetch, Store, TEST_TIMINGS, TestServer } from './harness.js';

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function idToken(key: KeyObject, sub: string): string {
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64({ alg: 'ES256', kid: 'host-1', typ: 'JWT' })}.${b64({ sub, name: 'Ada', tier: 'premier', iss: 'https://bank.example', aud: 'foyer', iat: now, exp: now + 300 })}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

describe('customer sessions', () => {
  let jwks: Server;
  let store: Store;
  let server: TestServer;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

  beforeAll(async () => {
    jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'host-1', alg: 'ES256', use: 'sig' }] })));
    await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    store = await Store.start('postgres');
    server = await TestServer.start(store, ['--host-jwks-url', jwksUrl, '--host-issuer', 'https://bank.example', '--host-audience', 'foyer']);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await store?.stop();
    await new Promise((r) => jwks?.close(r));
    expect(contractViolations()).toEqual([]);
  });

  it('creates a customer session from the host token, resumes it, and refuses to continue it as a guest', async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    let asked = 0;
    const getIdentityToken = async () => {
      asked += 1;
      return idToken(privateKey, 'customer-42');
    };
    const make = (customer: boolean, net = cuttableFetch()) =>
      createFoyerClient({ baseUrl: () => server.url, fetch: net.fetch, platform: createNodePlatform({ storage, outbox }), ...(customer ? { getIdentityToken } : {}), ...TEST_TIMINGS });

    const first = make(true);
    await first.start();
    expect(first.session).toMatchObject({ kind: 'customer', customer: { id: 'customer-42', displayName: 'Ada', tier: 'premier' } });
    const sessionId = first.session!.sessionId;
    await first.createConversation({ topic: 'mortgage' });
    await first.close();
    expect(asked).toBe(1);

    // Reload after the access token expired: resumed with the resume token and a fresh identity token.
    const stored = JSON.parse((await storage.get('session'))!);
    await storage.set('session', JSON.stringify({ ...stored, expiresAt: new Date(0).toISOString() }));
    const net = cuttableFetch();
    const second = make(true, net);
    await second.start();
    expect(second.session!.sessionId).toBe(sessionId);
    expect(asked).toBe(2);
    expect(net.log.filter((r) => r.url.endsWith('/v1/sessions'))).toHaveLength(1);
    expect((await second.listConversations()).map((c) => c.topic)).toEqual(['mortgage']);
    await second.close();

    // The same storage in a guest client: 409 downgrade_not_allowed, then a new guest session.
    const again = JSON.parse((await storage.get('session'))!);
    await storage.set('session', JSON.stringify({ ...again, expiresAt: new Date(0).toISOString() }));
    const guestNet = cuttableFetch();
    const guest = make(false, guestNet);
    await guest.start();
    expect(guest.session!.kind).toBe('guest');
    expect(guest.session!.sessionId).not.toBe(sessionId);
    expect(guestNet.log.filter((r) => r.url.endsWith('/v1/sessions'))).toHaveLength(2);
    expect(await guest.listConversations()).toEqual([]);
    await guest.close();
  }, 60_000);
});
