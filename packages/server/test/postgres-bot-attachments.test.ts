import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch, contractViolations, spawnServer, startPostgres, type ServerProcess, type TestPostgres } from '../src/testing/index.js';
import { call, guest } from './support.js';

describe('the bot and attachments on two processes sharing PostgreSQL', () => {
  let pg: TestPostgres;
  let one: ServerProcess;
  let two: ServerProcess;
  beforeAll(async () => {
    pg = await startPostgres();
    [one, two] = await Promise.all([spawnServer({ databaseUrl: pg.url }), spawnServer({ databaseUrl: pg.url })]);
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await pg?.stop();
  });

  it('keeps the bot state and the file bytes in the database, so either process continues', async () => {
    const s = await guest(one.url);
    const token = s.accessToken;
    const cid = (await call(one.url, 'POST', '/v1/conversations', { token, body: { clientConversationId: randomUUID() } })).json.id;
    const say = (base: string, parts: unknown[]) =>
      call(base, 'POST', `/v1/conversations/${cid}/messages`, { token, headers: { 'idempotency-key': randomUUID() }, body: { clientMessageId: randomUUID(), parts } });
    expect((await say(two.url, [{ type: 'quick_reply_selection', replyId: 'topic:cards', text: 'Cards' }])).status).toBe(201);
    expect((await say(one.url, [{ type: 'quick_reply_selection', replyId: 'details', text: 'I still need help' }])).status).toBe(201);
    expect((await say(two.url, [{ type: 'form_submission', formId: 'bot.details', values: { product: 'debit-card', question: 'Card blocked abroad' } }])).status).toBe(201);
    const conversation = await call(one.url, 'GET', `/v1/conversations/${cid}`, { token });
    expect(conversation.json.context).toEqual({ 'bot.topic': 'cards', 'bot.product': 'debit-card', 'bot.question': 'Card blocked abroad' });

    const bytes = Buffer.from('%PDF-1.4\nboarding pass\n%%EOF\n');
    const created = await call(one.url, 'POST', `/v1/conversations/${cid}/attachments`, { token, body: { name: 'pass.pdf', mimeType: 'application/pdf', sizeBytes: bytes.length } });
    const id = created.json.attachmentId;
    const put = await checkedFetch(`${two.url}/v1/attachments/${id}/content`, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: bytes });
    expect(put.status).toBe(204);
    expect((await call(one.url, 'POST', `/v1/attachments/${id}:complete`, { token })).json.status).toBe('available');
    const res = await checkedFetch(`${two.url}/v1/attachments/${id}/content`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers every request within the contract', () => {
    expect(contractViolations()).toEqual([]);
  });
});
