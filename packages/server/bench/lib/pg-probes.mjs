// What PostgreSQL itself shows during a run: backend activity, the NOTIFY queue, the server version.
import { sleep } from './stats.mjs';

/**
 * Samples pg_stat_activity every 200 ms: how many client backends are running a statement, sit inside
 * a transaction waiting for the server process (ClientRead), or are idle. Shows whether PostgreSQL or
 * the Node process is the one being waited for.
 */
export async function pgActivity(pgUrl) {
  if (!pgUrl) return { stop: async () => undefined };
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  const sums = { active: 0, idleInTransaction: 0, idle: 0 };
  const waits = {};
  let n = 0;
  let on = true;
  const loop = (async () => {
    while (on) {
      const { rows } = await c.query(
        `SELECT state, wait_event, count(*)::int AS c FROM pg_stat_activity
          WHERE backend_type = 'client backend' AND datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1, 2`,
      );
      n++;
      for (const r of rows) {
        if (r.state === 'active') {
          sums.active += r.c;
          const k = r.wait_event ?? 'on CPU';
          waits[k] = (waits[k] ?? 0) + r.c;
        } else if (r.state?.startsWith('idle in transaction')) sums.idleInTransaction += r.c;
        else sums.idle += r.c;
      }
      await sleep(200);
    }
  })().catch(() => undefined);
  return {
    async stop() {
      on = false;
      await loop;
      await c.end().catch(() => undefined);
      const avg = (x) => Math.round((x / Math.max(1, n)) * 10) / 10;
      return { samples: n, active: avg(sums.active), idleInTransaction: avg(sums.idleInTransaction), idle: avg(sums.idle), activeWaits: Object.fromEntries(Object.entries(waits).map(([k, v]) => [k, avg(v)])) };
    },
  };
}

export async function pgQueueUsage(pgUrl) {
  if (!pgUrl) return undefined;
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl });
  try {
    await c.connect();
    const [{ usage }] = (await c.query('SELECT pg_notification_queue_usage() AS usage')).rows;
    return Number(usage);
  } catch {
    return undefined;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export async function pgVersion(pgUrl) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  try {
    return (await c.query('SHOW server_version')).rows[0].server_version;
  } finally {
    await c.end();
  }
}
