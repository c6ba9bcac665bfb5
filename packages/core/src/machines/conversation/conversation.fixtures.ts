/**
 * Shared fixtures for the conversation machine's tests (no test runner imports, so it builds anywhere):
 * contract-shaped server events, scripted actors and a machine with every actor replaced.
 */
import { createActor, fromPromise } from 'xstate';
import { conversationMachine, type ConversationActor } from './conversation.machine.js';
import type { ConversationInput, CreateConversationInput, EndConversationInput, Participant, ServerEvent, SubmitSurveyInput, Survey } from './conversation.types.js';
import type { Conversation, QueueSnapshot } from '../../api/types.js';
import { escalationMachine } from '../escalation/escalation.machine.js';
import type { Availability, Callback, CallbackCreate, Escalation, RequestEscalationInput } from '../escalation/escalation.types.js';

export const agent: Participant = { role: 'agent', id: 'agent-7', displayName: 'Priya' };
export const customer: Participant = { role: 'customer', id: 'cust-1' };
export const survey: Survey = { id: 'survey-1', conversationId: 'conv-1', status: 'offered', questions: [{ id: 'q1', type: 'csat', prompt: 'How did we do?', required: true }] };
export const queue = { position: 2, ewtSeconds: 90, ewtSource: 'platform' as const, queueName: 'cards', updatedAt: '2026-11-23T05:00:00Z' };
export const conversation = { id: 'conv-1', channel: 'chat', state: 'bot', context: {}, createdAt: '', lastSeq: 1, participants: [] } as Conversation;
export const openChat: Availability = { timezone: 'UTC', now: { chat: { available: true, ewtSeconds: 60 }, callback: { available: true }, call: { available: false } }, days: [] };

let seq = 0;
export function server<T extends ServerEvent['type']>(type: T, data: Extract<ServerEvent, { type: T }>['data']): ServerEvent {
  seq += 1;
  return { id: `ev-${seq}`, type, conversationId: 'conv-1', seq, occurredAt: '2026-11-23T05:00:00Z', data } as ServerEvent;
}
export const stateChanged = (state: Conversation['state'], previousState: Conversation['state'] = 'bot') => server('conversation.state_changed', { state, previousState });

/** Records each actor's inputs; an Error in the script rejects. */
export function scripted<T, I = unknown>(...results: (T | Error)[]) {
  const calls: I[] = [];
  const logic = fromPromise<T, I>(async ({ input }) => {
    calls.push(input);
    const next = results.length > 1 ? results.shift()! : results[0]!;
    if (next instanceof Error) throw next;
    return next;
  });
  return { logic, calls };
}

export const bookedCallback: Callback = { id: 'cb-1', status: 'requested', phoneE164: '+85223456789', createdAt: '2026-11-23T05:00:00Z' };

export function fakes(options: { create?: (Conversation | Error)[]; end?: (Conversation | Error)[]; survey?: (unknown | Error)[]; escalation?: Escalation; activity?: (unknown | Error)[]; queueSnapshot?: QueueSnapshot } = {}) {
  const create = scripted<Conversation, CreateConversationInput>(...(options.create ?? [conversation]));
  const end = scripted<Conversation, EndConversationInput>(...(options.end ?? [{ ...conversation, state: 'ended' as const }]));
  const submit = scripted<unknown, SubmitSurveyInput>(...(options.survey ?? [{}]));
  const escalate = scripted<Escalation, RequestEscalationInput>(options.escalation ?? { escalationId: 'e1', status: 'queued', queue, alternatives: [] });
  const activity = scripted<unknown, { conversationId: string }>(...(options.activity ?? [undefined]));
  const callback = scripted<Callback, CallbackCreate>(bookedCallback);
  const machine = conversationMachine().provide({
    actors: {
      createConversation: create.logic,
      endConversation: end.logic,
      submitSurvey: submit.logic,
      reportActivity: activity.logic,
      ...(options.queueSnapshot ? { loadQueue: scripted<QueueSnapshot, { conversationId: string }>(options.queueSnapshot).logic } : {}),
      // The escalation is given here as it is, so there is no chunk to load.
      loadEscalation: fromPromise<unknown>(async () => undefined),
      escalation: escalationMachine().provide({
        actors: { checkAvailability: scripted<Availability, undefined>(openChat).logic, requestEscalation: escalate.logic, createCallback: callback.logic },
      }),
    },
  });
  return { machine, create, end, submit, activity, callback };
}

export const input: ConversationInput = { topic: 'card lost', idleWarningMs: 60_000, idleTimeoutMs: 30_000, maxWaitSeconds: 600 };

export type StartAt = 'bot' | 'queued' | 'connected' | 'on_hold';

/** Starts a conversation and walks it to `at` with server events; `flush` lets promise actors settle. */
export async function startAt(flush: () => Promise<unknown>, at: StartAt, options: Parameters<typeof fakes>[0] = {}) {
  const made = fakes(options);
  const actor = createActor(made.machine, { input }).start();
  actor.send({ type: 'START' });
  await flush();
  if (at !== 'bot') actor.send(stateChanged('queued'));
  if (at === 'connected' || at === 'on_hold') {
    actor.send(server('participant.joined', { participant: agent }));
    actor.send(stateChanged('connected', 'queued'));
  }
  if (at === 'on_hold') actor.send(stateChanged('on_hold', 'connected'));
  return { actor, ...made };
}

export const value = (actor: ConversationActor) => actor.getSnapshot().value;
export const context = (actor: ConversationActor) => actor.getSnapshot().context;
