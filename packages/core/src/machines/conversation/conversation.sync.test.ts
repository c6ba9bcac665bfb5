import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { agent, context, conversation, fakes, input, queue, server, startAt as startAtWith, value, type StartAt } from './conversation.fixtures.js';
import type { Conversation } from '../../api/types.js';
import type { QueueSnapshot } from './conversation.types.js';

const flush = () => vi.advanceTimersByTimeAsync(0);
const startAt = (at: StartAt) => startAtWith(flush, at);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const existing = (state: Conversation['state'], extra: Partial<Conversation> = {}): Conversation => ({ ...conversation, id: 'conv-9', state, ...extra });

describe('conversation: starting onto an existing conversation', () => {
  it.each([
    ['bot', { live: 'bot' }],
    ['queued', { live: 'queued' }],
    ['connected', { live: { connected: 'active' } }],
    ['on_hold', { live: 'on_hold' }],
    ['ended', 'ended'],
  ] as const)('a conversation the server has in %s resumes there', async (state, expected) => {
    const { machine } = fakes({ create: [existing(state, { queue, participants: [agent], ...(state === 'ended' ? { endReason: 'agent' as const } : {}) })] });
    const actor = createActor(machine, { input }).start();
    actor.send({ type: 'START' });
    await flush();
    expect(value(actor)).toEqual(expected);
    expect(context(actor).conversationId).toBe('conv-9');
    expect(context(actor).queue).toEqual(queue);
    expect(context(actor).agent).toEqual(agent);
    if (state === 'ended') expect(context(actor).endReason).toBe('agent');
  });
});

describe('conversation: SYNC with the server copy', () => {
  it('moves a bot conversation the server already connected to an agent', async () => {
    const { actor } = await startAt('bot');
    actor.send({ type: 'SYNC', conversation: existing('connected', { id: 'conv-1', participants: [agent] }) });
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    expect(context(actor).agent).toEqual(agent);
  });

  it('ends a conversation that ended while the page was away', async () => {
    const { actor } = await startAt('queued');
    actor.send({ type: 'SYNC', conversation: existing('ended', { id: 'conv-1', endReason: 'idle_timeout' }) });
    expect(value(actor)).toBe('ended');
    expect(context(actor).endReason).toBe('idle_timeout');
  });

  it('goes back to the bot when the server says bot', async () => {
    const { actor } = await startAt('queued');
    actor.send({ type: 'SYNC', conversation: existing('bot', { id: 'conv-1' }) });
    expect(value(actor)).toEqual({ live: 'bot' });
  });
});

describe('conversation: the end reason', () => {
  it('is kept when the ended event follows the state change to ended', async () => {
    const { actor } = await startAt('connected');
    actor.send(server('conversation.state_changed', { state: 'ended', previousState: 'connected' }));
    expect(value(actor)).toBe('ended');
    actor.send(server('conversation.ended', { reason: 'agent' }));
    expect(context(actor).endReason).toBe('agent');
  });
});

describe('conversation: the queue position on entering the queue', () => {
  it('is fetched when the server moves the conversation to the queue before the escalation answers', async () => {
    const { machine } = fakes();
    const loaded: QueueSnapshot = { ...queue, position: 5 };
    const actor = createActor(machine.provide({ actors: { loadQueue: fromPromise(async () => loaded) } }), { input }).start();
    actor.send({ type: 'START' });
    await flush();
    actor.send({ type: 'REQUEST_HUMAN' });
    actor.send(server('conversation.state_changed', { state: 'queued', previousState: 'bot' }));
    await flush();
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(context(actor).queue).toEqual(loaded);
  });

  it('a failed fetch changes nothing: queue.updated still brings the position', async () => {
    const { actor } = await startAt('bot');
    actor.send(server('conversation.state_changed', { state: 'queued', previousState: 'bot' }));
    await flush();
    expect(context(actor).error).toBeUndefined();
    actor.send(server('queue.updated', { ...queue, position: 4 }));
    expect(context(actor).queue?.position).toBe(4);
  });
});
