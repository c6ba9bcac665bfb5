import type { AppContext } from '../app-context.js';
import type { Queryable } from '../storage/database.js';
import { appendEvent, type LoggedEvent } from './event-log.js';
import type { EventEnvelope, Participant } from './types.js';

type Logged = LoggedEvent & { envelope: EventEnvelope; audience: string[] };

/** A transaction that appends events; they fan out when (and only if) it commits. */
export interface EventTransaction {
  tx: Queryable;
  app: AppContext;
  /** Runs after the commit (ephemeral notices such as desk events); not when the transaction rolls back. */
  afterCommit(fn: () => Promise<void> | void): void;
  append(conversationId: string, type: string, data: Record<string, unknown>, actor?: Participant, build?: (seq: number) => Record<string, unknown>): Promise<Logged>;
}

export async function withEvents<T>(app: AppContext, fn: (w: EventTransaction) => Promise<T>): Promise<T> {
  const written: Logged[] = [];
  const after: Array<() => Promise<void> | void> = [];
  const result = await app.db.transaction(async (tx) => {
    written.length = 0; // a retried transaction starts over
    after.length = 0;
    return fn({
      tx,
      app,
      afterCommit: (f) => void after.push(f),
      append: async (conversationId, type, data, actor, build) => {
        const logged = await appendEvent(tx, conversationId, type, data, actor, build);
        await app.fanout.persisted(tx, logged.audience, logged);
        written.push(logged);
        return logged;
      },
    });
  });
  for (const e of written) app.fanout.committed(e.audience, e);
  for (const f of after) await Promise.resolve(f()).catch((error: unknown) => app.log.warn('after-commit step failed', { error: String(error) }));
  return result;
}
