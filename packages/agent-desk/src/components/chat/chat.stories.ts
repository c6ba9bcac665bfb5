// Storybook 10 CSF3 (web components); msw handlers through `parameters.msw.handlers`.
import { html } from 'lit';
import '../../define-all.js';
import { conversationView, createDeskMock, message } from '../../testing/desk-mock.fixtures.js';
import { deskStore } from '../../testing/store.fixtures.js';

export default {
  title: 'Agent desk/Chat',
  component: 'foyer-desk-chat',
};

const STATEMENT = new TextEncoder().encode('%PDF-1.7 mortgage statement');

const twoChats = () =>
  createDeskMock({
    files: { statement: { conversationId: 'conv-1', name: 'statement.pdf', mimeType: 'application/pdf', bytes: STATEMENT } },
    assigned: [conversationView('conv-1', 'Mei Chen'), conversationView('conv-2', 'Tom Baker')],
    messages: {
      'conv-1': [
        message('conv-1', 3, 'system', 'Mei Chen is now talking to Alex Agent'),
        message('conv-1', 4, 'customer', 'Hello, can I overpay my mortgage without a fee?', 'Mei Chen'),
        message('conv-1', 5, 'agent', 'Hi Mei, yes: up to **10 %** a year. See [our guide](https://bank.example/overpay).', 'Alex Agent'),
        // A file the customer sent: a download button in the transcript.
        { ...message('conv-1', 6, 'customer', 'Here is my latest statement', 'Mei Chen'), attachments: [{ id: 'statement', name: 'statement.pdf', mimeType: 'application/pdf', sizeBytes: STATEMENT.length, status: 'available' }] },
      ],
      'conv-2': [message('conv-2', 3, 'customer', 'My card was declined abroad', 'Tom Baker')],
    },
  });

function twoChatsStore() {
  const store = deskStore({ signedIn: true });
  store.select('chat', 'conv-1');
  return store;
}

/** Two chats at once; the first is open with its context panel (customer, page, bot details, bot conversation, searches, history). */
export const TwoChatsWithContext = {
  parameters: { msw: { handlers: twoChats().handlers } },
  render: () => html`<foyer-desk-app style="block-size: 44rem" .store=${twoChatsStore()}></foyer-desk-app>`,
};

export const TwoChatsTraditionalChinese = {
  parameters: TwoChatsWithContext.parameters,
  render: () => html`<foyer-desk-app lang="zh-TW" style="block-size: 44rem" .store=${twoChatsStore()}></foyer-desk-app>`,
};
