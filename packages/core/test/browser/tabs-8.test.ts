/**
 * Acceptance: "A browser test opens 8 tabs of one site against the server over HTTP/1.1 and every
 * tab receives every event." The real client (src/index.ts, bundled) runs in 8 pages of one origin
 * in one browser context (one IndexedDB, one lock manager, one BroadcastChannel space) against a
 * real foyer-server. Only the leader tab may hold a /v1/events stream (HTTP/1.1 allows ~6
 * connections per host, so 8 streams could not even all open); the others get events relayed.
 * Then the leader tab closes and the next leader must carry on without losing or doubling anything.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '@foyer/server/testing';
import type { ClientTestApi, SeenEvent } from './fixtures/client-page.js';
import { bundle, launchChromium, serve, until, type StaticServer } from './harness.js';

declare global {
  var foyerClientTest: ClientTestApi;
}

const TABS = 8;
const NAMESPACE = 'bank';

let browser: Browser;
let site: StaticServer;
let api: ServerProcess;
let disposeBundle: () => void;

beforeAll(async () => {
  const built = await bundle({ 'client-page': 'test/browser/fixtures/client-page.ts' });
  disposeBundle = built.dispose;
  // Each is kept as soon as it is up, so afterAll stops the server even when Chromium fails to start.
  const started = await Promise.allSettled([
    serve(built.dir).then((s) => (site = s)),
    launchChromium().then((b) => (browser = b)),
    spawnServer({ config: { bot: { enabled: false } }, args: ['--site-origin', '*', '--messages-per-second', '100', '--messages-burst', '100'] }).then((a) => (api = a)),
  ]);
  for (const result of started) if (result.status === 'rejected') throw result.reason;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.stop();
  if (api?.dataDir) rmSync(api.dataDir, { recursive: true, force: true }); // spawnServer's temp PGlite dir
  disposeBundle?.();
});

interface Tab {
  page: Page;
  /** GET /v1/events requests this page made. */
  streams: string[];
  errors: string[];
}

async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  const tab: Tab = { page, streams: [], errors: [] };
  page.on('request', (r) => {
    if (r.method() === 'GET' && new URL(r.url()).pathname === '/v1/events') tab.streams.push(r.url());
  });
  page.on('pageerror', (e) => tab.errors.push(e.message));
  // Chromium explains a CORS refusal only on the console; the client just sees "Failed to fetch".
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().includes('CORS')) tab.errors.push(m.text());
  });
  await page.goto(`${site.origin}/`);
  await page.addScriptTag({ url: '/client-page.js', type: 'module' });
  await page.waitForFunction(() => typeof globalThis.foyerClientTest === 'object');
  return tab;
}

/** What the server has for the conversation: the ground truth every tab is checked against. */
async function serverEvents(token: string, conversationId: string): Promise<{ id: string; seq: number; type: string }[]> {
  const res = await fetch(`${api.url}/v1/conversations/${conversationId}/events?afterSeq=0&limit=1000`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { events: { id: string; seq: number; type: string }[] }).events;
}

