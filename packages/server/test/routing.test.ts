import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { agentSend, conversationOn, escalate, openDesk, routingConfig, setPresence, signInAgent, writeConfig } from './agent-support.js';
import { call, eventsOf, guest, openStream, send, waitFor } from './support.js';

describe('escalation → queue → offer → accept → chat → transfer → end', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer({ args: ['--config', writeConfig('flow.json', routingConfig())] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('hands a guest over to an agent who sees the context, and both sides hear each other', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const customer = await guest(server.url);
    const earlier = await conversationOn(server.url, customer.accessToken, 'cards');
    await call(server.url, 'POST', `/v1/conversations/${earlier}:end`, { token: customer.accessToken });
    const cid = await conversationOn(server.url, customer.accessToken, 'cards', {
      pageUrl: 'https://bank.test/cards/gold', pageTitle: 'Gold card', product: 'Visa Gold', question: 'I lost my card',
    });
    const stream = openStream(server.url, customer.accessToken);
    await waitFor('customer stream', () => stream.raw().includes('stream open'));
    expect((await send(server.url, customer.accessToken, cid, 'I lost my card')).status).toBe(201);

    const escalation = await escalate(server.url, customer.accessToken, cid, { reason: 'talk to a person' });
    expect(escalation.status).toBe(202);
    expect(escalation.json).toMatchObject({ status: 'queued', queue: { position: 1, ewtSource: 'estimated', queueName: 'Cards' } });
    expect(escalation.json.queue.ewtSeconds).toBeGreaterThanOrEqual(0);
    const again = await escalate(server.url, customer.accessToken, cid);
    expect(again.json.escalationId).toBe(escalation.json.escalationId);

    const offer = await waitFor('offer.created', () => ada.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    expect(offer.data.offer).toMatchObject({ queueId: 'cards', customer: { kind: 'guest' }, topic: 'cards', priority: 0 });
    expect((await call(server.url, 'GET', '/v1/agent/offers', { token: ada.agent.accessToken })).json.items.map((o: any) => o.conversationId)).toEqual([cid]);
    const queueEntries = await call(server.url, 'GET', '/v1/agent/queue?queueId=cards', { token: ada.agent.accessToken });
    expect(queueEntries.json.items).toEqual([expect.objectContaining({ conversationId: cid, offeredTo: ada.agent.agentId, leftMessage: false })]);
    expect((await call(server.url, 'GET', '/v1/agent/queue?queueId=nope', { token: ada.agent.accessToken })).status).toBe(403);

    const accepted = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: ada.agent.accessToken });
    expect(accepted.status).toBe(200);
    const view = accepted.json;
    expect(view.conversation.state).toBe('connected');
    expect(view.customer).toEqual({ kind: 'guest' });
    expect(view.context).toMatchObject({ pageUrl: 'https://bank.test/cards/gold', pageTitle: 'Gold card', product: 'Visa Gold', locale: 'en', raw: { question: 'I lost my card' } });
    expect(view.botTranscript.map((m: any) => m.parts[0].text)).toEqual(['I lost my card']);
    expect(view.searches).toEqual([]);
    expect(view.earlierInteractions.map((i: any) => i.conversationId)).toEqual([earlier]);
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: ada.agent.accessToken })).status).toBe(200);

    await waitFor('participant.joined for the customer', () => stream.events.find((e) => e.json.type === 'participant.joined'));
    const joined = stream.events.find((e) => e.json.type === 'participant.joined')!.json;
    expect(joined.data.participant).toEqual({ role: 'agent', id: ada.agent.agentId, displayName: 'Ada' });
    await waitFor('connected', () => stream.events.find((e) => e.json.type === 'conversation.state_changed' && e.json.data.state === 'connected'));
    await waitFor('assignment.created', () => ada.ofType('assignment.created').find((e) => e.data.assignment.conversation.id === cid));

    expect((await agentSend(server.url, ada.agent, cid, 'Hello, I am Ada.')).status).toBe(201);
    const fromAgent = await waitFor('agent message on the customer stream', () => stream.events.find((e) => e.json.type === 'message.created' && e.json.data.message.author.role === 'agent'));
    expect(fromAgent.json.data.message.parts).toEqual([{ type: 'text', text: 'Hello, I am Ada.' }]);

    await call(server.url, 'POST', `/v1/conversations/${cid}/typing`, { token: customer.accessToken, body: { state: 'started' } });
    await waitFor('customer typing on the desk', () => ada.ofType('typing.started').find((e) => e.conversationId === cid));
    expect((await send(server.url, customer.accessToken, cid, 'Thanks!')).status).toBe(201);
    await waitFor('customer message on the desk', () => ada.ofType('message.created').find((e) => e.data.message.parts[0].text === 'Thanks!'));
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}/typing`, { token: ada.agent.accessToken, body: { state: 'started' } })).status).toBe(202);
    await waitFor('agent typing for the customer', () => stream.events.find((e) => e.json.type === 'typing.started'));

    const list = await call(server.url, 'GET', '/v1/agent/conversations', { token: ada.agent.accessToken });
    expect(list.json.items).toEqual([expect.objectContaining({ queueId: 'cards', unreadCount: 1 })]);
    const lastSeq = (await call(server.url, 'GET', `/v1/agent/conversations/${cid}`, { token: ada.agent.accessToken })).json.conversation.lastSeq;
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}/read`, { token: ada.agent.accessToken, body: { upToSeq: lastSeq } })).status).toBe(204);
    expect((await call(server.url, 'GET', '/v1/agent/conversations', { token: ada.agent.accessToken })).json.items[0].unreadCount).toBe(0);
    const page = await call(server.url, 'GET', `/v1/agent/conversations/${cid}/messages`, { token: ada.agent.accessToken });
    expect(page.json.items.map((m: any) => m.parts[0].text)).toEqual(['I lost my card', 'Hello, I am Ada.', 'Thanks!']);
    const gap = await call(server.url, 'GET', `/v1/agent/conversations/${cid}/events?afterSeq=0`, { token: ada.agent.accessToken });
    expect(gap.json.events.length).toBe(gap.json.lastSeq);

    // Transfer to loans, where Bo takes it.
    const bo = await openDesk(server.url, 'bo@bank.test');
    await setPresence(server.url, ada.agent, 'away');
    const unknownQueue = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:transfer`, { token: ada.agent.accessToken, body: { queueId: 'nope' } });
    expect(unknownQueue.status).toBe(404);
    const transferred = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:transfer`, {
      token: ada.agent.accessToken, body: { queueId: 'loans', note: 'Wants a loan for the new card' },
    });
    expect([transferred.status, transferred.json.state]).toEqual([200, 'queued']);
    await waitFor('transfer.succeeded', () => stream.events.find((e) => e.json.type === 'transfer.succeeded' && e.json.data.queueName === 'Loans'));
    expect(stream.events.some((e) => e.json.type === 'participant.left')).toBe(true);
    await waitFor('assignment.ended', () => ada.ofType('assignment.ended').find((e) => e.data.conversationId === cid && e.data.reason === 'transferred'));
    expect((await agentSend(server.url, ada.agent, cid, 'still here?')).status).toBe(403);

    await waitFor('offer to Bo', () => bo.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    const boView = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: bo.agent.accessToken });
    expect(boView.json.transferNote).toBe('Wants a loan for the new card');
    expect(boView.json.queueId).toBe('loans');
    expect((await agentSend(server.url, bo.agent, cid, 'Bo here, about the loan.')).status).toBe(201);

    const ended = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: bo.agent.accessToken, body: { reason: 'resolved' } });
    expect([ended.status, ended.json.state, ended.json.endReason]).toEqual([200, 'ended', 'agent']);
    await waitFor('survey offered to the customer', () => stream.events.find((e) => e.json.type === 'survey.offered'));
    await waitFor('assignment.ended for Bo', () => bo.ofType('assignment.ended').find((e) => e.data.reason === 'agent'));
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: bo.agent.accessToken })).json.state).toBe('ended');
    expect((await call(server.url, 'GET', '/v1/agent/conversations?status=ended', { token: bo.agent.accessToken })).json.items.map((i: any) => i.conversation.id)).toEqual([cid]);

    // The loans queue now has a handled chat: its estimate comes from that, not the 120 s default.
    const queues = await call(server.url, 'GET', '/v1/agent/queues', { token: bo.agent.accessToken });
    expect(queues.json.items[0].ewtSeconds).toBeLessThan(60);

    const types = (await eventsOf(server.url, customer.accessToken, cid)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['escalation.requested', 'participant.joined', 'transfer.succeeded', 'conversation.ended']));
    await Promise.all([stream.close(), ada.stream.close(), bo.stream.close()]);
  });

  it('resumes the desk stream from its cursor with what the customer wrote meanwhile', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const customer = await guest(server.url);
    const cid = await conversationOn(server.url, customer.accessToken, 'cards');
    await escalate(server.url, customer.accessToken, cid);
    await waitFor('offer', () => ada.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: ada.agent.accessToken });
    await send(server.url, customer.accessToken, cid, 'first');
    await waitFor('first on the desk', () => ada.ofType('message.created').find((e) => e.data.message.parts[0].text === 'first'));
    const cursor = ada.stream.lastId()!;
    await ada.stream.close();
    await send(server.url, customer.accessToken, cid, 'second');
    await send(server.url, customer.accessToken, cid, 'third');
    const resumed = openStream(server.url, ada.agent.accessToken, cursor, '/v1/agent/events');
    await waitFor('the missed messages', () => resumed.events.filter((e) => e.json.type === 'message.created').length === 2);
    expect(resumed.events.filter((e) => e.json.type === 'message.created').map((e) => e.json.data.message.parts[0].text)).toEqual(['second', 'third']);
    await call(server.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: ada.agent.accessToken });
    await waitFor('conversation.ended on the desk', () => resumed.events.find((e) => e.json.type === 'conversation.ended'));
    await resumed.close();
  });

  it('refuses an accept without an offer, and escalating an ended conversation', async () => {
    const agent = await signInAgent(server.url, 'ada@bank.test');
    const customer = await guest(server.url);
    const cid = await conversationOn(server.url, customer.accessToken);
    const accept = await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: agent.accessToken });
    expect([accept.status, accept.json.code]).toEqual([409, 'offer_not_available']);
    expect((await call(server.url, 'GET', `/v1/agent/conversations/${cid}`, { token: agent.accessToken })).status).toBe(404);
    expect((await call(server.url, 'GET', `/v1/conversations/${cid}/queue`, { token: customer.accessToken })).status).toBe(404);
    await call(server.url, 'POST', `/v1/conversations/${cid}:end`, { token: customer.accessToken });
    expect((await escalate(server.url, customer.accessToken, cid)).json.code).toBe('conversation_ended');
  });

  it('answers closed outside business hours and no_agents over the maximum wait, with alternatives', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    await setPresence(server.url, ada.agent, 'away');
    const customer = await guest(server.url);
    const closed = await conversationOn(server.url, customer.accessToken, 'mortgages');
    const r = await escalate(server.url, customer.accessToken, closed);
    expect(r.status).toBe(202);
    expect(r.json.status).toBe('closed');
    expect(r.json.alternatives.map((a: any) => a.kind)).toEqual(['callback', 'secure_message']);
    expect((await call(server.url, 'GET', `/v1/conversations/${closed}`, { token: customer.accessToken })).json.state).toBe('bot');

    const slow = await conversationOn(server.url, customer.accessToken, 'slow');
    const over = await escalate(server.url, customer.accessToken, slow);
    expect([over.json.status, over.json.alternatives.length]).toEqual(['no_agents', 2]);
    await setPresence(server.url, ada.agent, 'available');
    expect((await escalate(server.url, customer.accessToken, slow)).json.status).toBe('queued');
    await call(server.url, 'POST', `/v1/conversations/${slow}:end`, { token: customer.accessToken });
    // A customer who ends while waiting leaves the queue.
    expect((await call(server.url, 'GET', '/v1/agent/queue?queueId=slow', { token: ada.agent.accessToken })).json.items).toEqual([]);
    await ada.stream.close();
  });

  it('keeps a left message in the inbox until an agent of the queue answers it in the same transcript', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    const customer = await guest(server.url);
    const cid = await conversationOn(server.url, customer.accessToken, 'mortgages');
    await send(server.url, customer.accessToken, cid, 'Please call me about my mortgage');
    const left = await escalate(server.url, customer.accessToken, cid, { preferred: 'message' });
    expect(left.json.status).toBe('queued');
    expect(left.json.queue.position).toBeUndefined();
    const inbox = await call(server.url, 'GET', '/v1/agent/queue?queueId=closed', { token: ada.agent.accessToken });
    expect(inbox.json.items).toEqual([expect.objectContaining({ conversationId: cid, leftMessage: true })]);
    expect(inbox.json.items[0].offeredTo).toBeUndefined();
    const view = await call(server.url, 'GET', `/v1/agent/conversations/${cid}`, { token: ada.agent.accessToken });
    expect(view.json.botTranscript.map((m: any) => m.parts[0].text)).toEqual(['Please call me about my mortgage']);
    const bo = await signInAgent(server.url, 'bo@bank.test');
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: bo.accessToken })).json.code).toBe('offer_not_available');
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: ada.agent.accessToken })).status).toBe(200);
    expect((await agentSend(server.url, ada.agent, cid, 'We will call you tomorrow.')).status).toBe(201);
    const texts = (await eventsOf(server.url, customer.accessToken, cid)).filter((e) => e.type === 'message.created').map((e) => e.data.message.parts[0].text);
    expect(texts).toEqual(['Please call me about my mortgage', 'We will call you tomorrow.']);
    await call(server.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: ada.agent.accessToken });
    await ada.stream.close();
  });
});

