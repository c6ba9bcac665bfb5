/**
 * Leader election over Web Locks and messages over BroadcastChannel.
 *
 * Every tab asks for the same exclusive lock and the holder is the leader. The lock callback returns
 * a promise that only settles on close(), so the lock is held for the tab's life; the other tabs'
 * requests wait in the browser's queue and the next one is granted the moment the leader closes or
 * its tab goes away. No heartbeats, no timeouts: the browser knows when a tab is gone.
 */
import type { TabCoordinator, TabMessage } from '../types.js';
import { uuidv7 } from '../../ids/uuidv7.js';
import { Emitter } from '../../util/emitter.js';
import { browserGlobals, type BroadcastChannelLike } from './dom-types.js';

/** Why tabs cannot coordinate; each tab then acts alone and is its own leader. */
export type TabsFallbackReason = { kind: 'no-web-locks' } | { kind: 'no-broadcast-channel' };

export interface BrowserTabCoordinator extends TabCoordinator {
  /** 'shared' when tabs elect one leader; 'solo' when this tab leads itself (see `fallback`). */
  readonly mode: 'shared' | 'solo';
  readonly fallback?: TabsFallbackReason;
}

/** A throwing listener does not stop the others; its error is rethrown on its own so it is still reported. */
const rethrowLater = (error: unknown): void =>
  browserGlobals().queueMicrotask(() => {
    throw error;
  });

const isTabMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' && data !== null && typeof (data as TabMessage).type === 'string' && typeof (data as TabMessage).from === 'string';

export function createTabCoordinator(namespace: string): BrowserTabCoordinator {
  const g = browserGlobals();
  const locks = g.navigator?.locks;
  const Channel = g.BroadcastChannel;
  // Without both, a follower could neither take over nor hear the leader: leading alone is the safe choice.
  const fallback: TabsFallbackReason | undefined = !locks ? { kind: 'no-web-locks' } : !Channel ? { kind: 'no-broadcast-channel' } : undefined;

  const tabId = uuidv7(); // unique per tab (random bits from getRandomValues, which insecure origins have too)
  const leadership = new Emitter<boolean>(rethrowLater);
  const messages = new Emitter<TabMessage>(rethrowLater);
  let leader = false;
  let closed = false;
  let releaseLock: (() => void) | undefined;
  const abort = new g.AbortController();

  const setLeader = (value: boolean) => {
    if (leader === value) return;
    leader = value;
    leadership.emit(value);
  };

  let channel: BroadcastChannelLike | undefined;
  if (!fallback && Channel) {
    channel = new Channel(`foyer:${namespace}`);
    // BroadcastChannel never delivers to the posting object; the `from` check also drops echoes
    // from a second coordinator that happens to share this tabId (it cannot, but it is cheap).
    channel.onmessage = (event) => {
      if (closed || !isTabMessage(event.data) || event.data.from === tabId) return;
      messages.emit(event.data);
    };
  }

  if (fallback) {
    leader = true;
  } else if (locks) {
    locks
      .request(`foyer-leader:${namespace}`, { mode: 'exclusive', signal: abort.signal }, () => {
        if (closed) return undefined;
        setLeader(true);
        return new Promise<void>((resolve) => (releaseLock = resolve));
      })
      // AbortError when close() withdraws a queued request; also the end of a held lock.
      .catch(() => undefined)
      .then(() => setLeader(false));
  }

  return {
    tabId,
    mode: fallback ? 'solo' : 'shared',
    fallback,
    get isLeader() {
      return leader;
    },
    onLeadershipChange: (listener) => leadership.subscribe(listener),
    broadcast(message) {
      if (closed || !channel) return;
      channel.postMessage({ ...message, from: tabId });
    },
    onMessage: (listener) => messages.subscribe(listener),
    exclusive(name, fn) {
      // Without Web Locks this tab is alone by construction (solo mode).
      return locks ? locks.request(`foyer-${name}:${namespace}`, { mode: 'exclusive' }, () => fn()) : fn();
    },
    close() {
      if (closed) return;
      closed = true;
      abort.abort(); // withdraws the request if it is still queued
      releaseLock?.(); // lets the next tab in the queue take over if we held it
      channel?.close();
      // Said now rather than after the lock settles, so the caller can stop leader work at once.
      setLeader(false);
    },
  };
}
