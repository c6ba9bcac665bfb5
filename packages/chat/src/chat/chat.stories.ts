import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { escalationActorOf, type Availability, type ConversationEvent } from '@foyer/core';
import { AGENT, BOT, CLOSED, MockEngagement } from '../testing/mock-engagement.fixtures.js';
import { composerOf, deepText, storyChat, until, type StoryScript } from '../testing/story-chat.fixtures.js';

const quickReplies = (text: string) => [
  { type: 'markdown' as const, markdown: text ? `I can help with **${text}**.` : 'Hello! I am the **Foyer Assistant**. What can I help you with?' },
  {
    type: 'quick_replies' as const,
    replies: [
      { id: 'cards', label: 'Cards' },
      { id: 'loans', label: 'Loans' },
      { id: 'person', label: 'Talk to a person', value: 'escalate' },
    ],
  },
];

/** One story: a mock server, a script to its state, the text (or every text) its play function waits for, and one it must not show then. */
function chatStory(options: { mock?: MockEngagement; script?: StoryScript; start?: boolean; waitFor: string | string[]; absent?: string; globals?: Record<string, string>; dir?: 'rtl' }): StoryObj {
  const mock = options.mock ?? new MockEngagement({ botAnswer: quickReplies });
  return {
    ...(options.globals ? { globals: options.globals } : {}),
    parameters: { msw: { handlers: mock.handlers() } },
    render: (_args, { globals }) => {
      mock.reset();
      const panel = storyChat(mock, { theme: globals['theme'] as string, start: options.start ?? true, ...(options.script ? { script: options.script } : {}) });
      if (options.dir) panel.setAttribute('dir', options.dir);
      return panel;
    },
    play: async ({ canvasElement }) => {
      await until(() => [options.waitFor].flat().every((text) => deepText(canvasElement).includes(text)));
      if (options.absent && deepText(canvasElement).includes(options.absent)) throw new Error(`the story shows "${options.absent}"`);
    },
  };
}

const meta: Meta = {
  title: 'Chat/Panel',
  component: 'foyer-chat',
  parameters: { layout: 'padded' },
};
export default meta;

export const Empty = chatStory({ mock: new MockEngagement({ greeting: false }), waitFor: 'Ask us anything' });

export const BotWithQuickReplies = chatStory({ waitFor: 'Talk to a person' });

export const EscalationChoices = chatStory({
  script: (_mock, _id, host) => host.actor!.send({ type: 'REQUEST_HUMAN' }),
  waitFor: 'Chat with an agent',
});

export const OutOfHoursCallback = chatStory({
  mock: new MockEngagement({ botAnswer: quickReplies, availability: CLOSED }),
  script: (_mock, _id, host) => host.actor!.send({ type: 'REQUEST_HUMAN' }),
  // The reason, with the next opening in the page's language and time zone.
  waitFor: "We're closed now; we open at",
});

