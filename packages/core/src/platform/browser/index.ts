/**
 * The browser Platform: IndexedDB outbox and key-value store, Web Locks + BroadcastChannel tab
 * coordination, page visibility. Chosen by ../detect.ts when those APIs are present; nothing here
 * touches a browser global before createBrowserPlatform() runs, so importing it in Node is harmless.
 */
import type { KeyValueStore, OutboxStore, Platform } from '../types.js';
import { openDatabase, StorageUnavailableError, type StorageFallbackReason } from './idb.js';
import { memoryStores } from './memory.js';
import { idbKeyValue, idbOutbox } from './stores.js';
import { createTabCoordinator, type BrowserTabCoordinator, type TabsFallbackReason } from './tabs.js';
import { createVisibility } from './visibility.js';

export type { StorageFallbackReason } from './idb.js';
export type { BrowserTabCoordinator, TabsFallbackReason } from './tabs.js';

export interface BrowserPlatform extends Platform {
  readonly name: 'browser';
  /** 'memory' when IndexedDB could not be opened: nothing survives a reload and tabs do not share. */
  readonly storageMode: 'indexeddb' | 'memory';
  /** What was degraded and why, for the host's diagnostics (Foyer itself never logs it). */
  readonly fallback: { storage?: StorageFallbackReason; tabs?: TabsFallbackReason };
  tabs: BrowserTabCoordinator;
}

export async function createBrowserPlatform(namespace: string): Promise<BrowserPlatform> {
  if (!namespace) throw new TypeError('createBrowserPlatform: namespace must be a non-empty string');
  let outbox: OutboxStore;
  let storage: KeyValueStore;
  let storageFallback: StorageFallbackReason | undefined;
  try {
    const db = await openDatabase(namespace);
    outbox = idbOutbox(db);
    storage = idbKeyValue(db);
  } catch (error) {
    // Only "cannot use IndexedDB" is absorbed; a bug in our own code still surfaces.
    if (!(error instanceof StorageUnavailableError)) throw error;
    storageFallback = error.reason;
    ({ outbox, storage } = memoryStores());
  }
  const tabs = createTabCoordinator(namespace);
  return {
    name: 'browser',
    storageMode: storageFallback ? 'memory' : 'indexeddb',
    fallback: { storage: storageFallback, tabs: tabs.fallback },
    outbox,
    storage,
    tabs,
    visibility: createVisibility(),
  };
}
