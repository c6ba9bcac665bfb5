/**
 * In-process stand-ins for the browser's tab machinery (Web Locks + BroadcastChannel + page
 * visibility), to run several clients of "one site" in one Node process: the first tab is the
 * leader; when it closes, the oldest remaining tab takes over. Messages are delivered
 * asynchronously and in order, to every other tab, like a BroadcastChannel.
 */
import type { KeyValueStore, OutboxStore, Platform, TabCoordinator, TabMessage, Visibility } from '../../src/index.js';
import { createMutex } from '../../src/platform/node.js';

interface Tab {
  id: string;
  leader: boolean;
  closed: boolean;
  leadership: Set<(isLeader: boolean) => void>;
  messages: Set<(message: TabMessage) => void>;
}

export class TabBus {
  private readonly tabs: Tab[] = [];
  private counter = 0;
  private readonly mutex = createMutex();
  /** Every message broadcast, for assertions. */
  readonly sent: TabMessage[] = [];

  constructor(
    readonly storage: KeyValueStore,
    readonly outbox: OutboxStore,
  ) {}

  platform(visibility: FakeVisibility = new FakeVisibility()): Platform & { visibility: FakeVisibility } {
    return { name: 'node', storage: this.storage, outbox: this.outbox, tabs: this.coordinator(), visibility };
  }

  private coordinator(): TabCoordinator {
    const tab: Tab = { id: `tab-${++this.counter}`, leader: !this.tabs.some((t) => t.leader && !t.closed), closed: false, leadership: new Set(), messages: new Set() };
    this.tabs.push(tab);
    return {
      tabId: tab.id,
      get isLeader() {
        return tab.leader;
      },
      onLeadershipChange: (listener) => {
        tab.leadership.add(listener);
        return () => tab.leadership.delete(listener);
      },
      broadcast: (message) => {
        if (tab.closed) return;
        const full = { ...structuredClone(message), from: tab.id } as TabMessage;
        this.sent.push(full);
        for (const other of this.tabs) {
          if (other === tab || other.closed) continue;
          setTimeout(() => {
            if (!other.closed) for (const l of [...other.messages]) l(structuredClone(full));
          }, 0);
        }
      },
      onMessage: (listener) => {
        tab.messages.add(listener);
        return () => tab.messages.delete(listener);
      },
      exclusive: this.mutex,
      close: () => {
        if (tab.closed) return;
        tab.closed = true;
        const wasLeader = tab.leader;
        tab.leader = false;
        if (wasLeader) for (const l of [...tab.leadership]) l(false);
        const next = wasLeader ? this.tabs.find((t) => !t.closed) : undefined;
        if (next) {
          next.leader = true;
          setTimeout(() => {
            for (const l of [...next.leadership]) l(true);
          }, 0);
        }
      },
    };
  }
}

export class FakeVisibility implements Visibility {
  private visible = true;
  private readonly listeners = new Set<(visible: boolean) => void>();

  isVisible(): boolean {
    return this.visible;
  }

  set(visible: boolean): void {
    this.visible = visible;
    for (const l of [...this.listeners]) l(visible);
  }

  onChange(listener: (visible: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
