/**
 * The resume stress run shared by the stress tests: N messages go through the client's outbox while
 * the client's event stream is cut several times and server processes are SIGKILLed and restarted
 * on the same data. Afterwards the client's transcript, the events it delivered and the server's
 * own log (GET …/events) must each hold exactly those messages, in order, none doubled.
 */
import { expect } from 'vitest';
import { createFoyerClient, isPersisted, type Conversation, type FoyerClient, type FoyerEvent, type Message } from '../../src/index.js';
import { createNodePlatform } from '../../src/node/index.js';
import { cuttableFetch, FAST_ARGS, recordEvents, Store, TEST_TIMINGS, TestServer, until, type Backend } from './harness.js';

export interface StressOptions {
  backend: Backend;
  messages: number;
  conversations: number;
  /** Stream on one server process, commands through a second one (PostgreSQL only). */
  twoProcesses?: boolean;
  /** Also one graceful restart (SIGTERM: the server sends stream.reconnect). */
  graceful?: boolean;
}

export interface StressReport {
  cuts: number;
  restarts: number;
  connections: number;
  stats: Record<string, number>;
  attempts: number;
  ms: number;
}

/** Every logged event of a conversation, from the server (paged). */
async function serverLog(client: FoyerClient, conversationId: string): Promise<FoyerEvent[]> {
  const events: FoyerEvent[] = [];
  let afterSeq = 0;
  for (let page = 0; page < 100; page++) {
    const result = await client.api.listConversationEvents(conversationId, { afterSeq, limit: 1000 });
    events.push(...result.events);
    const last = result.events[result.events.length - 1];
    if (!result.hasMore || !last?.seq) return events;
    afterSeq = last.seq;
  }
  throw new Error('server log paging did not end');
}

const customerTexts = (messages: readonly Message[]) => messages.filter((m) => m.clientMessageId).map((m) => (m.parts[0] as { text: string }).text);

export async function runStress(options: StressOptions): Promise<StressReport> {
  const started = Date.now();
  const store = await Store.start(options.backend);
  const streamServer = await TestServer.start(store, FAST_ARGS);
  const commandServer = options.twoProcesses ? await TestServer.start(store, FAST_ARGS) : streamServer;
  const net = cuttableFetch();
  const client = createFoyerClient({
    baseUrl: () => commandServer.url,
    ...(options.twoProcesses ? { streamBaseUrl: () => streamServer.url } : {}),
    fetch: net.fetch,
    platform: createNodePlatform(),
    ...TEST_TIMINGS,
    onError: (error) => {
      if (process.env.FOYER_STRESS_DEBUG) console.log(Date.now() - started, (error as Error).name, (error as { code?: string }).code ?? (error as Error).message);
    },
  });
  const events = recordEvents(client);
  let cuts = 0;
  try {
    await client.start();
    const conversations: Conversation[] = [];
    for (let i = 0; i < options.conversations; i++) conversations.push(await client.createConversation({ topic: `stress ${i}` }));
    const expected = new Map<string, string[]>(conversations.map((c) => [c.id, []]));
    for (let i = 0; i < options.messages; i++) {
      const conversation = conversations[i % conversations.length]!;
      await client.sendMessage(conversation.id, `m${i}`);
      expected.get(conversation.id)!.push(`m${i}`);
    }

    // Chaos, paced by progress (messages the server has acknowledged).
    const servers = options.twoProcesses ? [streamServer, commandServer] : [streamServer];
    const plan: { at: number; action: 'cut' | 'kill' | 'term' }[] = [
      { at: 0.1, action: 'cut' },
      { at: 0.2, action: 'kill' },
      { at: 0.35, action: 'cut' },
      { at: 0.45, action: 'cut' },
      ...(options.graceful ? [{ at: 0.5, action: 'term' as const }] : []),
      { at: 0.6, action: 'kill' },
      { at: 0.7, action: 'cut' },
      { at: 0.85, action: 'cut' },
    ];
    let kills = 0;
    const acked = () => options.messages - client.pendingMessages.length;
    for (const step of plan) {
      await until(() => acked() >= step.at * options.messages, 120_000, `progress ${step.at}`);
      if (step.action === 'cut') {
        await until(() => client.status === 'open', 30_000, 'an open stream to cut');
        cuts += net.cutStreams();
      } else if (step.action === 'term') {
        await until(() => client.status === 'open', 30_000, 'an open stream to be told to reconnect');
        await streamServer.gracefulRestart();
      } else {
        await servers[kills++ % servers.length]!.crashAndRestart();
      }
    }

    // Done when the outbox is empty, and every message is in the transcript and was echoed by the stream.
    const echoes = () => events.filter((e) => e.type === 'message.created' && e.data.message.clientMessageId).length;
    const inTranscripts = () => conversations.reduce((n, c) => n + customerTexts(client.conversation(c.id).getSnapshot().messages).length, 0);
    await until(() => client.pendingMessages.length === 0 && inTranscripts() >= options.messages && echoes() >= options.messages, 120_000, 'every message sent, echoed and in the transcript').catch((error: Error) => {
      throw new Error(`${error.message}: pending ${client.pendingMessages.length}, in transcripts ${inTranscripts()}, echoes ${echoes()}, status ${client.status}`);
    });
    await client.leader!.filler.idle();

    for (const c of conversations) {
      const want = expected.get(c.id)!;
      // 1. The transcript: exactly the messages, in order, seq ascending.
      const messages = client.conversation(c.id).getSnapshot().messages;
      expect(customerTexts(messages)).toEqual(want);
      const seqs = messages.map((m) => m.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(messages.map((m) => m.clientMessageId)).size).toBe(messages.length);
      // 2. What the client delivered to subscribers: every persisted event once, gapless from 1.
      const mine = events.filter((e): e is FoyerEvent & { seq: number; conversationId: string } => isPersisted(e) && e.conversationId === c.id);
      expect(mine.map((e) => e.seq)).toEqual(Array.from({ length: mine.length }, (_, i) => i + 1));
      const echoed = mine.flatMap((e) => (e.type === 'message.created' ? [e.data.message] : []));
      expect(customerTexts(echoed)).toEqual(want);
      // 3. The server's own log agrees.
      const log = await serverLog(client, c.id);
      const logged = log.flatMap((e) => (e.type === 'message.created' ? [e.data.message] : []));
      expect(customerTexts(logged)).toEqual(want);
      expect(log.map((e) => e.seq)).toEqual(mine.map((e) => e.seq));
      expect(logged.map((m) => m.id)).toEqual(echoed.map((m) => m.id));
    }
    const report: StressReport = {
      cuts,
      restarts: streamServer.restarts + (options.twoProcesses ? commandServer.restarts : 0),
      connections: client.leader!.stream.connections,
      stats: { ...client.leader!.filler.stats },
      attempts: net.log.filter((r) => r.method === 'POST' && r.url.endsWith('/messages')).length,
      ms: Date.now() - started,
    };
    expect(report.restarts).toBe(options.graceful ? 3 : 2);
    if (options.graceful) expect(events.some((e) => e.type === 'stream.reconnect' && e.data.reason === 'server_shutdown')).toBe(true);
    expect(report.cuts).toBeGreaterThanOrEqual(3);
    expect(report.connections).toBeGreaterThanOrEqual(6);
    return report;
  } finally {
    await client.close();
    await streamServer.stop();
    if (commandServer !== streamServer) await commandServer.stop();
    await store.stop();
  }
}
