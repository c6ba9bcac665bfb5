import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, runServerToExit, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'foyer-config-'));
function configFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

/** A local date in a zone, `offsetDays` from today there. */
function localDate(timeZone: string, offsetDays: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('GET /v1/availability with the built-in default (no config file)', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is open around the clock in UTC, without a session', async () => {
    const r = await call(server.url, 'GET', '/v1/availability?topic=anything');
    expect(r.status).toBe(200);
    expect(r.json.timezone).toBe('UTC');
    // The bot answers, but no agent is signed in: no wait estimate, and `agent` says why.
    expect(r.json.now).toEqual({
      chat: { available: true }, callback: { available: true }, call: { available: false, reason: 'disabled' }, agent: { available: false, reason: 'no_agents_signed_in' },
    });
    expect(r.json.nextOpenAt).toBeUndefined();
    expect(r.json.days).toHaveLength(7);
    const today = new Date().toISOString().slice(0, 10);
    expect(r.json.days[0]).toEqual({ date: today, intervals: [{ opensAt: `${today}T00:00:00.000Z`, closesAt: expect.any(String) }] });
    expect(Date.parse(r.json.days[0].intervals[0].closesAt) - Date.parse(r.json.days[0].intervals[0].opensAt)).toBe(24 * 3600_000);
  });

  it('takes ?days= within the contract’s bounds', async () => {
    expect((await call(server.url, 'GET', '/v1/availability?days=3')).json.days).toHaveLength(3);
    expect((await call(server.url, 'GET', '/v1/availability?days=0')).status).toBe(400);
  });
});

describe('GET /v1/availability with queues from a config file', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    // Cards is closed now: yesterday, today and tomorrow in Taipei are holidays (robust around midnight).
    const holidays = [-1, 0, 1].map((n) => localDate('Asia/Taipei', n));
    const file = configFile('queues.json', {
      routing: {
        queues: [
          { id: 'cards', name: 'Cards', topics: ['cards', 'lost-card'], timezone: 'Asia/Taipei', hours: Object.fromEntries(weekdays.map((d) => [d, [['09:00', '17:30']]])), holidays, maxWaitSeconds: 900 },
          { id: 'loans', name: 'Loans', topics: ['loans'], timezone: 'Europe/London', hours: Object.fromEntries(weekdays.map((d) => [d, [['00:00', '24:00']]])), holidays: [] },
        ],
        defaultQueue: 'cards',
      },
    });
    server = await spawnServer({ env: { FOYER_CONFIG: file } });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('says chat is unavailable outside business hours, with the next opening', async () => {
    const r = await call(server.url, 'GET', '/v1/availability?topic=lost-card');
    expect(r.status).toBe(200);
    expect(r.json.timezone).toBe('Asia/Taipei');
    expect(r.json.now.chat).toEqual({ available: false, reason: 'outside_business_hours' });
    expect(r.json.now.callback).toEqual({ available: false, reason: 'outside_business_hours' });
    expect(r.json.now.call).toEqual({ available: false, reason: 'disabled' });
    expect(Date.parse(r.json.nextOpenAt)).toBeGreaterThan(Date.now());
    // The day after the last holiday, 09:00 Taipei (UTC+8).
    expect(r.json.nextOpenAt).toBe(`${localDate('Asia/Taipei', 2)}T01:00:00.000Z`);
    expect(r.json.days[0]).toEqual({ date: localDate('Asia/Taipei', 0), intervals: [], note: 'holiday' });
    expect(r.json.days[2].intervals).toEqual([{ opensAt: `${localDate('Asia/Taipei', 2)}T01:00:00.000Z`, closesAt: `${localDate('Asia/Taipei', 2)}T09:30:00.000Z` }]);
  });

  it('routes a topic to the queue listing it, and an unknown topic (or none) to the default queue', async () => {
    const loans = await call(server.url, 'GET', '/v1/availability?topic=loans');
    expect(loans.json.timezone).toBe('Europe/London');
    expect(loans.json.now.chat).toEqual({ available: true });
    expect(loans.json.now.agent).toEqual({ available: false, reason: 'no_agents_signed_in' });
    expect(loans.json.nextOpenAt).toBeUndefined();
    for (const query of ['?topic=mortgages', '']) expect((await call(server.url, 'GET', `/v1/availability${query}`)).json.timezone).toBe('Asia/Taipei');
  });
});

describe('the config file', () => {
  it('is documented, and a bad one stops the server with the JSON path of the problem', async () => {
    expect((await runServerToExit(['--help'])).output).toContain('--config');
    const file = configFile('bad.json', {
      routing: { queues: [{ id: 'cards', topics: ['cards'], timezone: 'Mars/Olympus_Mons', hours: { mon: [['09:00', '17:00']] } }] },
    });
    const bad = await runServerToExit(['--port', '0', '--config', file]);
    expect(bad.code).toBe(1);
    expect(bad.output.trim().split('\n')).toHaveLength(1);
    expect(bad.output).toContain('routing.queues[0].timezone');
    const hours = configFile('bad-hours.json', { routing: { queues: [{ id: 'cards', timezone: 'UTC', hours: { mon: [['09:00', '25:00']] } }] } });
    const badHours = await runServerToExit(['--port', '0'], { FOYER_CONFIG: hours });
    expect(badHours.code).toBe(1);
    expect(badHours.output).toContain('routing.queues[0].hours.mon[0][1]');
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
