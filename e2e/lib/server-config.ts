import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a server config file (the `--config` JSON) to a fresh temporary directory and returns its path. */
export function writeServerConfig(config: Record<string, unknown>, name = 'config.json'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'foyer-e2e-config-')), name);
  writeFileSync(file, JSON.stringify(config));
  return file;
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** The demo's three queues (general, cards, loans), each with the same hours and limits. */
function threeQueues(settings: Record<string, unknown>): Record<string, unknown> {
  return {
    queues: [
      { id: 'general', name: 'General', topics: [], ...settings },
      { id: 'cards', name: 'Cards', topics: ['cards'], ...settings },
      { id: 'loans', name: 'Loans', topics: ['loans'], ...settings },
    ],
    defaultQueue: 'general',
  };
}

/** Routing where today and tomorrow are holidays in Hong Kong for every queue: nobody can chat now. */
export function closedRouting(): Record<string, unknown> {
  const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong' }).format(new Date(Date.now() + offset * 86_400_000));
  const hours = Object.fromEntries(WEEK.map((d) => [d, [['09:00', '17:00']]]));
  return threeQueues({ timezone: 'Asia/Hong_Kong', hours, holidays: [day(0), day(1)] });
}

/** Routing open around the clock whose queues accept no wait longer than `maxWaitSeconds` (the server refuses the queue, `over_max_wait`). */
export function shortWaitRouting(maxWaitSeconds = 1): Record<string, unknown> {
  const hours = Object.fromEntries(WEEK.map((d) => [d, [['00:00', '24:00']]]));
  return threeQueues({ timezone: 'UTC', hours, holidays: [], maxWaitSeconds });
}
