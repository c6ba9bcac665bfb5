/**
 * A reload in the middle of "talk to a person" while the network is down: the stored snapshot runs the
 * escalation but its chunk cannot load. The host resumes anyway, back with the bot (same conversation,
 * same transcript) and the error in context; asking for a person again loads the chunk.
 */
import { contractViolations } from '@foyer/server/testing';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { CHAT_SNAPSHOT_KEY, createChatHost, escalationActorOf, type ChatHost, type Platform } from '../../src/index.js';
import { createMemoryKeyValueStore, createMemoryOutbox } from '../../src/node/index.js';
import { cuttableFetch, Store, TEST_TIMINGS, TestServer, until } from './harness.js';
import { TabBus } from '../support/tab-bus.js';

/** The escalation chunk as a fresh page sees it: not loaded yet, and failing to load while offline. */
const chunk = vi.hoisted(() => ({ offline: false, loaded: undefined as unknown, loads: 0 }));
vi.mock('../../src/machines/escalation/escalation.lazy.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/machines/escalation/escalation.lazy.js')>();
  const { deferredLogic } = await import('../../src/machines/deferred-logic.js');
  type Module = Awaited<ReturnType<typeof real.loadEscalation>>;
  return {
    ...real,
    loadEscalation: async () => {
      chunk.loads += 1;
      if (chunk.offline) throw new TypeError('Failed to fetch dynamically imported module');
      return (chunk.loaded = await real.loadEscalation());
    },
    lazyEscalationMachine: (build: Parameters<typeof real.lazyEscalationMachine>[0]) =>
      deferredLogic('the escalation machine', () => (chunk.loaded ? build(chunk.loaded as Module) : undefined)),
  };
});

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

function host(platform: Platform): ChatHost {
  const made = createChatHost({
    client: { baseUrl: () => server.url, fetch: cuttableFetch().fetch, platform, locale: 'en-GB', ...TEST_TIMINGS },
    conversation: { topic: 'cards' },
  });
  hosts.push(made);
  return made;
}

it('resumes with the bot, conversation and transcript kept, and asking again retries the chunk', { timeout: 60_000 }, async () => {
  const storage = createMemoryKeyValueStore();
  const outbox = createMemoryOutbox();
  const before = host(new TabBus(storage, outbox).platform());
  await before.start();
  await until(() => before.actor?.getSnapshot().matches({ live: 'bot' }) === true, 15_000, 'the bot');
  const id = before.actor!.getSnapshot().context.conversationId!;
  await before.client!.sendMessage(id, 'I lost my card');
  before.actor!.send({ type: 'REQUEST_HUMAN' });
  await until(() => escalationActorOf(before.actor!)?.getSnapshot().matches('choosing') === true, 15_000, 'the offer');
  await until(async () => (await storage.get(CHAT_SNAPSHOT_KEY))?.includes('"escalation"') === true, 5_000, 'the stored escalation');
  await before.close();

  // The reload: a fresh page, offline as it loads the escalation's code.
  chunk.loaded = undefined;
  chunk.offline = true;
  const loadsBefore = chunk.loads;
  const after = host(new TabBus(storage, outbox).platform());
  const resumed = (await after.resume())!;
  expect(resumed).toBeDefined();
  await until(() => resumed.getSnapshot().matches({ live: 'bot' }), 10_000, 'the fallback to the bot');
  expect(chunk.loads).toBe(loadsBefore + 1);
  expect(resumed.getSnapshot().context.conversationId).toBe(id);
  expect(resumed.getSnapshot().context.error).toBe('the escalation machine is used before its code was loaded');
  expect(escalationActorOf(resumed)).toBeUndefined();
  // What is stored now is the bot step, so a further reload does not try the escalation again.
  await until(async () => !(await storage.get(CHAT_SNAPSHOT_KEY))?.includes('"escalation"'), 5_000, 'the stored fallback');
  const transcript = after.client!.conversation(id);
  await until(() => transcript.getSnapshot().messages.some((m) => m.parts.some((p) => p.type === 'text' && p.text === 'I lost my card')), 10_000, 'the transcript');

  // Back online: asking for a person loads the chunk and offers the choices.
  chunk.offline = false;
  resumed.send({ type: 'REQUEST_HUMAN' });
  await until(() => escalationActorOf(resumed)?.getSnapshot().matches('choosing') === true, 15_000, 'the offer after the retry');
  expect(resumed.getSnapshot().context.error).toBeUndefined();
  expect(chunk.loads).toBe(loadsBefore + 2);
});
