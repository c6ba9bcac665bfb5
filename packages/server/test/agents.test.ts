import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, runServerToExit, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { PASSWORD, openDesk, routingConfig, setPresence, signInAgent, writeConfig } from './agent-support.js';
import { call, guest, openStream, waitFor } from './support.js';

describe('the embedded default', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('seeds the demo agent in general, cards and loans, and never logs its password', async () => {
    const session = await signInAgent(server.url, 'agent@demo.bank', 'foyer-demo');
    expect(session.displayName).toBeTruthy();
    expect((session as any).queues.map((q: { id: string }) => q.id)).toEqual(['general', 'cards', 'loans']);
    expect((session as any).maxConcurrentChats).toBe(3);
    expect(server.output()).not.toContain('foyer-demo');
  });

  it('serves canned responses in English and Chinese, filtered by q', async () => {
    const agent = await signInAgent(server.url, 'agent@demo.bank', 'foyer-demo');
    const en = await call(server.url, 'GET', '/v1/agent/canned-responses?locale=en', { token: agent.accessToken });
    expect(en.status).toBe(200);
    expect(en.json.items.length).toBeGreaterThan(2);
    expect(en.json.items.every((c: { locale?: string }) => c.locale === 'en')).toBe(true);
    const zh = await call(server.url, 'GET', '/v1/agent/canned-responses?locale=zh-CN', { token: agent.accessToken });
    expect(zh.json.items.map((c: any) => c.parts[0].text).join('')).toMatch(/您好/);
    const filtered = await call(server.url, 'GET', '/v1/agent/canned-responses?locale=en&q=goodbye', { token: agent.accessToken });
    expect(filtered.json.items.map((c: { id: string }) => c.id)).toEqual(['goodbye']);
  });

  it('disables an account that leaves the config: it cannot sign in and its sessions end', async () => {
    const demo = await signInAgent(server.url, 'agent@demo.bank', 'foyer-demo');
    await server.stop();
    server = await spawnServer({ dataDir: server.dataDir!, args: ['--config', writeConfig('others.json', routingConfig())] });
    const refused = await call(server.url, 'POST', '/v1/agent/sessions', { body: { email: 'agent@demo.bank', password: 'foyer-demo' } });
    expect([refused.status, refused.json.code]).toEqual([401, 'invalid_credentials']);
    expect((await call(server.url, 'GET', '/v1/agent/me/presence', { token: demo.accessToken })).json.code).toBe('session_expired');
    expect((await signInAgent(server.url, 'ada@bank.test')).displayName).toBe('Ada');
  });
});

