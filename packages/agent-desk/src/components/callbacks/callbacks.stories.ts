// Storybook 10 CSF3 (web components); msw handlers through `parameters.msw.handlers`.
import { html } from 'lit';
import '../../define-all.js';
import { createDeskMock } from '../../testing/desk-mock.fixtures.js';
import { deskStore } from '../../testing/store.fixtures.js';

function callbacksStore() {
  const store = deskStore({ signedIn: true });
  store.select('callbacks');
  return store;
}

export default {
  title: 'Agent desk/Callbacks',
  component: 'foyer-desk-callbacks',
};

/** Requested (as soon as possible) and scheduled callbacks, each with a status update form. */
export const Callbacks = {
  parameters: { msw: { handlers: createDeskMock().handlers } },
  render: () => html`<foyer-desk-app style="block-size: 40rem" .store=${callbacksStore()}></foyer-desk-app>`,
};

export const NoCallbacks = {
  parameters: { msw: { handlers: createDeskMock({ callbacks: [] }).handlers } },
  render: () => html`<foyer-desk-app style="block-size: 40rem" .store=${callbacksStore()}></foyer-desk-app>`,
};