/** A message sent by the server side of the test, not through any tab. */
async function postMessage(token: string, conversationId: string, text: string): Promise<void> {
  const clientMessageId = randomUUID();
  const res = await fetch(`${api.url}/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': clientMessageId },
    body: JSON.stringify({ clientMessageId, parts: [{ type: 'text', text }] }),
  });
  expect(res.status).toBe(201);
}

const seenIn = (tab: Tab, conversationId: string, afterSeq: number): Promise<SeenEvent[]> =>
  tab.page.evaluate(([c, after]) => foyerClientTest.events.filter((e) => e.conversationId === c && typeof e.seq === 'number' && e.seq > after), [conversationId, afterSeq] as const);

const leaderIndex = async (tabs: Tab[]): Promise<number[]> => {
  const flags = await Promise.all(tabs.map((t) => t.page.evaluate(() => foyerClientTest.isLeader())));
  return flags.flatMap((f, i) => (f ? [i] : []));
};

/** Waits until every tab has every server event after `afterSeq`, then checks: once each, in seq order. */
async function expectEveryTabHasEverything(tabs: Tab[], token: string, conversationId: string, afterSeq: number, minNew: number): Promise<number> {
  let expected: { id: string; seq: number }[] = [];
  await until(
    async () => {
      expected = (await serverEvents(token, conversationId)).filter((e) => e.seq > afterSeq);
      if (expected.length < minNew) return false;
      const counts = await Promise.all(tabs.map(async (t) => (await seenIn(t, conversationId, afterSeq)).length));
      return counts.every((n) => n >= expected.length);
    },
    15_000,
    'every tab to receive every event',
  );
  await new Promise((r) => setTimeout(r, 300)); // would a duplicate still arrive?
  expected = (await serverEvents(token, conversationId)).filter((e) => e.seq > afterSeq);
  for (const [i, tab] of tabs.entries()) {
    const seen = await seenIn(tab, conversationId, afterSeq);
    expect({ tab: i, events: seen.map((e) => [e.seq, e.id]) }).toEqual({ tab: i, events: expected.map((e) => [e.seq, e.id]) });
  }
  return expected[expected.length - 1]!.seq;
}

/** Opens `count` tabs; the first creates the session and the conversation, the others then resume it. */
async function startTabs(count: number) {
  const context = await browser.newContext();
  const tabs: Tab[] = [await openTab(context)];
  await tabs[0]!.page.evaluate(([url, ns]) => foyerClientTest.start(url, ns), [api.url, NAMESPACE] as const);
  const conversationId = await tabs[0]!.page.evaluate(() => foyerClientTest.createConversation());
  const token = (await tabs[0]!.page.evaluate(() => foyerClientTest.accessToken()))!;
  expect(token).toBeTruthy();
  // Opened and started all at once; the session comes from the shared IndexedDB.
  tabs.push(...(await Promise.all(Array.from({ length: count - 1 }, () => openTab(context)))));
  await Promise.all(tabs.slice(1).map((t) => t.page.evaluate(([url, ns]) => foyerClientTest.start(url, ns), [api.url, NAMESPACE] as const)));
  const sessions = await Promise.all(tabs.map((t) => t.page.evaluate(() => foyerClientTest.client!.session?.sessionId)));
  expect(new Set(sessions).size).toBe(1);
  const leader = await waitForLeader(tabs);
  const baseline = (await serverEvents(token, conversationId)).at(-1)?.seq ?? 0;
  return { context, tabs, conversationId, token, leader, baseline };
}

/** Exactly one leader among `tabs`, with its stream open; returns its index. */
async function waitForLeader(tabs: Tab[]): Promise<number> {
  let leaders: number[] = [];
  await until(
    async () => {
      leaders = await leaderIndex(tabs);
      return leaders.length === 1 && (await tabs[leaders[0]!]!.page.evaluate(() => foyerClientTest.status())) === 'open';
    },
    10_000,
    'exactly one leader with an open stream',
  ).catch(async (error: Error) => {
    const state = await Promise.all(tabs.map((t) => t.page.evaluate(() => ({ leader: foyerClientTest.isLeader(), status: foyerClientTest.status(), errors: foyerClientTest.errors.slice(0, 2) }))));
    throw new Error(`${error.message}: ${JSON.stringify(state)} ${JSON.stringify([...new Set(tabs.flatMap((t) => t.errors))])}`);
  });
  return leaders[0]!;
}

async function expectNoErrors(tabs: Tab[]): Promise<void> {
  const clientErrors = (await Promise.all(tabs.filter((t) => !t.page.isClosed()).map((t) => t.page.evaluate(() => foyerClientTest.errors)))).flat();
  expect({ pageErrors: tabs.flatMap((t) => t.errors), clientErrors }).toEqual({ pageErrors: [], clientErrors: [] });
}

describe('8 tabs of one site, one event stream', () => {
  it('every tab receives every event exactly once over one /v1/events stream, also after the leader tab closes', async () => {
    const { context, tabs, conversationId, token, leader: first, baseline } = await startTabs(TABS);

    // Messages from the server side and from a follower tab (its outbox is sent by the leader).
    for (let i = 0; i < 5; i++) await postMessage(token, conversationId, `server ${i}`);
    const follower = tabs.findIndex((_, i) => i !== first);
    await tabs[follower]!.page.evaluate((c) => foyerClientTest.send(c, 'from a follower tab'), conversationId);
    const mid = await expectEveryTabHasEverything(tabs, token, conversationId, baseline, 6);

    // Exactly one stream for 8 tabs, and it is the leader's.
    expect(tabs.map((t) => t.streams.length)).toEqual(tabs.map((_, i) => (i === first ? 1 : 0)));

    // Hand-over: the leader tab goes away; another takes the stream and nothing is lost or doubled.
    await tabs[first]!.page.close();
    const rest = tabs.filter((_, i) => i !== first);
    const second = await waitForLeader(rest);
    for (let i = 0; i < 5; i++) await postMessage(token, conversationId, `after hand-over ${i}`);
    await rest[(second + 1) % rest.length]!.page.evaluate((c) => foyerClientTest.send(c, 'from a follower after hand-over'), conversationId);
    await expectEveryTabHasEverything(rest, token, conversationId, mid, 6);
    // Everything since the 8 tabs started, once each, in every remaining tab.
    await expectEveryTabHasEverything(rest, token, conversationId, baseline, 12);
    expect(rest.map((t) => t.streams.length)).toEqual(rest.map((_, i) => (i === second ? 1 : 0)));
    await expectNoErrors(tabs);
    await context.close();
  }, 60_000);

  it('the leader tab closes right after relaying events: the next leader does not deliver them again', async () => {
    const { context, tabs, conversationId, token, leader: first, baseline } = await startTabs(3);
    for (let i = 0; i < 3; i++) await postMessage(token, conversationId, `just before the close ${i}`);
    const last = (await serverEvents(token, conversationId)).at(-1)!.seq;
    // Mid-way: the leader has the events (and relayed them) but closes before its write-behind
    // cursor save (200 ms), the realistic case of a tab closed while messages arrive.
    await tabs[first]!.page.waitForFunction(([c, s]) => foyerClientTest.events.some((e) => e.conversationId === c && e.seq === s), [conversationId, last] as const, { polling: 5 });
    await tabs[first]!.page.close();
    const rest = tabs.filter((_, i) => i !== first);
    await waitForLeader(rest);
    for (let i = 0; i < 3; i++) await postMessage(token, conversationId, `after the close ${i}`);
    await expectEveryTabHasEverything(rest, token, conversationId, baseline, 6);
    await expectNoErrors(tabs);
    await context.close();
  }, 30_000);

  it('tabs that start together on a fresh site end on one session', async () => {
    const context = await browser.newContext();
    const tabs = await Promise.all(Array.from({ length: 4 }, () => openTab(context)));
    await Promise.all(tabs.map((t) => t.page.evaluate(([url, ns]) => foyerClientTest.start(url, ns), [api.url, NAMESPACE] as const)));
    const sessions = await Promise.all(tabs.map((t) => t.page.evaluate(() => foyerClientTest.client!.session?.sessionId)));
    expect(sessions.every(Boolean)).toBe(true);
    expect(new Set(sessions).size).toBe(1);
    await expectNoErrors(tabs);
    await context.close();
  }, 30_000);
});