describe('agent sign-in, tokens and presence', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await spawnServer({ args: ['--config', writeConfig('agents.json', routingConfig())] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('signs in with the right password and refuses a wrong one or an unknown e-mail alike', async () => {
    const good = await call(server.url, 'POST', '/v1/agent/sessions', { body: { email: 'ADA@bank.test', password: PASSWORD } });
    expect(good.status).toBe(200);
    expect(good.json).toMatchObject({ displayName: 'Ada', maxConcurrentChats: 2 });
    expect(good.json.queues.map((q: { id: string }) => q.id)).toEqual(['general', 'cards', 'loans', 'closed', 'slow']);
    const wrong = await call(server.url, 'POST', '/v1/agent/sessions', { body: { email: 'ada@bank.test', password: 'not the password' } });
    const unknown = await call(server.url, 'POST', '/v1/agent/sessions', { body: { email: 'nobody@bank.test', password: 'not the password' } });
    expect([wrong.status, wrong.json.code]).toEqual([401, 'invalid_credentials']);
    expect([unknown.status, unknown.json.code, unknown.json.detail]).toEqual([401, 'invalid_credentials', wrong.json.detail]);
    const missing = await call(server.url, 'POST', '/v1/agent/sessions', { body: { email: 'ada@bank.test' } });
    expect(missing.status).toBe(400);
    expect(missing.json.errors[0].pointer).toBe('/password');
  });

  it('keeps agent and customer tokens apart', async () => {
    const agent = await signInAgent(server.url, 'ada@bank.test');
    const customer = await guest(server.url);
    const agentOnCustomer = await call(server.url, 'GET', '/v1/conversations', { token: agent.accessToken });
    expect([agentOnCustomer.status, agentOnCustomer.json.code]).toEqual([401, 'invalid_token']);
    const customerOnAgent = await call(server.url, 'GET', '/v1/agent/me/presence', { token: customer.accessToken });
    expect([customerOnAgent.status, customerOnAgent.json.code]).toEqual([401, 'invalid_token']);
    expect((await call(server.url, 'GET', '/v1/agent/me/presence')).status).toBe(401);
  });

  it('starts offline, sets presence, tells the desk, refreshes and signs out', async () => {
    const agent = await signInAgent(server.url, 'bo@bank.test');
    const presence = await call(server.url, 'GET', '/v1/agent/me/presence', { token: agent.accessToken });
    expect(presence.json).toMatchObject({ status: 'offline', activeChats: 0, maxConcurrentChats: 3 });
    const desk = openStream(server.url, agent.accessToken, undefined, '/v1/agent/events');
    await waitFor('desk open', () => desk.raw().includes('stream open'));
    expect((await setPresence(server.url, agent, 'available')).status).toBe('available');
    await waitFor('presence.changed', () => desk.events.find((e) => e.json.type === 'presence.changed' && e.json.data.presence.status === 'available'));
    expect((await setPresence(server.url, agent, 'away')).status).toBe('away');
    const queues = await call(server.url, 'GET', '/v1/agent/queues', { token: agent.accessToken });
    expect(queues.json.items).toEqual([expect.objectContaining({ id: 'loans', name: 'Loans', waiting: 0, ewtSeconds: 120 })]);

    const refreshed = await call(server.url, 'POST', '/v1/agent/sessions/refresh', { body: { refreshToken: agent.refreshToken } });
    expect(refreshed.status).toBe(200);
    const reused = await call(server.url, 'POST', '/v1/agent/sessions/refresh', { body: { refreshToken: agent.refreshToken } });
    expect([reused.status, reused.json.code]).toEqual([401, 'session_expired']);
    const revoked = await call(server.url, 'GET', '/v1/agent/me/presence', { token: refreshed.json.accessToken });
    expect([revoked.status, revoked.json.code]).toEqual([401, 'session_expired']);

    const again = await signInAgent(server.url, 'bo@bank.test');
    expect((await call(server.url, 'DELETE', '/v1/agent/sessions/current', { token: again.accessToken })).status).toBe(204);
    expect((await call(server.url, 'GET', '/v1/agent/me/presence', { token: again.accessToken })).json.code).toBe('session_expired');
    await desk.close();
  });

  it('rejects a bad agents section naming the JSON path', async () => {
    const bad = await runServerToExit(['--port', '0', '--config', writeConfig('bad-agents.json', { agents: [{ email: 'x@bank.test', password: 'short', queues: ['general'] }] })]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('agents[0].password');
    const unknownQueue = await runServerToExit(['--port', '0', '--config', writeConfig('bad-queue.json', { agents: [{ email: 'x@bank.test', password: 'long enough', queues: ['general', 'mortgages'] }] })]);
    expect(unknownQueue.code).toBe(1);
    expect(unknownQueue.output).toContain('agents[0].queues[1]: "mortgages" is not the id of a queue');
  });

  it('shows a desk with nothing offered no offers and no chats', async () => {
    const desk = await openDesk(server.url, 'ada@bank.test');
    expect((await call(server.url, 'GET', '/v1/agent/offers', { token: desk.agent.accessToken })).json.items).toEqual([]);
    expect((await call(server.url, 'GET', '/v1/agent/conversations', { token: desk.agent.accessToken })).json.items).toEqual([]);
    expect((await call(server.url, 'GET', '/v1/agent/callbacks', { token: desk.agent.accessToken })).json.items).toEqual([]);
    await desk.stream.close();
  });
});

describe('the agent desk at /agent/', () => {
  let server: ServerProcess;
  let missing: ServerProcess;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foyer-desk-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Desk</title><script type="module" src="./assets/app-1a2b3c4d.js"></script>');
    writeFileSync(join(dir, 'assets', 'app-1a2b3c4d.js'), 'export {};');
    writeFileSync(join(dir, 'assets', 'desk.css'), 'body{}');
    writeFileSync(join(tmpdir(), 'foyer-secret.txt'), 'secret');
    // Each is kept as soon as it is up, so afterAll stops it even when the other fails to start.
    const started = await Promise.allSettled([
      spawnServer({ args: ['--agent-desk', dir] }).then((s) => (server = s)),
      spawnServer({ args: ['--agent-desk', join(dir, 'nope')] }).then((s) => (missing = s)),
    ]);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), missing?.stop()]);
  });

  it('serves the app with a strict CSP, the right types and cache headers', async () => {
    const redirect = await fetch(`${server.url}/agent`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([308, '/agent/']);
    const index = await fetch(`${server.url}/agent/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(
      "default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; media-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<title>Desk</title>');
    const js = await fetch(`${server.url}/agent/assets/app-1a2b3c4d.js`);
    expect([js.status, js.headers.get('content-type'), js.headers.get('cache-control')]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    const css = await fetch(`${server.url}/agent/assets/desk.css`);
    expect([css.status, css.headers.get('content-type')]).toEqual([200, 'text/css; charset=utf-8']);
    const route = await fetch(`${server.url}/agent/chats/123`);
    expect([route.status, route.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const head = await fetch(`${server.url}/agent/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('refuses directory traversal and missing files with a problem', async () => {
    for (const path of ['/agent/../foyer-secret.txt', '/agent/%2e%2e/foyer-secret.txt', '/agent/assets/%2e%2e%2f%2e%2e%2ffoyer-secret.txt', '/agent/..%5c..%5cfoyer-secret.txt', '/agent/missing.js']) {
      const r = await fetch(`${server.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(await r.text()).not.toContain('secret"');
    }
  });

  it('answers 404 when the desk is not built', async () => {
    const r = await fetch(`${missing.url}/agent/`);
    expect(r.status).toBe(404);
    expect(((await r.json()) as { code: string }).code).toBe('not_found');
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
