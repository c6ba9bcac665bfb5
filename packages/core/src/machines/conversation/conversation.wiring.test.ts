import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { conversationMachine } from './conversation.machine.js';
import { conversationActorsFor, followServerEvents, serverEventFor } from './conversation.wiring.js';
import { conversation, server, stateChanged } from './conversation.fixtures.js';
import type { FoyerEvent, SessionKind } from '../../api/types.js';
import { escalationActorOf } from './conversation.machine.js';
import { loadEscalation } from '../escalation/escalation.lazy.js';

const typing = { id: 't1', type: 'typing.started', conversationId: 'conv-1', occurredAt: '', ephemeral: true, data: {} } as unknown as FoyerEvent;

function fakeClient() {
  const listeners: ((event: FoyerEvent) => void)[] = [];
  return {
    createConversation: vi.fn(async () => conversation),
    endConversation: vi.fn(async () => ({ ...conversation, state: 'ended' as const })),
    session: { kind: 'guest' as SessionKind },
    api: {
      getAvailability: vi.fn(async () => ({ timezone: 'Europe/London', now: { chat: { available: false }, callback: { available: true }, call: { available: false } }, days: [] })),
      requestEscalation: vi.fn(),
      listCallbackSlots: vi.fn(),
      createCallback: vi.fn(),
      createConversation: vi.fn(),
      submitSurveyResponse: vi.fn(async () => ({ surveyId: 's', answers: [], submittedAt: '2026-11-23T05:00:00Z' })),
      getConversation: vi.fn(async () => conversation),
      sendMessage: vi.fn(async () => ({ id: 'm1', seq: 2, conversationId: conversation.id, author: { role: 'customer' as const, id: 's1' }, parts: [], attachments: [], status: 'sent' as const, createdAt: '2026-11-23T05:00:00Z' })),
      getQueue: vi.fn(async () => ({ position: 7, ewtSource: 'estimated' as const, updatedAt: '' })),
      sendTyping: vi.fn(async () => undefined),
    },
    subscribe: vi.fn((listener: (event: FoyerEvent) => void) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    }),
    emit: (event: FoyerEvent) => listeners.forEach((listener) => listener(event)),
  };
}

// The escalation's chunk loads in real time; loaded once here, the machine's own load then settles at once.
beforeAll(() => loadEscalation());
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('serverEventFor', () => {
  it("passes this conversation's known events and drops the rest", () => {
    const own = stateChanged('queued');
    expect(serverEventFor('conv-1', own as FoyerEvent)).toBe(own);
    expect(serverEventFor('conv-2', own as FoyerEvent)).toBeUndefined();
    expect(serverEventFor(undefined, own as FoyerEvent)).toBeUndefined();
    expect(serverEventFor('conv-1', typing)).toBeUndefined();
  });
});

