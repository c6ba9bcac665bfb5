/**
 * One chat conversation, from start to survey. Server events drive the state (the server is the truth
 * about bot, queued, connected, on hold and ended); customer events ask for things.
 *
 * Escalation: `live.escalating` loads the escalation's code (`loading`, a chunk of its own), then
 * invokes the escalation machine (`offering`; id and systemId `escalation`); the host
 * sends the offer screen's events to that child (see `escalationActorOf`). Its output decides the next
 * state: `queued` enters the queue, anything else (callback, message, cancel) returns to the bot with the
 * outcome in context. From the queue (`REQUEST_CALLBACK`), the escalation opens on its callback form: a
 * booked callback ends the chat, anything else returns to the queue. The queue wait (position, wait,
 * leaving) lives here, not in the escalation, because transfers and resumed conversations reach the queue
 * without one.
 */
import { assign, fromPromise, type ActorRefFrom, type AnyActorRef } from 'xstate';
import { errorMessage, notProvided } from '../actor-defaults.js';
import { typedSetup } from '../typed-setup.js';
import { lazyEscalationMachine, loadEscalation } from '../escalation/escalation.lazy.js';
import type { EscalationMachine } from '../escalation/escalation.machine.js';
import type { EscalationOutcome } from '../escalation/escalation.types.js';
import type { Conversation } from '../../api/types.js';
import type {
  ConversationContext,
  ConversationEvent,
  ConversationInput,
  ConversationState,
  CreateConversationInput,
  EndConversationInput,
  QueueSnapshot,
  SubmitSurveyInput,
} from './conversation.types.js';

/**
 * The server is the authority on idle chats (it warns with `participant.auto_disconnect_warning` and ends
 * with `idle_timeout`). The machine's own quiet-time timer is a fallback for a server that never warns:
 * longer than a bank server's warning plus its countdown (10 + 2 minutes by default), so it never fires
 * first, and switched off for the rest of the conversation once the server has warned.
 */
export const DEFAULT_IDLE_WARNING_MS = 15 * 60_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 2 * 60_000;
/** After the server's countdown, how long to wait for its `conversation.ended` before ending from here. */
export const SERVER_END_GRACE_MS = 15_000;

type QueuedOutcome = Extract<EscalationOutcome, { kind: 'queued' }>;

/** The escalation's code failed to load: back to the queue or the bot it started from, with the error. */
const BACK_FROM_ESCALATION = [
  { guard: 'fromQueue' as const, target: '#conversation.live.queued', actions: 'recordError' as const },
  { target: '#conversation.live.bot', actions: 'recordError' as const },
];

/** Transitions onto a server conversation's state (`fallback` for `bot`); used by onDone and SYNC. */
function syncTargets(fallback: string, field: 'output' | 'conversation') {
  const of = ({ event }: { event: unknown }) => (event as Record<typeof field, Conversation>)[field];
  const to = (state: ConversationState, target: string) => ({
    guard: { type: 'conversationIs' as const, params: (args: { event: unknown }) => ({ conversation: of(args), state }) },
    target,
    actions: { type: 'adoptConversation' as const, params: (args: { event: unknown }) => of(args) },
  });
  return [
    ...(['ended', 'queued', 'connected', 'on_hold'] as const).map((state) => to(state, state === 'ended' ? '#conversation.ended' : `#conversation.live.${state}`)),
    { target: fallback, actions: { type: 'adoptConversation' as const, params: (args: { event: unknown }) => of(args) } },
  ];
}

