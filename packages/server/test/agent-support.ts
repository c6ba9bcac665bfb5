import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, guest, openStream, waitFor } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'foyer-routing-'));

export function writeConfig(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const allWeek = (from = '00:00', to = '24:00') => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [[from, to]]]));

export const PASSWORD = 'correct horse battery';

/**
 * Queues open all week except `closed` (never open); short timeouts so tests run in seconds. Routing is
 * tested without the bot (it has its own suite): conversations stay in `bot` state silently.
 */
export function routingConfig(overrides: Record<string, unknown> = {}, agents?: unknown[]) {
  return {
    bot: { enabled: false },
    routing: {
      queues: [
        { id: 'general', name: 'General', topics: [], timezone: 'UTC', hours: allWeek() },
        { id: 'cards', name: 'Cards', topics: ['cards'], timezone: 'UTC', hours: allWeek() },
        { id: 'loans', name: 'Loans', topics: ['loans'], timezone: 'Europe/Zurich', hours: allWeek() },
        { id: 'closed', name: 'Mortgages', topics: ['mortgages'], timezone: 'UTC', hours: {} },
        { id: 'slow', name: 'Slow', topics: ['slow'], timezone: 'UTC', hours: allWeek(), maxWaitSeconds: 100 },
      ],
      defaultQueue: 'general',
      offerTimeoutSeconds: 30,
      deskGraceSeconds: 30,
      dispatchIntervalMs: 200,
      defaultHandleSeconds: 120,
      ...overrides,
    },
    agents: agents ?? [
      { email: 'ada@bank.test', displayName: 'Ada', password: PASSWORD, queues: ['general', 'cards', 'loans', 'closed', 'slow'], maxConcurrentChats: 2 },
      { email: 'bo@bank.test', displayName: 'Bo', password: PASSWORD, queues: ['loans'] },
    ],
  };
}

export interface Agent { agentId: string; accessToken: string; refreshToken: string; displayName: string }

export async function signInAgent(base: string, email: string, password = PASSWORD): Promise<Agent> {
  const r = await call(base, 'POST', '/v1/agent/sessions', { body: { email, password } });
  if (r.status !== 200) throw new Error(`agent sign-in: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as Agent;
}

export async function setPresence(base: string, agent: Agent, status: 'available' | 'away' | 'offline') {
  const r = await call(base, 'PUT', '/v1/agent/me/presence', { token: agent.accessToken, body: { status } });
  if (r.status !== 200) throw new Error(`presence: ${r.status}`);
  return r.json;
}

/** A desk: signed in, stream open, available. */
export async function openDesk(base: string, email: string, password = PASSWORD) {
  const agent = await signInAgent(base, email, password);
  const stream = openStream(base, agent.accessToken, undefined, '/v1/agent/events');
  await waitFor('desk stream open', () => stream.raw().includes('stream open'));
  await setPresence(base, agent, 'available');
  const ofType = (type: string) => stream.events.filter((e) => e.json.type === type).map((e) => e.json);
  return { agent, stream, ofType };
}

export async function escalate(base: string, token: string, conversationId: string, body: Record<string, unknown> = {}) {
  return call(base, 'POST', `/v1/conversations/${conversationId}/escalations`, { token, body });
}

export async function conversationOn(base: string, token: string, topic?: string, context: Record<string, string> = {}): Promise<string> {
  const r = await call(base, 'POST', '/v1/conversations', { token, body: { clientConversationId: randomUUID(), ...(topic ? { topic } : {}), context } });
  if (r.status !== 201) throw new Error(`conversation: ${r.status}`);
  return r.json.id as string;
}

export const agentSend = (base: string, agent: Agent, conversationId: string, text: string) =>
  call(base, 'POST', `/v1/agent/conversations/${conversationId}/messages`, {
    token: agent.accessToken,
    headers: { 'idempotency-key': randomUUID() },
    body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text }] },
  });

type Desk = Awaited<ReturnType<typeof openDesk>>;

/** A guest whose chat the desk accepted: the customer's stream is open and the chat is connected. */
export async function connectedChat(base: string, desk: Desk, topic?: string) {
  const customer = await guest(base);
  const conversationId = await conversationOn(base, customer.accessToken, topic);
  const stream = openStream(base, customer.accessToken);
  await waitFor('customer stream open', () => stream.raw().includes('stream open'));
  const escalation = await escalate(base, customer.accessToken, conversationId);
  if (escalation.status !== 202) throw new Error(`escalation: ${escalation.status} ${JSON.stringify(escalation.json)}`);
  await waitFor('offer', () => desk.ofType('offer.created').find((e) => e.data.offer.conversationId === conversationId));
  const accepted = await call(base, 'POST', `/v1/agent/conversations/${conversationId}:accept`, { token: desk.agent.accessToken });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status}`);
  return { customer, conversationId, stream };
}
