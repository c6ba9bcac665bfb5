import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, runServerToExit, spawnServer, startPostgres, type ServerProcess, type TestPostgres } from '../src/testing/index.js';
import { connectedChat, conversationOn, openDesk, routingConfig, writeConfig } from './agent-support.js';
import { call, eventsOf, send, waitFor } from './support.js';

// Short periods so the suite runs in seconds; the sweep then looks every 500 ms.
const IDLE = { warningAfterSeconds: 3, timeoutSeconds: 2 };
const idleConfig = () => ({ ...routingConfig(), idle: IDLE });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const typesOf = (events: any[]) => events.map((e) => e.type);

describe('idle warning and timeout', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer({ args: ['--config', writeConfig('idle.json', idleConfig())] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('warns a silent customer once, then ends the chat with idle_timeout and frees the agent’s slot', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const { customer, conversationId: cid, stream } = await connectedChat(server.url, ada);
    const warning = await waitFor('warning', () => stream.events.find((e) => e.json.type === 'participant.auto_disconnect_warning'), 8_000);
    expect(warning.json.data).toEqual({ participant: { role: 'customer', id: customer.sessionId }, secondsRemaining: 2 });
    expect(warning.json.seq).toBeGreaterThan(0);
    await waitFor('desk sees the warning', () => ada.ofType('participant.auto_disconnect_warning').find((e) => e.conversationId === cid));

    const ended = await waitFor('idle end', () => stream.events.find((e) => e.json.type === 'conversation.ended'), 8_000);
    expect(ended.json.data.reason).toBe('idle_timeout');
    expect(ended.json.actor).toEqual({ role: 'system', id: 'idle-timeout' });
    await waitFor('assignment.ended', () => ada.ofType('assignment.ended').find((e) => e.data.conversationId === cid && e.data.reason === 'idle_timeout'));
    expect((await call(server.url, 'GET', '/v1/agent/me/presence', { token: ada.agent.accessToken })).json.activeChats).toBe(0);
    const conversation = await call(server.url, 'GET', `/v1/conversations/${cid}`, { token: customer.accessToken });
    expect([conversation.json.state, conversation.json.endReason]).toEqual(['ended', 'idle_timeout']);
    expect(typesOf(await eventsOf(server.url, customer.accessToken, cid)).filter((t) => t === 'participant.auto_disconnect_warning')).toHaveLength(1);
    await Promise.all([stream.close(), ada.stream.close()]);
  });

  it('keeps the chat when the customer answers the warning (typing) or writes, and warns again only after new silence', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const { customer, conversationId: cid, stream } = await connectedChat(server.url, ada);
    const warnings = () => stream.events.filter((e) => e.json.type === 'participant.auto_disconnect_warning');
    await waitFor('first warning', () => warnings().length === 1, 8_000);
    // "Still here": the SDK reports typing stopped.
    expect((await call(server.url, 'POST', `/v1/conversations/${cid}/typing`, { token: customer.accessToken, body: { state: 'stopped' } })).status).toBe(202);
    await sleep(2_500); // past the 2 s the warning gave
    expect((await call(server.url, 'GET', `/v1/conversations/${cid}`, { token: customer.accessToken })).json.state).toBe('connected');
    expect(warnings()).toHaveLength(1);
    expect((await send(server.url, customer.accessToken, cid, 'Sorry, I was looking for my card')).status).toBe(201);
    await sleep(2_500);
    expect(warnings()).toHaveLength(1);
    await waitFor('second warning after new silence', () => warnings().length === 2, 8_000);
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: ada.agent.accessToken })).json.endReason).toBe('agent');
    await Promise.all([stream.close(), ada.stream.close()]);
  });

  it('does not count time on hold, in the bot or in the queue; the clock restarts on resume', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const { customer, conversationId: cid, stream } = await connectedChat(server.url, ada);
    const inBot = await conversationOn(server.url, customer.accessToken);
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:hold`, { token: ada.agent.accessToken })).json.state).toBe('on_hold');
    await sleep(6_000); // longer than warning and timeout together
    const warned = () => stream.events.filter((e) => e.json.type === 'participant.auto_disconnect_warning');
    expect(warned()).toHaveLength(0);
    expect((await call(server.url, 'GET', `/v1/conversations/${cid}`, { token: customer.accessToken })).json.state).toBe('on_hold');
    expect(typesOf(await eventsOf(server.url, customer.accessToken, inBot))).not.toContain('participant.auto_disconnect_warning');

    const resumedAt = Date.now();
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:resume`, { token: ada.agent.accessToken })).json.state).toBe('connected');
    await waitFor('warning after resume', () => warned().length === 1, 8_000);
    expect(Date.now() - resumedAt).toBeGreaterThanOrEqual(2_900);
    await call(server.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: ada.agent.accessToken });
    await Promise.all([stream.close(), ada.stream.close()]);
  });

  it('rejects a bad idle section naming the JSON path', async () => {
    const bad = await runServerToExit(['--port', '0', '--config', writeConfig('bad-idle.json', { ...routingConfig(), idle: { warningAfterSeconds: 0 } })]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('idle.warningAfterSeconds: must be an integer number of seconds from 1 to 86400');
  });
});

describe('idle sweep across two processes on one PostgreSQL', () => {
  let pg: TestPostgres;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    pg = await startPostgres();
    const config = writeConfig('idle-pg.json', idleConfig());
    a = await spawnServer({ databaseUrl: pg.url, args: ['--config', config] });
    b = await spawnServer({ databaseUrl: pg.url, args: ['--config', config] });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await pg?.stop();
  });

  it('warns and ends each idle chat exactly once', async () => {
    const ada = await openDesk(a.url, 'ada@bank.test');
    const chats = [await connectedChat(b.url, ada), await connectedChat(b.url, ada)];
    for (const chat of chats) await waitFor('idle end', () => chat.stream.events.find((e) => e.json.type === 'conversation.ended'), 12_000);
    for (const chat of chats) {
      const types = typesOf(await eventsOf(a.url, chat.customer.accessToken, chat.conversationId));
      expect(types.filter((t) => t === 'participant.auto_disconnect_warning')).toHaveLength(1);
      expect(types.filter((t) => t === 'conversation.ended')).toHaveLength(1);
    }
    await Promise.all([...chats.map((c) => c.stream.close()), ada.stream.close()]);
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
