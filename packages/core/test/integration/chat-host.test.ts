/**
 * The widget's headless host against the real server (PGlite): nothing stored before the customer acts,
 * one conversation shared by two tabs, a reload resuming the same conversation, logout wiping storage.
 */
import { contractViolations } from '@foyer/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_SNAPSHOT_KEY, createChatHost, escalationActorOf, type ChatHost, type KeyValueStore, type Platform } from '../../src/index.js';
import { createMemoryKeyValueStore, createMemoryOutbox } from '../../src/node/index.js';
import { cuttableFetch, Store, TEST_TIMINGS, TestServer, until } from './harness.js';
import { TabBus } from '../support/tab-bus.js';

/** Counts writes, so "nothing stored before the first interaction" is checked, not assumed. */
function countingStore(): KeyValueStore & { writes: number } {
  const inner = createMemoryKeyValueStore();
  const store = {
    writes: 0,
    get: (key: string) => inner.get(key),
    set: (key: string, value: string) => {
      store.writes++;
      return inner.set(key, value);
    },
    delete: (key: string) => inner.delete(key),
    clear: () => inner.clear(),
  };
  return store;
}

describe('ChatHost against foyer-server', () => {
  let store: Store;
  let server: TestServer;
  const hosts: ChatHost[] = [];

  beforeAll(async () => {
    store = await Store.start('pglite');
    server = await TestServer.start(store);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.close()));
    await server?.stop();
    await store?.stop();
    expect(contractViolations()).toEqual([]);
  });

  function host(platform: Platform, context?: Record<string, string>): ChatHost {
    const made = createChatHost({
      client: { baseUrl: () => server.url, fetch: cuttableFetch().fetch, platform, locale: 'en-GB', ...TEST_TIMINGS },
      conversation: { topic: 'cards' },
      ...(context ? { context } : {}),
    });
    hosts.push(made);
    return made;
  }

  const conversationIdOf = (h: ChatHost) => h.actor?.getSnapshot().context.conversationId;

  it('stores nothing until activated, then starts one conversation that a second tab joins', { timeout: 40_000 }, async () => {
    const storage = countingStore();
    const bus = new TabBus(storage, createMemoryOutbox());
    const first = host(bus.platform(), { page: '/cards' });
    const second = host(bus.platform());
    expect(await second.resume()).toBeUndefined();
    expect(first.getSnapshot().actor).toBeUndefined();
    expect(storage.writes).toBe(0);

    await first.start();
    await until(() => conversationIdOf(first) !== undefined, 15_000, 'the conversation');
    const id = conversationIdOf(first)!;
    expect(first.actor!.getSnapshot().matches('live')).toBe(true);
    expect(await first.client!.api.getConversation(id)).toMatchObject({ context: { page: '/cards' } });
    // The other tab hears of the stored snapshot and follows the same conversation.
    await until(() => conversationIdOf(second) === id, 10_000, 'the second tab to adopt it');
    // Starting in the second tab does not make another one.
    await second.start();
    expect(conversationIdOf(second)).toBe(id);
    expect((await first.client!.listConversations('active')).filter((c) => c.channel === 'chat').map((c) => c.id)).toEqual([id]);
  });

  it('a reload resumes the stored conversation and the server decides its state', { timeout: 40_000 }, async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    const before = host(new TabBus(storage, outbox).platform());
    await before.start();
    await until(() => conversationIdOf(before) !== undefined, 15_000, 'the conversation');
    const id = conversationIdOf(before)!;
    await until(async () => (await storage.get(CHAT_SNAPSHOT_KEY))?.includes(id) === true, 5_000, 'the snapshot');
    await before.client!.endConversation(id, 'done here');
    await before.close();

    const after = host(new TabBus(storage, outbox).platform());
    const resumed = await after.resume();
    expect(resumed?.getSnapshot().context.conversationId).toBe(id);
    // It ended while "the page was away": the server's copy moves the machine on.
    await until(() => resumed!.getSnapshot().matches('ended') || resumed!.getSnapshot().matches('survey'), 10_000, 'the ended state');
    const server = await after.client!.api.getConversation(id);
    expect(server.state).toBe('ended');
    expect(resumed!.getSnapshot().context.endReason).toBe(server.endReason);
  });

  it('a reload during "talk to a person" resumes the escalation where it was, its chunk loaded first', { timeout: 40_000 }, async () => {
    const storage = createMemoryKeyValueStore();
    const outbox = createMemoryOutbox();
    const before = host(new TabBus(storage, outbox).platform());
    await before.start();
    await until(() => before.actor?.getSnapshot().matches({ live: 'bot' }) === true, 15_000, 'the bot');
    before.actor!.send({ type: 'REQUEST_HUMAN' });
    await until(() => escalationActorOf(before.actor!)?.getSnapshot().matches('choosing') === true, 15_000, 'the offer');
    escalationActorOf(before.actor!)!.send({ type: 'CHOOSE_MESSAGE' });
    await until(async () => (await storage.get(CHAT_SNAPSHOT_KEY))?.includes('"message":"form"') === true, 5_000, 'the stored escalation');
    await before.close();

    const after = host(new TabBus(storage, outbox).platform());
    const resumed = await after.resume();
    expect(resumed!.getSnapshot().matches({ live: { escalating: 'offering' } })).toBe(true);
    expect(escalationActorOf(resumed!)!.getSnapshot().value).toEqual({ message: 'form' });
  });

  it('logout ends the session and wipes the stored conversation', { timeout: 40_000 }, async () => {
    const storage = createMemoryKeyValueStore();
    const h = host(new TabBus(storage, createMemoryOutbox()).platform());
    await h.start();
    await until(() => conversationIdOf(h) !== undefined, 15_000, 'the conversation');
    await until(async () => (await storage.get(CHAT_SNAPSHOT_KEY)) !== undefined, 5_000, 'the snapshot');
    await h.logout();
    expect(h.getSnapshot().actor).toBeUndefined();
    expect(await storage.get(CHAT_SNAPSHOT_KEY)).toBeUndefined();
  });
});
