/**
 * This tab's visibility from document.visibilityState. The client uses it to decide, for instance,
 * whether a message was seen (read horizon) and whether to notify; 'prerender' counts as hidden.
 * Without a document (a worker) the tab counts as always visible, as in Node.
 */
import type { Visibility } from '../types.js';
import { browserGlobals } from './dom-types.js';

export function createVisibility(): Visibility {
  const doc = browserGlobals().document;
  const read = () => !doc || doc.visibilityState === 'visible';
  const listeners = new Set<(visible: boolean) => void>();
  let last = read();

  // One document listener for all subscribers, attached only while someone listens.
  const onEvent = () => {
    const now = read();
    if (now === last) return; // only real changes
    last = now;
    for (const listener of [...listeners]) listener(now);
  };

  return {
    isVisible: read,
    onChange(listener) {
      if (!doc) return () => undefined;
      if (listeners.size === 0) {
        last = read();
        doc.addEventListener('visibilitychange', onEvent);
      }
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        doc.removeEventListener('visibilitychange', onEvent);
      };
    },
  };
}
