import { afterEach, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { ContextProvider } from '@lit/context';
import { assign, createActor, setup } from 'xstate';
import type { ConversationActor } from '../machines/conversation/conversation.machine.js';
import { conversationActorContext, foyerClientContext, selectFromContext } from './index.js';
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

it('provides the actor to a nested element across a shadow root and follows a replaced actor', async () => {
  const first = createActor(machine).start();
  const second = createActor(machine).start();
  second.send({ type: 'bump' });
  second.send({ type: 'bump' });

  const root = document.createElement('test-context-root') as Root;
  root.provider.setValue(asConversation(first));
  document.body.append(root);
  await root.updateComplete;
  const leaf = root.shadowRoot!.querySelector('test-context-leaf') as Leaf;
  await leaf.updateComplete;
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
