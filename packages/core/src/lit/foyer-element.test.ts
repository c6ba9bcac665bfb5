import { afterEach, expect, it, vi } from 'vitest';
import { html } from 'lit';
import { FoyerElement } from './index.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-test-ping': CustomEvent<{ n: number }>;
    'foyer-test-request-close': CustomEvent<undefined>;
  }
}

class Pinger extends FoyerElement {
  ping(n: number) {
    return this.emit('foyer-test-ping', { n });
  }
  requestClose() {
    return this.emit('foyer-test-request-close', undefined, { cancelable: true });
  }
}

class Outer extends FoyerElement {
  override render() {
    return html`<test-pinger></test-pinger>`;
  }
}

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

it('keeps its version in step with package.json', async () => {
  // Served raw by the test server, whose root is packages/core.
  const pkg = (await (await fetch('/package.json')).json()) as { version: string };
  expect(FoyerElement.version).toBe(pkg.version);
});

it('define() registers once and is safe to call again', () => {
  expect(Pinger.define('test-pinger')).toBe('defined');
  expect(Pinger.define('test-pinger')).toBe('already-defined');
  expect(customElements.get('test-pinger')).toBe(Pinger);
  expect(Outer.define('test-outer')).toBe('defined');
});

it('define() skips a tag held by another copy: same version silently, other version with a warning', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  class SameVersionCopy extends FoyerElement {}
  expect(SameVersionCopy.define('test-pinger')).toBe('already-defined');
  expect(warn).not.toHaveBeenCalled();

  class OlderCopy extends FoyerElement {
    static override version = '0.0.1';
  }
  expect(OlderCopy.define('test-pinger')).toBe('version-mismatch');
  expect(warn).toHaveBeenCalledOnce();
  expect(String(warn.mock.calls[0]?.[0])).toContain('0.0.1');
  expect(customElements.get('test-pinger')).toBe(Pinger);

  customElements.define('test-foreign', class extends HTMLElement {});
  expect(Pinger.define('test-foreign')).toBe('foreign');
});

it('emit() dispatches a bubbling, composed event that crosses shadow roots', async () => {
  const outer = document.createElement('test-outer') as Outer;
  document.body.append(outer);
  await outer.updateComplete;
  const inner = outer.shadowRoot!.querySelector('test-pinger') as Pinger;

  const seen: Array<{ n: number; target: EventTarget | null }> = [];
  document.addEventListener('foyer-test-ping', (e) => seen.push({ n: e.detail.n, target: e.target }), { once: true });
  const event = inner.ping(7);
  expect(event.bubbles && event.composed).toBe(true);
  expect(seen).toEqual([{ n: 7, target: outer }]);
});

it('emit() returns the event so cancelable requests can be vetoed', () => {
  const el = document.createElement('test-pinger') as Pinger;
  document.body.append(el);
  document.body.addEventListener('foyer-test-request-close', (e) => e.preventDefault(), { once: true });
  expect(el.requestClose().defaultPrevented).toBe(true);
  expect(el.requestClose().defaultPrevented).toBe(false);
});
