/**
 * The browser OutboxStore and KeyValueStore in real Chromium: IndexedDB shared by the origin's tabs
 * and kept across reloads, closing on versionchange, and the memory fallback (with its typed reason)
 * when IndexedDB is missing or refuses to open.
 */
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/platform/types.js';
import { usePlatformPages } from './platform-pages.js';

const { newContext, openPage, load } = usePlatformPages();

const entry = (id: string, createdAt: string): OutboxEntry => ({
  clientMessageId: id,
  conversationId: 'conv-1',
  idempotencyKey: `idem-${id}`,
  body: { clientMessageId: id, parts: [{ type: 'text', text: `hello ${id}` }] },
  createdAt,
  attempts: 0,
  state: 'pending',
});

describe('IndexedDB outbox and key-value store', () => {
  it('put/get/list/delete/clear, shared by a second tab and kept across a reload', async () => {
    const context = await newContext();
    const [a, b] = [await openPage(context), await openPage(context)];
    const entries = [entry('m-2', '2025-01-01T10:00:02.000Z'), entry('m-3', '2025-01-01T10:00:03.000Z'), entry('m-1', '2025-01-01T10:00:01.000Z')];

    const inA = await a.evaluate(async (entries) => {
      const { storageMode } = await foyerTest.start('store');
      const { outbox, storage } = foyerTest.state!.platform;
      for (const e of entries) await outbox.put(e);
      await outbox.put({ ...entries[0]!, attempts: 3 }); // put replaces by clientMessageId
      await storage.set('session', 'token-1');
      await storage.set('cursor', '42');
      await storage.delete('cursor');
      return { storageMode, got: await outbox.get('m-2'), missing: await outbox.get('nope'), ids: (await outbox.list()).map((e) => e.clientMessageId), session: await storage.get('session'), cursor: await storage.get('cursor') };
    }, entries);
    expect(inA.storageMode).toBe('indexeddb');
    expect(inA.got).toEqual({ ...entries[0], attempts: 3 });
    expect(inA.missing).toBeUndefined();
    expect(inA.ids).toEqual(['m-1', 'm-2', 'm-3']);
    expect(inA.session).toBe('token-1');
    expect(inA.cursor).toBeUndefined();

    // A second tab of the origin sees the same rows, and its delete is seen by the first.
    const inB = await b.evaluate(async () => {
      await foyerTest.start('store');
      const { outbox, storage } = foyerTest.state!.platform;
      const before = (await outbox.list()).map((e) => e.clientMessageId);
      await outbox.delete('m-1');
      return { before, session: await storage.get('session') };
    });
    expect(inB).toEqual({ before: ['m-1', 'm-2', 'm-3'], session: 'token-1' });
    expect(await a.evaluate(async () => (await foyerTest.state!.platform.outbox.list()).map((e) => e.clientMessageId))).toEqual(['m-2', 'm-3']);

    // Persistent: a reload of A finds the data again.
    await a.reload();
    await load(a);
    const reloaded = await a.evaluate(async () => {
      await foyerTest.start('store');
      const { outbox, storage } = foyerTest.state!.platform;
      return { ids: (await outbox.list()).map((e) => e.clientMessageId), session: await storage.get('session') };
    });
    expect(reloaded).toEqual({ ids: ['m-2', 'm-3'], session: 'token-1' });

    // clear() in B empties both stores for A too; another namespace was never touched.
    const cleared = await b.evaluate(async () => {
      await foyerTest.state!.platform.storage.clear();
      const other = await foyerTest.createBrowserPlatform('other');
      return { otherIds: await other.outbox.list() };
    });
    expect(cleared.otherIds).toEqual([]);
    expect(await a.evaluate(async () => ({ ids: await foyerTest.state!.platform.outbox.list(), session: (await foyerTest.state!.platform.storage.get('session')) ?? null }))).toEqual({ ids: [], session: null });
    await context.close();
  });

  it('closes on versionchange so a newer schema in another tab is not blocked, and keeps working after', async () => {
    const context = await newContext();
    const [a, b] = [await openPage(context), await openPage(context)];
    await a.evaluate(async () => {
      await foyerTest.start('upgrade');
      await foyerTest.state!.platform.storage.set('k', 'v1');
    });
    const upgrade = await b.evaluate(
      () =>
        new Promise<{ blocked: boolean; version: number }>((resolve, reject) => {
          let blocked = false;
          const idb = (globalThis as unknown as { indexedDB: { open(n: string, v: number): any } }).indexedDB;
          const request = idb.open('foyer:upgrade', 2);
          request.onblocked = () => (blocked = true);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const version = request.result.version as number;
            request.result.close();
            resolve({ blocked, version });
          };
        }),
    );
    expect(upgrade).toEqual({ blocked: false, version: 2 });
    // A reopens the upgraded database (its stores are still there) and goes on.
    expect(await a.evaluate(async () => {
      const { storage } = foyerTest.state!.platform;
      await storage.set('k', 'v2');
      return storage.get('k');
    })).toBe('v2');
    await context.close();
  });

  it('falls back to memory with a typed reason when IndexedDB is missing or refuses to open', async () => {
    const context = await newContext();
    const page = await openPage(context);
    const result = await page.evaluate(async () => {
      const g = globalThis as unknown as { indexedDB: { open(): never } };
      const real = g.indexedDB;
      Object.defineProperty(globalThis, 'indexedDB', { configurable: true, value: undefined });
      const missing = await foyerTest.createBrowserPlatform('fallback');
      // What some private modes do: open() throws synchronously.
      Object.defineProperty(globalThis, 'indexedDB', {
        configurable: true,
        value: { open: () => { throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' }); } },
      });
      const refused = await foyerTest.createBrowserPlatform('fallback');
      Object.defineProperty(globalThis, 'indexedDB', { configurable: true, value: real });
      await refused.outbox.put({ clientMessageId: 'x', conversationId: 'c', idempotencyKey: 'x', body: { clientMessageId: 'x', parts: [] }, createdAt: new Date().toISOString(), attempts: 0, state: 'pending' });
      const beforeClear = (await refused.outbox.list()).length;
      await refused.storage.set('a', 'b');
      await refused.storage.clear();
      return { missing: [missing.storageMode, missing.fallback], refused: [refused.storageMode, refused.fallback], beforeClear, afterClear: (await refused.outbox.list()).length, kv: (await refused.storage.get('a')) ?? null };
    });
    expect(result.missing).toEqual(['memory', { storage: { kind: 'no-indexeddb' } }]);
    expect(result.refused).toEqual(['memory', { storage: { kind: 'open-failed', name: 'SecurityError', message: 'The operation is insecure.' } }]);
    expect(result).toMatchObject({ beforeClear: 1, afterClear: 0, kv: null });
    await context.close();
  });
});
