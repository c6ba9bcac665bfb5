/**
 * Names for the contract's types, taken from the generated `schema.d.ts` (openapi-typescript output
 * of openapi/engagement.yaml). Nothing here is written by hand except the aliases.
 */
import type { components, operations } from './generated/schema.js';

export type { components, operations, paths } from './generated/schema.js';

type Schemas = components['schemas'];

export type Session = Schemas['Session'];
export type SessionKind = Schemas['SessionKind'];
export type SessionCreateRequest = Schemas['SessionCreateRequest'];
export type Conversation = Schemas['Conversation'];
export type ConversationCreate = Schemas['ConversationCreate'];
export type ConversationEnd = Schemas['ConversationEnd'];
export type ConversationList = Schemas['ConversationList'];
export type Message = Schemas['Message'];
export type MessageCreate = Schemas['MessageCreate'];
export type MessagePage = Schemas['MessagePage'];
export type MessagePart = Schemas['MessagePart'];
export type CustomerMessagePart = Schemas['CustomerMessagePart'];
export type EventPage = Schemas['EventPage'];
export type Problem = Schemas['Problem'];
export type ProblemCode = Schemas['ProblemCode'];
export type ProblemAction = Problem['action'];
export type ProblemFieldError = Schemas['ProblemFieldError'];
export type ConversationChannel = Schemas['ConversationChannel'];
export type TypingRequest = Schemas['TypingRequest'];
export type TypingState = TypingRequest['state'];
export type ReadRequest = Schemas['ReadRequest'];
export type Availability = Schemas['Availability'];
export type Escalation = Schemas['Escalation'];
export type EscalationCreate = Schemas['EscalationCreate'];
export type QueueSnapshot = Schemas['QueueSnapshot'];
export type Callback = Schemas['Callback'];
export type CallbackCreate = Schemas['CallbackCreate'];
export type CallbackStatus = Schemas['CallbackStatus'];
export type CallbackSlot = Schemas['CallbackSlot'];
export type CallbackSlotList = Schemas['CallbackSlotList'];
export type CallbackWhen = Schemas['CallbackWhen'];
export type Survey = Schemas['Survey'];
export type SurveyAnswer = Schemas['SurveyAnswer'];
export type SurveyResponse = Schemas['SurveyResponse'];
export type SurveyResponseCreate = Schemas['SurveyResponseCreate'];

/** Every event of the stream and of gap-fill pages: the contract's discriminated `Event` union. */
export type FoyerEvent = Schemas['Event'];
export type FoyerEventType = FoyerEvent['type'];
/** The member of the union with `type` T, e.g. `EventOf<'message.created'>`. */
export type EventOf<T extends FoyerEventType> = Extract<FoyerEvent, { type: T }>;

/** A persisted event: it has a conversation and a per-conversation `seq`. */
export type PersistedEvent = FoyerEvent & { conversationId: string; seq: number };

export function isPersisted(event: FoyerEvent): event is PersistedEvent {
  return typeof event.seq === 'number' && typeof event.conversationId === 'string';
}

/** The JSON body of operation O's response with status S. */
export type ResponseJson<O extends keyof operations, S extends number> = operations[O]['responses'] extends {
  [K in S]: { content: { 'application/json': infer R } };
}
  ? R
  : never;

/** The query parameters of operation O. */
export type QueryOf<O extends keyof operations> = operations[O]['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
