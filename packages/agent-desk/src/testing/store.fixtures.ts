import { DeskApi } from '../api/desk-api.js';
import { SessionStore } from '../api/session-store.js';
import { DeskStore } from '../state/desk-store.js';
import { agentSession } from './desk-mock.fixtures.js';

/** In-memory session storage, so tests and stories never share a signed-in agent. */
export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** A store of its own; `signedIn` seeds a stored session, as after a reload of a signed-in desk. */
export function deskStore({ signedIn = false } = {}): DeskStore {
  const sessions = new SessionStore(memoryStorage());
  if (signedIn) sessions.save(agentSession());
  return new DeskStore({ api: new DeskApi({ sessions }) });
}
