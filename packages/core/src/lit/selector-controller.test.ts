import { afterEach, describe, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { assign, createActor, setup, type ActorRefFrom } from 'xstate';
import { ActorSelectorController, clientStatus, type Subscribable } from './index.js';

const counter = setup({
  types: { context: {} as { count: number; other: number }, events: {} as { type: 'inc' } | { type: 'touch' } },
}).createMachine({
  context: { count: 0, other: 0 },
  on: {
    inc: { actions: assign({ count: ({ context }) => context.count + 1 }) },
    touch: { actions: assign({ other: ({ context }) => context.other + 1 }) },
  },
});
type CounterActor = ActorRefFrom<typeof counter>;
type CounterSnapshot = ReturnType<CounterActor['getSnapshot']>;

/** Wraps an actor to count live subscriptions. */
function tracked(actor: CounterActor): Subscribable<CounterSnapshot> & { live: number; total: number } {
  const t = {
    live: 0,
    total: 0,
    getSnapshot: () => actor.getSnapshot(),
    subscribe(listener: (s: CounterSnapshot) => void) {
      t.live++;
      t.total++;
      const sub = actor.subscribe(listener);
      return {
        unsubscribe() {
          t.live--;
          sub.unsubscribe();
        },
      };
    },
  };
  return t;
}

let source: Subscribable<CounterSnapshot> | undefined;

class CountView extends LitElement {
  renders = 0;
  count = new ActorSelectorController(this, source, (s) => s.context.count);
  override render() {
    this.renders++;
    return html`<span>${this.count.value}</span>`;
  }
}
customElements.define('test-count-view', CountView);

class PairView extends LitElement {
  renders = 0;
  // A new array on every snapshot: only a custom compare keeps it from re-rendering.
  pair = new ActorSelectorController(
    this,
    source,
    (s) => [s.context.count, s.context.count * 2],
    (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  );
  override render() {
    this.renders++;
    return html`${this.pair.value?.join(',')}`;
  }
}
customElements.define('test-pair-view', PairView);

const text = (el: LitElement) => el.shadowRoot?.textContent?.trim();

afterEach(() => {
  document.body.replaceChildren();
});

async function mount<T extends LitElement>(tag: string, actor: Subscribable<CounterSnapshot>, parent: Element = document.body): Promise<T> {
  source = actor;
  const el = document.createElement(tag) as T;
  source = undefined;
  parent.append(el);
  await el.updateComplete;
  return el;
}

describe('ActorSelectorController', () => {
  it('renders the selected value and updates the host only when it changes', async () => {
    const actor = createActor(counter).start();
    const el = await mount<CountView>('test-count-view', actor);
    expect(text(el)).toBe('0');
    expect(el.renders).toBe(1);

    actor.send({ type: 'touch' });
    actor.send({ type: 'touch' });
    await el.updateComplete;
    expect(el.renders).toBe(1);

    actor.send({ type: 'inc' });
    await el.updateComplete;
    expect(text(el)).toBe('1');
    expect(el.renders).toBe(2);
    actor.stop();
  });

  it('uses compare to decide what counts as a change', async () => {
    const actor = createActor(counter).start();
    const el = await mount<PairView>('test-pair-view', actor);
    actor.send({ type: 'touch' });
    await el.updateComplete;
    expect(el.renders).toBe(1);
    actor.send({ type: 'inc' });
    await el.updateComplete;
    expect(text(el)).toBe('1,2');
    expect(el.renders).toBe(2);
    actor.stop();
  });

  it('unsubscribes on disconnect and re-reads the snapshot when moved in the DOM', async () => {
    const actor = createActor(counter).start();
    const wrapped = tracked(actor);
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const el = await mount<CountView>('test-count-view', wrapped, first);
    expect(wrapped.live).toBe(1);

    el.remove();
    expect(wrapped.live).toBe(0);
    actor.send({ type: 'inc' });
    actor.send({ type: 'inc' });
    await el.updateComplete;
    expect(el.renders).toBe(1);
    expect(text(el)).toBe('0');

    second.append(el);
    await el.updateComplete;
    expect(wrapped.live).toBe(1);
    expect(wrapped.total).toBe(2);
    expect(text(el)).toBe('2');
    expect(el.renders).toBe(2);

    // A move within one call (disconnect + connect) keeps exactly one subscription.
    first.append(el);
    expect(wrapped.live).toBe(1);
    actor.send({ type: 'inc' });
    await el.updateComplete;
    expect(text(el)).toBe('3');
    actor.stop();
  });

  it('switches actors with setActor', async () => {
    const a = createActor(counter).start();
    const b = createActor(counter).start();
    b.send({ type: 'inc' });
    const el = await mount<CountView>('test-count-view', a);
    el.count.setActor(b);
    await el.updateComplete;
    expect(text(el)).toBe('1');
    a.send({ type: 'inc' });
    a.send({ type: 'inc' });
    await el.updateComplete;
    expect(text(el)).toBe('1');
    a.stop();
    b.stop();
  });

  it('adapts the client status observable', async () => {
    const listeners = new Set<(s: string) => void>();
    const client = {
      status: 'connecting',
      onStatus(listener: (s: string) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    class StatusView extends LitElement {
      status = new ActorSelectorController(this, clientStatus(client), (s) => s);
      override render() {
        return html`${this.status.value}`;
      }
    }
    customElements.define('test-status-view', StatusView);
    const el = document.createElement('test-status-view') as StatusView;
    document.body.append(el);
    await el.updateComplete;
    expect(text(el)).toBe('connecting');
    client.status = 'open';
    for (const l of listeners) l('open');
    await el.updateComplete;
    expect(text(el)).toBe('open');
    el.remove();
    expect(listeners.size).toBe(0);
  });
});
