import { afterEach, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { ContextConsumer as LitContextConsumer, ContextProvider as LitContextProvider } from '@lit/context';
import { assign, createActor, setup } from 'xstate';
import type { ConversationActor } from '../machines/conversation/conversation.machine.js';
import { ContextProvider, conversationActorContext, foyerClientContext, selectFromContext } from './index.js';
import type { FoyerClient } from '../client.js';

const machine = setup({ types: { context: {} as { n: number }, events: {} as { type: 'bump' } } }).createMachine({
  context: { n: 0 },
  on: { bump: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
});

/** Stands in for the conversation actor: the bridge only needs subscribe/getSnapshot. */
const asConversation = (actor: unknown) => actor as ConversationActor;

class Leaf extends LitElement {
  // The real context key, the real ConversationActor type: the selector is typed from it.
  state = selectFromContext(this, conversationActorContext, (s) => (s as unknown as { context: { n: number } }).context.n);
  override render() {
    return html`${this.state.value ?? 'none'}`;
  }
}
customElements.define('test-context-leaf', Leaf);

/** Provides the actor and renders the leaf inside its own shadow root. */
class Root extends LitElement {
  provider = new ContextProvider(this, { context: conversationActorContext });
  clientProvider = new ContextProvider(this, { context: foyerClientContext, initialValue: {} as FoyerClient });
  override render() {
    return html`<div><test-context-leaf></test-context-leaf></div>`;
  }
}
customElements.define('test-context-root', Root);

afterEach(() => document.body.replaceChildren());

/** Appends a providing root (after `prepare`), and returns it with its leaf once both have rendered. */
async function mountRoot<R extends LitElement, L extends LitElement>(tag: string, leafTag: string, prepare: (root: R) => void = () => {}) {
  const root = document.createElement(tag) as R;
  prepare(root);
  document.body.append(root);
  await root.updateComplete;
  const leaf = root.shadowRoot!.querySelector(leafTag) as L;
  await leaf.updateComplete;
  return { root, leaf };
}

it('provides the actor to a nested element across a shadow root and follows a replaced actor', async () => {
  const first = createActor(machine).start();
  const second = createActor(machine).start();
  second.send({ type: 'bump' });
  second.send({ type: 'bump' });

  const { root, leaf } = await mountRoot<Root, Leaf>('test-context-root', 'test-context-leaf', (r) => r.provider.setValue(asConversation(first)));
  expect(leaf.shadowRoot!.textContent).toBe('0');

  first.send({ type: 'bump' });
  await leaf.updateComplete;
  expect(leaf.shadowRoot!.textContent).toBe('1');

  root.provider.setValue(asConversation(second));
  await leaf.updateComplete;
  expect(leaf.shadowRoot!.textContent).toBe('2');
  first.send({ type: 'bump' });
  await leaf.updateComplete;
  expect(leaf.shadowRoot!.textContent).toBe('2');
  first.stop();
  second.stop();
});

it('shows nothing until a provider answers', async () => {
  const leaf = document.createElement('test-context-leaf') as Leaf;
  document.body.append(leaf);
  await leaf.updateComplete;
  expect(leaf.state.value).toBeUndefined();
  expect(leaf.shadowRoot!.textContent).toBe('none');
});

/** @lit/context's own consumer, under our provider: the protocol is the same. */
class LitLeaf extends LitElement {
  client = new LitContextConsumer(this, { context: foyerClientContext, subscribe: true });
  override render() {
    return html`${(this.client.value as unknown as { name?: string } | undefined)?.name ?? 'none'}`;
  }
}
customElements.define('test-context-lit-leaf', LitLeaf);

/** Our provider around @lit/context's consumer. */
class LitLeafRoot extends LitElement {
  clientProvider = new ContextProvider(this, { context: foyerClientContext, initialValue: { name: 'first' } as unknown as FoyerClient });
  override render() {
    return html`<test-context-lit-leaf></test-context-lit-leaf>`;
  }
}
customElements.define('test-context-lit-leaf-root', LitLeafRoot);

/** @lit/context's provider around our selector. */
class LitProviderRoot extends LitElement {
  provider = new LitContextProvider(this, { context: conversationActorContext });
  override render() {
    return html`<test-context-leaf></test-context-leaf>`;
  }
}
customElements.define('test-context-lit-provider-root', LitProviderRoot);

it('speaks the community protocol with @lit/context either way round, and stops answering a disconnected consumer', async () => {
  const { root, leaf } = await mountRoot<LitLeafRoot, LitLeaf>('test-context-lit-leaf-root', 'test-context-lit-leaf');
  expect(leaf.shadowRoot!.textContent).toBe('first');
  // Each new value reaches it (its consumer compares our unsubscribe functions by identity).
  root.clientProvider.setValue({ name: 'second' } as unknown as FoyerClient);
  await leaf.updateComplete;
  expect(leaf.shadowRoot!.textContent).toBe('second');
  root.clientProvider.setValue({ name: 'third' } as unknown as FoyerClient);
  await leaf.updateComplete;
  expect(leaf.shadowRoot!.textContent).toBe('third');
  leaf.remove();
  root.clientProvider.setValue({ name: 'fourth' } as unknown as FoyerClient);
  expect(leaf.client.value).toEqual({ name: 'third' });

  const actor = createActor(machine).start();
  actor.send({ type: 'bump' });
  const { leaf: ours } = await mountRoot<LitProviderRoot, Leaf>('test-context-lit-provider-root', 'test-context-leaf', (r) => r.provider.setValue(asConversation(actor)));
  expect(ours.shadowRoot!.textContent).toBe('1');
  actor.send({ type: 'bump' });
  await ours.updateComplete;
  expect(ours.shadowRoot!.textContent).toBe('2');
  actor.stop();
});