/** Closed: the callback form offers the times on offer only (no "as soon as possible"), loaded with it. */
export const OutOfHoursCallbackForm = chatStory({
  mock: new MockEngagement({
    botAnswer: quickReplies,
    availability: CLOSED,
    slots: [
      { id: 'slot-1', start: '2026-11-24T01:00:00Z', end: '2026-11-24T01:30:00Z' },
      { id: 'slot-2', start: '2026-11-24T02:00:00Z', end: '2026-11-24T02:30:00Z' },
    ],
  }),
  script: async (_mock, _id, host) => {
    host.actor!.send({ type: 'REQUEST_HUMAN' });
    await until(() => escalationActorOf(host.actor!)?.getSnapshot().matches('choosing') === true);
    escalationActorOf(host.actor!)!.send({ type: 'CHOOSE_CALLBACK' });
  },
  // The first time, as the chip shows it (the page's language and time zone).
  waitFor: ['Phone number with country code', new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-24T01:00:00Z'))],
  absent: 'As soon as possible',
});

/** Open and staffed, but the estimate passes the panel's limit (15 minutes by default). */
const LONG_WAIT: Availability = {
  timezone: 'Asia/Hong_Kong',
  now: { chat: { available: true, ewtSeconds: 1800, ewtSource: 'estimated' }, callback: { available: true }, call: { available: false } },
  days: [],
};
const NOBODY_SIGNED_IN: Availability = {
  timezone: 'Asia/Hong_Kong',
  now: { chat: { available: true }, agent: { available: false, reason: 'no_agents_signed_in' }, callback: { available: true }, call: { available: false } },
  days: [],
};
/** Agents signed in but all away: the customer may wait for them, or rather be called back. */
const AGENTS_AWAY: Availability = {
  timezone: 'Asia/Hong_Kong',
  now: { chat: { available: true, ewtSeconds: 240, ewtSource: 'estimated' }, agent: { available: false, reason: 'no_agents_available' }, callback: { available: true }, call: { available: false } },
  days: [],
};
const askForPerson: StoryScript = (_mock, _id, host) => host.actor!.send({ type: 'REQUEST_HUMAN' });

export const OverMaxWait = chatStory({ mock: new MockEngagement({ botAnswer: quickReplies, availability: LONG_WAIT }), script: askForPerson, waitFor: 'the wait is longer than 15 minutes', absent: 'Chat with an agent' });
export const OverMaxWaitSimplifiedChinese = chatStory({
  mock: new MockEngagement({ botAnswer: quickReplies, availability: LONG_WAIT }),
  script: askForPerson,
  globals: { locale: 'zh-CN' },
  waitFor: '等候时间超过 15',
});
export const NoAgentsSignedInTraditionalChinese = chatStory({
  mock: new MockEngagement({ botAnswer: quickReplies, availability: NOBODY_SIGNED_IN }),
  script: askForPerson,
  globals: { locale: 'zh-TW' },
  waitFor: '目前沒有真人客服在線',
});

export const AgentsAwayQueueOrCallback = chatStory({
  mock: new MockEngagement({ botAnswer: quickReplies, availability: AGENTS_AWAY }),
  script: askForPerson,
  waitFor: ['All our agents are busy right now.', 'Chat with an agent', 'Request a callback'],
});

/** The hand-over failed (or its code could not load, offline): back with the bot, saying so, with a way to ask again. */
export const EscalationUnavailable = chatStory({
  script: (_mock, id, host) => {
    host.actor!.send({ type: 'REQUEST_HUMAN' });
    const failed = { id: 'evt-failed', type: 'escalation.failed', conversationId: id, occurredAt: new Date().toISOString(), data: { reason: 'error' } };
    host.actor!.send(failed as ConversationEvent);
  },
  waitFor: 'We could not reach our agents just now',
});

function queuedScript(): { script: StoryScript } {
  return {
    script: (mock, id) => {
      mock.setState(id, 'queued');
      mock.queueUpdate(id, { position: 2, ewtSeconds: 300, ewtSource: 'estimated', queueName: 'cards', updatedAt: new Date().toISOString() });
    },
  };
}

export const QueuedWithPosition = chatStory({ ...queuedScript(), waitFor: ['You are number 2 in the queue', 'Call me back instead'] });

/** Waiting, the customer would rather be called back: the callback form, reached from the queue. */
const callbackFromQueue: StoryScript = async (mock, id, host, panel) => {
  await queuedScript().script(mock, id, host, panel);
  await until(() => host.actor!.getSnapshot().matches({ live: 'queued' }));
  host.actor!.send({ type: 'REQUEST_CALLBACK' });
};
export const QueuedCallbackInsteadTraditionalChinese = chatStory({ script: callbackFromQueue, globals: { locale: 'zh-TW' }, waitFor: '電話號碼（含國家／地區代碼）' });

/** The callback is booked, but ending the chat fails: the confirmation stays, beside the retry. */
export const CallbackBookedEndFailed = chatStory({
  mock: new MockEngagement({ botAnswer: quickReplies, failEnds: 1 }),
  script: async (mock, id, host, panel) => {
    await callbackFromQueue(mock, id, host, panel);
    await until(() => escalationActorOf(host.actor!)?.getSnapshot().matches({ callback: 'form' }) === true);
    const escalation = escalationActorOf(host.actor!)!;
    escalation.send({ type: 'SET_PHONE', phone: '+85223456789' });
    escalation.send({ type: 'SET_CONSENT', consent: true });
    escalation.send({ type: 'SUBMIT' });
  },
  waitFor: ['Thank you. We will call you back.', 'We could not end the chat.', 'Retry'],
});

/** A left message waits in the queue's inbox: no position or wait, nothing to leave. */
const leftMessage: StoryScript = (mock, id) => {
  mock.setState(id, 'queued');
  mock.queueUpdate(id, { ewtSource: 'estimated', queueName: 'cards', leftMessage: true, updatedAt: new Date().toISOString() });
};
export const MessageLeft = chatStory({ script: leftMessage, waitFor: 'Your message was sent. We will reply here.', absent: 'Leave the queue' });
export const MessageLeftSimplifiedChinese = chatStory({ script: leftMessage, globals: { locale: 'zh-CN' }, waitFor: '您的留言已发送', absent: '退出排队' });

/** Ending a chat that holds a left message takes it out of the team's inbox: the question says so. */
const endWithMessageLeft: StoryScript = async (mock, id, host, panel) => {
  await leftMessage(mock, id, host, panel);
  // The header's End chat button, beside Minimise, once the chat is live.
  await until(() => !!panel.shadowRoot?.querySelector('header button + button'));
  panel.shadowRoot!.querySelector<HTMLButtonElement>('header button')!.click();
};
export const MessageLeftEndingTraditionalChinese = chatStory({ script: endWithMessageLeft, globals: { locale: 'zh-TW' }, waitFor: ['確定要結束本次聊天嗎？', '結束後，您的留言將不再轉交我們的團隊處理。'] });

const connect: StoryScript = (mock, id) => {
  mock.say(id, { role: 'customer', id: 'cust-1' }, [{ type: 'text', text: 'I would like to talk to a person about my card.' }]);
  mock.agentJoins(id);
  mock.say(id, AGENT, [{ type: 'text', text: 'Hello, this is Mei. I can see you asked about your card. How can I help?' }]);
};

export const Connected = chatStory({ script: connect, waitFor: 'this is Mei' });

export const AgentTyping = chatStory({
  script: async (mock, id, host, panel) => {
    await connect(mock, id, host, panel);
    // Typing is ephemeral (never replayed): send it once the stream has delivered the agent's greeting
    // to the transcript, as a real agent's repeated typing notice would be heard then.
    await until(() => deepText(panel.shadowRoot!).includes('this is Mei'));
    mock.typing(id);
  },
  waitFor: 'Mei is typing',
});

export const Reconnecting = chatStory({ mock: new MockEngagement({ botAnswer: quickReplies, streamDown: true }), waitFor: 'Reconnecting' });

export const FailedMessage = chatStory({
  mock: new MockEngagement({ botAnswer: quickReplies, failSends: 409 }),
  script: (_mock, id, host) => void host.client!.sendMessage(id, 'Can you check my last payment?'),
  waitFor: 'Not sent',
});

export const Ended = chatStory({ script: (mock, id) => mock.end(id, 'agent', false), waitFor: 'The chat has ended' });

export const Survey = chatStory({ script: (mock, id) => mock.end(id, 'agent', true), waitFor: 'How did we do?' });

export const RichMessages = chatStory({
  script: (mock, id) => {
    mock.say(id, BOT, [
      { type: 'markdown', markdown: 'Our cards:\n1. **Platinum**, no annual fee\n2. *Travel*, with [lounge access](https://bank.example/travel)' },
      { type: 'card', card: { title: 'Platinum card', subtitle: 'No annual fee', text: 'Cash back on every purchase.', actions: [{ id: 'apply', label: 'Apply', kind: 'postback' }, { id: 'more', label: 'Details', kind: 'link', url: 'https://bank.example/platinum' }] } },
      { type: 'form', formId: 'contact', title: 'Your details', fields: [{ id: 'name', label: 'Name', kind: 'text', required: true }, { id: 'product', label: 'Product', kind: 'select', options: [{ value: 'card', label: 'Card' }, { value: 'loan', label: 'Loan' }] }] },
    ]);
  },
  waitFor: 'Your details',
});

export const LongHistory = chatStory({
  script: (mock, id) => {
    for (let i = 1; i <= 90; i++) mock.say(id, i % 2 ? { role: 'customer', id: 'cust-1' } : BOT, [{ type: 'text', text: `Message number ${i}` }]);
  },
  waitFor: 'Message number 90',
});

export const AttachmentUploading = chatStory({
  mock: new MockEngagement({ botAnswer: quickReplies, uploadDelayMs: 600_000 }),
  script: async (_mock, _id, _host, panel) => (await composerOf(panel)).attach([new File([new Uint8Array(300_000)], 'statement.png', { type: 'image/png' })]),
  waitFor: 'Uploading statement.png',
});

export const AttachmentRejected = chatStory({
  script: async (_mock, _id, _host, panel) =>
    (await composerOf(panel)).attach([new File(['x'], 'notes.txt', { type: 'text/plain' }), new File([new Uint8Array(10)], 'virus.png', { type: 'image/png' })]),
  waitFor: 'virus.png was rejected by our security check',
});

// The same states in the other locales and the dark theme (the toolbar switches any story; these run in CI).
export const QueuedSimplifiedChinese = chatStory({ ...queuedScript(), globals: { locale: 'zh-CN' }, waitFor: '您目前排在第 2 位' });
export const SurveyTraditionalChinese = chatStory({ script: (mock, id) => mock.end(id, 'agent', true), globals: { locale: 'zh-TW' }, waitFor: '送出評價' });
export const ConnectedDark = chatStory({ script: connect, globals: { theme: 'dark' }, waitFor: 'this is Mei' });
export const EscalationChoicesDarkTraditionalChinese = chatStory({
  script: (_mock, _id, host) => host.actor!.send({ type: 'REQUEST_HUMAN' }),
  globals: { theme: 'dark', locale: 'zh-TW' },
  waitFor: '與真人客服聊天',
});

// Logical properties only: a right-to-left page mirrors the panel.
export const RightToLeft = chatStory({ script: connect, dir: 'rtl', waitFor: 'this is Mei' });
