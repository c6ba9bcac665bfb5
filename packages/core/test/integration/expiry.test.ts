/**
 * Real access-token expiry (the server's --access-token-ttl): after the token runs out, a send and
 * a stream reconnect each get 401 session_expired, and the client refreshes and carries on in the same
 * session. (How many refreshes depends on timing under load; one shared refresh for concurrent 401s is
 * a unit test.)
 */
import { contractViolations } from '@foyer/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createFoyerClient } from '../../src/index.js';
import { createNodePlatform } from '../../src/node/index.js';
import { BACKENDS, cuttableFetch, recordEvents, sleep, Store, TEST_TIMINGS, TestServer, until } from './harness.js';

describe.concurrent('access token expiry', () => {
  afterAll(() => expect(contractViolations()).toEqual([]));

  it.each(BACKENDS)('(6b) on %s: an expired token is refreshed for the next send and the next stream connect', async (backend) => {
    const store = await Store.start(backend);
    const server = await TestServer.start(store, ['--access-token-ttl', '4']);
    const net = cuttableFetch();
    const client = createFoyerClient({ baseUrl: () => server.url, fetch: net.fetch, platform: createNodePlatform(), ...TEST_TIMINGS });
    const events = recordEvents(client);
    try {
      await client.start();
      const conversation = await client.createConversation();
      const sessionId = client.session!.sessionId;
      const firstToken = client.session!.accessToken;
      await until(() => client.status === 'open', 10_000, 'the stream');
      await sleep(4_600); // the token has expired
      const sent = await client.sendMessage(conversation.id, 'after expiry');
      await until(() => events.some((e) => e.type === 'message.created' && e.data.message.clientMessageId === sent.clientMessageId), 15_000, 'the echo');
      expect(client.session!.sessionId).toBe(sessionId);
      expect(client.session!.accessToken).not.toBe(firstToken);
      const refreshes = () => net.log.filter((r) => r.url.endsWith('/v1/sessions/refresh')).length;
      const afterSend = refreshes();
      expect(afterSend).toBeGreaterThanOrEqual(1);

      await sleep(4_600); // expired again; the open stream is not affected, a reconnect is
      const streams = net.log.filter((r) => r.url.endsWith('/v1/events')).length;
      net.cutStreams();
      await until(() => net.log.filter((r) => r.url.endsWith('/v1/events')).length >= streams + 2 && client.status === 'open', 10_000, 'the reconnect with a refreshed token');
      expect(refreshes()).toBeGreaterThan(afterSend);
      expect(net.log.filter((r) => r.url.endsWith('/v1/sessions'))).toHaveLength(1); // never a new session
    } finally {
      await client.close();
      await server.stop();
      await store.stop();
    }
  }, 90_000);
});
