import { describe, expect, it } from 'vitest';
import { detectPlatform, isBrowserEnvironment, Transcript, type Message } from '../src/index.js';
import { createNodePlatform } from '../src/node/index.js';

describe('Node platform', () => {
  it('keeps outbox entries and values in memory, copied in and out', async () => {
    const p = createNodePlatform();
    expect(p.name).toBe('node');
    const entry = { clientMessageId: 'b', conversationId: 'c', idempotencyKey: 'b', body: { clientMessageId: 'b', parts: [] }, createdAt: '2', attempts: 0, state: 'pending' as const };
    await p.outbox.put(entry);
    await p.outbox.put({ ...entry, clientMessageId: 'a', createdAt: '1' });
    entry.attempts = 5;
    expect((await p.outbox.get('b'))!.attempts).toBe(0);
    expect((await p.outbox.list()).map((e) => e.clientMessageId)).toEqual(['a', 'b']);
    await p.outbox.delete('a');
    expect(await p.outbox.list()).toHaveLength(1);
    await p.storage.set('k', 'v');
    expect(await p.storage.get('k')).toBe('v');
    await p.storage.clear();
    expect(await p.storage.get('k')).toBeUndefined();
  });

  it('is its only tab, always leader until closed, always visible', () => {
    const p = createNodePlatform();
    const changes: boolean[] = [];
    p.tabs.onLeadershipChange((l) => changes.push(l));
    expect(p.tabs.isLeader).toBe(true);
    expect(p.visibility.isVisible()).toBe(true);
    p.tabs.broadcast({ type: 'foyer:bye' });
    p.tabs.close();
    expect(p.tabs.isLeader).toBe(false);
    expect(changes).toEqual([false]);
  });

  it('is what detectPlatform picks outside a browser', async () => {
    expect(isBrowserEnvironment()).toBe(false);
    expect((await detectPlatform('test')).name).toBe('node');
    expect(isBrowserEnvironment({ navigator: { locks: { request() {} } }, indexedDB: {}, BroadcastChannel: function BroadcastChannel() {}, document: {} })).toBe(true);
  });
});

describe('Transcript', () => {
  const msg = (seq: number, id = `m${seq}`, clientMessageId?: string): Message => ({
    id,
    seq,
    conversationId: 'c',
    author: { role: 'customer', id: 'x' },
    createdAt: 'x',
    parts: [{ type: 'text', text: String(seq) }],
    attachments: [],
    status: 'sent',
    ...(clientMessageId ? { clientMessageId } : {}),
  });

  it('orders by seq, replaces by seq or id, and hides pending entries once their message is in', () => {
    const t = new Transcript('c');
    const snapshots: unknown[] = [];
    t.subscribe((s) => snapshots.push(s));
    t.setOutbox([{ clientMessageId: 'k', conversationId: 'c', parts: [], createdAt: 'x', attempts: 1, state: 'pending' }]);
    expect(t.getSnapshot().pending).toHaveLength(1);
    for (const s of [3, 1, 2, 5]) t.upsert(msg(s));
    t.upsert(msg(4, 'm4', 'k'));
    t.upsert({ ...msg(2), status: 'read' });
    expect(t.getSnapshot().messages.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(t.getSnapshot().messages[1]!.status).toBe('read');
    expect(t.getSnapshot().pending).toEqual([]);
    const before = t.getSnapshot();
    t.remove('m3');
    expect(t.getSnapshot().messages.map((m) => m.seq)).toEqual([1, 2, 4, 5]);
    expect(before.messages).toHaveLength(5); // snapshots are immutable
    t.replaceAll([msg(7), msg(6)]);
    expect(t.getSnapshot().messages.map((m) => m.seq)).toEqual([6, 7]);
    expect(t.getSnapshot().historyLoaded).toBe(true);
    expect(snapshots.length).toBeGreaterThan(5);
  });
});
