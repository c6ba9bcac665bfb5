import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { connectedChat, openDesk, routingConfig, writeConfig } from './agent-support.js';
import { call, send, waitFor } from './support.js';

describe('agent hold and resume', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer({ args: ['--config', writeConfig('hold.json', routingConfig())] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('holds and resumes a chat: both streams hear it, the slot is kept and the customer may still write', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const { customer, conversationId: cid, stream } = await connectedChat(server.url, ada);
    const path = (action: string) => `/v1/agent/conversations/${cid}:${action}`;
    const stateChanges = () => stream.events.filter((e) => e.json.type === 'conversation.state_changed').map((e) => e.json.data);

    const held = await call(server.url, 'POST', path('hold'), { token: ada.agent.accessToken });
    expect([held.status, held.json.state]).toEqual([200, 'on_hold']);
    await waitFor('on_hold for the customer', () => stateChanges().some((d) => d.state === 'on_hold'));
    expect(stateChanges().at(-1)).toEqual({ state: 'on_hold', previousState: 'connected' });
    const onDesk = await waitFor('on_hold on the desk', () => ada.ofType('conversation.state_changed').find((e) => e.conversationId === cid && e.data.state === 'on_hold'));
    expect(onDesk.actor).toMatchObject({ role: 'agent', id: ada.agent.agentId });
    // Holding twice changes nothing and writes no second event.
    expect((await call(server.url, 'POST', path('hold'), { token: ada.agent.accessToken })).json.state).toBe('on_hold');

    const presence = await call(server.url, 'GET', '/v1/agent/me/presence', { token: ada.agent.accessToken });
    expect(presence.json.activeChats).toBe(1);
    const list = await call(server.url, 'GET', '/v1/agent/conversations', { token: ada.agent.accessToken });
    expect(list.json.items.map((i: any) => [i.conversation.id, i.conversation.state])).toEqual([[cid, 'on_hold']]);
    expect((await send(server.url, customer.accessToken, cid, 'Still waiting')).status).toBe(201);
    await waitFor('customer message on the desk during hold', () => ada.ofType('message.created').find((e) => e.data.message.parts[0].text === 'Still waiting'));
    expect((await call(server.url, 'GET', `/v1/conversations/${cid}`, { token: customer.accessToken })).json.state).toBe('on_hold');

    const resumed = await call(server.url, 'POST', path('resume'), { token: ada.agent.accessToken });
    expect([resumed.status, resumed.json.state]).toEqual([200, 'connected']);
    await waitFor('connected again for the customer', () => stateChanges().at(-1)?.state === 'connected');
    expect(stateChanges().filter((d) => d.state === 'on_hold')).toHaveLength(1);
    expect(stateChanges().at(-1)).toEqual({ state: 'connected', previousState: 'on_hold' });
    expect((await call(server.url, 'POST', path('resume'), { token: ada.agent.accessToken })).json.state).toBe('connected');
    expect((await call(server.url, 'POST', path('end'), { token: ada.agent.accessToken })).json.state).toBe('ended');
    await Promise.all([stream.close(), ada.stream.close()]);
  });

  it('refuses hold for another agent’s chat, an unknown one, a chat in the bot and an ended one', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const bo = await openDesk(server.url, 'bo@bank.test');
    const { customer, conversationId: cid, stream } = await connectedChat(server.url, ada);

    const foreign = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:hold`, { token: bo.agent.accessToken });
    expect([foreign.status, foreign.json.code]).toEqual([403, 'forbidden']);
    const unknown = await call(server.url, 'POST', '/v1/agent/conversations/nope:hold', { token: ada.agent.accessToken });
    expect([unknown.status, unknown.json.code]).toEqual([404, 'not_found']);
    const notHeld = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:resume`, { token: ada.agent.accessToken });
    expect(notHeld.status).toBe(200);

    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:hold`, { token: ada.agent.accessToken })).status).toBe(200);
    expect((await call(server.url, 'POST', `/v1/conversations/${cid}:end`, { token: customer.accessToken })).json).toMatchObject({ state: 'ended', endReason: 'customer' });
    await waitFor('assignment.ended', () => ada.ofType('assignment.ended').find((e) => e.data.conversationId === cid));
    expect((await call(server.url, 'GET', '/v1/agent/me/presence', { token: ada.agent.accessToken })).json.activeChats).toBe(0);
    const ended = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:resume`, { token: ada.agent.accessToken });
    expect([ended.status, ended.json.code]).toEqual([409, 'conversation_ended']);
    const events = await call(server.url, 'GET', `/v1/conversations/${cid}/events?afterSeq=0`, { token: customer.accessToken });
    expect(events.json.events.filter((e: any) => e.type === 'conversation.state_changed').at(-1).data).toEqual({ state: 'ended', previousState: 'on_hold' });
    await Promise.all([stream.close(), ada.stream.close(), bo.stream.close()]);
  });

  it('refuses hold after the agent transferred the chat away (it is no longer theirs)', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const { conversationId: cid, stream } = await connectedChat(server.url, ada, 'cards');
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:transfer`, { token: ada.agent.accessToken, body: { queueId: 'closed' } })).status).toBe(200);
    const queued = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:hold`, { token: ada.agent.accessToken });
    expect([queued.status, queued.json.code]).toEqual([403, 'forbidden']);
    await Promise.all([stream.close(), ada.stream.close()]);
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
