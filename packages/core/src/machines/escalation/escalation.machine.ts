/**
 * "Talk to a person": checks availability, then offers what fits: the chat queue when it is open and the
 * wait is short enough, otherwise a callback (and a callback beside the queue when every agent is away);
 * leaving a message is always offered. It ends once the customer is in the queue (the conversation machine
 * then shows position and wait, because transfers and resumed conversations reach the queue without an
 * escalation), or once a callback or message exists.
 */
import { assign } from 'xstate';
import { typedSetup } from '../typed-setup.js';
import { errorMessage, notProvided } from '../actor-defaults.js';
import { isE164, normalizePhone } from './phone.js';
import type {
  Availability,
  Callback,
  CallbackCreate,
  CallbackSlotList,
  Conversation,
  Escalation,
  EscalationContext,
  EscalationErrorKey,
  EscalationEvent,
  EscalationInput,
  EscalationOutcome,
  EscalationReason,
  LeaveMessageInput,
  SlotQuery,
  RequestEscalationInput,
} from './escalation.types.js';

/** The default when the host does not say: a quarter of an hour. */
export const DEFAULT_MAX_WAIT_SECONDS = 15 * 60;

/**
 * The queue is offered when chat is open, someone is signed in to serve it (chat alone may only mean the
 * bot answers) and the estimated wait (when known) is within the limit.
 */
function queueFits(context: EscalationContext): boolean {
  const chat = context.availability?.now.chat;
  if (!chat?.available || context.queueRefused) return false;
  if (context.availability?.now.agent?.reason === 'no_agents_signed_in') return false;
  return chat.ewtSeconds === undefined || chat.ewtSeconds <= context.maxWaitSeconds;
}

/**
 * A callback is offered instead of the queue (when closed, scheduled slots still serve), and beside it
 * when everyone who serves the queue is signed in but away: the customer may wait for them, or rather be
 * called as soon as possible, if callbacks are taken now.
 */
function callbackFits(context: EscalationContext): boolean {
  const now = context.availability?.now;
  return !queueFits(context) || (now?.agent?.reason === 'no_agents_available' && asapTaken(context));
}

/** Whether a callback "as soon as possible" is taken now (outside business hours only slots are). */
export function asapTaken(context: EscalationContext): boolean {
  return context.availability?.now.callback.available !== false;
}

/** What stops the callback form from being sent, as the keys the form shows. */
function callbackFormErrors(context: EscalationContext): EscalationErrorKey[] {
  const errors: EscalationErrorKey[] = [];
  if (!isE164(context.phone)) errors.push('invalid_phone');
  if (!context.consent) errors.push('consent_required');
  if (context.when.type === 'asap' && !asapTaken(context)) errors.push('choose_slot');
  return errors;
}

/** What the choice screen shows: the queue, a callback, or both (agents away), and always a message. */
export function escalationOffers(context: EscalationContext): { queue: boolean; callback: boolean; message: true } {
  return { queue: queueFits(context), callback: callbackFits(context), message: true };
}

/**
 * Why the queue is not (simply) offered, for the choice screen: the server's refusal, else what the
 * availability says. `nextOpenAt` when closed and known; `overMinutes`, the limit the wait passed.
 */
export function escalationReason(context: EscalationContext): { reason: EscalationReason; nextOpenAt?: string; overMinutes?: number } | undefined {
  const availability = context.availability;
  const chat = availability?.now.chat;
  // The server's limit is its own: a figure is given only when the estimate passed ours.
  const overOurs = chat?.ewtSeconds !== undefined && chat.ewtSeconds > context.maxWaitSeconds;
  const overWait = { reason: 'over_max_wait' as const, ...(overOurs ? { overMinutes: Math.ceil(context.maxWaitSeconds / 60) } : {}) };
  switch (context.refusedReason ?? (chat?.available === false ? chat.reason : availability?.now.agent?.reason)) {
    case 'outside_business_hours':
      return { reason: 'outside_business_hours', ...(availability?.nextOpenAt ? { nextOpenAt: availability.nextOpenAt } : {}) };
    case 'no_agents_signed_in':
      return { reason: 'no_agents_signed_in' };
    case 'over_max_wait':
      return overWait;
    case 'no_agents_available':
    case 'at_capacity':
      return { reason: 'no_agents_available' };
  }
  return overOurs ? overWait : undefined;
}