function buildConversationMachine() {
  return typedSetup({
    types: {
      context: {} as ConversationContext,
      events: {} as ConversationEvent,
      input: {} as ConversationInput,
    },
    actors: {
      createConversation: notProvided<Conversation, CreateConversationInput>('conversationMachine', 'createConversation'),
      endConversation: notProvided<Conversation, EndConversationInput>('conversationMachine', 'endConversation'),
      submitSurvey: notProvided<unknown, SubmitSurveyInput>('conversationMachine', 'submitSurvey'),
      loadQueue: notProvided<QueueSnapshot, { conversationId: string }>('conversationMachine', 'loadQueue'),
      /** Tells the server the customer is there (answering its idle warning). */
      reportActivity: notProvided<unknown, { conversationId: string }>('conversationMachine', 'reportActivity'),
      /** Fetches the escalation's code; hosts may provide `escalation` as a loaded machine or a lazy one. */
      loadEscalation: fromPromise<unknown>(() => loadEscalation()),
      escalation: lazyEscalationMachine((module) => module.escalationMachine()),
    },
    delays: {
      idleWarning: ({ context }) => context.idleWarningMs,
      // The server's own countdown wins when it sent one; its end normally arrives first, this is the fallback.
      idleTimeout: ({ context }) => (context.secondsRemaining === undefined ? context.idleTimeoutMs : context.secondsRemaining * 1000 + SERVER_END_GRACE_MS),
    },
    guards: {
      serverStateIs: ({ event }, params: { state: ConversationState }) =>
        event.type === 'conversation.state_changed' && event.data.state === params.state,
      escalationQueued: (_, outcome: EscalationOutcome) => outcome.kind === 'queued',
      joinedAgent: ({ event }) => event.type === 'participant.joined' && event.data.participant.role === 'agent',
      leftAgent: ({ event }) => event.type === 'participant.left' && event.data.participant.role === 'agent',
      warnsCustomer: ({ event }) => event.type === 'participant.auto_disconnect_warning' && event.data.participant.role === 'customer',
      // A transfer straight to another agent keeps the chat connected; to a queue (or unnamed), it waits again.
      transferredToQueue: ({ event }) => event.type === 'transfer.succeeded' && event.data.to?.role !== 'agent',
      hasSurvey: ({ context }) => context.survey !== undefined,
      // The escalation running now was started from the queue (a callback instead of the wait).
      fromQueue: ({ context }) => context.fromQueue === true,
      // The machine warns by itself only until the server shows it does (no double warnings).
      clientIdleFallback: ({ context }) => !context.serverIdle,
      // A conversation fetched from the server (a resumed or adopted one): its state decides where we are.
      conversationIs: (_, params: { conversation: Conversation; state: ConversationState }) => params.conversation.state === params.state,
    },
    actions: {
      // Runs on `xstate.error.actor.*` events, which carry `error`.
      recordError: assign({ error: ({ event }) => errorMessage((event as { error?: unknown }).error) }),
      clearError: assign({ error: undefined }),
      markTransferred: assign({
        transferReason: ({ event }) => (event.type === 'transfer.succeeded' ? (event.data.queueName ?? 'transfer') : 'transfer'),
        agent: undefined,
      }),
      clearIdleWarning: assign({ idleWarning: false, secondsRemaining: undefined }),
      adoptConversation: assign((_, conversation: Conversation) => ({
        conversationId: conversation.id,
        ...(conversation.queue ? { queue: conversation.queue } : {}),
        agent: conversation.participants.find((p) => p.role === 'agent'),
        ...(conversation.endReason ? { endReason: conversation.endReason } : {}),
      })),
    },
  }).createMachine({
    id: 'conversation',
    context: ({ input }) => ({
      topic: input.topic,
      idleWarningMs: input.idleWarningMs ?? DEFAULT_IDLE_WARNING_MS,
      idleTimeoutMs: input.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      maxWaitSeconds: input.maxWaitSeconds,
      messageChannel: input.messageChannel,
      idleWarning: false,
    }),
    initial: 'idle',
    // Facts that hold whatever the state: kept so a screen or a later state can show them.
    on: {
      'queue.updated': { actions: assign({ queue: ({ event }) => event.data }) },
      'participant.joined': { guard: 'joinedAgent', actions: assign({ agent: ({ event }) => event.data.participant }) },
      'participant.left': { guard: 'leftAgent', actions: assign({ agent: undefined }) },
      'survey.offered': { actions: assign({ survey: ({ event }) => event.data.survey }) },
      // The state change to `ended` may arrive before the event that carries the reason.
      'conversation.ended': { actions: assign({ endReason: ({ event }) => event.data.reason }) },
    },
    states: {
      idle: { on: { START: 'starting' } },
      starting: {
        entry: 'clearError',
        invoke: {
          src: 'createConversation',
          input: ({ context }) => ({ topic: context.topic }),
          // An existing conversation (another tab's, or one the server still has open) resumes in its state.
          onDone: syncTargets('#conversation.live.bot', 'output'),
          onError: { target: 'startFailed', actions: 'recordError' },
        },
      },
      startFailed: { on: { RETRY: 'starting' } },
      live: {
        initial: 'bot',
        on: {
          END: { target: 'ending', actions: assign({ endReason: 'customer', endNote: ({ event }) => event.note }) },
          'conversation.ended': { target: 'ended', actions: assign({ endReason: ({ event }) => event.data.reason }) },
          // The server's copy after a reload or a missed stretch of events.
          SYNC: syncTargets('#conversation.live.bot', 'conversation'),
          // The hand-over did not happen (asked for, or waiting in the queue): back with the bot, saying why.
          'escalation.failed': { target: '.bot', actions: assign({ error: ({ event }) => event.data.reason }) },
          // To the state the server names (`ended` leaves `live`).
          'conversation.state_changed': (['bot', 'queued', 'connected', 'on_hold', 'ended'] as const).map((state) => ({
            guard: { type: 'serverStateIs' as const, params: { state } },
            target: state === 'ended' ? state : `.${state}`,
          })),
        },
        states: {
          bot: { on: { REQUEST_HUMAN: 'escalating' } },
          escalating: {
            entry: assign({ escalationOutcome: undefined, error: undefined, fromQueue: ({ event }) => event.type === 'REQUEST_CALLBACK' }),
            initial: 'loading',
            states: {
              loading: {
                invoke: {
                  src: 'loadEscalation',
                  onDone: 'offering',
                  // Offline as the customer asked: back where they asked from, saying so; asking again retries the load.
                  onError: BACK_FROM_ESCALATION,
                },
              },
              offering: {
                invoke: {
                  id: 'escalation',
                  systemId: 'escalation',
                  src: 'escalation',
                  // The escalation's input fields (conversationId, topic, maxWaitSeconds, messageChannel) share their names with ours.
                  input: ({ context }) => context,
                  onDone: [
                    {
                      guard: { type: 'escalationQueued', params: ({ event }) => event.output },
                      target: '#conversation.live.queued',
                      // The guard above: a queued outcome, with the server's answer when it just joined. A transfer's
                      // reason stays: backing out of a callback form returns to the same wait.
                      actions: assign({ queue: ({ event, context }) => (event.output as QueuedOutcome).escalation?.queue ?? context.queue }),
                    },
                    // A callback booked instead of waiting: the chat is no longer needed, and ending it leaves the queue.
                    {
                      guard: 'fromQueue',
                      target: '#conversation.ending',
                      // The end reason comes with the server's `conversation.ended`.
                      actions: assign({ escalationOutcome: ({ event }) => event.output, endNote: 'callback_requested' }),
                    },
                    { target: '#conversation.live.bot', actions: assign({ escalationOutcome: ({ event }) => event.output }) },
                  ],
                  // A resumed escalation whose code could not load (offline): back where it started, saying so.
                  onError: BACK_FROM_ESCALATION,
                },
              },
            },
            on: {
              // The server knows nothing of the offer screen: the state the escalation started from (`bot`, or
              // `queued` for a callback instead of the wait) leaves it where it was (after a reload); any other
              // state is handled by `live`.
              SYNC: {
                guard: { type: 'conversationIs', params: ({ event, context }) => ({ conversation: event.conversation, state: context.fromQueue ? 'queued' : 'bot' }) },
                actions: { type: 'adoptConversation', params: ({ event }) => event.conversation },
              },
            },
          },
          queued: {
            // The server may move us here (its state event) before the escalation's answer, or after a
            // transfer: ask for the position now rather than wait for the next queue.updated.
            invoke: {
              src: 'loadQueue',
              input: ({ context }) => ({ conversationId: context.conversationId! }),
              onDone: { actions: assign({ queue: ({ event }) => event.output }) },
              // Not fatal: queue.updated events carry the same.
              onError: {},
            },
            on: {
              LEAVE_QUEUE: { target: '#conversation.ending', actions: assign({ endReason: 'customer', endNote: 'left_queue' }) },
              // Rather called back than wait: the escalation's callback form; changing their mind comes back here.
              REQUEST_CALLBACK: 'escalating',
            },
          },
          connected: {
            initial: 'active',
            entry: assign({ transferReason: undefined }),
            on: {
              // Re-entering `active` restarts the quiet-time timer.
              ACTIVITY: { target: '.active', reenter: true },
              'participant.auto_disconnect_warning': {
                guard: 'warnsCustomer',
                target: '.warning',
                reenter: true,
                actions: assign({ secondsRemaining: ({ event }) => event.data.secondsRemaining, serverIdle: true }),
              },
              'transfer.succeeded': [
                { guard: 'transferredToQueue', target: 'queued', actions: 'markTransferred' },
                { actions: assign({ agent: ({ event }) => event.data.to }) },
              ],
              'transfer.failed': { actions: assign({ error: ({ event }) => event.data.reason ?? 'transfer_failed' }) },
              // Back to a queue is a transfer; xstate falls back to `live` for the other states.
              'conversation.state_changed': { guard: { type: 'serverStateIs', params: { state: 'queued' } }, target: 'queued', actions: 'markTransferred' },
            },
            states: {
              active: { after: { idleWarning: { guard: 'clientIdleFallback', target: 'warning' } } },
              warning: {
                entry: assign({ idleWarning: true }),
                exit: 'clearIdleWarning',
                on: { ACTIVITY: 'answering' },
                after: { idleTimeout: { target: '#conversation.ending', actions: assign({ endReason: 'idle_timeout', endNote: 'idle_timeout' }) } },
              },
              // "Still here": the server must hear it, or it ends the chat. A failure shows the warning again.
              answering: {
                entry: 'clearError',
                invoke: {
                  src: 'reportActivity',
                  input: ({ context }) => ({ conversationId: context.conversationId! }),
                  onDone: 'active',
                  onError: { target: 'warning', actions: 'recordError' },
                },
                on: { ACTIVITY: {} },
              },
            },
          },
          on_hold: {
            on: {
              'transfer.succeeded': { guard: 'transferredToQueue', target: 'queued', actions: 'markTransferred' },
              'conversation.state_changed': { guard: { type: 'serverStateIs', params: { state: 'queued' } }, target: 'queued', actions: 'markTransferred' },
            },
          },
        },
      },
      ending: {
        entry: 'clearError',
        invoke: {
          src: 'endConversation',
          input: ({ context }) => ({ conversationId: context.conversationId!, note: context.endNote }),
          onDone: 'ended',
          onError: { target: 'endFailed', actions: 'recordError' },
        },
        on: { 'conversation.ended': { target: 'ended', actions: assign({ endReason: ({ event }) => event.data.reason }) } },
      },
      endFailed: {
        on: {
          RETRY: 'ending',
          'conversation.ended': { target: 'ended', actions: assign({ endReason: ({ event }) => event.data.reason }) },
        },
      },
      // The survey may be offered before or after the end reaches us.
      ended: { always: { guard: 'hasSurvey', target: 'survey' }, on: { SKIP_SURVEY: 'done' } },
      survey: {
        on: {
          SUBMIT_SURVEY: { target: 'submittingSurvey', actions: assign({ surveyAnswers: ({ event }) => event.answers }) },
          SKIP_SURVEY: 'done',
        },
      },
      submittingSurvey: {
        entry: 'clearError',
        invoke: {
          src: 'submitSurvey',
          input: ({ context }) => ({ conversationId: context.conversationId!, surveyId: context.survey!.id, answers: context.surveyAnswers ?? [] }),
          onDone: 'done',
          onError: { target: 'surveyFailed', actions: 'recordError' },
        },
      },
      surveyFailed: { on: { RETRY: 'submittingSurvey', SKIP_SURVEY: 'done' } },
      done: { type: 'final' },
    },
  });
}

let conversationMachineValue: ReturnType<typeof buildConversationMachine> | undefined;

/**
 * The conversation machine, built on first use and then shared (with the escalation machine it
 * invokes): building machines is the costly part of loading the panel, so it is not done at import.
 */
export function conversationMachine(): ConversationMachine {
  return (conversationMachineValue ??= buildConversationMachine());
}

export type ConversationMachine = ReturnType<typeof buildConversationMachine>;
export type ConversationActor = ActorRefFrom<ConversationMachine>;
export type EscalationActor = ActorRefFrom<EscalationMachine>;

/** The running escalation child while the conversation is escalating, for the offer screen's events. */
export function escalationActorOf(actor: AnyActorRef): EscalationActor | undefined {
  return (actor.getSnapshot() as { children: Record<string, AnyActorRef | undefined> }).children['escalation'] as EscalationActor | undefined;
}