describe('conversationActorsFor and followServerEvents', () => {
  it('drive the machine through the client: create, follow the stream, end', async () => {
    const client = fakeClient();
    const machine = conversationMachine().provide({ actors: conversationActorsFor(client) });
    const actor = createActor(machine, { input: { topic: 'card lost' } }).start();
    const stop = followServerEvents(client, actor);
    actor.send({ type: 'START' });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.createConversation).toHaveBeenCalledWith({ topic: 'card lost' });
    client.emit({ ...stateChanged('queued'), conversationId: 'conv-2' } as FoyerEvent);
    expect(actor.getSnapshot().value).toEqual({ live: 'bot' });
    client.emit(stateChanged('queued') as FoyerEvent);
    expect(actor.getSnapshot().value).toEqual({ live: 'queued' });
    // Entering the queue asks for the position (GET …/queue).
    await vi.advanceTimersByTimeAsync(0);
    expect(client.api.getQueue).toHaveBeenCalledWith('conv-1', expect.anything());
    expect(actor.getSnapshot().context.queue?.position).toBe(7);
    client.emit(server('queue.updated', { position: 4, ewtSource: 'estimated', updatedAt: '' }) as FoyerEvent);
    expect(actor.getSnapshot().context.queue?.position).toBe(4);
    actor.send({ type: 'END', note: 'resolved' });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.endConversation).toHaveBeenCalledWith('conv-1', 'resolved');
    expect(actor.getSnapshot().value).toBe('ended');
    stop();
    client.emit(server('survey.offered', { survey: { id: 's', conversationId: 'conv-1', status: 'offered', questions: [] } }) as FoyerEvent);
    expect(actor.getSnapshot().value).toBe('ended');
  });

  it('answers the server’s idle warning with typing stopped (activity the agent does not see as typing)', async () => {
    const client = fakeClient();
    const actor = createActor(conversationMachine().provide({ actors: conversationActorsFor(client) }), { input: {} }).start();
    followServerEvents(client, actor);
    actor.send({ type: 'START' });
    await vi.advanceTimersByTimeAsync(0);
    client.emit(stateChanged('connected', 'queued') as FoyerEvent);
    client.emit(server('participant.auto_disconnect_warning', { participant: { role: 'customer', id: 's1' }, secondsRemaining: 120 }) as FoyerEvent);
    expect(actor.getSnapshot().context.idleWarning).toBe(true);
    actor.send({ type: 'ACTIVITY' });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.api.sendTyping).toHaveBeenCalledWith('conv-1', 'stopped', expect.anything());
    expect(actor.getSnapshot().value).toEqual({ live: { connected: 'active' } });
  });

  it('submits the survey through the API', async () => {
    const client = fakeClient();
    const actor = createActor(conversationMachine().provide({ actors: conversationActorsFor(client) }), { input: {} }).start();
    followServerEvents(client, actor);
    actor.send({ type: 'START' });
    await vi.advanceTimersByTimeAsync(0);
    client.emit(server('survey.offered', { survey: { id: 's', conversationId: 'conv-1', status: 'offered', questions: [] } }) as FoyerEvent);
    actor.send({ type: 'END' });
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().value).toBe('survey');
    actor.send({ type: 'SUBMIT_SURVEY', answers: [{ questionId: 'q1', value: 5 }] });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.api.submitSurveyResponse).toHaveBeenCalledWith('conv-1', { surveyId: 's', answers: [{ questionId: 'q1', value: 5 }] }, undefined, expect.anything());
    expect(actor.getSnapshot().value).toBe('done');
  });

  it('escalates with the API-backed child: a left message stays in the conversation, which waits in the inbox', async () => {
    const client = fakeClient();
    const actor = createActor(conversationMachine().provide({ actors: conversationActorsFor(client, { topic: 'card lost' }) }), { input: {} }).start();
    actor.send({ type: 'START' });
    await vi.advanceTimersByTimeAsync(0);
    actor.send({ type: 'REQUEST_HUMAN' });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.api.getAvailability).toHaveBeenCalledWith('card lost', expect.anything());
    const escalation = escalationActorOf(actor)!;
    expect(escalation.getSnapshot().value).toBe('choosing');
    escalation.send({ type: 'CHOOSE_MESSAGE' });
    escalation.send({ type: 'SET_MESSAGE', text: ' please call me ' });
    escalation.send({ type: 'SUBMIT' });
    await vi.advanceTimersByTimeAsync(0);
    const id = actor.getSnapshot().context.conversationId;
    expect(client.api.requestEscalation).toHaveBeenLastCalledWith(id, { preferred: 'message' }, expect.any(String), expect.anything());
    expect(client.api.sendMessage).toHaveBeenLastCalledWith(id, expect.objectContaining({ parts: [{ type: 'text', text: 'please call me' }] }), expect.any(String), expect.anything());
    expect(client.createConversation).toHaveBeenCalledTimes(1);
    expect(client.api.createConversation).not.toHaveBeenCalled();
    expect(actor.getSnapshot().context.escalationOutcome?.kind).toBe('message');
  });
});
