import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { conversationMachine, escalationActorOf } from './conversation.machine.js';
import { createConversationActor, persistConversation } from './conversation.persistence.js';
import { context, conversation, input, openChat, scripted, stateChanged, value } from './conversation.fixtures.js';
import { lazyEscalationMachine, runsEscalation } from '../escalation/escalation.lazy.js';
import { escalationMachine } from '../escalation/escalation.machine.js';
import { deferredLogic } from '../deferred-logic.js';
import type { Availability, Escalation, RequestEscalationInput } from '../escalation/escalation.types.js';
import type { Conversation } from '../../api/types.js';
import type { CreateConversationInput } from './conversation.types.js';

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The conversation machine as hosts wire it: the escalation built from its lazily loaded chunk. */
function lazyMachine(loadEscalation?: () => Promise<unknown>) {
  const availability = scripted<Availability, undefined>(openChat);
  const escalate = scripted<Escalation, RequestEscalationInput>({ escalationId: 'e1', status: 'queued', alternatives: [] });
  const machine = conversationMachine().provide({
    actors: {
      createConversation: scripted<Conversation, CreateConversationInput>(conversation).logic,
      ...(loadEscalation ? { loadEscalation: fromPromise<unknown>(loadEscalation) } : {}),
      escalation: lazyEscalationMachine((module) =>
        module.escalationMachine().provide({ actors: { checkAvailability: availability.logic, requestEscalation: escalate.logic } }),
      ),
    },
  });
  return { machine, availability };
}

/** A conversation (lazy escalation) that asked for a person, from the bot or the queue, once its escalation shows `ready`. */
async function escalatingFrom(from: 'bot' | 'queued', ready: (escalation: NonNullable<ReturnType<typeof escalationActorOf>>) => boolean) {
  const actor = createActor(lazyMachine().machine, { input }).start();
  actor.send({ type: 'START' });
  await flush();
  if (from === 'queued') actor.send(stateChanged('queued'));
  actor.send({ type: from === 'queued' ? 'REQUEST_CALLBACK' : 'REQUEST_HUMAN' });
  await vi.waitFor(async () => {
    await flush();
    expect(ready(escalationActorOf(actor)!)).toBe(true);
  });
  return actor;
}

/** The escalation machine alone with scripted actors, as its chunk would build it. */
function escalationOnly() {
  return escalationMachine().provide({
    actors: {
      checkAvailability: scripted<Availability, undefined>(openChat).logic,
      requestEscalation: scripted<Escalation, RequestEscalationInput>({ escalationId: 'e1', status: 'queued', alternatives: [] }).logic,
    },
  });
}

describe('conversation: the escalation loads on demand', () => {
  it('asking for a person loads the escalation chunk, then offers the choices from it', async () => {
    const { machine, availability } = lazyMachine();
    const actor = createActor(machine, { input }).start();
    actor.send({ type: 'START' });
    await flush();
    actor.send({ type: 'REQUEST_HUMAN' });
    expect(value(actor)).toEqual({ live: { escalating: 'loading' } });
    expect(escalationActorOf(actor)).toBeUndefined();
    await vi.waitFor(async () => {
      await flush();
      expect(value(actor)).toEqual({ live: { escalating: 'offering' } });
    });
    await flush();
    expect(availability.calls).toHaveLength(1);
    expect(escalationActorOf(actor)!.getSnapshot().value).toBe('choosing');
  });

  it('a chunk that fails to load returns to the bot with the error; asking again tries again', async () => {
    let attempts = 0;
    const { machine } = lazyMachine(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk failed to load');
    });
    const actor = createActor(machine, { input }).start();
    actor.send({ type: 'START' });
    await flush();
    actor.send({ type: 'REQUEST_HUMAN' });
    await flush();
    expect(value(actor)).toEqual({ live: 'bot' });
    expect(context(actor).error).toBe('chunk failed to load');
    actor.send({ type: 'REQUEST_HUMAN' });
    await flush();
    expect(value(actor)).toEqual({ live: { escalating: 'offering' } });
    expect(attempts).toBe(2);
  });

  it('a stored conversation with a running escalation resumes once its chunk is loaded', async () => {
    const actor = await escalatingFrom('bot', (escalation) => escalation.getSnapshot().value === 'choosing');
    escalationActorOf(actor)!.send({ type: 'CHOOSE_MESSAGE' });
    const stored = JSON.parse(JSON.stringify(persistConversation(actor))) as unknown;
    actor.stop();
    expect(runsEscalation(stored)).toBe(true);
    const resumed = await createConversationActor({ machine: lazyMachine().machine, snapshot: stored as never });
    expect(value(resumed)).toEqual({ live: { escalating: 'offering' } });
    expect(escalationActorOf(resumed)!.getSnapshot().value).toEqual({ message: 'form' });
  });
});

