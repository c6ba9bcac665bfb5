/**
 * What the client needs from its environment. The browser implementations (IndexedDB, Web Locks,
 * BroadcastChannel, page visibility) live in ./browser; the Node ones in ./node. The client picks
 * one at run time (./detect.ts), so the main entry never touches DOM APIs directly.
 */

/** A message waiting to be acknowledged by the server. Keyed by clientMessageId (UUIDv7). */
export interface OutboxEntry {
  clientMessageId: string;
  conversationId: string;
  /** Sent as Idempotency-Key on every attempt. */
  idempotencyKey: string;
  /** The MessageCreate body, exactly as first sent. */
  body: { clientMessageId: string; parts: unknown[]; attachmentIds?: string[]; replyTo?: string };
  createdAt: string;
  attempts: number;
  state: 'pending' | 'failed';
  /** Why it failed for good (403, 404, 409, 422, conversation ended...): the UI offers retry and discard. */
  failure?: { status: number; code: string; detail?: string };
}

/** Persistent outbox: IndexedDB in the browser (shared by the site's tabs), memory in Node. */
export interface OutboxStore {
  put(entry: OutboxEntry): Promise<void>;
  get(clientMessageId: string): Promise<OutboxEntry | undefined>;
  delete(clientMessageId: string): Promise<void>;
  /** Oldest first. */
  list(): Promise<OutboxEntry[]>;
}

/** Small persistent values (session tokens, stream cursor): shared by the site's tabs in the browser. */
export interface KeyValueStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Removes everything Foyer stored (logout on a shared computer). */
  clear(): Promise<void>;
}

/** A message between the tabs of one site (relayed events, tokens, visibility, outbox changes). */
export interface TabMessage {
  type: string;
  from: string;
  [field: string]: unknown;
}

/**
 * Elects one leader among the site's tabs (Web Locks) and carries messages between them
 * (BroadcastChannel). When the leader tab closes, another tab takes over. In Node there is one
 * "tab", always the leader.
 */
export interface TabCoordinator {
  readonly tabId: string;
  readonly isLeader: boolean;
  /** Called with true when this tab becomes leader, false when it stops being one. */
  onLeadershipChange(listener: (isLeader: boolean) => void): () => void;
  /** To every other tab of the site (not to this one). */
  broadcast(message: Omit<TabMessage, 'from'>): void;
  onMessage(listener: (message: TabMessage) => void): () => void;
  /** Runs `fn` while no other tab of the site runs one under the same name (session creation). */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Gives up leadership (if held) and stops listening. */
  close(): void;
}

/** This tab's visibility (document.visibilityState in the browser; always visible in Node). */
export interface Visibility {
  isVisible(): boolean;
  onChange(listener: (visible: boolean) => void): () => void;
}

export interface Platform {
  readonly name: 'browser' | 'node';
  outbox: OutboxStore;
  storage: KeyValueStore;
  tabs: TabCoordinator;
  visibility: Visibility;
}
