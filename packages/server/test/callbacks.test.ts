import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { conversationOn, openDesk, routingConfig, writeConfig } from './agent-support.js';
import { call, eventsOf, guest, waitFor } from './support.js';

describe('callbacks', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer({ args: ['--config', writeConfig('callbacks.json', routingConfig())] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const request = (token: string, body: Record<string, unknown>) => call(server.url, 'POST', '/v1/callbacks', { token, body });

  it('validates the number and the consent, naming the field', async () => {
    const c = await guest(server.url);
    const badNumber = await request(c.accessToken, { phoneE164: '079 123 45 67', when: { type: 'asap' }, consent: true });
    expect([badNumber.status, badNumber.json.code]).toEqual([400, 'invalid_request']);
    expect(badNumber.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/phoneE164');
    const noConsent = await request(c.accessToken, { phoneE164: '+41791234567', when: { type: 'asap' }, consent: false });
    expect(noConsent.status).toBe(400);
    expect(noConsent.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/consent');
    const badSlot = await request(c.accessToken, { phoneE164: '+41791234567', when: { type: 'slot', slotId: 'cards~1' }, consent: true, topic: 'cards' });
    expect([badSlot.status, badSlot.json.errors[0].pointer]).toEqual([400, '/when/slotId']);
  });

  it('takes an ASAP callback while open, tells the desk, and records the agent’s attempts for the customer', async () => {
    const desk = await openDesk(server.url, 'ada@bank.test');
    const c = await guest(server.url);
    const cid = await conversationOn(server.url, c.accessToken, 'cards');
    const created = await request(c.accessToken, { phoneE164: '+41791234567', when: { type: 'asap' }, consent: true, conversationId: cid, context: { reason: 'lost card' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'requested', asap: true, phoneE164: '+41791234567', topic: 'cards', conversationId: cid });
    const notice = await waitFor('callback.created', () => desk.ofType('callback.created').find((e) => e.data.callback.callback.id === created.json.id));
    expect(notice.data.callback).toMatchObject({ queueId: 'cards', customer: { kind: 'guest' } });

    const list = await call(server.url, 'GET', '/v1/agent/callbacks?status=requested', { token: desk.agent.accessToken });
    expect(list.json.items.map((i: any) => i.callback.id)).toContain(created.json.id);
    const attempting = await call(server.url, 'PATCH', `/v1/agent/callbacks/${created.json.id}`, { token: desk.agent.accessToken, body: { status: 'attempting' } });
    expect([attempting.status, attempting.json.callback.status]).toEqual([200, 'attempting']);
    const done = await call(server.url, 'PATCH', `/v1/agent/callbacks/${created.json.id}`, { token: desk.agent.accessToken, body: { status: 'completed', note: 'Card blocked' } });
    expect([done.json.callback.status, done.json.note]).toEqual(['completed', 'Card blocked']);
    const late = await call(server.url, 'PATCH', `/v1/agent/callbacks/${created.json.id}`, { token: desk.agent.accessToken, body: { status: 'failed' } });
    expect([late.status, late.json.code]).toEqual([409, 'callback_closed']);
    expect((await call(server.url, 'GET', `/v1/callbacks/${created.json.id}`, { token: c.accessToken })).json.status).toBe('completed');
    const types = (await eventsOf(server.url, c.accessToken, cid)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['callback.scheduled', 'callback.attempting', 'callback.completed']));
    await desk.stream.close();
  });

  it('offers slots from business hours and books them up to their capacity', async () => {
    const c = await guest(server.url);
    const slots = await call(server.url, 'GET', '/v1/callbacks/slots?topic=loans', { token: c.accessToken });
    expect(slots.status).toBe(200);
    expect(slots.json.timezone).toBe('Europe/Zurich');
    const slot = slots.json.slots[0];
    expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(30 * 60_000);
    expect(slot.remaining).toBe(2);
    for (let i = 0; i < 2; i++) {
      const other = await guest(server.url);
      const booked = await request(other.accessToken, { phoneE164: `+4179123456${i}`, when: { type: 'slot', slotId: slot.id }, consent: true, topic: 'loans' });
      expect(booked.json).toMatchObject({ status: 'scheduled', slotId: slot.id, scheduledFor: slot.start, asap: false });
    }
    const full = await request(c.accessToken, { phoneE164: '+41791234560', when: { type: 'slot', slotId: slot.id }, consent: true, topic: 'loans' });
    expect([full.status, full.json.errors[0].code]).toEqual([400, 'slot_full']);
    const after = await call(server.url, 'GET', '/v1/callbacks/slots?topic=loans', { token: c.accessToken });
    expect(after.json.slots.find((s: any) => s.id === slot.id).remaining).toBe(0);
  });

  it('refuses ASAP outside business hours and a time outside them', async () => {
    const c = await guest(server.url);
    const asap = await request(c.accessToken, { phoneE164: '+41791234567', when: { type: 'asap' }, consent: true, topic: 'mortgages' });
    expect([asap.status, asap.json.code]).toEqual([409, 'outside_business_hours']);
    const at = await request(c.accessToken, { phoneE164: '+41791234567', when: { type: 'at', at: new Date(Date.now() + 3600_000).toISOString() }, consent: true, topic: 'mortgages' });
    expect([at.status, at.json.errors[0].pointer]).toEqual([400, '/when/at']);
    expect((await call(server.url, 'GET', '/v1/callbacks/slots?topic=mortgages', { token: c.accessToken })).json.slots).toEqual([]);
  });

  it('cancels idempotently, and keeps callbacks to their session', async () => {
    const c = await guest(server.url);
    const created = await request(c.accessToken, { phoneE164: '+41791234567', when: { type: 'at', at: new Date(Date.now() + 2 * 3600_000).toISOString() }, consent: true });
    expect(created.json.status).toBe('scheduled');
    const stranger = await guest(server.url);
    expect((await call(server.url, 'GET', `/v1/callbacks/${created.json.id}`, { token: stranger.accessToken })).status).toBe(404);
    expect((await call(server.url, 'DELETE', `/v1/callbacks/${created.json.id}`, { token: c.accessToken })).status).toBe(204);
    expect((await call(server.url, 'DELETE', `/v1/callbacks/${created.json.id}`, { token: c.accessToken })).status).toBe(204);
    expect((await call(server.url, 'GET', `/v1/callbacks/${created.json.id}`, { token: c.accessToken })).json.status).toBe('cancelled');
  });

  it('limits callback requests per session', async () => {
    const c = await guest(server.url);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await request(c.accessToken, { phoneE164: '+41791234567', when: { type: 'asap' }, consent: true })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
