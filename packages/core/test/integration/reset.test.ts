/**
 * stream.reset against the real server: with a short event retention, a client that comes back with
 * a cursor older than the retained log gets `stream.reset` (cursor_expired), its gap fill gets 410
 * resume_window_expired, and it reloads the conversation from the transcript, then goes on live.
 */
import { checkedFetch, contractViolations } from '@foyer/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createFoyerClient, isPersisted, type KeyValueStore, type OutboxStore } from '../../src/index.js';
import { createMemoryKeyValueStore, createMemoryOutbox, createNodePlatform } from '../../src/node/index.js';
import { BACKENDS, cuttableFetch, recordEvents, sleep, Store, TEST_TIMINGS, TestServer, until } from './harness.js';

describe.concurrent('stream.reset after the event log was purged', () => {
  afterAll(() => expect(contractViolations()).toEqual([]));

  it.each(BACKENDS)('(8) on %s: reset, 410 on the gap fill, reload from the transcript, then live again', async (backend) => {
    const store = await Store.start(backend);
    const server = await TestServer.start(store, ['--event-retention', '1', '--maintenance-interval', '0.2']);
    const make = (storage: KeyValueStore, outbox: OutboxStore, net = cuttableFetch()) =>
      createFoyerClient({ baseUrl: () => server.url, fetch: net.fetch, platform: createNodePlatform({ storage, outbox }), ...TEST_TIMINGS });
    try {
      const storage = createMemoryKeyValueStore();
      const outbox = createMemoryOutbox();
      const first = make(storage, outbox);
      const firstEvents = recordEvents(first);
      await first.start();
      const conversation = await first.createConversation();
      await first.sendMessage(conversation.id, 'one');
      await until(() => firstEvents.filter((e) => e.type === 'message.created').length === 1, 15_000, 'the first echo');
      await first.close(); // cursor and positions saved at seq 2

      // While the client is away: two more messages (seq 3, 4), then the log is purged past them.
      const token = JSON.parse((await storage.get('session'))!).accessToken as string;
      for (const text of ['two', 'three']) {
        const id = crypto.randomUUID();
        const res = await checkedFetch(`${server.url}/v1/conversations/${conversation.id}/messages`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': id },
          body: JSON.stringify({ clientMessageId: id, parts: [{ type: 'text', text }] }),
        });
        expect(res.status).toBe(201);
      }
      await sleep(1_600);

      const net = cuttableFetch();
      const second = make(storage, outbox, net);
      const events = recordEvents(second);
      await second.start();
      await until(() => events.some((e) => e.type === 'stream.reset'), 15_000, 'stream.reset');
      const reset = events.find((e) => e.type === 'stream.reset')!;
      expect(reset.type === 'stream.reset' && reset.data).toEqual({ conversationId: conversation.id, reason: 'cursor_expired' });
      const texts = () => second.conversation(conversation.id).getSnapshot().messages.map((m) => (m.parts[0] as { text: string }).text);
      await until(() => texts().length === 3, 10_000, 'the reloaded transcript');
      expect(texts()).toEqual(['one', 'two', 'three']);
      expect(net.log.some((r) => /\/events\?afterSeq=2/.test(r.url))).toBe(true); // tried the log first (410)
      expect(net.log.some((r) => /\/messages\?afterSeq=0/.test(r.url))).toBe(true); // then the transcript
      expect(second.leader!.filler.stats.reloads).toBe(1);

      // Live again from the conversation's lastSeq.
      await second.sendMessage(conversation.id, 'four');
      await until(() => texts().length === 4, 15_000, 'the live message');
      await until(() => events.some((e) => e.type === 'message.created'), 15_000, 'its echo');
      expect(events.filter(isPersisted).map((e) => e.seq)).toEqual([5]);
      expect(texts()).toEqual(['one', 'two', 'three', 'four']);
      await second.close();
    } finally {
      await server.stop();
      await store.stop();
    }
  }, 60_000);
});
