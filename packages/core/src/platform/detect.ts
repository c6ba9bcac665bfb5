/**
 * Picks the Platform at run time: the browser one (IndexedDB, Web Locks, BroadcastChannel, page
 * visibility), loaded lazily so that Node never evaluates it, when those APIs are all present;
 * the Node one otherwise.
 */
import { createNodePlatform } from './node.js';
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
    const browser = (await import('./browser/index.js')) as { createBrowserPlatform(namespace: string): Promise<Platform> };
    return browser.createBrowserPlatform(namespace);
  }
  return createNodePlatform();
}
