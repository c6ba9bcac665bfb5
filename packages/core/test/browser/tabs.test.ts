/**
 * The browser TabCoordinator and Visibility in real Chromium: one leader among the origin's tabs
 * (Web Locks) with hand-over on tab close and on close(), BroadcastChannel messages to the other
 * tabs only, and document.visibilityState with its visibilitychange event.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { until } from './harness.js';
import { usePlatformPages } from './platform-pages.js';

const { newContext, openPage } = usePlatformPages();

describe('TabCoordinator (Web Locks + BroadcastChannel)', () => {
  const leaders = (pages: Page[]) => Promise.all(pages.map((p) => p.evaluate(() => foyerTest.state!.platform.tabs.isLeader)));

  it('elects exactly one leader of 3 tabs, relays broadcasts to the others only, and hands over', async () => {
    const context = await newContext();
    const pages = [await openPage(context), await openPage(context), await openPage(context)];
    const ids = await Promise.all(pages.map((p) => p.evaluate(async () => (await foyerTest.start('tabs')).tabId)));
    expect(new Set(ids).size).toBe(3);
    await until(async () => (await leaders(pages)).filter(Boolean).length === 1, 10_000, 'one leader');
    await new Promise((r) => setTimeout(r, 200)); // and it stays one
    expect((await leaders(pages)).filter(Boolean)).toHaveLength(1);

    // Every tab broadcasts once: each receives the two others' messages, never its own.
    for (const [i, p] of pages.entries()) await p.evaluate((i) => foyerTest.state!.platform.tabs.broadcast({ type: 'hello', n: i }), i);
    await until(async () => (await Promise.all(pages.map((p) => p.evaluate(() => foyerTest.state!.messages.length)))).every((n) => n === 2), 10_000, 'messages');
    for (const [i, p] of pages.entries()) {
      const got = await p.evaluate(() => foyerTest.state!.messages);
      expect(got.map((m) => m.n).sort()).toEqual([0, 1, 2].filter((n) => n !== i));
      expect(got.every((m) => m.type === 'hello' && m.from !== ids[i] && ids.includes(m.from))).toBe(true);
    }

    // The leader's tab closes: one of the two others takes over (the lock is released with the tab; the
    // bound is generous because a loaded CI box can be slow to tear a page down).
    const first = (await leaders(pages)).indexOf(true);
    await pages[first]!.close();
    const rest = pages.filter((_, i) => i !== first);
    await until(async () => (await leaders(rest)).filter(Boolean).length === 1, 10_000, 'hand-over after tab close');
    const second = rest[(await leaders(rest)).indexOf(true)]!;
    expect(await second.evaluate(() => foyerTest.state!.leadership)).toEqual([true]);

    // close() hands over too, without closing the tab, and says so to its own listeners first.
    const third = rest.find((p) => p !== second)!;
    await second.evaluate(() => foyerTest.state!.platform.tabs.close());
    expect(await second.evaluate(() => [foyerTest.state!.platform.tabs.isLeader, foyerTest.state!.leadership])).toEqual([false, [true, false]]);
    await until(() => third.evaluate(() => foyerTest.state!.platform.tabs.isLeader), 10_000, 'hand-over after close()');
    // A closed coordinator neither sends nor receives.
    await second.evaluate(() => foyerTest.state!.platform.tabs.broadcast({ type: 'after-close' }));
    await third.evaluate(() => foyerTest.state!.platform.tabs.broadcast({ type: 'to-closed' }));
    await new Promise((r) => setTimeout(r, 200));
    expect((await third.evaluate(() => foyerTest.state!.messages)).map((m) => m.type)).not.toContain('after-close');
    expect((await second.evaluate(() => foyerTest.state!.messages)).map((m) => m.type)).not.toContain('to-closed');
    await context.close();
  });

  it('a follower that closes withdraws its queued request and never becomes leader', async () => {
    const context = await newContext();
    const [a, b, c] = [await openPage(context), await openPage(context), await openPage(context)];
    await a.evaluate(() => foyerTest.start('queue'));
    await until(() => a.evaluate(() => foyerTest.state!.platform.tabs.isLeader), 10_000, 'a leads');
    await b.evaluate(() => foyerTest.start('queue'));
    await c.evaluate(() => foyerTest.start('queue'));
    await b.evaluate(() => foyerTest.state!.platform.tabs.close()); // b is queued first
    await a.evaluate(() => foyerTest.state!.platform.tabs.close());
    await until(() => c.evaluate(() => foyerTest.state!.platform.tabs.isLeader), 10_000, 'c leads');
    expect(await b.evaluate(() => foyerTest.state!.leadership)).toEqual([]);
    await context.close();
  });
});

describe('Visibility', () => {
  it('follows document.visibilityState and visibilitychange', async () => {
    const context = await newContext();
    const page = await openPage(context);
    const result = await page.evaluate(async () => {
      await foyerTest.start('vis');
      const { visibility } = foyerTest.state!.platform;
      const doc = (globalThis as unknown as { document: { dispatchEvent(e: unknown): void } }).document;
      const set = (state: string) => {
        Object.defineProperty(doc, 'visibilityState', { configurable: true, get: () => state });
        doc.dispatchEvent(new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('visibilitychange'));
        return visibility.isVisible();
      };
      const initially = visibility.isVisible();
      const seen: boolean[] = [];
      const off = visibility.onChange((v) => seen.push(v));
      const steps = [set('hidden'), set('hidden'), set('visible'), set('prerender')];
      off();
      set('visible');
      return { initially, steps, seen, recorded: foyerTest.state!.visibility };
    });
    expect(result.initially).toBe(true);
    expect(result.steps).toEqual([false, false, true, false]);
    expect(result.seen).toEqual([false, true, false]); // repeated 'hidden' is not a change; nothing after off()
    expect(result.recorded).toEqual([false, true, false, true]); // the platform-level listener is still on
    await context.close();
  });
});
