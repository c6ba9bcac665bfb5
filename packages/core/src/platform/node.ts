/**
 * The Node (and any non-browser) Platform: memory stores, one "tab" that is always the leader, always
 * visible. Stores are plain maps; pass the same `storage`/`outbox` to a second platform to simulate
 * a reload in tests.
 */
import type { KeyValueStore, OutboxEntry, OutboxStore, Platform, TabCoordinator, TabMessage, Visibility } from './types.js';

// Entries are plain JSON; copying keeps callers from mutating what is stored (as IndexedDB would).
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function createMemoryOutbox(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  return {
    put: async (entry) => {
      entries.set(entry.clientMessageId, copy(entry));
    },
    get: async (id) => {
      const entry = entries.get(id);
      return entry ? copy(entry) : undefined;
    },
    delete: async (id) => {
      entries.delete(id);
    },
    list: async () => [...entries.values()].map(copy).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.clientMessageId < b.clientMessageId ? -1 : 1)),
  };
}

export function createMemoryKeyValueStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: async (key) => values.get(key),
    set: async (key, value) => {
      values.set(key, value);
    },
    delete: async (key) => {
      values.delete(key);
    },
    clear: async () => {
      values.clear();
    },
  };
}

let tabCounter = 0;

/** One at a time per name, within this process (the only "tab"). */
export function createMutex(): <T>(name: string, fn: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, fn: () => Promise<T>) => {
    const run = (tails.get(name) ?? Promise.resolve()).catch(() => undefined).then(fn);
    tails.set(name, run);
    return run;
  };
}

/** The only tab: leader from the start until close(); broadcasts go nowhere. */
export function createSingleTabCoordinator(): TabCoordinator {
  const listeners = new Set<(isLeader: boolean) => void>();
  let leader = true;
  tabCounter += 1;
  return {
    tabId: `node-${tabCounter}`,
    get isLeader() {
      return leader;
    },
    onLeadershipChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    broadcast(_message: Omit<TabMessage, 'from'>) {
      /* no other tabs */
    },
    onMessage() {
      return () => undefined;
    },
    exclusive: createMutex(),
    close() {
      if (!leader) return;
      leader = false;
      for (const l of [...listeners]) l(false);
      listeners.clear();
    },
  };
}

export const alwaysVisible: Visibility = {
  isVisible: () => true,
  onChange: () => () => undefined,
};

export interface NodePlatformOptions {
  storage?: KeyValueStore;
  outbox?: OutboxStore;
}

export function createNodePlatform(options: NodePlatformOptions = {}): Platform {
  return {
    name: 'node',
    outbox: options.outbox ?? createMemoryOutbox(),
    storage: options.storage ?? createMemoryKeyValueStore(),
    tabs: createSingleTabCoordinator(),
    visibility: alwaysVisible,
  };
}
