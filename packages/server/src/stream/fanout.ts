import type { Database, Queryable } from '../storage/database.js';

/** Something delivered to listeners of an audience key, e.g. `s:<sessionId>` or `c:<conversationId>`. */
export interface Delivery { conversationId?: string; seq?: number; json: string }
type Listener = (delivery: Delivery) => void;

const CHANNEL = 'foyer_events';
const MAX_NOTIFY_PAYLOAD = 7800; // PostgreSQL's NOTIFY limit is 8000 bytes

/**
 * Fan-out of events to the streams of this process and, on PostgreSQL, of every process: persisted
 * events are NOTIFYed inside the writing transaction, so they reach every listener in commit order
 * (which is seq order per conversation). On PGlite there is one process, so delivery is local and
 * happens after commit. See docs/decisions/0002-event-fan-out.md.
 */
export class Fanout {
  private readonly listeners = new Map<string, Set<Listener>>();
  private unlisten?: () => Promise<void>;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly db: Database) {}

  get crossProcess(): boolean {
    return this.db.kind === 'postgres';
  }

  async start(): Promise<void> {
    if (!this.crossProcess) return;
    this.unlisten = await this.db.listen(CHANNEL, (payload) => {
      // Payloads that were too large carry a reference; fetching keeps them in order via the chain.
      this.chain = this.chain.then(() => this.receive(payload)).catch(() => undefined);
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
  }

  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(key);
    };
  }

  /** Inside the writing transaction: on PostgreSQL the NOTIFY commits with the event. */
  async persisted(tx: Queryable, audience: string[], delivery: Required<Pick<Delivery, 'conversationId' | 'seq'>> & Delivery): Promise<void> {
    if (!this.crossProcess) return;
    const head = audience.join(',');
    const payload = head.length + delivery.json.length < MAX_NOTIFY_PAYLOAD ? `e${head}\n${delivery.json}` : `r${head}\n${delivery.conversationId}\n${delivery.seq}`;
    await tx.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
  }

  /** After commit: on PGlite, deliver locally (NOTIFY already did it on PostgreSQL). */
  committed(audience: string[], delivery: Delivery): void {
    if (!this.crossProcess) this.dispatch(audience, delivery);
  }

  /** Ephemeral events (typing, queue updates) are not logged and carry no seq. */
  async ephemeral(audience: string[], json: string): Promise<void> {
    if (this.crossProcess) await this.db.query('SELECT pg_notify($1, $2)', [CHANNEL, `e${audience.join(',')}\n${json}`]);
    else this.dispatch(audience, { json });
  }

  private async receive(payload: string): Promise<void> {
    const nl = payload.indexOf('\n');
    const audience = payload.slice(1, nl).split(',');
    if (payload[0] === 'e') {
      const json = payload.slice(nl + 1);
      const head = json.slice(0, 400);
      const conversationId = /"conversationId":"([^"]+)"/.exec(head)?.[1];
      const seq = /"seq":(\d+)/.exec(head)?.[1];
      this.dispatch(audience, { json, ...(conversationId ? { conversationId } : {}), ...(seq ? { seq: Number(seq) } : {}) });
      return;
    }
    const [conversationId, seqText] = payload.slice(nl + 1).split('\n') as [string, string];
    const [row] = await this.db.query<{ envelope: string }>('SELECT envelope FROM events WHERE conversation_id = $1 AND seq = $2', [conversationId, Number(seqText)]);
    if (row) this.dispatch(audience, { conversationId, seq: Number(seqText), json: row.envelope });
  }

  private dispatch(audience: string[], delivery: Delivery): void {
    const seen = new Set<Listener>();
    for (const key of audience) {
      for (const listener of this.listeners.get(key) ?? []) {
        if (seen.has(listener)) continue;
        seen.add(listener);
        listener(delivery);
      }
    }
  }
}
