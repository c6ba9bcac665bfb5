import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call, waitFor } from './support.js';
import { escalate, openDesk } from './agent-support.js';

// The demo bank's bot: its FAQ has "I lost my card or it was stolen" (keywords lost, stolen, 挂失, ...).
let server: ServerProcess;
beforeAll(async () => {
  server = await spawnServer();
});
afterAll(() => server?.stop());

async function customerIn(locale: string) {
  const s = await call(server.url, 'POST', '/v1/sessions', { body: { kind: 'guest', locale } });
  const token = s.json.accessToken as string;
  const cid = (await call(server.url, 'POST', '/v1/conversations', { token, body: { clientConversationId: randomUUID() } })).json.id as string;
  const say = (parts: unknown[]) =>
    call(server.url, 'POST', `/v1/conversations/${cid}/messages`, { token, body: { clientMessageId: randomUUID(), parts }, headers: { 'idempotency-key': randomUUID() } });
  return { token, cid, say };
}

describe('what the customer searched', () => {
  it('shows the agent the free text the bot looked up, when, and the FAQ entry it found (none for a miss)', async () => {
    const desk = await openDesk(server.url, 'agent@demo.bank', 'foyer-demo');
    const { token, cid, say } = await customerIn('en');
    const before = Date.now();
    await say([{ type: 'text', text: 'Help, my card was stolen yesterday' }]);
    await say([{ type: 'text', text: 'what is the weather like' }]);
    // Choices and form answers are not searches.
    await say([{ type: 'quick_reply_selection', replyId: 'topic:cards', text: 'Cards' }]);
    await say([{ type: 'quick_reply_selection', replyId: 'escalate', text: 'Talk to a person' }]);
    expect((await escalate(server.url, token, cid)).status).toBe(202);
    await waitFor('offer', () => desk.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));

    const offered = (await call(server.url, 'GET', `/v1/agent/conversations/${cid}`, { token: desk.agent.accessToken })).json;
    expect(offered.searches).toEqual([
      { query: 'Help, my card was stolen yesterday', at: expect.any(String), source: 'bot_faq', faqId: 'lost-card', faqTitle: 'I lost my card or it was stolen' },
      { query: 'what is the weather like', at: expect.any(String), source: 'bot_faq' },
    ]);
    expect(Date.parse(offered.searches[0].at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(offered.searches[1].at)).toBeGreaterThanOrEqual(Date.parse(offered.searches[0].at));
    await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: desk.agent.accessToken });
    // Once the agent has the chat the bot looks nothing up.
    await say([{ type: 'text', text: 'my card is lost' }]);
    const accepted = (await call(server.url, 'GET', `/v1/agent/conversations/${cid}`, { token: desk.agent.accessToken })).json;
    expect(accepted.searches).toHaveLength(2);
    await call(server.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: desk.agent.accessToken });
    await desk.stream.close();
  });

  it('records the FAQ title in the customer’s language', async () => {
    const desk = await openDesk(server.url, 'agent@demo.bank', 'foyer-demo');
    const { token, cid, say } = await customerIn('zh-CN');
    await say([{ type: 'text', text: '我的银行卡挂失' }]);
    expect((await escalate(server.url, token, cid)).status).toBe(202);
    await waitFor('offer', () => desk.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    const view = (await call(server.url, 'GET', `/v1/agent/conversations/${cid}`, { token: desk.agent.accessToken })).json;
    expect(view.searches).toEqual([{ query: '我的银行卡挂失', at: expect.any(String), source: 'bot_faq', faqId: 'lost-card', faqTitle: '银行卡丢失或被盗' }]);
    await desk.stream.close();
  });

  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