function buildEscalationMachine() {
  return typedSetup({
    types: {
      context: {} as EscalationContext,
      events: {} as EscalationEvent,
      input: {} as EscalationInput,
      output: {} as EscalationOutcome,
    },
    actors: {
      checkAvailability: notProvided<Availability, undefined>('escalationMachine', 'checkAvailability'),
      requestEscalation: notProvided<Escalation, RequestEscalationInput>('escalationMachine', 'requestEscalation'),
      loadSlots: notProvided<CallbackSlotList, SlotQuery>('escalationMachine', 'loadSlots'),
      createCallback: notProvided<Callback, CallbackCreate>('escalationMachine', 'createCallback'),
      leaveMessage: notProvided<Conversation, LeaveMessageInput>('escalationMachine', 'leaveMessage'),
    },
    guards: {
      queueFits: ({ context }) => queueFits(context),
      callbackFits: ({ context }) => callbackFits(context),
      fromQueue: ({ context }) => context.fromQueue === true,
      escalationQueued: (_, escalation: Escalation) => escalation.status === 'queued',
      callbackFormValid: ({ context }) => callbackFormErrors(context).length === 0,
      asapClosed: ({ context }) => !asapTaken(context),
      messageWritten: ({ context }) => context.messageText.trim().length > 0,
    },
    actions: {
      // Runs on `xstate.error.actor.*` events, which carry `error`.
      recordError: assign({ error: ({ event }) => errorMessage((event as { error?: unknown }).error) }),
      clearError: assign({ error: undefined }),
      validateCallbackForm: assign({ fieldErrors: ({ context }) => callbackFormErrors(context) }),
    },
  }).createMachine({
    id: 'escalation',
    context: ({ input }) => ({
      conversationId: input.conversationId,
      topic: input.topic,
      maxWaitSeconds: input.maxWaitSeconds ?? DEFAULT_MAX_WAIT_SECONDS,
      messageChannel: input.messageChannel ?? 'secure_message',
      fromQueue: input.fromQueue,
      queueRefused: false,
      phone: '',
      consent: false,
      when: { type: 'asap' },
      slots: [],
      messageText: '',
      fieldErrors: [],
    }),
    initial: 'checking',
    output: ({ context }) => context.outcome ?? { kind: 'cancelled' },
    states: {
      checking: {
        entry: 'clearError',
        invoke: {
          src: 'checkAvailability',
          onDone: [
            { guard: 'fromQueue', target: 'callback', actions: assign({ availability: ({ event }) => event.output }) },
            { target: 'choosing', actions: assign({ availability: ({ event }) => event.output }) },
          ],
          onError: { target: 'checkFailed', actions: 'recordError' },
        },
      },
      checkFailed: { on: { RETRY: 'checking', CANCEL: 'cancelled' } },
      // What is offered follows `queueFits` and `callbackFits`; the UI reads `escalationOffers(snapshot.context)`.
      choosing: {
        on: {
          JOIN_QUEUE: { guard: 'queueFits', target: 'joining' },
          CHOOSE_CALLBACK: { guard: 'callbackFits', target: 'callback' },
          CHOOSE_MESSAGE: 'message',
          CANCEL: 'cancelled',
        },
      },
      joining: {
        entry: 'clearError',
        invoke: {
          src: 'requestEscalation',
          input: ({ context }) => ({ conversationId: context.conversationId, body: { preferred: 'chat' as const, reason: context.topic } }),
          onDone: [
            {
              guard: { type: 'escalationQueued', params: ({ event }) => event.output },
              target: 'queued',
              actions: assign({ outcome: ({ event }) => ({ kind: 'queued' as const, escalation: event.output }) }),
            },
            // The queue closed or emptied between the check and the request: offer the rest.
            { target: 'choosing', actions: assign({ queueRefused: true, refusedReason: ({ event }) => event.output.reason }) },
          ],
          onError: { target: 'joinFailed', actions: 'recordError' },
        },
      },
      // The choice pane stays up with the error: the other choices still work from here.
      joinFailed: {
        on: {
          RETRY: 'joining',
          BACK: 'choosing',
          CHOOSE_CALLBACK: { guard: 'callbackFits', target: 'callback' },
          CHOOSE_MESSAGE: 'message',
          CANCEL: 'cancelled',
        },
      },
      callback: {
        initial: 'opening',
        on: { BACK: '.form' },
        states: {
          // Closed now: "as soon as possible" would be refused, so the times on offer load at once.
          opening: { always: [{ guard: 'asapClosed', target: 'loadingSlots' }, { target: 'form' }] },
          form: {
            on: {
              SET_PHONE: { actions: assign({ phone: ({ event }) => event.phone, fieldErrors: [] }) },
              SET_CONSENT: { actions: assign({ consent: ({ event }) => event.consent, fieldErrors: [] }) },
              CHOOSE_ASAP: { actions: assign({ when: { type: 'asap' } }) },
              CHOOSE_SLOT: { actions: assign({ when: ({ event }) => ({ type: 'slot' as const, slotId: event.slotId }) }) },
              LOAD_SLOTS: 'loadingSlots',
              SUBMIT: [{ guard: 'callbackFormValid', target: 'submitting' }, { actions: 'validateCallbackForm' }],
              BACK: [{ guard: 'fromQueue', target: '#escalation.cancelled' }, { target: '#escalation.choosing' }],
            },
          },
          loadingSlots: {
            entry: 'clearError',
            invoke: {
              src: 'loadSlots',
              input: ({ context }) => ({ conversationId: context.conversationId, topic: context.topic }),
              onDone: { target: 'form', actions: assign({ slots: ({ event }) => event.output.slots }) },
              onError: { target: 'slotsFailed', actions: 'recordError' },
            },
          },
          slotsFailed: { on: { RETRY: 'loadingSlots' } },
          submitting: {
            entry: 'clearError',
            invoke: {
              src: 'createCallback',
              input: ({ context }) => ({
                phoneE164: normalizePhone(context.phone),
                when: context.when,
                consent: true as const,
                topic: context.topic,
                conversationId: context.conversationId,
              }),
              onDone: {
                target: '#escalation.callbackRequested',
                actions: assign({ outcome: ({ event }) => ({ kind: 'callback' as const, callback: event.output }) }),
              },
              onError: { target: 'submitFailed', actions: 'recordError' },
            },
          },
          submitFailed: { on: { RETRY: 'submitting' } },
        },
      },
      message: {
        initial: 'form',
        states: {
          form: {
            on: {
              SET_MESSAGE: { actions: assign({ messageText: ({ event }) => event.text, fieldErrors: [] }) },
              SUBMIT: [{ guard: 'messageWritten', target: 'sending' }, { actions: assign({ fieldErrors: ['empty_message'] }) }],
              BACK: [{ guard: 'fromQueue', target: '#escalation.cancelled' }, { target: '#escalation.choosing' }],
            },
          },
          sending: {
            entry: 'clearError',
            invoke: {
              src: 'leaveMessage',
              input: ({ context }) => ({ conversationId: context.conversationId, channel: context.messageChannel, topic: context.topic, text: context.messageText.trim() }),
              onDone: {
                target: '#escalation.messageLeft',
                actions: assign({ outcome: ({ event }) => ({ kind: 'message' as const, conversation: event.output }) }),
              },
              onError: { target: 'sendFailed', actions: 'recordError' },
            },
          },
          sendFailed: { on: { RETRY: 'sending', BACK: 'form' } },
        },
      },
      queued: { type: 'final' },
      callbackRequested: { type: 'final' },
      messageLeft: { type: 'final' },
      // From the queue, the customer is still in it: changing their mind goes back there.
      cancelled: { type: 'final', entry: assign({ outcome: ({ context }) => (context.fromQueue ? { kind: 'queued' as const } : { kind: 'cancelled' as const }) }) },
    },
  });
}

let escalationMachineValue: ReturnType<typeof buildEscalationMachine> | undefined;

/**
 * The escalation machine, built on first use and then shared: building a machine is the costly part
 * of loading the panel (tens of milliseconds on a slow phone), so it is not done at import.
 */
export function escalationMachine(): EscalationMachine {
  return (escalationMachineValue ??= buildEscalationMachine());
}
export type EscalationMachine = ReturnType<typeof buildEscalationMachine>;
