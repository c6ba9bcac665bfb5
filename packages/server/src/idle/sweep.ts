import type { AppContext } from '../app-context.js';
import { endInTransaction, type ConversationRow } from '../domain/conversations.js';
import { withEvents } from '../domain/event-writer.js';
import type { Participant } from '../domain/types.js';
import type { Queryable } from '../storage/database.js';
import { sweepIntervalMs } from './config.js';

/** Conversations handled per transaction; the rest wait for the next pass. */
const BATCH = 50;
const SYSTEM: Participant = { role: 'system', id: 'idle-timeout' };

/**
 * What counts as the customer being there: a message, typing (started or stopped: the SDK sends it
 * while the customer composes, and for "still here"), the agent taking the chat, and the end of a hold
 * (the customer waited on the agent, not the other way round). Clears a pending warning.
 */
export async function customerActive(db: Queryable, conversationId: string): Promise<void> {
  await db.query('UPDATE conversations SET customer_active_at = now(), idle_warned_at = NULL WHERE id = $1', [conversationId]);
}

const customerIn = (row: ConversationRow): Participant => row.participants?.find((p) => p.role === 'customer') ?? { role: 'customer', id: row.session_id };

/**
 * The idle sweep: every process runs it; `FOR UPDATE SKIP LOCKED` gives each due conversation to
 * one of them, and a conversation being written to (a message, a hold) is simply left for the next pass.
 * Only `connected` chats are watched: not the bot, the queue or a hold.
 */
export class IdleSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly app: AppContext) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), sweepIntervalMs(this.app.config.idle));
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.sweep();
    } catch (error) {
      this.app.log.warn('idle sweep failed', { error: String(error) });
    } finally {
      this.running = false;
    }
  }

  /** One pass: warns the newly idle, then ends those whose warning ran out. */
  async sweep(): Promise<{ warned: number; ended: number }> {
    const { warningAfterSeconds, timeoutSeconds } = this.app.config.idle;
    const warned = await withEvents(this.app, async (w) => {
      const rows = await w.tx.query<ConversationRow>(
        `SELECT * FROM conversations WHERE state = 'connected' AND channel = 'chat' AND idle_warned_at IS NULL
            AND customer_active_at < now() - make_interval(secs => $1) ORDER BY customer_active_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [warningAfterSeconds],
      );
      for (const row of rows) {
        await w.tx.query('UPDATE conversations SET idle_warned_at = now() WHERE id = $1', [row.id]);
        await w.append(row.id, 'participant.auto_disconnect_warning', { participant: customerIn(row), secondsRemaining: timeoutSeconds }, SYSTEM);
      }
      return rows.length;
    });
    const ended = await withEvents(this.app, async (w) => {
      const rows = await w.tx.query<ConversationRow>(
        `SELECT * FROM conversations WHERE state = 'connected' AND channel = 'chat'
            AND idle_warned_at < now() - make_interval(secs => $1) ORDER BY idle_warned_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [timeoutSeconds],
      );
      for (const row of rows) await endInTransaction(w, row, 'idle_timeout', SYSTEM);
      return rows.length;
    });
    return { warned, ended };
  }
}
