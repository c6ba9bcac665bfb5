/**
 * One IndexedDB database per namespace (`foyer:${namespace}`), shared by every tab of the origin.
 * The connection is opened once, closed when another tab needs to upgrade the schema
 * (versionchange), and reopened lazily on the next operation, so a newer Foyer in another tab is
 * never blocked by this one.
 */
import { browserGlobals, type DomException, type IdbDatabase, type IdbFactory, type IdbOpenRequest, type IdbRequest, type IdbTransaction } from './dom-types.js';

export const DB_VERSION = 1;
export const OUTBOX_STORE = 'outbox';
export const KV_STORE = 'kv';
/** Long enough for a busy disk, short enough that a hung open (seen in private modes) does not stall the client. */
export const OPEN_TIMEOUT_MS = 5_000;

/** Why the platform fell back to memory. Exposed on the platform instead of being logged. */
export type StorageFallbackReason =
  | { kind: 'no-indexeddb' }
  | { kind: 'open-failed'; name: string; message: string }
  | { kind: 'blocked' }
  | { kind: 'timeout' };

/** Thrown by openDatabase; carries the typed reason. */
export class StorageUnavailableError extends Error {
  constructor(readonly reason: StorageFallbackReason) {
    super(`IndexedDB unavailable: ${reason.kind}`);
    this.name = 'StorageUnavailableError';
  }
}

const describe = (error: DomException | null | undefined): StorageFallbackReason => ({
  kind: 'open-failed',
  name: error?.name ?? 'Error',
  message: error?.message ?? '',
});

/** Wraps one request in a promise. */
export function promised<T>(request: IdbRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Resolves when the transaction commits: a put is only durable then, not at request success. */
export function committed(tx: IdbTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openOnce(factory: IdbFactory, name: string, version: number | undefined): Promise<IdbDatabase> {
  const g = browserGlobals();
  return new Promise((resolve, reject) => {
    let blocked = false;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      g.clearTimeout(timer);
      fn();
    };
    const timer = g.setTimeout(() => settle(() => reject(new StorageUnavailableError(blocked ? { kind: 'blocked' } : { kind: 'timeout' }))), OPEN_TIMEOUT_MS);
    let request: IdbOpenRequest;
    try {
      request = version === undefined ? factory.open(name) : factory.open(name, version);
    } catch (error) {
      // Some private modes throw synchronously (SecurityError / InvalidStateError).
      settle(() => reject(new StorageUnavailableError(describe(error as DomException))));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'clientMessageId' });
      if (!db.objectStoreNames.contains(KV_STORE)) db.createObjectStore(KV_STORE);
    };
    // Blocked: an older connection elsewhere has not closed yet. Keep waiting; the timer decides.
    request.onblocked = () => {
      blocked = true;
    };
    request.onerror = () => settle(() => reject(new StorageUnavailableError(describe(request.error))));
    request.onsuccess = () => {
      const db = request.result;
      // Opened after we gave up: close it so it does not block a later upgrade.
      if (settled) db.close();
      else settle(() => resolve(db));
    };
  });
}

/**
 * Opens at our schema version; if a newer Foyer in another tab already upgraded the database, opens
 * it at its own version and uses it as long as our two stores are still there.
 */
async function openCompatible(factory: IdbFactory, name: string): Promise<IdbDatabase> {
  try {
    return await openOnce(factory, name, DB_VERSION);
  } catch (error) {
    const reason = error instanceof StorageUnavailableError ? error.reason : undefined;
    if (reason?.kind !== 'open-failed' || reason.name !== 'VersionError') throw error;
    const db = await openOnce(factory, name, undefined);
    if (db.objectStoreNames.contains(OUTBOX_STORE) && db.objectStoreNames.contains(KV_STORE)) return db;
    db.close();
    throw error;
  }
}

/** A lazily (re)opened connection. */
export interface Connection {
  /** Runs `work` in one transaction and resolves with its result once the transaction commits. */
  run<T>(stores: string[], mode: 'readonly' | 'readwrite', work: (tx: IdbTransaction) => Promise<T> | T): Promise<T>;
  close(): void;
}

/** Opens the namespace's database; rejects with StorageUnavailableError when IndexedDB cannot be used. */
export async function openDatabase(namespace: string): Promise<Connection> {
  const factory = browserGlobals().indexedDB;
  if (!factory) throw new StorageUnavailableError({ kind: 'no-indexeddb' });
  const name = `foyer:${namespace}`;
  let current: Promise<IdbDatabase> | undefined;

  const connect = (): Promise<IdbDatabase> => {
    if (current) return current;
    const opening: Promise<IdbDatabase> = openCompatible(factory, name).then((db) => {
      const drop = () => {
        db.close();
        if (current === opening) current = undefined;
      };
      // Another tab wants a newer schema: let it through, we reopen on next use.
      db.onversionchange = drop;
      db.onclose = drop;
      return db;
    });
    opening.catch(() => {
      if (current === opening) current = undefined;
    });
    return (current = opening);
  };

  const begin = async (stores: string[], mode: 'readonly' | 'readwrite'): Promise<IdbTransaction> => {
    try {
      return (await connect()).transaction(stores, mode);
    } catch (error) {
      // The connection closed under us (versionchange, storage cleared): one fresh attempt.
      if ((error as DomException).name !== 'InvalidStateError') throw error;
      current = undefined;
      return (await connect()).transaction(stores, mode);
    }
  };

  // Probe now so the platform can decide between IndexedDB and memory before the client starts.
  await connect();

  return {
    async run(stores, mode, work) {
      const tx = await begin(stores, mode);
      const done = committed(tx);
      try {
        const result = await work(tx);
        await done;
        return result;
      } catch (error) {
        done.catch(() => undefined); // the abort that follows a failed request is the same failure
        throw error;
      }
    },
    close() {
      void current?.then((db) => db.close(), () => undefined);
      current = undefined;
    },
  };
}
