/**
 * The client's per-conversation state: a Transcript per conversation (created on first use), the
 * last seq delivered per conversation (so a relayed duplicate is dropped and a new leader starts
 * past it), and the loads from the server (history, and the reload after a reset).
 */
import type { EngagementApi } from '../api/client.js';
import { isPersisted, type FoyerEvent, type Message } from '../api/types.js';
import type { OutboxEntry } from '../platform/types.js';
import { toPending, Transcript, type PendingMessage } from './transcript.js';

export class ConversationStores {
  readonly #transcripts = new Map<string, Transcript>();
  readonly #delivered = new Map<string, number>();
  #outbox: readonly PendingMessage[] = [];
  readonly #api: EngagementApi;
  readonly #ready: () => Promise<void>;

  constructor(
    api: EngagementApi,
    /** Runs before any server call of a load (starts the client). */
    ready: () => Promise<void>,
  ) {
    this.#api = api;
    this.#ready = ready;
  }

  get(conversationId: string): Transcript {
    let transcript = this.#transcripts.get(conversationId);
    if (!transcript) {
      transcript = new Transcript(conversationId, (t) => this.#loadHistory(t));
      transcript.setOutbox(this.#outbox);
      this.#transcripts.set(conversationId, transcript);
    }
    return transcript;
  }

  /** The last delivered seq per conversation. */
  positions(): Iterable<[string, number]> {
    return this.#delivered.entries();
  }

  /**
   * Records a persisted event as delivered; false when it was delivered before (only possible for
   * events relayed by another tab: the own stream's gap filler never repeats one).
   */
  accept(event: FoyerEvent, fromOwnStream: boolean): boolean {
    if (!isPersisted(event)) return true;
    const at = this.#delivered.get(event.conversationId) ?? 0;
    if (!fromOwnStream && event.seq <= at) return false;
    this.#delivered.set(event.conversationId, Math.max(at, event.seq));
    return true;
  }

  /** Brings the transcripts up to date with an event. */
  apply(event: FoyerEvent): void {
    if (event.type === 'message.created' || event.type === 'message.updated') {
      this.get(event.data.message.conversationId).upsert(event.data.message);
    } else if (event.type === 'message.deleted' && event.conversationId) {
      this.#transcripts.get(event.conversationId)?.remove(event.data.messageId);
    }
  }

  upsert(message: Message): void {
    this.get(message.conversationId).upsert(message);
  }

  setOutbox(entries: readonly OutboxEntry[]): void {
    this.#outbox = entries.map(toPending);
    for (const entry of entries) this.get(entry.conversationId);
    for (const transcript of this.#transcripts.values()) transcript.setOutbox(this.#outbox);
  }

  /** Re-reads the history of a transcript that exists (another tab reloaded it). */
  async refresh(conversationId: string): Promise<void> {
    await this.#transcripts.get(conversationId)?.load();
  }

  /** Reload from scratch (after stream.reset with an expired cursor); returns the seq to continue from. */
  async reload(conversationId: string): Promise<number> {
    const conversation = await this.#api.getConversation(conversationId);
    this.get(conversationId).replaceAll(await this.#fetchAll(conversationId));
    return conversation.lastSeq;
  }

  clear(): void {
    this.#transcripts.clear();
    this.#delivered.clear();
  }

  /** A new session: what was delivered under the old one does not count. */
  forgetPositions(): void {
    this.#delivered.clear();
  }

  async #loadHistory(transcript: Transcript): Promise<void> {
    await this.#ready();
    transcript.upsertMany(await this.#fetchAll(transcript.conversationId), true);
  }

  /** Every stored message of a conversation, oldest first (GET …/messages, paged). */
  async #fetchAll(conversationId: string): Promise<Message[]> {
    const messages: Message[] = [];
    let afterSeq = 0;
    for (;;) {
      const page = await this.#api.listMessages(conversationId, { afterSeq, limit: 200 });
      messages.push(...page.items);
      const last = page.items[page.items.length - 1];
      if (!page.hasMore || !last) return messages;
      afterSeq = last.seq;
    }
  }
}
