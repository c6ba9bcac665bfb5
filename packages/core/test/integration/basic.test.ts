/**
 * Against the real server, on PGlite and on PostgreSQL: (1) session, conversation, send, the echo
 * over the stream, reload-resume; (5) a non-retryable failure with retry and discard; (6) a garbage
 * access token refreshed transparently. Every response and event is contract-validated.
 */
import { checkedFetch, contractViolations } from '@foyer/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFoyerClient, isPersisted, type FoyerClient, type KeyValueStore, type OutboxStore, type Platform } from '../../src/index.js';
import { createMemoryKeyValueStore, createMemoryOutbox, createNodePlatform } from '../../src/node/index.js';
import { BACKENDS, cuttableFetch, recordEvents, sleep, Store, TEST_TIMINGS, TestServer, until } from './harness.js';
import { TabBus } from '../support/tab-bus.js';

describe.each(BACKENDS)('client against foyer-server on %s', (backend) => {
  let store: Store;
  let server: TestServer;

  beforeAll(async () => {
    store = await Store.start(backend);
    server = await TestServer.start(store);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await store?.stop();
    expect(contractViolations()).toEqual([]);
  });

  function client(storage: KeyValueStore, outbox: OutboxStore, net = cuttableFetch(), platform: Platform = createNodePlatform({ storage, outbox })): FoyerClient {
    return createFoyerClient({ baseUrl: () => server.url, fetch: net.fetch, platform, locale: 'en-GB', ...TEST_TIMINGS });
  }

  it('(1) creates a session and a conversation, sends, gets the echo over the stream, and resumes after a reload', async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    const net1 = cuttableFetch();
    const first = client(storage, outbox, net1);
    const events = recordEvents(first);
    await first.start();
    const sessionId = first.session!.sessionId;
    const conversation = await first.createConversation({ topic: 'lost card' });
    const pending = await first.sendMessage(conversation.id, 'I lost my card');
    expect(pending.state).toBe('pending');
    expect(await outbox.get(pending.clientMessageId)).toBeDefined(); // stored before it is sent
    await until(() => events.some((e) => e.type === 'message.created' && e.data.message.clientMessageId === pending.clientMessageId), 15_000, 'the echo');
    await until(async () => (await outbox.list()).length === 0, 5_000, 'the outbox to empty');
    const transcript = first.conversation(conversation.id).getSnapshot();
    expect(transcript.messages.map((m) => m.parts)).toEqual([[{ type: 'text', text: 'I lost my card' }]]);
    expect(transcript.pending).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['conversation.created', 'message.created']);
    await until(() => first.status === 'open', 5_000, 'the stream to open');
    const cursor = first.leader!.stream.cursor;
    expect(cursor).toBeTruthy();
    await first.close();
    expect(first.status).toBe('closed');

    // A reload: same storage, new client. Same session, no new POST /v1/sessions, stream resumed from the cursor.
    const net2 = cuttableFetch();
    const second = client(storage, outbox, net2);
    const events2 = recordEvents(second);
    await second.start();
    expect(second.session!.sessionId).toBe(sessionId);
    expect(net2.log.filter((r) => r.url.endsWith('/v1/sessions'))).toEqual([]);
    await until(() => second.status === 'open', 10_000, 'the resumed stream');
    const streamRequest = net2.log.find((r) => r.url.endsWith('/v1/events'))!;
    expect(streamRequest.headers['last-event-id']).toBe(cursor);
    expect(streamRequest.headers.authorization).toMatch(/^Bearer /);
    await second.sendMessage(conversation.id, 'still there?');
    await until(() => events2.some((e) => e.type === 'message.created'), 15_000, 'the second echo');
    // Nothing from before the reload was delivered again.
    expect(events2.filter(isPersisted).map((e) => e.seq)).toEqual([3]);
    await second.conversation(conversation.id).load();
    expect(second.conversation(conversation.id).getSnapshot().messages.map((m) => m.seq)).toEqual([2, 3]);
    await second.close();

    // A reload after the access token expired: resumed with the resume token (POST /v1/sessions → 200).
    const stored = JSON.parse((await storage.get('session'))!);
    await storage.set('session', JSON.stringify({ ...stored, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    const net3 = cuttableFetch();
    const third = client(storage, outbox, net3);
    await third.start();
    expect(third.session!.sessionId).toBe(sessionId);
    const resume = net3.log.filter((r) => r.url.endsWith('/v1/sessions'));
    expect(resume).toHaveLength(1);
    expect(Date.parse(third.session!.expiresAt)).toBeGreaterThan(Date.now()); // fresh tokens (a JWT of the same second may be byte-identical)
    const list = await third.listConversations();
    expect(list.map((c) => c.id)).toContain(conversation.id);
    await third.close();
  }, 60_000);

  it('(5) a message to an ended conversation fails for good; retry re-attempts it, discard removes it', async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    const c = client(storage, outbox);
    await c.start();
    const ended = await c.createConversation();
    const open = await c.createConversation();
    await c.endConversation(ended.id, 'resolved');
    const failed = await c.sendMessage(ended.id, 'too late');
    const fine = await c.sendMessage(open.id, 'hello');
    const transcript = c.conversation(ended.id);
    await until(() => transcript.getSnapshot().pending[0]?.state === 'failed', 15_000, 'the failure');
    const entry = transcript.getSnapshot().pending[0]!;
    expect(entry).toMatchObject({ clientMessageId: failed.clientMessageId, state: 'failed', attempts: 1, failure: { status: 409, code: 'conversation_ended' } });
    expect((await outbox.get(failed.clientMessageId))!.state).toBe('failed');
    // The failure does not hold other conversations back.
    await until(() => c.conversation(open.id).getSnapshot().messages.some((m) => m.clientMessageId === fine.clientMessageId), 15_000, 'the other message');
    // Not retried on its own...
    await new Promise((r) => setTimeout(r, 300));
    expect((await outbox.get(failed.clientMessageId))!.attempts).toBe(1);
    // ...but on request: back in the loop, attempted again, and (still ended) failed again.
    await c.retryMessage(failed.clientMessageId);
    expect(transcript.getSnapshot().pending[0]!.state).toBe('pending');
    await until(() => transcript.getSnapshot().pending[0]?.state === 'failed', 15_000, 'the second failure');
    expect(transcript.getSnapshot().pending[0]!.attempts).toBe(1);
    await c.discardMessage(failed.clientMessageId);
    expect(transcript.getSnapshot().pending).toEqual([]);
    expect(await outbox.list()).toEqual([]);
    expect(transcript.getSnapshot().messages).toEqual([]);
    await c.close();
  }, 60_000);

  it('(6) refreshes a garbage access token transparently (stream and commands)', async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    const first = client(storage, outbox);
    await first.start();
    const conversation = await first.createConversation();
    const sessionId = first.session!.sessionId;
    await first.close();
    const stored = JSON.parse((await storage.get('session'))!);
    await storage.set('session', JSON.stringify({ ...stored, accessToken: 'garbage.garbage.garbage' }));

    const net = cuttableFetch();
    const second = client(storage, outbox, net);
    const events = recordEvents(second);
    await second.start();
    expect(second.session!.accessToken).toBe('garbage.garbage.garbage');
    const sent = await second.sendMessage(conversation.id, 'after refresh');
    await until(() => events.some((e) => e.type === 'message.created' && e.data.message.clientMessageId === sent.clientMessageId), 15_000, 'the echo');
    expect(second.session!.sessionId).toBe(sessionId);
    expect(second.session!.accessToken).not.toBe('garbage.garbage.garbage');
    expect(JSON.parse((await storage.get('session'))!).accessToken).toBe(second.session!.accessToken);
    // One refresh, shared by the stream and the send that both got 401.
    expect(net.log.filter((r) => r.url.endsWith('/v1/sessions/refresh'))).toHaveLength(1);
    expect(net.log.filter((r) => r.url.endsWith('/v1/sessions'))).toHaveLength(0);
    expect(net.log.filter((r) => r.headers.authorization === 'Bearer garbage.garbage.garbage').length).toBeGreaterThanOrEqual(1);
    await second.close();
  }, 60_000);

  it('(7) tabs of one site: one stream in the leader, relayed events, follower sends, paused only when all are hidden, hand-over', async () => {
    const bus = new TabBus(createMemoryKeyValueStore(), createMemoryOutbox());
    const tabs = [0, 1, 2].map(() => ({ net: cuttableFetch(), platform: bus.platform() }));
    const clients = tabs.map((t) => client(bus.storage, bus.outbox, t.net, t.platform));
    const events = clients.map((c) => recordEvents(c));
    await clients[0]!.start();
    const conversation = await clients[0]!.createConversation();
    await Promise.all(clients.slice(1).map((c) => c.start()));
    expect(clients.map((c) => c.isLeader)).toEqual([true, false, false]);
    expect(new Set(clients.map((c) => c.session!.sessionId)).size).toBe(1);
    await until(() => clients.every((c) => c.status === 'open'), 10_000, 'every tab to show the open stream');

    // A follower's message is stored in the shared outbox and sent by the leader; every tab gets the echo once.
    const sent = await clients[1]!.sendMessage(conversation.id, 'from tab 1');
    const echoed = (list: typeof events[number]) => list.filter((e) => e.type === 'message.created' && e.data.message.clientMessageId === sent.clientMessageId).length;
    await until(() => events.every((list) => echoed(list) === 1), 15_000, 'the echo in every tab');
    expect(tabs.map((t) => t.net.log.filter((r) => r.url.endsWith('/v1/events')).length)).toEqual([1, 0, 0]);
    expect(tabs.map((t) => t.net.log.filter((r) => r.method === 'POST' && r.url.endsWith('/messages')).length)).toEqual([1, 0, 0]);
    expect(clients.map((c) => c.conversation(conversation.id).getSnapshot().messages.map((m) => m.clientMessageId))).toEqual([[sent.clientMessageId], [sent.clientMessageId], [sent.clientMessageId]]);

    // Every tab hidden: a dropped stream waits; one tab visible again: it reconnects.
    for (const t of tabs) t.platform.visibility.set(false);
    await sleep(50);
    tabs[0]!.net.cutStreams();
    await until(() => clients[0]!.status === 'paused', 5_000, 'the paused status');
    await sleep(600); // longer than the test backoff cap
    expect(tabs[0]!.net.log.filter((r) => r.url.endsWith('/v1/events'))).toHaveLength(1);
    expect(clients[2]!.status).toBe('paused');
    tabs[2]!.platform.visibility.set(true);
    await until(() => clients[0]!.status === 'open', 5_000, 'the reconnect after a tab became visible');
    expect(tabs[0]!.net.log.filter((r) => r.url.endsWith('/v1/events'))).toHaveLength(2);

    // The leader tab closes: tab 1 takes over from the persisted cursor; nothing lost or doubled.
    await clients[0]!.close();
    tabs[0]!.platform.tabs.close();
    await until(() => clients[1]!.isLeader && clients[1]!.status === 'open', 10_000, 'the new leader');
    const resumed = tabs[1]!.net.log.find((r) => r.url.endsWith('/v1/events'))!;
    expect(resumed.headers['last-event-id']).toBeTruthy();
    const late = await clients[2]!.sendMessage(conversation.id, 'after the hand-over');
    await until(() => [events[1]!, events[2]!].every((list) => list.some((e) => e.type === 'message.created' && e.data.message.clientMessageId === late.clientMessageId)), 15_000, 'the echo after the hand-over');
    for (const list of [events[1]!, events[2]!]) expect(list.filter(isPersisted).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(bus.sent.every((m) => m.type.startsWith('foyer:'))).toBe(true);
    await Promise.all(clients.slice(1).map((c) => c.close()));
  }, 60_000);

  it('(9) logout: DELETE /v1/sessions/current, storage and outbox wiped, the old token refused, a new session next time', async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    const net = cuttableFetch();
    const c = client(storage, outbox, net);
    await c.start();
    const old = c.session!;
    const conversation = await c.createConversation();
    await until(() => c.status === 'open', 10_000, 'the stream');
    await outbox.put({ clientMessageId: 'x', conversationId: conversation.id, idempotencyKey: 'x', body: { clientMessageId: 'x', parts: [] }, createdAt: new Date().toISOString(), attempts: 0, state: 'failed' });
    await c.logout();
    expect(net.log.filter((r) => r.method === 'DELETE' && r.url.endsWith('/v1/sessions/current'))).toHaveLength(1);
    expect(await storage.get('session')).toBeUndefined();
    expect(await storage.get('stream')).toBeUndefined();
    expect(await outbox.list()).toEqual([]);
    expect(c.session).toBeUndefined();
    expect(c.status).toBe('closed');
    const refused = await checkedFetch(`${server.url}/v1/conversations`, { headers: { authorization: `Bearer ${old.accessToken}` } });
    expect(refused.status).toBe(401);
    // Used again: a new session.
    await c.start();
    expect(c.session!.sessionId).not.toBe(old.sessionId);
    expect(await c.listConversations()).toEqual([]);
    await c.close();
  }, 60_000);

  it('(10) the outbox survives a reload: messages queued while the server is unreachable are sent by the next client', async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    const first = client(storage, outbox);
    await first.start();
    const conversation = await first.createConversation();
    await first.close();

    // Offline: every request fails at the network level; the messages stay in the outbox.
    let reachable = false;
    const net = cuttableFetch();
    const flaky: typeof net.fetch = (url, init) => (reachable ? net.fetch(url, init) : Promise.reject(new TypeError('fetch failed')));
    const offline = createFoyerClient({ baseUrl: () => server.url, fetch: flaky, platform: createNodePlatform({ storage, outbox }), ...TEST_TIMINGS });
    await offline.start(); // the stored session is reused without a request
    for (const text of ['a', 'b', 'c']) await offline.sendMessage(conversation.id, text);
    await until(() => offline.status === 'offline', 5_000, 'the offline status');
    await sleep(200);
    expect((await outbox.list()).map((e) => [e.state, e.attempts > 0])).toEqual([
      ['pending', true],
      ['pending', false],
      ['pending', false],
    ]);
    await offline.close();

    // The reload: the new leader drains the stored outbox with the same keys, in order.
    reachable = true;
    const next = client(storage, outbox);
    await next.start();
    const transcript = next.conversation(conversation.id);
    await until(() => transcript.getSnapshot().messages.length === 3, 15_000, 'the queued messages');
    expect(transcript.getSnapshot().messages.map((m) => (m.parts[0] as { text: string }).text)).toEqual(['a', 'b', 'c']);
    expect(await outbox.list()).toEqual([]);
    await next.close();
  }, 60_000);
});
