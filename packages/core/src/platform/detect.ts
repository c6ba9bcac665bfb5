/**
 * Picks the Platform at run time: the browser one (IndexedDB, Web Locks, BroadcastChannel, page
 * visibility) when those APIs are all present, the Node one otherwise. The browser one is imported
 * statically: a browser needs it as soon as the client starts, so a separate chunk only cost a
 * second round trip on open and compressed apart from the rest (its modules have no top-level
 * effects, so Node only loads their definitions). The Node one is loaded lazily, so a browser
 * never downloads it.
 */
import { createBrowserPlatform } from './browser/index.js';
import type { Platform } from './types.js';

interface BrowserGlobals {
  navigator?: { locks?: { request?: unknown } };
  indexedDB?: unknown;
  BroadcastChannel?: unknown;
  document?: { visibilityState?: unknown };
}

/** Whether this environment has what the browser platform needs. */
export function isBrowserEnvironment(scope: unknown = globalThis): boolean {
  const g = scope as BrowserGlobals;
  return typeof g.navigator?.locks?.request === 'function' && g.indexedDB !== undefined && typeof g.BroadcastChannel === 'function' && g.document !== undefined;
}

export async function detectPlatform(namespace: string): Promise<Platform> {
  if (isBrowserEnvironment()) {
    return createBrowserPlatform(namespace);
  }
  const node = await import('./node.js');
  return node.createNodePlatform();
}
