import type { AgentSession } from './types.js';

export type SignOutReason = 'signed-out' | 'expired';

/** Holds the agent session; kept in sessionStorage (this tab only) so a reload stays signed in. */
export class SessionStore {
  private session: AgentSession | undefined;
  private readonly listeners = new Set<(session: AgentSession | undefined, reason?: SignOutReason) => void>();

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.sessionStorage, private readonly key = 'foyer-desk-session') {
    try {
      const raw = storage?.getItem(key);
      if (raw) this.session = JSON.parse(raw) as AgentSession;
    } catch {
      this.session = undefined;
    }
  }

  current(): AgentSession | undefined {
    return this.session;
  }

  save(session: AgentSession): void {
    this.session = session;
    try {
      this.storage?.setItem(this.key, JSON.stringify(session));
    } catch {
      // Storage full or blocked: the session lives in memory for this page.
    }
    for (const listener of this.listeners) listener(session);
  }

  clear(reason: SignOutReason): void {
    if (!this.session) return;
    this.session = undefined;
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing stored to remove.
    }
    for (const listener of this.listeners) listener(undefined, reason);
  }

  onChange(listener: (session: AgentSession | undefined, reason?: SignOutReason) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
