import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, contractViolations, runServerToExit, spawnServer, startPostgres, type ServerProcess, type TestPostgres } from '../src/testing/index.js';
import { call, conversation, eventsOf, guest, openStream, send, waitFor, writeConfig } from './support.js';
import { agentSend, escalate, openDesk } from './agent-support.js';

// Storage and transport are tested without the bot (it has its own suite), so only the customer writes.
const noBot = { FOYER_CONFIG: writeConfig({ bot: { enabled: false } }) };

describe('PGlite data directory', () => {
  it('refuses a second server on the same directory, and a killed server leaves no lock that blocks', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'foyer-lock-'));
    const first = await spawnServer({ dataDir, env: noBot });
    const s = await guest(first.url);
    const cid = await conversation(first.url, s.accessToken);
    await send(first.url, s.accessToken, cid, 'before the crash');

    const second = await runServerToExit(['--port', '0', '--data', dataDir]);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`in use by another foyer-server (pid ${first.pid})`);

    await first.kill();
    expect(existsSync(join(dataDir, 'foyer-server.lock'))).toBe(true); // stale, left by SIGKILL
    const third = await spawnServer({ dataDir, env: noBot });
    try {
      const texts = (await eventsOf(third.url, s.accessToken, cid)).filter((e) => e.type === 'message.created').map((e) => e.data.message.parts[0].text);
      expect(texts).toEqual(['before the crash']);
    } finally {
      expect(await third.stop()).toBe(0);
    }
    expect(existsSync(join(dataDir, 'foyer-server.lock'))).toBe(false); // released on a graceful stop
  });

  it('drains on SIGTERM: streams are told to reconnect, and the process exits 0', async () => {
    const server = await spawnServer();
    const s = await guest(server.url);
    const stream = openStream(server.url, s.accessToken);
    await waitFor('stream open', () => stream.raw().includes('stream open'));
    expect(await server.stop()).toBe(0);
    await stream.ended;
    expect(stream.events.at(-1)?.json).toMatchObject({ type: 'stream.reconnect', data: { reason: 'server_shutdown' } });
  });

  it('still stops on SIGTERM when whoever read its logs is gone (no spin on a broken stderr)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'foyer-orphan-'));
    const child = spawn(process.execPath, [cliPath, '--host', '127.0.0.1', '--port', '0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...noBot } });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const bound = setTimeout(() => child.kill('SIGKILL'), 30_000);
    try {
      await Promise.race([new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('listening on') && resolve())), exited]);
      // The reader goes away (a test runner or supervisor that died): every later log write fails with EPIPE.
      child.stdout.destroy();
      child.stderr.destroy();
      child.kill('SIGTERM'); // its "shutting down" log is the first write to fail
      expect(await exited).toBe(0);
    } finally {
      clearTimeout(bound);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('command line', () => {
  it('documents its options and rejects bad ones clearly', async () => {
    const help = await runServerToExit(['--help']);
    expect(help.code).toBe(0);
    for (const option of ['--port', '--host', '--data', 'DATABASE_URL', '--site-origin', '--host-jwks-url', '--event-retention', '--agent-desk', '--config']) expect(help.output).toContain(option);
    const bad = await runServerToExit(['--port', 'eighty']);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--port must be');
  });
});

describe('two server processes on one PostgreSQL', () => {
  let pg: TestPostgres;
  let one: ServerProcess;
  let two: ServerProcess;
  beforeAll(async () => {
    pg = await startPostgres();
    // Started together: migrations and the first signing key must not race. Each is kept as soon as it
    // is up, so afterAll stops it even when the other fails to start.
    const started = await Promise.allSettled([
      spawnServer({ databaseUrl: pg.url, env: noBot }).then((s) => (one = s)),
      spawnServer({ databaseUrl: pg.url, env: noBot }).then((s) => (two = s)),
    ]);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await pg?.stop();
  });

  it('accepts each other’s tokens and delivers a message posted through one to a stream on the other', async () => {
    const s = await guest(one.url);
    const cid = await conversation(two.url, s.accessToken);
    const stream = openStream(one.url, s.accessToken);
    await waitFor('stream open', () => stream.raw().includes('stream open'));
    for (let i = 0; i < 3; i++) expect((await send(two.url, s.accessToken, cid, `via two ${i}`)).status).toBe(201);
    await waitFor('three messages on process one', () => stream.events.filter((e) => e.json.type === 'message.created').length === 3);
    expect(stream.events.filter((e) => e.json.type === 'message.created').map((e) => e.json.seq)).toEqual([2, 3, 4]);
    await stream.close();
  });

  it('offers a customer waiting on one process to an agent whose desk is on the other, and both hear each other', async () => {
    const desk = await openDesk(one.url, 'agent@demo.bank', 'foyer-demo');
    const s = await guest(two.url);
    const cid = await conversation(two.url, s.accessToken);
    const stream = openStream(two.url, s.accessToken);
    await waitFor('stream open', () => stream.raw().includes('stream open'));
    expect((await escalate(two.url, s.accessToken, cid)).json.status).toBe('queued');
    await waitFor('offer on process one', () => desk.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
    expect((await call(one.url, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: desk.agent.accessToken })).status).toBe(200);
    await waitFor('participant.joined on process two', () => stream.events.find((e) => e.json.type === 'participant.joined'));
    expect((await agentSend(one.url, desk.agent, cid, 'from process one')).status).toBe(201);
    await waitFor('agent message on process two', () => stream.events.find((e) => e.json.type === 'message.created' && e.json.data.message.author.role === 'agent'));
    expect((await send(two.url, s.accessToken, cid, 'from process two')).status).toBe(201);
    await waitFor('customer message on process one', () => desk.ofType('message.created').find((e) => e.data.message.parts[0].text === 'from process two'));
    await call(one.url, 'POST', `/v1/agent/conversations/${cid}:end`, { token: desk.agent.accessToken });
    await Promise.all([stream.close(), desk.stream.close()]);
  });

  it('holds the rate limit across processes', async () => {
    const s = await guest(one.url);
    const cid = await conversation(one.url, s.accessToken);
    const statuses = [];
    const started = Date.now();
    for (let i = 0; i < 10; i++) statuses.push((await send(i % 2 ? one.url : two.url, s.accessToken, cid, `m${i}`)).status);
    // Burst 5, refilled at 2 per second: on a slow machine the ten sends take long enough to earn more.
    const earned = Math.floor((2 * (Date.now() - started)) / 1000);
    expect(statuses.filter((x) => x === 201).length).toBeLessThanOrEqual(5 + Math.max(1, earned));
    expect(statuses).toContain(429);
  });

  it('replays from a cursor taken on one process when resuming on the other', async () => {
    const s = await guest(one.url);
    const cid = await conversation(one.url, s.accessToken);
    const first = openStream(one.url, s.accessToken);
    await waitFor('stream open', () => first.raw().includes('stream open'));
    await send(one.url, s.accessToken, cid, 'seen');
    await waitFor('seen', () => first.events.some((e) => e.json.type === 'message.created'));
    const cursor = first.lastId()!;
    await first.close();
    await send(one.url, s.accessToken, cid, 'missed');
    const resumed = openStream(two.url, s.accessToken, cursor);
    await waitFor('missed', () => resumed.events.some((e) => e.json.type === 'message.created'));
    expect(resumed.events.filter((e) => e.json.type === 'message.created').map((e) => e.json.data.message.parts[0].text)).toEqual(['missed']);
    await resumed.close();
    expect((await call(two.url, 'GET', `/v1/conversations/${cid}`, { token: s.accessToken })).json.lastSeq).toBe(3);
  });
});

describe('event retention', () => {
  it('purges events past the retention; an older cursor gets stream.reset and the gap fill 410', async () => {
    const server = await spawnServer({ env: noBot, args: ['--event-retention', '1', '--maintenance-interval', '1'] });
    try {
      const s = await guest(server.url);
      const cid = await conversation(server.url, s.accessToken);
      const stream = openStream(server.url, s.accessToken);
      await waitFor('stream open', () => stream.raw().includes('stream open'));
      await send(server.url, s.accessToken, cid, 'old');
      await waitFor('old', () => stream.lastId());
      await stream.close();
      await send(server.url, s.accessToken, cid, 'also old');
      await new Promise((r) => setTimeout(r, 3500));
      const fill = await call(server.url, 'GET', `/v1/conversations/${cid}/events?afterSeq=0`, { token: s.accessToken });
      expect([fill.status, fill.json.code]).toEqual([410, 'resume_window_expired']);
      const resumed = openStream(server.url, s.accessToken, stream.lastId());
      await waitFor('reset', () => resumed.events.find((e) => e.json.type === 'stream.reset'));
      expect(resumed.events[0]!.json.data).toEqual({ conversationId: cid, reason: 'cursor_expired' });
      await resumed.close();
    } finally {
      await server.stop();
    }
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
