import type { components } from '../../api/generated/schema.js';
import type { Conversation, EventOf } from '../../api/types.js';
import type { EscalationInput, EscalationOutcome } from '../escalation/escalation.types.js';

type Schemas = components['schemas'];
export type QueueSnapshot = Schemas['QueueSnapshot'];
export type Participant = Schemas['Participant'];
export type Survey = Schemas['Survey'];
export type SurveyAnswer = Schemas['SurveyAnswer'];
export type EndReason = Schemas['EndReason'];
export type ConversationState = Schemas['ConversationState'];

export interface ConversationInput {
  topic?: string;
  /** Quiet time with an agent before the machine's own (fallback) idle warning (ms); the server's comes first. */
  idleWarningMs?: number;
  /** Time from the warning to ending the conversation (ms). */
  idleTimeoutMs?: number;
  /** Passed on to the escalation machine. */
  maxWaitSeconds?: number;
  messageChannel?: EscalationInput['messageChannel'];
}

export interface ConversationContext {
  conversationId?: string;
  topic?: string;
  idleWarningMs: number;
  idleTimeoutMs: number;
  maxWaitSeconds?: number;
  messageChannel?: EscalationInput['messageChannel'];
  queue?: QueueSnapshot;
  agent?: Participant;
  /** Why the conversation went back to a queue from an agent (`transfer`, or the server's queue name). */
  transferReason?: string;
  endReason?: EndReason;
  /** The customer's own words when ending (passed to the API). */
  endNote?: string;
  /** True while the idle warning is showing. */
  idleWarning: boolean;
  /** From the server's auto-disconnect warning; drives the end timer when present. */
  secondsRemaining?: number;
  /** The server has warned in this conversation: it watches idleness, the machine's own timer stays off. */
  serverIdle?: boolean;
  survey?: Survey;
  /** Held while the survey is being submitted, so a retry sends the same answers. */
  surveyAnswers?: SurveyAnswer[];
  /** The last escalation's result that did not reach the queue (a callback, a left message, cancelled). */
  escalationOutcome?: EscalationOutcome;
  /** The escalation running now started from the queue (the customer would rather be called back). */
  fromQueue?: boolean;
  /** The failed request's message, a string so the snapshot stays JSON. */
  error?: string;
}

/** Events the customer (through the UI) sends. */
export type CustomerEvent =
  | { type: 'START' }
  | { type: 'RETRY' }
  | { type: 'REQUEST_HUMAN' }
  | { type: 'LEAVE_QUEUE' }
  /** While queued: a callback instead of the wait (the escalation's callback form). */
  | { type: 'REQUEST_CALLBACK' }
  | { type: 'END'; note?: string }
  /** Typing, sending, scrolling: anything that shows the customer is still there. */
  | { type: 'ACTIVITY' }
  | { type: 'SUBMIT_SURVEY'; answers: SurveyAnswer[] }
  | { type: 'SKIP_SURVEY' }
  /** The server's copy of the conversation (after a reload or a gap): the machine moves to its state. */
  | { type: 'SYNC'; conversation: Conversation };

/** The server events the machine reacts to, sent as they arrive from the stream. */
export type ServerEvent =
  | EventOf<'conversation.state_changed'>
  | EventOf<'conversation.ended'>
  | EventOf<'queue.updated'>
  | EventOf<'participant.joined'>
  | EventOf<'participant.left'>
  | EventOf<'participant.auto_disconnect_warning'>
  | EventOf<'transfer.succeeded'>
  | EventOf<'transfer.failed'>
  | EventOf<'escalation.failed'>
  | EventOf<'survey.offered'>;

export type ConversationEvent = CustomerEvent | ServerEvent;

export interface CreateConversationInput { topic?: string }
export interface EndConversationInput { conversationId: string; note?: string }
export interface SubmitSurveyInput { conversationId: string; surveyId: string; answers: SurveyAnswer[] }