describe('priority by tier, capacity and queue updates', () => {
  let server: ServerProcess;
  let idp: Awaited<ReturnType<typeof import('./support.js').startIdentityProvider>>;
  beforeAll(async () => {
    const { startIdentityProvider } = await import('./support.js');
    idp = await startIdentityProvider();
    server = await spawnServer({ args: ['--config', writeConfig('tiers.json', routingConfig()), '--host-jwks-url', idp.jwksUrl] });
  });
  afterAll(async () => {
    await server?.stop();
    await idp?.close();
  });

  async function customer(tier?: string) {
    if (!tier) return guest(server.url);
    const idToken = await idp.sign({ sub: `cust-${randomUUID()}`, name: `Customer ${tier}`, tier });
    const r = await call(server.url, 'POST', '/v1/sessions', { body: { kind: 'customer', idToken, locale: 'en' } });
    return r.json as { accessToken: string };
  }

  it('puts a signed-in customer’s secure message in the inbox of its topic’s queue', async () => {
    const c = await customer('premier');
    const r = await call(server.url, 'POST', '/v1/conversations', {
      token: c.accessToken,
      body: { clientConversationId: randomUUID(), channel: 'secure_message', topic: 'loans', subject: 'loans', initialMessage: { parts: [{ type: 'text', text: 'Can I raise my limit?' }] } },
    });
    expect([r.status, r.json.state]).toEqual([201, 'queued']);
    const agent = await signInAgent(server.url, 'bo@bank.test');
    const inbox = await call(server.url, 'GET', '/v1/agent/queue?queueId=loans', { token: agent.accessToken });
    expect(inbox.json.items).toEqual([expect.objectContaining({ conversationId: r.json.id, leftMessage: true })]);
    const view = await call(server.url, 'POST', `/v1/agent/conversations/${r.json.id}:accept`, { token: agent.accessToken });
    expect(view.json.botTranscript.map((m: any) => m.parts[0].text)).toEqual(['Can I raise my limit?']);
    expect((await agentSend(server.url, agent, r.json.id, 'Yes, up to 10 000.')).status).toBe(201);
    await call(server.url, 'POST', `/v1/agent/conversations/${r.json.id}:end`, { token: agent.accessToken });
  });

  it('answers no_agents while nobody serves the queue', async () => {
    const c = await guest(server.url);
    const cid = await conversationOn(server.url, c.accessToken);
    expect((await escalate(server.url, c.accessToken, cid)).json.status).toBe('no_agents');
  });

  it('serves a private-banking customer first, then by waiting time, up to the agent’s capacity', async () => {
    const ada = await openDesk(server.url, 'ada@bank.test');
    await setPresence(server.url, ada.agent, 'away');
    const guestA = await customer();
    const standardB = await customer('standard');
    const privateC = await customer('private');
    const a = await conversationOn(server.url, guestA.accessToken);
    const b = await conversationOn(server.url, standardB.accessToken);
    const c = await conversationOn(server.url, privateC.accessToken);
    const streamA = openStream(server.url, guestA.accessToken);
    await waitFor('stream A', () => streamA.raw().includes('stream open'));

    expect((await escalate(server.url, guestA.accessToken, a)).json.queue).toMatchObject({ position: 1, ewtSeconds: 120 });
    expect((await escalate(server.url, standardB.accessToken, b)).json.queue).toMatchObject({ position: 1, ewtSeconds: 120 });
    expect((await escalate(server.url, privateC.accessToken, c)).json.queue).toMatchObject({ position: 1, ewtSeconds: 120 });

    const entries = await call(server.url, 'GET', '/v1/agent/queue?queueId=general', { token: ada.agent.accessToken });
    expect(entries.json.items.map((e: any) => [e.conversationId, e.priority, e.customer.tier])).toEqual([[c, 30, 'private'], [b, 10, 'standard'], [a, 0, undefined]]);
    expect(entries.json.items[0].customer).toMatchObject({ kind: 'customer', displayName: 'Customer private' });
    expect((await call(server.url, 'GET', `/v1/conversations/${a}/queue`, { token: guestA.accessToken })).json).toMatchObject({ position: 3, ewtSeconds: 360, ewtSource: 'estimated' });
    expect((await call(server.url, 'GET', `/v1/conversations/${a}`, { token: guestA.accessToken })).json).toMatchObject({ state: 'queued', queue: { position: 3, queueName: 'General' } });
    await waitFor('queue.updated to position 3', () => streamA.events.find((e) => e.json.type === 'queue.updated' && e.json.data.position === 3));
    const positions = streamA.events.filter((e) => e.json.type === 'queue.updated').map((e) => e.json.data.position);
    expect(positions).toEqual([1, 2, 3]);
    const queues = await call(server.url, 'GET', '/v1/agent/queues', { token: ada.agent.accessToken });
    expect(queues.json.items.find((q: any) => q.id === 'general')).toMatchObject({ waiting: 3, agentsAvailable: 0 });
    await waitFor('queue.changed on the desk', () => ada.ofType('queue.changed').find((e) => e.data.queueId === 'general' && e.data.waiting === 3 && e.data.ewtSeconds === 480));

    await setPresence(server.url, ada.agent, 'available');
    await waitFor('two offers', () => ada.ofType('offer.created').length >= 2);
    await new Promise((r) => setTimeout(r, 500));
    expect(ada.ofType('offer.created').map((e) => e.data.offer.conversationId)).toEqual([c, b]);
    // Capacity 2 (with ada available the estimate halves: 2 agents' worth of chats).
    await waitFor('A estimate drops', () => streamA.events.find((e) => e.json.type === 'queue.updated' && e.json.data.ewtSeconds === 180));
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${c}:accept`, { token: ada.agent.accessToken })).status).toBe(200);
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${b}:accept`, { token: ada.agent.accessToken })).status).toBe(200);
    await waitFor('A at position 1', () => streamA.events.find((e) => e.json.type === 'queue.updated' && e.json.data.position === 1));
    expect((await call(server.url, 'GET', '/v1/agent/me/presence', { token: ada.agent.accessToken })).json).toMatchObject({ activeChats: 2, maxConcurrentChats: 2 });
    expect(ada.ofType('offer.created').some((e) => e.data.offer.conversationId === a)).toBe(false);
    const view = await call(server.url, 'GET', `/v1/agent/conversations/${c}`, { token: ada.agent.accessToken });
    expect(view.json.customer).toMatchObject({ kind: 'customer', tier: 'private' });

    // A left message taken at capacity is refused.
    const d = await guest(server.url);
    const dc = await conversationOn(server.url, d.accessToken);
    await escalate(server.url, d.accessToken, dc, { preferred: 'message' });
    const full = await call(server.url, 'POST', `/v1/agent/conversations/${dc}:accept`, { token: ada.agent.accessToken });
    expect([full.status, full.json.code]).toEqual([409, 'agent_at_capacity']);

    // Ending one frees capacity: A is offered next.
    await call(server.url, 'POST', `/v1/agent/conversations/${c}:end`, { token: ada.agent.accessToken });
    await waitFor('offer for A', () => ada.ofType('offer.created').find((e) => e.data.offer.conversationId === a));
    const decline = await call(server.url, 'POST', `/v1/agent/conversations/${a}:decline`, { token: ada.agent.accessToken, body: { reason: 'busy' } });
    expect(decline.status).toBe(204);
    await waitFor('withdrawn', () => ada.ofType('offer.withdrawn').find((e) => e.data.conversationId === a && e.data.reason === 'declined'));
    expect((await call(server.url, 'POST', `/v1/agent/conversations/${a}:decline`, { token: ada.agent.accessToken })).json.code).toBe('offer_not_available');
    await Promise.all([streamA.close(), ada.stream.close()]);
  });
});

