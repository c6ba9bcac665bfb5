import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call, openStream, waitFor } from './support.js';
import { agentSend, escalate, openDesk } from './agent-support.js';

// The embedded default as the demo runs it: the demo bank's bot, its queues and the seeded demo agent.
let server: ServerProcess;
beforeAll(async () => {
  server = await spawnServer();
});
afterAll(() => server?.stop());

describe('bot to live agent on the embedded default', () => {
  it('hands what the bot collected, the page and the bot transcript to the demo agent', async () => {
    const desk = await openDesk(server.url, 'agent@demo.bank', 'foyer-demo');
    const s = await call(server.url, 'POST', '/v1/sessions', { body: { kind: 'guest', locale: 'en' } });
    const token = s.json.accessToken as string;
    const created = await call(server.url, 'POST', '/v1/conversations', {
      token,
      body: { clientConversationId: randomUUID(), context: { pageUrl: 'https://bank.test/cards', pageTitle: 'Cards' } },
    });
    const cid = created.json.id as string;
    const stream = openStream(server.url, token);
    await waitFor('customer stream', () => stream.raw().includes('stream open'));
    const say = (parts: unknown[]) =>
      call(server.url, 'POST', `/v1/conversations/${cid}/messages`, { token, body: { clientMessageId: randomUUID(), parts }, headers: { 'idempotency-key': randomUUID() } });
    await say([{ type: 'quick_reply_selection', replyId: 'topic:cards', text: 'Cards' }]);
    await say([{ type: 'quick_reply_selection', replyId: 'details', text: 'I still need help' }]);
    await say([{ type: 'form_submission', formId: 'bot.details', values: { product: 'credit-card', question: 'Why was my payment declined?' } }]);
    await say([{ type: 'quick_reply_selection', replyId: 'escalate', text: 'Talk to a person' }]);

    const escalation = await escalate(server.url, token, cid);
    expect(escalation.json).toMatchObject({ status: 'queued', queue: { position: 1 } });
    const offer = await waitFor('offer', () => desk.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    expect(offer.data.offer).toMatchObject({ queueId: 'cards', topic: 'cards' });
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: desk.agent.accessToken })).status).toBe(200);

    const view = (await call(server.url, 'GET', `/v1/agent/conversations/${cid}`, { token: desk.agent.accessToken })).json;
    expect(view.context).toMatchObject({ pageUrl: 'https://bank.test/cards', pageTitle: 'Cards', product: 'credit-card', raw: { 'bot.topic': 'cards', 'bot.question': 'Why was my payment declined?' } });
    const botAuthored = view.botTranscript.filter((m: any) => m.author.role === 'bot');
    expect(botAuthored.length).toBeGreaterThanOrEqual(4);
    expect(view.botTranscript.at(-1).parts[0].text).toBe('Of course. Let me find a colleague for you.');

    // Once an agent is connected the bot says nothing more, and the customer hears the agent.
    expect((await say([{ type: 'text', text: 'my card again' }])).status).toBe(201);
    expect((await agentSend(server.url, desk.agent, cid, 'Hello, I am looking at your payment now.')).status).toBe(201);
    const agentMessage = await waitFor('agent message on the customer stream', () =>
      stream.events.find((e) => e.json.type === 'message.created' && e.json.data.message.author.role === 'agent'));
    expect(agentMessage.json.data.message.parts[0].text).toBe('Hello, I am looking at your payment now.');
    const authors = (await call(server.url, 'GET', `/v1/conversations/${cid}/messages?limit=100`, { token })).json.items.map((m: any) => m.author.role);
    expect(authors.slice(-2)).toEqual(['customer', 'agent']);
    await stream.close();
    await desk.stream.close();
  });

  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
