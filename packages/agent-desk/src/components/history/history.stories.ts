// Storybook 10 CSF3 (web components); msw handlers through `parameters.msw.handlers`.
import { html } from 'lit';
import '../../define-all.js';
import { createDeskMock, endedSummary } from '../../testing/desk-mock.fixtures.js';
import { deskStore } from '../../testing/store.fixtures.js';

function historyStore() {
  const store = deskStore({ signedIn: true });
  store.select('history');
  return store;
}

export default {
  title: 'Agent desk/History',
  component: 'foyer-desk-history',
};

const ended = [
  endedSummary('conv-31', 'Mei Chen', 'agent', 60),
  endedSummary('conv-30', undefined, 'idle_timeout', 600),
  endedSummary('conv-29', 'Tom Baker', 'customer', 3600),
];

/** Earlier chats, two per page, with "Show more". */
export const EarlierChats = {
  parameters: { msw: { handlers: createDeskMock({ ended, pageSize: 2 }).handlers } },
  render: () => html`<foyer-desk-app style="block-size: 40rem" .store=${historyStore()}></foyer-desk-app>`,
};

export const NoEarlierChats = {
  parameters: { msw: { handlers: createDeskMock().handlers } },
  render: () => html`<foyer-desk-app style="block-size: 40rem" .store=${historyStore()}></foyer-desk-app>`,
};
