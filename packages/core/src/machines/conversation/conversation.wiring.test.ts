import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { conversationMachine } from './conversation.machine.js';
import { conversationActorsFor, followServerEvents, serverEventFor } from './conversation.wiring.js';
import { conversation, server, stateChanged } from './conversation.fixtures.js';
import type { FoyerEvent } from '../../api/types.js';

const typing = { id: 't1', type: 'typing.started', conversationId: 'conv-1', occurredAt: '', ephemeral: true, data: {} } as unknown as FoyerEvent;

function fakeClient() {
  const listeners: ((event: FoyerEvent) => void)[] = [];
  return {
    createConversation: vi.fn(async () => conversation),
    endConversation: vi.fn(async () => ({ ...conversation, state: 'ended' as const })),
    subscribe: vi.fn((listener: (event: FoyerEvent) => void) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    }),
    emit: (event: FoyerEvent) => listeners.forEach((listener) => listener(event)),
  };
}

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
    const machine = conversationMachine.provide({ actors: conversationActorsFor(client) });
    const actor = createActor(machine, { input: { topic: 'card lost' } }).start();
    const stop = followServerEvents(client, actor);
    actor.send({ type: 'START' });
    await vi.advanceTimersByTimeAsync(0);
    expect(client.createConversation).toHaveBeenCalledWith({ topic: 'card lost' });
    client.emit({ ...stateChanged('queued'), conversationId: 'conv-2' } as FoyerEvent);
    expect(actor.getSnapshot().value).toEqual({ live: 'bot' });
    client.emit(stateChanged('queued') as FoyerEvent);
    expect(actor.getSnapshot().value).toEqual({ live: 'queued' });
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
});
