import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { conversationOn, escalate, openDesk, routingConfig, setPresence, writeConfig } from './agent-support.js';
import { call, guest } from './support.js';

// Cards is served by Ada only (Bo works loans), so Ada's presence decides who serves it.
describe('a queue that is open with no agent to serve it', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer({ args: ['--config', writeConfig('staffing.json', routingConfig())] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const availability = async () => (await call(server.url, 'GET', '/v1/availability?topic=cards')).json;

  it('nobody signed in: chat stays available for the bot, the agent is not, and an escalation offers a callback or a message instead of a queue', async () => {
    const now = (await availability()).now;
    expect(now.chat).toEqual({ available: true });
    expect(now.agent).toEqual({ available: false, reason: 'no_agents_signed_in' });
    expect(now.callback).toEqual({ available: true });

    const customer = await guest(server.url);
    const cid = await conversationOn(server.url, customer.accessToken, 'cards');
    const r = await escalate(server.url, customer.accessToken, cid);
    expect(r.status).toBe(202);
    expect(r.json).toMatchObject({ status: 'no_agents', reason: 'no_agents_signed_in' });
    expect(r.json.queue).toBeUndefined();
    expect(r.json.alternatives).toEqual([
      { kind: 'callback', available: true, label: 'Request a callback' },
      { kind: 'secure_message', available: true, label: 'Leave a message' },
    ]);
    expect((await call(server.url, 'GET', `/v1/conversations/${cid}`, { token: customer.accessToken })).json.state).toBe('bot');
    // Leaving a message needs nobody signed in: it waits in the inbox.
    const left = await escalate(server.url, customer.accessToken, cid, { preferred: 'message' });
    expect([left.json.status, left.json.reason]).toEqual(['queued', undefined]);
    await call(server.url, 'POST', `/v1/conversations/${cid}:end`, { token: customer.accessToken });
  });

  it('signed in but away: the customer may queue, told why, with the alternatives alongside; available again: a plain queue', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    await setPresence(server.url, ada.agent, 'away');
    const away = await availability();
    expect(away.now.agent).toEqual({ available: false, reason: 'no_agents_available' });
    // Nobody waits and no chat was handled yet: the configured handle time (120 s) over one agent's worth.
    expect(away.now.chat).toEqual({ available: true, ewtSeconds: 120, ewtSource: 'estimated' });

    const customer = await guest(server.url);
    const cid = await conversationOn(server.url, customer.accessToken, 'cards');
    const queued = await escalate(server.url, customer.accessToken, cid);
    expect(queued.json).toMatchObject({ status: 'queued', reason: 'no_agents_available', queue: { position: 1 } });
    expect(queued.json.alternatives.map((a: { kind: string }) => a.kind)).toEqual(['callback', 'secure_message']);

    await setPresence(server.url, ada.agent, 'available');
    expect((await availability()).now.agent).toEqual({ available: true });
    const other = await guest(server.url);
    const second = await escalate(server.url, other.accessToken, await conversationOn(server.url, other.accessToken, 'cards'));
    expect(second.json).toMatchObject({ status: 'queued', alternatives: [] });
    expect(second.json.reason).toBeUndefined();

    await setPresence(server.url, ada.agent, 'offline');
    expect((await availability()).now.agent).toEqual({ available: false, reason: 'no_agents_signed_in' });
    await ada.stream.close();
  });

  it('outside business hours the agent is unavailable for the same reason as chat', async () => {
    const now = (await call(server.url, 'GET', '/v1/availability?topic=mortgages')).json.now;
    expect(now.chat).toEqual({ available: false, reason: 'outside_business_hours' });
    expect(now.agent).toEqual({ available: false, reason: 'outside_business_hours' });
    const customer = await guest(server.url);
    const closed = await escalate(server.url, customer.accessToken, await conversationOn(server.url, customer.accessToken, 'mortgages'));
    expect(closed.json).toMatchObject({ status: 'closed', reason: 'outside_business_hours' });
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
