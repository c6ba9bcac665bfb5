/**
 * The transcript of one conversation as the UI sees it: the stored messages in `seq` order, plus the
 * customer's messages still in the outbox (pending, or failed with the reason). Immutable snapshots,
 * a new one per change, so UI selectors can compare by reference.
 */
import type { CustomerMessagePart, Message } from '../api/types.js';
import type { OutboxEntry } from '../platform/types.js';
import { Emitter } from '../util/emitter.js';

/** An outgoing message not yet in the transcript. */
export interface PendingMessage {
  clientMessageId: string;
  conversationId: string;
  parts: CustomerMessagePart[];
  createdAt: string;
  attempts: number;
  /** 'pending': being sent or retried; 'failed': needs retryMessage() or discardMessage(). */
  state: 'pending' | 'failed';
  failure?: { status: number; code: string; detail?: string };
}

export interface TranscriptSnapshot {
  conversationId: string;
  /** Stored messages, ascending by seq, each once. */
  messages: readonly Message[];
  /** Outbox entries of this conversation whose message is not in `messages` yet, oldest first. */
  pending: readonly PendingMessage[];
  /** Whether earlier history was loaded from the server. */
  historyLoaded: boolean;
}

export function toPending(entry: OutboxEntry): PendingMessage {
  return {
    clientMessageId: entry.clientMessageId,
    conversationId: entry.conversationId,
    parts: entry.body.parts as CustomerMessagePart[],
    createdAt: entry.createdAt,
    attempts: entry.attempts,
    state: entry.state,
    failure: entry.failure,
  };
}

export class Transcript {
  /** Working list, ascending by seq; snapshots get copies. */
  #messages: Message[] = [];
  readonly #clientIds = new Set<string>();
  #outbox: PendingMessage[] = [];
  #historyLoaded = false;
  #snapshot: TranscriptSnapshot;
  readonly #changes = new Emitter<TranscriptSnapshot>();
  readonly #loader: ((transcript: Transcript) => Promise<void>) | undefined;

  constructor(
    readonly conversationId: string,
    loader?: (transcript: Transcript) => Promise<void>,
  ) {
    this.#loader = loader;
    this.#snapshot = this.#build();
  }

  getSnapshot(): TranscriptSnapshot {
    return this.#snapshot;
  }

  subscribe(listener: (snapshot: TranscriptSnapshot) => void): () => void {
    return this.#changes.subscribe(listener);
  }

  /** Loads the stored history from the server (GET …/messages) and merges it. */
  async load(): Promise<void> {
    await this.#loader?.(this);
  }

  /** Inserts or replaces a message (by seq, and by id). */
  upsert(message: Message): void {
    if (this.#insert(message)) this.#publish();
  }

  upsertMany(messages: Iterable<Message>, history = false): void {
    let changed = false;
    for (const m of messages) changed = this.#insert(m) || changed;
    if (history && !this.#historyLoaded) {
      this.#historyLoaded = true;
      changed = true;
    }
    if (changed) this.#publish();
  }

  /** Replaces everything (a reload from scratch). */
  replaceAll(messages: Iterable<Message>): void {
    this.#messages = [];
    this.#clientIds.clear();
    for (const m of messages) this.#insert(m);
    this.#historyLoaded = true;
    this.#publish();
  }

  remove(messageId: string): void {
    const index = this.#messages.findIndex((m) => m.id === messageId);
    if (index === -1) return;
    this.#messages.splice(index, 1);
    this.#publish();
  }

  /** The outbox entries of this conversation (all of them; reconciled ones are hidden). */
  setOutbox(entries: readonly PendingMessage[]): void {
    this.#outbox = entries.filter((e) => e.conversationId === this.conversationId);
    this.#publish();
  }

  #insert(message: Message): boolean {
    const list = this.#messages;
    // The first position whose seq is not below the message's; usually the end (an append).
    let lo = list.length;
    while (lo > 0 && list[lo - 1]!.seq >= message.seq) lo--;
    const same = list[lo]?.seq === message.seq;
    if (same && list[lo] === message) return false;
    const byId = same ? -1 : list.findIndex((m) => m.id === message.id);
    if (byId !== -1) list.splice(byId, 1);
    const at = byId !== -1 && byId < lo ? lo - 1 : lo;
    list.splice(at, same ? 1 : 0, message);
    if (message.clientMessageId) this.#clientIds.add(message.clientMessageId);
    return true;
  }

  #build(): TranscriptSnapshot {
    return {
      conversationId: this.conversationId,
      messages: this.#messages.slice(),
      pending: this.#outbox.filter((p) => !this.#clientIds.has(p.clientMessageId)),
      historyLoaded: this.#historyLoaded,
    };
  }

  #publish(): void {
    this.#snapshot = this.#build();
    this.#changes.emit(this.#snapshot);
  }
}
