import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { escalationActorOf } from './conversation.machine.js';
import { agent, bookedCallback, context, conversation, customer, fakes, input, queue, server, startAt as startAtWith, stateChanged, value, type StartAt } from './conversation.fixtures.js';
import type { EndConversationInput, Participant } from './conversation.types.js';

const flush = () => vi.advanceTimersByTimeAsync(0);
const startAt = (at: StartAt, options?: Parameters<typeof fakes>[0]) => startAtWith(flush, at, options);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('conversation: starting', () => {
  it('START creates the conversation and lands with the bot', async () => {
    const { actor, create } = await startAt('bot');
    expect(create.calls).toEqual([{ topic: 'card lost' }]);
    expect(value(actor)).toEqual({ live: 'bot' });
    expect(context(actor).conversationId).toBe('conv-1');
  });

  it('a failed start waits in startFailed; RETRY starts again', async () => {
    const { machine } = fakes({ create: [new Error('offline'), conversation] });
    const actor = createActor(machine, { input }).start();
    expect(value(actor)).toBe('idle');
    actor.send({ type: 'START' });
    expect(value(actor)).toBe('starting');
    await flush();
    expect(value(actor)).toBe('startFailed');
    expect(context(actor).error).toBe('offline');
    actor.send({ type: 'RETRY' });
    await flush();
    expect(value(actor)).toEqual({ live: 'bot' });
    expect(context(actor).error).toBeUndefined();
  });
});

describe('conversation: escalation', () => {
  it('REQUEST_HUMAN runs the escalation; joining the queue moves to queued with its snapshot', async () => {
    const { actor } = await startAt('bot');
    actor.send({ type: 'REQUEST_HUMAN' });
    expect(value(actor)).toEqual({ live: { escalating: 'loading' } });
    await flush();
    const child = escalationActorOf(actor)!;
    expect(child.getSnapshot().value).toBe('choosing');
    expect(child.getSnapshot().context).toMatchObject({ conversationId: 'conv-1', maxWaitSeconds: 600, topic: 'card lost' });
    child.send({ type: 'JOIN_QUEUE' });
    await flush();
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(context(actor).queue).toEqual(queue);
    expect(escalationActorOf(actor)).toBeUndefined();
  });

  it('an escalation that ends without the queue returns to the bot with its outcome', async () => {
    const { actor } = await startAt('bot');
    actor.send({ type: 'REQUEST_HUMAN' });
    await flush();
    escalationActorOf(actor)!.send({ type: 'CANCEL' });
    expect(value(actor)).toEqual({ live: 'bot' });
    expect(context(actor).escalationOutcome).toEqual({ kind: 'cancelled' });
  });

  it('escalation.failed from the server returns to the bot, from escalating or queued', async () => {
    const { actor } = await startAt('bot');
    actor.send({ type: 'REQUEST_HUMAN' });
    actor.send(server('escalation.failed', { reason: 'no_agents' }));
    expect(value(actor)).toEqual({ live: 'bot' });
    expect(context(actor).error).toBe('no_agents');
    actor.send(stateChanged('queued'));
    actor.send(server('escalation.failed', { reason: 'closed' }));
    expect(value(actor)).toEqual({ live: 'bot' });
    expect(context(actor).error).toBe('closed');
  });

  it('a left message: the server queues it in the inbox mid-escalation, and the loaded snapshot says so', async () => {
    const inbox = { ewtSource: 'estimated' as const, queueName: 'General', leftMessage: true, updatedAt: '2026-01-01T00:00:00Z' };
    const { actor } = await startAt('bot', { queueSnapshot: inbox, escalation: { escalationId: 'e2', status: 'queued', queue: inbox, alternatives: [] } });
    actor.send({ type: 'REQUEST_HUMAN' });
    await flush();
    const child = escalationActorOf(actor)!;
    child.send({ type: 'CHOOSE_MESSAGE' });
    child.send({ type: 'SET_MESSAGE', text: 'Please call me about my card' });
    child.send({ type: 'SUBMIT' });
    // The server's state event can beat the escalation's answer: the machine follows it and asks for the snapshot.
    actor.send(stateChanged('queued'));
    await flush();
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(context(actor).queue).toEqual(inbox);
  });

  it("the server's state wins while escalating: queued stops the escalation", async () => {
    const { actor } = await startAt('bot');
    actor.send({ type: 'REQUEST_HUMAN' });
    actor.send(stateChanged('queued'));
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(escalationActorOf(actor)).toBeUndefined();
  });
});