describe('offers that are not taken', () => {
  let timeoutServer: ServerProcess;
  let graceServer: ServerProcess;
  const oneSlot = [
    { email: 'ada@bank.test', displayName: 'Ada', password: 'correct horse battery', queues: ['general'], maxConcurrentChats: 1 },
    { email: 'bo@bank.test', displayName: 'Bo', password: 'correct horse battery', queues: ['general'], maxConcurrentChats: 1 },
  ];
  beforeAll(async () => {
    [timeoutServer, graceServer] = await Promise.all([
      spawnServer({ args: ['--config', writeConfig('timeout.json', routingConfig({ offerTimeoutSeconds: 1 }, oneSlot))] }),
      spawnServer({ args: ['--config', writeConfig('grace.json', routingConfig({ deskGraceSeconds: 1 }, oneSlot))] }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([timeoutServer?.stop(), graceServer?.stop()]);
  });

  it('expires an offer after the timeout and puts the conversation back at the head of its queue', async () => {
    const base = timeoutServer.url;
    const ada = await openDesk(base, 'ada@bank.test');
    const first = await guest(base);
    const second = await guest(base);
    const a = await conversationOn(base, first.accessToken);
    const b = await conversationOn(base, second.accessToken);
    await escalate(base, first.accessToken, a);
    await waitFor('offer for A', () => ada.ofType('offer.created').find((e) => e.data.offer.conversationId === a));
    await escalate(base, second.accessToken, b);
    const expired = await waitFor('offer.expired', () => ada.ofType('offer.expired').find((e) => e.data.conversationId === a), 5000);
    expect(expired.data.offerId).toBe(ada.ofType('offer.created')[0]!.data.offer.id);
    await waitFor('A offered again', () => ada.ofType('offer.created').filter((e) => e.data.offer.conversationId === a).length === 2, 5000);
    expect(ada.ofType('offer.created').some((e) => e.data.offer.conversationId === b)).toBe(false);
    const entries = await call(base, 'GET', '/v1/agent/queue', { token: ada.agent.accessToken });
    expect(entries.json.items.map((e: any) => [e.conversationId, e.requeued])).toEqual([[a, true], [b, false]]);
    await ada.stream.close();
  });

  it('withdraws the offer of a desk that disconnected, sets the agent offline and offers the chat to another agent', async () => {
    const base = graceServer.url;
    const ada = await openDesk(base, 'ada@bank.test');
    const c = await guest(base);
    const cid = await conversationOn(base, c.accessToken);
    await escalate(base, c.accessToken, cid);
    await waitFor('offer to Ada', () => ada.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    await ada.stream.close();
    const deadline = Date.now() + 5000;
    let presence;
    while (Date.now() < deadline) {
      presence = (await call(base, 'GET', '/v1/agent/me/presence', { token: ada.agent.accessToken })).json;
      if (presence.status === 'offline') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(presence.status).toBe('offline');
    const entries = await call(base, 'GET', '/v1/agent/queue', { token: ada.agent.accessToken });
    expect(entries.json.items).toEqual([expect.objectContaining({ conversationId: cid, requeued: true })]);
    expect(entries.json.items[0].offeredTo).toBeUndefined();
    const bo = await openDesk(base, 'bo@bank.test');
    await waitFor('offer to Bo', () => bo.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    await bo.stream.close();
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
