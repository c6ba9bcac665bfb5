/** The typed `foyer-*` events of the chat elements, declared for `addEventListener` on any element. */
export interface FoyerUnreadDetail {
  count: number;
}
export interface FoyerAvailabilityDetail {
  /** Whether chat with an agent is open now (from GET /v1/availability). */
  available: boolean;
}
export interface FoyerConversationDetail {
  conversationId: string;
}
/** An invitation: `ruleId` when a server rule showed it, absent for the host's `invite()`. */
export interface FoyerInvitationDetail {
  ruleId?: string;
  message: string;
  /** The conversation topic accepting it starts with, if any. */
  topic?: string;
}
export interface FoyerInvitationDismissedDetail extends FoyerInvitationDetail {
  /** `customer`: the close button or Escape; `host`: `dismissInvitation()` or `no-invitations`; `panel`: the panel opened. */
  reason: 'customer' | 'host' | 'panel';
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The panel opened (host API `open()` or the launcher button). */
    'foyer-panel-open': CustomEvent<undefined>;
    /** The panel closed or was minimised. */
    'foyer-panel-close': CustomEvent<undefined>;
    'foyer-unread-change': CustomEvent<FoyerUnreadDetail>;
    'foyer-availability-change': CustomEvent<FoyerAvailabilityDetail>;
    'foyer-conversation-start': CustomEvent<FoyerConversationDetail>;
    'foyer-conversation-end': CustomEvent<FoyerConversationDetail>;
    /** The customer logged out through the host API: Foyer's stored data is gone. */
    'foyer-session-logout': CustomEvent<undefined>;
    /** A proactive invitation appeared next to the launcher. */
    'foyer-invitation-shown': CustomEvent<FoyerInvitationDetail>;
    /** The invitation went away without being accepted. */
    'foyer-invitation-dismissed': CustomEvent<FoyerInvitationDismissedDetail>;
    /** The customer accepted the invitation: the panel opens. */
    'foyer-invitation-accepted': CustomEvent<FoyerInvitationDetail>;
  }
}

/** Dispatches a bubbling, composed `foyer-*` CustomEvent. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
