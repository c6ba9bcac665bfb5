// Storybook 10 CSF3 (web components); msw handlers through `parameters.msw.handlers`.
import { html } from 'lit';
import '../../define-all.js';
import { createDeskMock, offer } from '../../testing/desk-mock.fixtures.js';
import { deskStore } from '../../testing/store.fixtures.js';

export default {
  title: 'Agent desk/Queue',
  component: 'foyer-desk-queue',
};

/** Signed in, available, nobody offered yet: the queues and who waits. */
export const IdleQueue = {
  parameters: { msw: { handlers: createDeskMock().handlers } },
  render: () => html`<foyer-desk-app style="block-size: 40rem" .store=${deskStore({ signedIn: true })}></foyer-desk-app>`,
};

/** Nobody waiting at all. */
export const EmptyQueue = {
  parameters: { msw: { handlers: createDeskMock({ queueEntries: [] }).handlers } },
  render: () => html`<foyer-desk-app style="block-size: 40rem" .store=${deskStore({ signedIn: true })}></foyer-desk-app>`,
};

/** An incoming chat from a premier customer: accept or decline before it expires (the title flashes; a beep sounds after a click). */
export const IncomingOffer = {
  parameters: { msw: { handlers: createDeskMock({ offers: [offer('conv-1', 'Mei Chen')] }).handlers } },
  render: () => html`<foyer-desk-app style="block-size: 40rem" .store=${deskStore({ signedIn: true })}></foyer-desk-app>`,
};

export const IncomingOfferSimplifiedChinese = {
  parameters: IncomingOffer.parameters,
  render: () => html`<foyer-desk-app lang="zh-CN" style="block-size: 40rem" .store=${deskStore({ signedIn: true })}></foyer-desk-app>`,
};
