import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a server config file (the `--config` JSON) to a fresh temporary directory and returns its path. */
export function writeServerConfig(config: Record<string, unknown>, name = 'config.json'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'foyer-e2e-config-')), name);
  writeFileSync(file, JSON.stringify(config));
  return file;
}

/** Routing where today and tomorrow are holidays in Hong Kong for every queue: nobody can chat now. */
export function closedRouting(): Record<string, unknown> {
  const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong' }).format(new Date(Date.now() + offset * 86_400_000));
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['09:00', '17:00']]]));
  const closed = { timezone: 'Asia/Hong_Kong', hours, holidays: [day(0), day(1)] };
  return {
    queues: [
      { id: 'general', name: 'General', topics: [], ...closed },
      { id: 'cards', name: 'Cards', topics: ['cards'], ...closed },
      { id: 'loans', name: 'Loans', topics: ['loans'], ...closed },
    ],
    defaultQueue: 'general',
  };
}

/** Routing open around the clock whose queues accept no wait longer than `maxWaitSeconds` (the server refuses the queue, `over_max_wait`). */
export function shortWaitRouting(maxWaitSeconds = 1): Record<string, unknown> {
  const hours = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]));
  const open = { timezone: 'UTC', hours, holidays: [], maxWaitSeconds };
  return {
    queues: [
      { id: 'general', name: 'General', topics: [], ...open },
      { id: 'cards', name: 'Cards', topics: ['cards'], ...open },
      { id: 'loans', name: 'Loans', topics: ['loans'], ...open },
    ],
    defaultQueue: 'general',
  };
}
