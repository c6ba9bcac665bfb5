import type { Queryable } from '../storage/database.js';
import { Problem } from '../http/problem.js';

/**
 * A token bucket kept in the database, so the limit holds however many processes serve the session.
 * The row lock serialises takers; the bucket refills by the time elapsed since the last take.
 */
export async function takeToken(db: Queryable, key: string, perSecond: number, burst: number): Promise<void> {
  const take = () => db.query<{ refill: number }>(
    `UPDATE rate_buckets AS b
        SET tokens = r.refill - CASE WHEN r.refill >= 1 THEN 1 ELSE 0 END, updated_at = clock_timestamp()
       FROM (SELECT LEAST($3::float8, tokens + EXTRACT(EPOCH FROM clock_timestamp() - updated_at)::float8 * $2::float8) AS refill
               FROM rate_buckets WHERE key = $1 FOR UPDATE) AS r
      WHERE b.key = $1
  RETURNING r.refill`,
    [key, perSecond, burst],
  );
  let [row] = await take();
  if (!row) {
    await db.query('INSERT INTO rate_buckets (key, tokens, updated_at) VALUES ($1, $2::float8, clock_timestamp()) ON CONFLICT (key) DO NOTHING', [key, burst]);
    [row] = await take();
  }
  const refill = Number(row?.refill ?? 0);
  if (refill < 1) {
    const retryAfter = Math.max(1, Math.ceil((1 - refill) / perSecond));
    throw new Problem('rate_limited', `at most ${perSecond} messages per second (burst ${burst})`, {
      retryAfterSeconds: retryAfter,
      headers: { 'ratelimit-policy': `"messages";q=${burst};w=${Math.ceil(burst / perSecond)}`, ratelimit: `"messages";r=0;t=${retryAfter}` },
    });
  }
}