describe('conversation: a callback instead of the wait, across a reload', () => {
  /** Queued, then on the callback form (from the queue), with a number typed in. */
  async function onCallbackFormFromQueue() {
    const actor = await escalatingFrom('queued', (escalation) => escalation.getSnapshot().matches({ callback: 'form' }));
    escalationActorOf(actor)!.send({ type: 'SET_PHONE', phone: '+852 2345 6789' });
    const stored = JSON.parse(JSON.stringify(persistConversation(actor))) as unknown;
    actor.stop();
    return stored;
  }

  it('the server still has the customer queued: the form stays, with what was typed', async () => {
    const resumed = await createConversationActor({ machine: lazyMachine().machine, snapshot: (await onCallbackFormFromQueue()) as never });
    resumed.send({ type: 'SYNC', conversation: { ...conversation, state: 'queued' } });
    expect(value(resumed)).toEqual({ live: { escalating: 'offering' } });
    expect(escalationActorOf(resumed)!.getSnapshot().context.phone).toBe('+852 2345 6789');
  });

  it('the server dropped the customer from the queue meanwhile: back with the bot, not in a queue that is gone', async () => {
    const resumed = await createConversationActor({ machine: lazyMachine().machine, snapshot: (await onCallbackFormFromQueue()) as never });
    resumed.send({ type: 'SYNC', conversation: { ...conversation, state: 'bot' } });
    expect(value(resumed)).toEqual({ live: 'bot' });
    expect(escalationActorOf(resumed)).toBeUndefined();
  });

  it('the escalation code cannot load: the customer stays in the queue, told so', async () => {
    const { machine } = lazyMachine(async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const actor = createActor(machine, { input }).start();
    actor.send({ type: 'START' });
    await flush();
    actor.send(stateChanged('queued'));
    actor.send({ type: 'REQUEST_CALLBACK' });
    await flush();
    expect(value(actor)).toEqual({ live: 'queued' });
    expect(context(actor).error).toBe('Failed to fetch dynamically imported module');
  });
});

describe('conversation: resuming while the escalation chunk cannot load', () => {
  it('a stored escalation falls back to the bot with the error, conversation kept; asking again loads the chunk', async () => {
    // A fresh page: the escalation's code is not there, and the network is down.
    const actor = await escalatingFrom('bot', (escalation) => escalation.getSnapshot().value === 'choosing');
    const stored = JSON.parse(JSON.stringify(persistConversation(actor))) as unknown;
    actor.stop();

    const chunk: { machine?: ReturnType<typeof escalationOnly>; offline: boolean } = { offline: true };
    let loads = 0;
    const machine = conversationMachine().provide({
      actors: {
        loadEscalation: fromPromise<unknown>(async () => {
          loads += 1;
          if (chunk.offline) throw new TypeError('Failed to fetch dynamically imported module');
          chunk.machine = escalationOnly();
        }),
        escalation: deferredLogic('the escalation machine', () => chunk.machine),
      },
    });
    const resumed = await createConversationActor({ machine, snapshot: stored as never });
    await flush();
    expect(value(resumed)).toEqual({ live: 'bot' });
    expect(context(resumed).conversationId).toBe(conversation.id);
    expect(context(resumed).error).toBe('the escalation machine is used before its code was loaded');
    expect(escalationActorOf(resumed)).toBeUndefined();

    // Still offline: asking again tries the chunk again and says so again.
    resumed.send({ type: 'REQUEST_HUMAN' });
    await flush();
    expect(value(resumed)).toEqual({ live: 'bot' });
    expect(context(resumed).error).toBe('Failed to fetch dynamically imported module');
    chunk.offline = false;
    resumed.send({ type: 'REQUEST_HUMAN' });
    await vi.waitFor(async () => {
      await flush();
      expect(escalationActorOf(resumed)?.getSnapshot().value).toBe('choosing');
    });
    expect(context(resumed).error).toBeUndefined();
    expect(loads).toBe(2);
  });
});

describe('deferredLogic', () => {
  it('says what is missing when used before its code is there, and delegates once it is', () => {
    const code: { logic?: ReturnType<typeof fromPromise<string>> } = {};
    const logic = deferredLogic('the test logic', () => code.logic);
    // xstate keeps an initialisation failure as the actor's error snapshot.
    const early = createActor(logic).getSnapshot() as { status: string; error?: Error };
    expect(early.status).toBe('error');
    expect(early.error?.message).toBe('the test logic is used before its code was loaded');
    code.logic = fromPromise(async () => 'done');
    const actor = createActor(logic).start();
    expect(actor.getSnapshot().status).toBe('active');
  });

  it('finds no escalation in a snapshot without one', () => {
    expect(runsEscalation(undefined)).toBe(false);
    expect(runsEscalation({ children: {} })).toBe(false);
  });
});
