/**
 * OutboxStore and KeyValueStore over the namespace's IndexedDB database. Every tab of the origin sees
 * the same rows, so a message queued in one tab can be sent by the leader tab, and a session created
 * in one tab is resumed by the others.
 */
import type { KeyValueStore, OutboxEntry, OutboxStore } from '../types.js';
import { KV_STORE, OUTBOX_STORE, promised, type Connection } from './idb.js';

/** Oldest first; ties (same millisecond) fall back to the UUIDv7 id, which is time ordered too. */
export function byAge(a: OutboxEntry, b: OutboxEntry): number {
  const diff = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (diff) return diff;
  return a.clientMessageId < b.clientMessageId ? -1 : a.clientMessageId > b.clientMessageId ? 1 : 0;
}

/**
 * A plain JSON copy: the structured clone IndexedDB makes would throw on reactive proxies or
 * functions a caller may have left in the entry, and JSON is what is sent anyway.
 */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function idbOutbox(db: Connection): OutboxStore {
  return {
    put: (entry) => db.run([OUTBOX_STORE], 'readwrite', (tx) => void tx.objectStore(OUTBOX_STORE).put(plain(entry))),
    get: (id) => db.run([OUTBOX_STORE], 'readonly', (tx) => promised(tx.objectStore(OUTBOX_STORE).get(id)) as Promise<OutboxEntry | undefined>),
    delete: (id) => db.run([OUTBOX_STORE], 'readwrite', (tx) => void tx.objectStore(OUTBOX_STORE).delete(id)),
    list: async () => {
      const all = await db.run([OUTBOX_STORE], 'readonly', (tx) => promised(tx.objectStore(OUTBOX_STORE).getAll()));
      return (all as OutboxEntry[]).sort(byAge);
    },
  };
}

/** `clear()` empties the outbox too: it is the logout of a shared computer, nothing may be left. */
export function idbKeyValue(db: Connection): KeyValueStore {
  return {
    get: async (key) => {
      const value = await db.run([KV_STORE], 'readonly', (tx) => promised(tx.objectStore(KV_STORE).get(key)));
      return typeof value === 'string' ? value : undefined;
    },
    set: (key, value) => db.run([KV_STORE], 'readwrite', (tx) => void tx.objectStore(KV_STORE).put(value, key)),
    delete: (key) => db.run([KV_STORE], 'readwrite', (tx) => void tx.objectStore(KV_STORE).delete(key)),
    clear: () =>
      db.run([KV_STORE, OUTBOX_STORE], 'readwrite', (tx) => {
        tx.objectStore(KV_STORE).clear();
        tx.objectStore(OUTBOX_STORE).clear();
      }),
  };
}
