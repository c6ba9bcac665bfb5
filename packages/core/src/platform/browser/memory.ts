/**
 * In-memory stores for when IndexedDB cannot be used (private modes, storage disabled by policy).
 * Nothing survives a reload and tabs do not share it; the platform says so through its fallback reason.
 */
import type { KeyValueStore, OutboxEntry, OutboxStore } from '../types.js';
import { byAge } from './stores.js';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Both stores share one holder so that `storage.clear()` also empties the outbox, as in IndexedDB. */
export function memoryStores(): { outbox: OutboxStore; storage: KeyValueStore } {
  const entries = new Map<string, OutboxEntry>();
  const values = new Map<string, string>();
  return {
    outbox: {
      put: async (entry) => void entries.set(entry.clientMessageId, copy(entry)),
      get: async (id) => {
        const entry = entries.get(id);
        return entry && copy(entry);
      },
      delete: async (id) => void entries.delete(id),
      list: async () => [...entries.values()].map(copy).sort(byAge),
    },
    storage: {
      get: async (key) => values.get(key),
      set: async (key, value) => void values.set(key, value),
      delete: async (key) => void values.delete(key),
      clear: async () => {
        values.clear();
        entries.clear();
      },
    },
  };
}
