import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { PASSWORD, connectedChat, openDesk, routingConfig, writeConfig } from './agent-support.js';
import { call } from './support.js';

describe('the agent’s conversation list, page by page', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    const agents = [{ email: 'ada@bank.test', displayName: 'Ada', password: PASSWORD, queues: ['general', 'cards', 'loans'], maxConcurrentChats: 5 }];
    server = await spawnServer({ args: ['--config', writeConfig('list.json', routingConfig({}, agents))] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('follows nextCursor through assigned (oldest first) and ended (newest first) chats, and refuses a foreign cursor', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const chats = [];
    for (let i = 0; i < 5; i++) chats.push(await connectedChat(server.url, ada));
    const ids = chats.map((c) => c.conversationId);
    const token = ada.agent.accessToken;
    const pages = async (status: string) => {
      const seen: string[][] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const r = await call(server.url, 'GET', `/v1/agent/conversations?status=${status}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
        expect(r.status).toBe(200);
        seen.push(r.json.items.map((s: any) => s.conversation.id));
        cursor = r.json.nextCursor;
        if (!cursor) return { seen, last: r };
      }
      throw new Error('more pages than chats');
    };
    const assigned = await pages('assigned');
    expect(assigned.seen).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    // Without a limit, the contract's default page (20) holds all five.
    expect((await call(server.url, 'GET', '/v1/agent/conversations', { token })).json.items).toHaveLength(5);

    const first = await call(server.url, 'GET', '/v1/agent/conversations?limit=2', { token });
    const wrongList = await call(server.url, 'GET', `/v1/agent/conversations?status=ended&cursor=${encodeURIComponent(first.json.nextCursor)}`, { token });
    expect([wrongList.status, wrongList.json.code, wrongList.json.errors[0].pointer]).toEqual([400, 'invalid_request', '/cursor']);
    expect((await call(server.url, 'GET', '/v1/agent/conversations?cursor=bm9wZQ', { token })).status).toBe(400);
    expect((await call(server.url, 'GET', '/v1/agent/conversations?limit=101', { token })).status).toBe(400);

    for (const id of ids) expect((await call(server.url, 'POST', `/v1/agent/conversations/${id}:end`, { token })).status).toBe(200);
    const ended = await pages('ended');
    expect(ended.seen).toEqual([[ids[4], ids[3]], [ids[2], ids[1]], [ids[0]]]);
    expect((await pages('assigned')).seen).toEqual([[]]);
    await Promise.all([...chats.map((c) => c.stream.close()), ada.stream.close()]);
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
