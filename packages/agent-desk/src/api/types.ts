/** Names for the contract's agent-side types (tag `Agent` of engagement.yaml), from @foyer/core's generated schema. */
import type { components } from '@foyer/core';

type Schemas = components['schemas'];

export type AgentSession = Schemas['AgentSession'];
export type AgentPresence = Schemas['AgentPresence'];
export type AgentPresenceStatus = Schemas['AgentPresenceStatus'];
export type AgentQueue = Schemas['AgentQueue'];
export type AgentQueueEntry = Schemas['AgentQueueEntry'];
export type AgentOffer = Schemas['AgentOffer'];
export type AgentConversationSummary = Schemas['AgentConversationSummary'];
export type AgentConversationView = Schemas['AgentConversationView'];
export type AgentMessagePart = Schemas['AgentMessagePart'];
export type AgentMessageCreate = Schemas['AgentMessageCreate'];
export type AgentCallback = Schemas['AgentCallback'];
export type AgentCallbackUpdate = Schemas['AgentCallbackUpdate'];
export type CallbackStatus = Schemas['CallbackStatus'];
export type CannedResponse = Schemas['CannedResponse'];
export type Attachment = Schemas['Attachment'];
export type AttachmentUpload = Schemas['AttachmentUpload'];
export type AttachmentRef = Schemas['AttachmentRef'];
export type CustomerSummary = Schemas['CustomerSummary'];
export type Conversation = Schemas['Conversation'];
export type Message = Schemas['Message'];
export type MessagePart = Schemas['MessagePart'];
export type MessagePage = Schemas['MessagePage'];
export type Participant = Schemas['Participant'];
export type QuickReply = Schemas['QuickReply'];
export type DeskEvent = Schemas['Event'];
export type DeskEventOf<T extends DeskEvent['type']> = Extract<DeskEvent, { type: T }>;
