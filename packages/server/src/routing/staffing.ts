import type { Queryable } from '../storage/database.js';

/**
 * Who can serve a queue right now. `no_agents_signed_in`: every agent of the queue is offline, so a
 * customer would wait in a queue nobody serves. `no_agents_available`: agents are signed in but away;
 * one will be back, but the wait is unknown.
 */
export type StaffingReason = 'no_agents_signed_in' | 'no_agents_available';

export async function staffingOf(db: Queryable, queueId: string): Promise<{ signedIn: number; available: number; reason?: StaffingReason }> {
  const [row] = await db.query<{ signed_in: number; available: number }>(
    `SELECT count(*) FILTER (WHERE presence <> 'offline') AS signed_in, count(*) FILTER (WHERE presence = 'available') AS available
       FROM agents WHERE queues ? $1`,
    [queueId],
  );
  const signedIn = Number(row?.signed_in ?? 0);
  const available = Number(row?.available ?? 0);
  const reason: StaffingReason | undefined = signedIn === 0 ? 'no_agents_signed_in' : available === 0 ? 'no_agents_available' : undefined;
  return { signedIn, available, ...(reason ? { reason } : {}) };
}
