/**
 * Picks the Platform at run time: the browser one (IndexedDB, Web Locks, BroadcastChannel, page
 * visibility) when those APIs are all present, the Node one otherwise. Each is loaded lazily, so
 * Node never evaluates the browser one and a browser never downloads the Node one.
 */
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
  const node = await import('./node.js');
  return node.createNodePlatform();
}
