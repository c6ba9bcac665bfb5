import type { SignOutReason } from '../api/session-store.js';
import type { StreamStatus } from '../api/desk-stream.js';
import type {
  AgentCallback,
  AgentConversationSummary,
  AgentConversationView,
  AgentOffer,
  AgentPresence,
  AgentQueue,
  AgentQueueEntry,
  AgentSession,
  Message,
} from '../api/types.js';

/** One chat the agent works (or just finished: it stays until the agent closes it). */
export interface ChatState {
  id: string;
  summary: AgentConversationSummary;
  /** The conversation view with context; loaded when the chat is first opened or accepted. */
  view?: AgentConversationView;
  /** Messages since the hand-over, by `seq`. */
  messages: Message[];
  unread: number;
  customerTyping: boolean;
  /** The server warned the customer for inactivity (seconds it gave); cleared when the customer writes or types. */
  idleWarningSeconds?: number;
  ended: boolean;
  /** The agent's read horizon sent to the server. */
  readSeq: number;
}

export type DeskView = 'queue' | 'callbacks' | 'history' | 'chat';

/** Ended chats loaded so far, newest first; `nextCursor` while the server has more. */
export interface DeskHistory { items: AgentConversationSummary[]; nextCursor?: string }

/** Something for the live region; localised by the app. */
export type Announcement =
  | { seq: number; kind: 'offer'; name: string }
  | { seq: number; kind: 'message'; name: string; text: string };

export interface DeskState {
  session: AgentSession | undefined;
  signOutReason: SignOutReason | undefined;
  presence: AgentPresence | undefined;
  stream: StreamStatus;
  queues: AgentQueue[];
  entries: AgentQueueEntry[];
  offers: AgentOffer[];
  chats: ChatState[];
  activeChatId: string | undefined;
  view: DeskView;
  callbacks: AgentCallback[];
  history: DeskHistory | undefined;
  announcement: Announcement | undefined;
}

export const initialDeskState = (session: AgentSession | undefined): DeskState => ({
  session,
  signOutReason: undefined,
  presence: undefined,
  stream: 'closed',
  queues: [],
  entries: [],
  offers: [],
  chats: [],
  activeChatId: undefined,
  view: 'queue',
  callbacks: [],
  history: undefined,
  announcement: undefined,
});

/** The customer's display name, or undefined for a guest without one. */
export const customerName = (summary: { customer: { displayName?: string } }): string | undefined => summary.customer.displayName;

/** Plain text of a message for announcements and previews. */
export function messageText(message: Message): string {
  return message.parts
    .map((part) => {
      switch (part.type) {
        case 'text':
          return part.text;
        case 'markdown':
          return part.markdown;
        case 'quick_replies':
          return [part.prompt, ...part.replies.map((r) => r.label)].filter(Boolean).join(' · ');
        case 'quick_reply_selection':
          return part.text;
        case 'card':
          return part.card.title;
        default:
          return '';
      }
    })
    .filter(Boolean)
    .join(' ');
}

/** The agent put the chat on hold (the customer was told); it still counts against the agent's capacity. */
export const isOnHold = (chat: ChatState): boolean => !chat.ended && chat.summary.conversation.state === 'on_hold';