describe('conversation: queue', () => {
  it('keeps queue updates and the joining agent, and connects on the server state', async () => {
    const { actor } = await startAt('queued');
    actor.send(server('queue.updated', queue));
    expect(context(actor).queue).toEqual(queue);
    actor.send(server('participant.joined', { participant: { role: 'bot', id: 'bot-1' } }));
    expect(context(actor).agent).toBeUndefined();
    actor.send(server('participant.joined', { participant: agent }));
    expect(context(actor).agent).toEqual(agent);
    actor.send(stateChanged('connected', 'queued'));
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
  });

  it('LEAVE_QUEUE ends the conversation as the customer', async () => {
    const { actor, end } = await startAt('queued');
    actor.send({ type: 'LEAVE_QUEUE' });
    expect(value(actor)).toBe('ending');
    await flush();
    expect(end.calls).toEqual([{ conversationId: 'conv-1', note: 'left_queue' } satisfies EndConversationInput]);
    expect(value(actor)).toBe('ended');
    expect(context(actor).endReason).toBe('customer');
  });

  it('REQUEST_CALLBACK opens the callback form; a booked callback ends the chat, which leaves the queue', async () => {
    const { actor, end, callback } = await startAt('queued');
    actor.send({ type: 'REQUEST_CALLBACK' });
    await flush();
    const escalation = escalationActorOf(actor)!;
    expect(escalation.getSnapshot().matches({ callback: 'form' })).toBe(true);
    escalation.send({ type: 'SET_PHONE', phone: '+852 2345 6789' });
    escalation.send({ type: 'SET_CONSENT', consent: true });
    escalation.send({ type: 'SUBMIT' });
    await flush();
    expect(callback.calls).toHaveLength(1);
    expect(end.calls).toEqual([{ conversationId: 'conv-1', note: 'callback_requested' } satisfies EndConversationInput]);
    expect(value(actor)).toBe('ended');
    expect(context(actor).escalationOutcome).toEqual({ kind: 'callback', callback: bookedCallback });
  });

  it('changing their mind on the callback form goes back to the queue, its position kept', async () => {
    const { actor, end } = await startAt('queued', { queueSnapshot: queue });
    await flush();
    actor.send({ type: 'REQUEST_CALLBACK' });
    await flush();
    escalationActorOf(actor)!.send({ type: 'BACK' });
    await flush();
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(context(actor).queue).toEqual(queue);
    expect(end.calls).toEqual([]);
    // Asking for a person from the bot later is an ordinary escalation again.
    actor.send(stateChanged('bot', 'queued'));
    actor.send({ type: 'REQUEST_HUMAN' });
    await flush();
    expect(context(actor).fromQueue).toBe(false);
    expect(escalationActorOf(actor)!.getSnapshot().value).toBe('choosing');
  });

  it('the server can send the conversation back to the bot', async () => {
    const { actor } = await startAt('queued');
    actor.send(stateChanged('bot', 'queued'));
    expect(value(actor)).toEqual({ live: 'bot' });
  });
});

