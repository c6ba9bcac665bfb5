/**
 * The client's side of tab coordination: relays the leader's events and status to the other tabs,
 * shares session, outbox and logout news, and keeps track of which tabs are visible (the leader
 * pauses reconnects only while every tab is hidden). Message shapes are in ./messages.ts.
 */
import type { FoyerEvent, Message } from '../api/types.js';
import type { Platform } from '../platform/types.js';
import type { ConnectionStatus } from '../stream/event-stream.js';
import { isRelayMessage, send, SiteVisibility } from './messages.js';

export interface RelayHandlers {
  onEvent(event: FoyerEvent): void;
  onStatus(status: ConnectionStatus): void;
  onReload(conversationId: string): void;
  onSession(): void;
  onLogout(): void;
  onOutboxChanged(sent?: Message): void;
  /** Some tab became visible: a paused reconnect may go ahead. */
  onSiteVisible(): void;
  /** This tab's stream status when it leads (answered to a new tab's hello). */
  statusForNewTab(): ConnectionStatus | undefined;
}

export class TabRelay {
  readonly #visibility: SiteVisibility;
  readonly #cleanups: (() => void)[] = [];
  readonly #platform: Platform;

  constructor(platform: Platform, handlers: RelayHandlers) {
    this.#platform = platform;
    const { tabs, visibility } = platform;
    this.#visibility = new SiteVisibility(() => visibility.isVisible());
    this.#cleanups.push(
      tabs.onMessage((message) => {
        if (!isRelayMessage(message)) return; // a tolerant reader: unknown messages are ignored
        switch (message.type) {
          case 'foyer:event':
            handlers.onEvent(message.event);
            break;
          case 'foyer:status':
            if (!tabs.isLeader) handlers.onStatus(message.status);
            break;
          case 'foyer:reload':
            handlers.onReload(message.conversationId);
            break;
          case 'foyer:hello': {
            this.#visibility.update(message.from, message.visible);
            send(tabs, { type: 'foyer:visibility', visible: visibility.isVisible() });
            const status = handlers.statusForNewTab();
            if (status) send(tabs, { type: 'foyer:status', status });
            if (message.visible) handlers.onSiteVisible();
            break;
          }
          case 'foyer:visibility':
            this.#visibility.update(message.from, message.visible);
            if (message.visible) handlers.onSiteVisible();
            break;
          case 'foyer:bye':
            this.#visibility.forget(message.from);
            break;
          case 'foyer:session':
            handlers.onSession();
            break;
          case 'foyer:logout':
            handlers.onLogout();
            break;
          case 'foyer:outbox-changed':
            handlers.onOutboxChanged(message.sent);
            break;
        }
      }),
      visibility.onChange((visible) => {
        send(tabs, { type: 'foyer:visibility', visible });
        if (visible) handlers.onSiteVisible();
      }),
    );
    send(tabs, { type: 'foyer:hello', visible: visibility.isVisible() });
  }

  anyTabVisible(): boolean {
    return this.#visibility.anyVisible();
  }

  event(event: FoyerEvent): void {
    send(this.#platform.tabs, { type: 'foyer:event', event });
  }

  status(status: ConnectionStatus): void {
    send(this.#platform.tabs, { type: 'foyer:status', status });
  }

  reload(conversationId: string): void {
    send(this.#platform.tabs, { type: 'foyer:reload', conversationId });
  }

  sessionChanged(): void {
    send(this.#platform.tabs, { type: 'foyer:session' });
  }

  logout(): void {
    send(this.#platform.tabs, { type: 'foyer:logout' });
  }

  outboxChanged(sent?: Message): void {
    send(this.#platform.tabs, sent ? { type: 'foyer:outbox-changed', sent } : { type: 'foyer:outbox-changed' });
  }

  close(): void {
    send(this.#platform.tabs, { type: 'foyer:bye' });
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
  }
}
