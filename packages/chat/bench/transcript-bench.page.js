/* global window, document, requestAnimationFrame -- a browser page (eslint's Node globals elsewhere) */
// The page side of transcript-bench.mjs: <foyer-transcript> (as built in dist) fed by a transcript store
// through the same contexts the panel provides, with N messages of history.
import { ContextProvider } from '@lit/context';
import { Transcript } from '@foyer/core';
import { conversationActorContext, foyerClientContext, loadTranslation } from '@foyer/core/lit';
import { FoyerTranscript } from '../dist/transcript/transcript.js';

FoyerTranscript.define('foyer-transcript');
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

function history(count) {
  const start = Date.now() - count * 60_000;
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i + 1}`,
    seq: i + 1,
    conversationId: 'c1',
    author: i % 2 ? { role: 'bot', id: 'bot', displayName: 'Foyer Assistant' } : { role: 'customer', id: 'cust-1' },
    createdAt: new Date(start + i * 60_000).toISOString(),
    parts: [{ type: 'text', text: i % 5 ? `Message number ${i + 1}` : `Message number ${i + 1}, which is a little longer so that it wraps onto a second line in the panel` }],
    attachments: [],
    status: 'sent',
  }));
}

window.benchTranscript = async (count) => {
  await loadTranslation('en');
  const store = new Transcript('c1');
  store.upsertMany(history(count), true);
  const client = { conversation: () => store, subscribe: () => () => {}, api: { markRead: async () => {} } };
  const actor = { getSnapshot: () => ({ context: { conversationId: 'c1' } }), subscribe: () => () => {} };
  const panel = document.createElement('div');
  panel.style.cssText = 'display:flex;flex-direction:column;inline-size:384px;block-size:640px';
  new ContextProvider(panel, { context: foyerClientContext, initialValue: client });
  new ContextProvider(panel, { context: conversationActorContext, initialValue: actor });
  const el = document.createElement('foyer-transcript');
  el.style.cssText = 'flex:1';
  const started = performance.now();
  panel.append(el);
  document.body.append(panel);
  const root = () => el.shadowRoot;
  // Rendered: every message, or (past the threshold) the virtual window with its spacers.
  while (!root()?.querySelector(count > 60 ? '.spacer' : `[role="listitem"]`)) await new Promise((r) => setTimeout(r, 1));
  await el.updateComplete;
  await frame();
  const firstRenderMs = performance.now() - started;
  const log = root().querySelector('.log');
  const domNodes = root().querySelectorAll('*').length;
  const items = root().querySelectorAll('[role="listitem"]').length;
  log.scrollTop = 0;
  await frame();
  await frame();
  const topReached = root().querySelector('[role="listitem"]').textContent.includes('Message number 1');
  const scrollStart = performance.now();
  let steps = 0;
  let maxItems = items;
  while (log.scrollHeight - log.scrollTop - log.clientHeight > 1 && steps < 100_000) {
    log.scrollTop += log.clientHeight;
    steps++;
    await frame();
    maxItems = Math.max(maxItems, root().querySelectorAll('[role="listitem"]').length);
  }
  const scrollMs = performance.now() - scrollStart;
  return { firstRenderMs, domNodes, items, maxItems, topReached, scrollMs, steps };
};
