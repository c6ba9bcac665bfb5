/** Server-side shapes of the contract's resources (see packages/core/openapi/engagement.yaml). */
export type Role = 'customer' | 'bot' | 'agent' | 'system';
export interface Participant { role: Role; id: string; displayName?: string }

export type ConversationState = 'bot' | 'queued' | 'connected' | 'on_hold' | 'ended';

export interface Conversation {
  id: string;
  channel: 'chat' | 'secure_message';
  state: ConversationState;
  topic?: string;
  subject?: string;
  context: Record<string, string>;
  createdAt: string;
  endedAt?: string;
  endReason?: string;
  lastSeq: number;
  participants: Participant[];
}

export interface Message {
  id: string;
  seq: number;
  clientMessageId?: string;
  conversationId: string;
  author: Participant;
  createdAt: string;
  parts: Record<string, unknown>[];
  attachments: unknown[];
  status: 'sent' | 'delivered' | 'read';
  replyTo?: string;
}

export interface EventEnvelope {
  id: string;
  type: string;
  conversationId?: string;
  seq?: number;
  occurredAt: string;
  actor?: Participant;
  ephemeral?: boolean;
  data: Record<string, unknown>;
}

/** An authenticated caller, from a verified access token. */
export interface Caller { sessionId: string; kind: 'guest' | 'customer'; customerId?: string }
