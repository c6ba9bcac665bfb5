import type { ServerResponse } from 'node:http';
import type { Queryable } from '../storage/database.js';
import { purgedThrough } from '../domain/event-log.js';
import { newId, nowIso } from '../domain/ids.js';
import type { Delivery, Fanout } from './fanout.js';
import { decodeCursor, encodeCursor, type Positions } from './cursor.js';

const REPLAY_PAGE = 500;
/** The ping interval is cut into this many slices; each stream is pinged in one of them. */
export const PING_SLICES = 15;
let streamCounter = 0;
const MAX_BUFFERED_BYTES = 1024 * 1024; // a reader this far behind reconnects and resumes instead

/** Whose stream it is: the fan-out key it listens on and the conversations it starts with. */
export interface StreamOwner {
  /** `s:<sessionId>` for a customer session, `a:<agentId>` for an agent desk. */
  key: string;
  conversations(db: Queryable): Promise<{ id: string; last_seq: number }[]>;
  /** A desk starts a conversation it meets for the first time live, rather than replaying its history. */
  startUnknownLive?: boolean;
}

export const sessionOwner = (sessionId: string): StreamOwner => ({
  key: `s:${sessionId}`,
  conversations: (db) => db.query('SELECT id, last_seq FROM conversations WHERE session_id = $1 ORDER BY created_at', [sessionId]),
});

/**
 * One SSE stream of one session (or one agent desk). Live deliveries are held while the replay from the cursor runs,
 * then released; per conversation nothing is written twice and nothing is skipped (a jump in seq is
 * filled from the log before the later event is written).
 */
export class SessionStream {
  private readonly positions: Positions = new Map();
  private held: Delivery[] | undefined = [];
  private work: Promise<void> = Promise.resolve();
  private closed = false;
  private unsubscribe?: () => void;
  /** Which slice of the ping interval this stream is pinged in. */
  readonly pingSlice = (streamCounter = (streamCounter + 1) % PING_SLICES);

  constructor(
    private readonly res: ServerResponse,
    private readonly db: Queryable,
    private readonly fanout: Fanout,
    private readonly owner: StreamOwner,
    private readonly onClose: (stream: SessionStream) => void,
  ) {}

  async open(lastEventId: string | undefined): Promise<void> {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'x-accel-buffering': 'no',
    });
    this.res.write(': stream open\n\n');
    this.res.on('close', () => this.close());
    this.unsubscribe = this.fanout.subscribe(this.owner.key, (d) => this.deliver(d));

    const conversations = await this.owner.conversations(this.db);
    const cursor = lastEventId ? decodeCursor(lastEventId) : undefined;
    const resets: { conversationId: string; reason: string }[] = [];
    for (const c of conversations) {
      if (!lastEventId) {
        this.positions.set(c.id, Number(c.last_seq)); // no cursor: the stream starts live
        continue;
      }
      if (!cursor) {
        resets.push({ conversationId: c.id, reason: 'invalid_cursor' });
        this.positions.set(c.id, Number(c.last_seq));
        continue;
      }
      const from = cursor.get(c.id) ?? 0;
      if (from < (await purgedThrough(this.db, c.id))) {
        resets.push({ conversationId: c.id, reason: 'cursor_expired' });
        this.positions.set(c.id, Number(c.last_seq));
      } else {
        this.positions.set(c.id, Math.min(from, Number(c.last_seq)));
      }
    }
    for (const r of resets) this.writeEphemeral('stream.reset', r, r.conversationId);
    for (const c of conversations) await this.catchUp(c.id, Infinity);
    const held = this.held ?? [];
    this.held = undefined;
    for (const d of held) await this.handle(d);
  }

  /** Writes a comment line; keeps proxies and the client's dead-stream timer happy. */
  ping(): void {
    if (!this.closed) this.res.write(': ping\n\n');
  }

  /** Asks the client to reconnect (shutdown); it resumes from its last id elsewhere. */
  end(reason: string): void {
    if (this.closed) return;
    this.writeEphemeral('stream.reconnect', { reason });
    this.res.end();
    this.close();
  }

  private deliver(delivery: Delivery): void {
    if (this.closed) return;
    if (this.held) {
      this.held.push(delivery);
      return;
    }
    this.work = this.work.then(() => this.handle(delivery)).catch(() => {
      this.res.destroy();
    });
  }

  private async handle(d: Delivery): Promise<void> {
    if (this.closed) return;
    if (d.conversationId === undefined || d.seq === undefined) {
      this.write(d.json, undefined);
      if (d.json.includes('"type":"session.expired"')) {
        this.res.end();
        this.close();
      }
      return;
    }
    if (this.owner.startUnknownLive && !this.positions.has(d.conversationId)) this.positions.set(d.conversationId, d.seq - 1);
    const at = this.positions.get(d.conversationId) ?? 0;
    if (d.seq <= at) return; // already written (replay overlap or duplicate)
    if (d.seq > at + 1) await this.catchUp(d.conversationId, d.seq - 1);
    if (this.closed || d.seq <= (this.positions.get(d.conversationId) ?? 0)) return;
    this.positions.set(d.conversationId, d.seq);
    this.write(d.json, encodeCursor(this.positions));
  }

  /** Writes logged events of one conversation after the current position, up to `untilSeq`. */
  private async catchUp(conversationId: string, untilSeq: number): Promise<void> {
    for (;;) {
      const from = this.positions.get(conversationId) ?? 0;
      if (from >= untilSeq || this.closed) return;
      const rows = await this.db.query<{ seq: number; envelope: string }>(
        'SELECT seq, envelope FROM events WHERE conversation_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4',
        [conversationId, from, Number.isFinite(untilSeq) ? untilSeq : 2_147_483_647, REPLAY_PAGE],
      );
      for (const r of rows) {
        this.positions.set(conversationId, Number(r.seq));
        this.write(r.envelope, encodeCursor(this.positions));
      }
      if (rows.length < REPLAY_PAGE) return;
    }
  }

  private writeEphemeral(type: string, data: Record<string, unknown>, conversationId?: string): void {
    const event = { id: newId(), type, ...(conversationId ? { conversationId } : {}), occurredAt: nowIso(), ephemeral: true, data };
    this.write(JSON.stringify(event), undefined);
  }

  private write(json: string, id: string | undefined): void {
    if (this.closed) return;
    this.res.write(id ? `id: ${id}\ndata: ${json}\n\n` : `data: ${json}\n\n`);
    if (this.res.writableLength > MAX_BUFFERED_BYTES) this.res.destroy();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe?.();
    this.onClose(this);
  }
}