describe('conversation: hold and transfer', () => {
  it('connected ⇄ on_hold follows the server', async () => {
    const { actor } = await startAt('on_hold');
    expect(value(actor)).toEqual({ live: 'on_hold' });
    actor.send(stateChanged('connected', 'on_hold'));
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
  });

  it('transfer.succeeded to a queue re-queues with the queue name as reason and no agent', async () => {
    const { actor } = await startAt('connected');
    actor.send(server('transfer.succeeded', { from: agent, queueName: 'mortgages' }));
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(context(actor)).toMatchObject({ transferReason: 'mortgages', agent: undefined });
    actor.send(stateChanged('connected', 'queued'));
    expect(context(actor).transferReason).toBeUndefined();
  });

  it('transfer.succeeded to another agent stays connected with the new agent', async () => {
    const { actor } = await startAt('connected');
    const next: Participant = { role: 'agent', id: 'agent-9', displayName: 'Sam' };
    actor.send(server('transfer.succeeded', { from: agent, to: next }));
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    expect(context(actor).agent).toEqual(next);
  });

  it('state_changed to queued from connected or on_hold counts as a transfer', async () => {
    const connected = await startAt('connected');
    connected.actor.send(stateChanged('queued', 'connected'));
    expect(value(connected.actor)).toEqual({ live: 'queued' });
    expect(context(connected.actor).transferReason).toBe('transfer');
    const held = await startAt('on_hold');
    held.actor.send(stateChanged('queued', 'on_hold'));
    expect(value(held.actor)).toEqual({ live: 'queued' });
    expect(context(held.actor).transferReason).toBe('transfer');
  });

  it('on_hold: a transfer to a queue re-queues, one to an agent waits for the server state', async () => {
    const { actor } = await startAt('on_hold');
    actor.send(server('transfer.succeeded', { to: { role: 'agent', id: 'agent-9' } }));
    expect(value(actor)).toEqual({ live: 'on_hold' });
    actor.send(server('transfer.succeeded', { queueName: 'fraud' }));
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(context(actor).transferReason).toBe('fraud');
  });

  it('transfer.failed keeps the chat where it was and records why', async () => {
    const { actor } = await startAt('connected');
    actor.send(server('transfer.failed', { reason: 'no_agents' }));
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    expect(context(actor).error).toBe('no_agents');
    actor.send(server('transfer.failed', {}));
    expect(context(actor).error).toBe('transfer_failed');
  });
});

describe('conversation: ending', () => {
  it('the agent ends it: conversation.ended or state_changed ended', async () => {
    const byEvent = await startAt('connected');
    byEvent.actor.send(server('conversation.ended', { reason: 'agent' }));
    expect(value(byEvent.actor)).toBe('ended');
    expect(context(byEvent.actor).endReason).toBe('agent');
    const byState = await startAt('on_hold');
    byState.actor.send(stateChanged('ended', 'on_hold'));
    expect(value(byState.actor)).toBe('ended');
  });

  it('participant.left clears the agent only when the agent leaves', async () => {
    const { actor } = await startAt('connected');
    actor.send(server('participant.left', { participant: customer }));
    expect(context(actor).agent).toEqual(agent);
    actor.send(server('participant.left', { participant: agent }));
    expect(context(actor).agent).toBeUndefined();
  });

  it('END from the customer calls the API with the note', async () => {
    const { actor, end } = await startAt('connected');
    actor.send({ type: 'END', note: 'resolved' });
    expect(value(actor)).toBe('ending');
    await flush();
    expect(end.calls).toEqual([{ conversationId: 'conv-1', note: 'resolved' }]);
    expect(value(actor)).toBe('ended');
    expect(context(actor).endReason).toBe('customer');
  });

  it('a failed end waits in endFailed; RETRY ends, or the server ends it first', async () => {
    const retried = await startAt('bot', { end: [new Error('503'), conversation] });
    retried.actor.send({ type: 'END' });
    await flush();
    expect(value(retried.actor)).toBe('endFailed');
    expect(context(retried.actor).error).toBe('503');
    retried.actor.send({ type: 'RETRY' });
    await flush();
    expect(value(retried.actor)).toBe('ended');
    const overtaken = await startAt('bot', { end: [new Error('503')] });
    overtaken.actor.send({ type: 'END' });
    await flush();
    overtaken.actor.send(server('conversation.ended', { reason: 'system' }));
    expect(value(overtaken.actor)).toBe('ended');
    expect(context(overtaken.actor).endReason).toBe('system');
  });

  it('the server ending it while our end request runs wins', async () => {
    const { actor } = await startAt('connected');
    actor.send({ type: 'END' });
    actor.send(server('conversation.ended', { reason: 'customer' }));
    expect(value(actor)).toBe('ended');
  });
});

