import type { components } from '../../api/generated/schema.js';

type Schemas = components['schemas'];
export type Availability = Schemas['Availability'];
export type Escalation = Schemas['Escalation'];
export type EscalationCreate = Schemas['EscalationCreate'];
export type Callback = Schemas['Callback'];
export type CallbackCreate = Schemas['CallbackCreate'];
export type CallbackSlot = Schemas['CallbackSlot'];
export type CallbackSlotList = Schemas['CallbackSlotList'];
export type CallbackWhen = Schemas['CallbackWhen'];
export type Conversation = Schemas['Conversation'];
export type ConversationChannel = Schemas['ConversationChannel'];

export interface EscalationInput {
  /** The chat being handed over; absent when escalation starts outside a conversation. */
  conversationId?: string;
  topic?: string;
  /** Longest estimated wait (seconds) for which joining the queue is offered; longer waits offer a callback. */
  maxWaitSeconds?: number;
  /** The channel of a left message: `secure_message` for signed-in customers, `chat` otherwise. */
  messageChannel?: ConversationChannel;
  /**
   * Started from the queue: straight to the callback form after the availability check, and anything
   * but a booked callback goes back to the queue (output `queued`).
   */
  fromQueue?: boolean;
}

/** Why the customer is not simply queued, as the screen says it. */
export type EscalationReason = NonNullable<Escalation['reason']>;

/** Error keys the UI translates; never free text. */
export type EscalationErrorKey = 'invalid_phone' | 'consent_required' | 'choose_slot' | 'empty_message' | 'request_failed';

/** How the escalation finished: the machine's output. */
export type EscalationOutcome =
  /** In the queue: just joined (with the server's answer), or back to it from the callback form. */
  | { kind: 'queued'; escalation?: Escalation }
  | { kind: 'callback'; callback: Callback }
  | { kind: 'message'; conversation: Conversation }
  | { kind: 'cancelled' };

export interface EscalationContext {
  conversationId?: string;
  topic?: string;
  maxWaitSeconds: number;
  messageChannel: ConversationChannel;
  /** See `EscalationInput.fromQueue`. */
  fromQueue?: boolean;
  availability?: Availability;
  /** Set when the server refused the queue (no agents, closed) after it looked open. */
  queueRefused: boolean;
  /** The server's reason when it refused the queue (`closed` or `no_agents`). */
  refusedReason?: Escalation['reason'];
  phone: string;
  consent: boolean;
  when: CallbackWhen;
  slots: CallbackSlot[];
  messageText: string;
  fieldErrors: EscalationErrorKey[];
  /** The failed request's message, kept as a string so the snapshot stays JSON. */
  error?: string;
  outcome?: EscalationOutcome;
}

export type EscalationEvent =
  | { type: 'JOIN_QUEUE' }
  | { type: 'CHOOSE_CALLBACK' }
  | { type: 'CHOOSE_MESSAGE' }
  | { type: 'SET_PHONE'; phone: string }
  | { type: 'SET_CONSENT'; consent: boolean }
  | { type: 'CHOOSE_ASAP' }
  | { type: 'CHOOSE_SLOT'; slotId: string }
  | { type: 'LOAD_SLOTS' }
  | { type: 'SET_MESSAGE'; text: string }
  | { type: 'SUBMIT' }
  | { type: 'RETRY' }
  | { type: 'BACK' }
  | { type: 'CANCEL' };

export interface RequestEscalationInput { conversationId?: string; body: EscalationCreate }
/** Whose slots to list: the topic's queue; without a topic, the conversation's (the bot may have set it). */
export interface SlotQuery { conversationId?: string; topic?: string }
/** With `conversationId` the message stays in that conversation (the desk answers in the same transcript). */
export interface LeaveMessageInput { conversationId?: string; channel: ConversationChannel; topic?: string; text: string }
