/**
 * What the tabs of one site tell each other over the TabCoordinator (BroadcastChannel in the
 * browser). The leader tab holds the one event stream and relays; every tab reports its visibility
 * so the leader pauses reconnects only while all of them are hidden.
 */
import type { FoyerEvent, Message } from '../api/types.js';
import type { ConnectionStatus } from '../stream/event-stream.js';
import type { TabCoordinator, TabMessage } from '../platform/types.js';

export type RelayMessage =
  /** Leader → followers: an event the leader applied (in order, each once). */
  | { type: 'foyer:event'; event: FoyerEvent }
  /** Leader → followers: the stream's status. */
  | { type: 'foyer:status'; status: ConnectionStatus }
  /** Leader → followers: a conversation was reloaded from scratch; reload its transcript. */
  | { type: 'foyer:reload'; conversationId: string }
  /** Any → all: this tab's visibility (sent on change, on start and when asked). */
  | { type: 'foyer:visibility'; visible: boolean }
  /** A tab started: everyone answers with their visibility, the leader also with its status. */
  | { type: 'foyer:hello'; visible: boolean }
  /** A tab closes (its visibility no longer counts). */
  | { type: 'foyer:bye' }
  /** The stored session changed (new tokens, new session): re-read it from storage. */
  | { type: 'foyer:session' }
  /** Logged out: drop everything. */
  | { type: 'foyer:logout' }
  /** The shared outbox changed: re-read it (and, on the leader, send what is new). */
  | { type: 'foyer:outbox-changed'; sent?: Message };

export type ReceivedRelayMessage = RelayMessage & { from: string };

const TYPES = new Set(['foyer:event', 'foyer:status', 'foyer:reload', 'foyer:visibility', 'foyer:hello', 'foyer:bye', 'foyer:session', 'foyer:logout', 'foyer:outbox-changed']);

export function isRelayMessage(message: TabMessage): message is TabMessage & ReceivedRelayMessage {
  return TYPES.has(message.type);
}

export function send(tabs: TabCoordinator, message: RelayMessage): void {
  tabs.broadcast(message);
}

/** Whether any tab of the site is visible: this one, or one that last said so. */
export class SiteVisibility {
  readonly #others = new Map<string, boolean>();

  readonly #own: () => boolean;

  constructor(own: () => boolean) {
    this.#own = own;
  }

  update(tabId: string, visible: boolean): void {
    this.#others.set(tabId, visible);
  }

  forget(tabId: string): void {
    this.#others.delete(tabId);
  }

  anyVisible(): boolean {
    if (this.#own()) return true;
    for (const visible of this.#others.values()) if (visible) return true;
    return false;
  }
}
