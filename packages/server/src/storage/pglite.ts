import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** PGlite in `<dataDir>/pgdata`. One process only: the caller holds the data-directory lock. */
export async function openPglite(dataDir: string): Promise<Database> {
  const dir = join(dataDir, 'pgdata');
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  await mkdir(dir, { recursive: true });
  const template = new URL('../pgdata-template.tar.gz', import.meta.url);
  // A new directory starts from the initialised template the build made, when there is one.
  const db = fresh && existsSync(template) ? await PGlite.create(dir, { loadDataDir: new Blob([await readFile(template)]) }) : await PGlite.create(dir);
  const run = async <T>(q: { query: PGlite['query'] }, sql: string, params?: unknown[]) => (await q.query<T>(sql, params as unknown[])).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) } satisfies Queryable)),
    listen: async (channel, onPayload) => {
      const off = await db.listen(channel, onPayload);
      return async () => off();
    },
    close: () => db.close(),
  };
}
