import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, runServerToExit, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call, eventsOf, send, writeConfig } from './support.js';

let demo: ServerProcess;
let configured: ServerProcess;
let silent: ServerProcess;

beforeAll(async () => {
  [demo, configured, silent] = await Promise.all([
    spawnServer(),
    spawnServer({
      env: {
        FOYER_CONFIG: writeConfig({
          bot: {
            detailsMode: 'steps',
            answerFormat: 'card',
            name: { en: 'Config bot' },
            texts: { greeting: { en: 'Hi from the config file', 'zh-CN': '来自配置文件的问候' } },
            topics: [
              { id: 'cards', label: { en: 'Cards', 'zh-CN': '卡' }, keywords: ['card'], products: [{ id: 'gold', label: 'Gold card', keywords: ['gold'] }], faq: [{ id: 'pin', question: 'I forgot my PIN', answer: 'Order a new PIN in the app.', keywords: ['pin'] }] },
              { id: 'other', label: 'Other' },
            ],
          },
        }),
      },
    }),
    spawnServer({ env: { FOYER_CONFIG: writeConfig({ bot: { enabled: false } }) } }),
  ]);
});
afterAll(async () => {
  await Promise.all([demo?.stop(), configured?.stop(), silent?.stop()]);
});

async function chat(base: string, locale = 'en') {
  const s = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest', locale, deviceId: randomUUID() } });
  const token = s.json.accessToken as string;
  const c = await call(base, 'POST', '/v1/conversations', { token, body: { clientConversationId: randomUUID() } });
  expect(c.status).toBe(201);
  const id = c.json.id as string;
  const messages = async () => (await call(base, 'GET', `/v1/conversations/${id}/messages?limit=100`, { token })).json.items as any[];
  const conversation = async () => (await call(base, 'GET', `/v1/conversations/${id}`, { token })).json;
  /** Sends, then returns the bot messages written after the customer's. */
  const say = async (body: { parts: unknown[] }) => {
    const r = await call(base, 'POST', `/v1/conversations/${id}/messages`, { token, body: { clientMessageId: randomUUID(), ...body }, headers: { 'idempotency-key': randomUUID() } });
    expect(r.status).toBe(201);
    return (await messages()).filter((m) => m.seq > r.json.seq);
  };
  const text = (t: string) => say({ parts: [{ type: 'text', text: t }] });
  const pick = (replyId: string, label = replyId) => say({ parts: [{ type: 'quick_reply_selection', replyId, text: label }] });
  return { token, id, created: c.json, messages, conversation, say, text, pick };
}

const partsOf = (messages: any[]) => messages.flatMap((m) => m.parts);
const replyIds = (messages: any[]) => partsOf(messages).filter((p) => p.type === 'quick_replies').flatMap((p) => p.replies.map((r: any) => r.id));

/** Every quick-replies part the bot sent offers "Talk to a person". */
function expectEscalateEverywhere(messages: any[]) {
  for (const part of partsOf(messages).filter((p) => p.type === 'quick_replies')) {
    expect(part.replies.at(-1)).toMatchObject({ id: 'escalate', value: 'escalate' });
  }
}

describe('the demo bank bot', () => {
  it('greets a new chat with topics and "Talk to a person", in the same transaction as the conversation', async () => {
    const c = await chat(demo.url);
    expect(c.created.state).toBe('bot');
    expect(c.created.participants).toContainEqual({ role: 'bot', id: 'bot', displayName: 'Foyer Bank assistant' });
    const [greeting, ...rest] = await c.messages();
    expect(rest).toEqual([]);
    expect(greeting.author).toEqual({ role: 'bot', id: 'bot', displayName: 'Foyer Bank assistant' });
    expect(greeting.parts[0]).toEqual({ type: 'text', text: expect.stringContaining('Foyer Bank assistant') });
    expect(replyIds([greeting])).toEqual(['topic:cards', 'topic:loans', 'topic:accounts', 'topic:other', 'escalate']);
    expect(greeting.parts[1].replies.at(-1)).toEqual({ id: 'escalate', label: 'Talk to a person', value: 'escalate' });
    const events = await eventsOf(demo.url, c.token, c.id);
    expect(events.map((e) => [e.type, e.actor?.role])).toEqual([['conversation.created', 'customer'], ['message.created', 'bot']]);
  });

  it('takes a topic from a quick reply, sets the topic and context, and offers its FAQ', async () => {
    const c = await chat(demo.url);
    const replies = await c.pick('topic:loans', 'Loans');
    expect(replies).toHaveLength(1);
    expect(replies[0].author.role).toBe('bot');
    expect(replies[0].parts[0].prompt).toBe('Loans: here are answers to common questions.');
    expect(replyIds(replies)).toEqual(['faq:loan-rates', 'faq:loan-apply', 'details', 'escalate']);
    const conv = await c.conversation();
    expect(conv.topic).toBe('loans');
    expect(conv.context).toEqual({ 'bot.topic': 'loans' });
  });

  it('routes free text by keywords to a topic', async () => {
    const c = await chat(demo.url);
    const replies = await c.text('I want to move money from my Savings account');
    expect(replyIds(replies)).toEqual(['faq:transfer-time', 'faq:statement', 'details', 'escalate']);
    expect((await c.conversation()).topic).toBe('accounts');
  });

  it('suggests the matching FAQ answer as markdown, from free text and from a quick reply', async () => {
    const c = await chat(demo.url);
    const replies = await c.text('Help, my CARDS were stolen!');
    expect(replies[0].parts[0]).toEqual({ type: 'markdown', markdown: expect.stringContaining('**Lost or stolen card**') });
    expect(replyIds(replies)).toEqual(['resolved', 'details', 'escalate']);
    expect(await c.conversation()).toMatchObject({ topic: 'cards', context: { 'bot.topic': 'cards', 'bot.faq': 'lost-card' } });
    const limit = await c.pick('faq:card-limit');
    expect(limit[0].parts[0].markdown).toContain('Card limits');
    const glad = await c.pick('resolved', 'Yes, thanks');
    expect(glad[0].parts[0].prompt).toBe('Glad I could help. Anything else?');
  });

  it('collects product and question with a form before handover, into the context', async () => {
    const c = await chat(demo.url);
    await c.pick('topic:cards');
    const [formMessage] = await c.pick('details', 'I still need help');
    const form = formMessage.parts.find((p: any) => p.type === 'form');
    expect(form.formId).toBe('bot.details');
    expect(form.fields.map((f: any) => [f.id, f.kind, f.required])).toEqual([['product', 'select', false], ['question', 'textarea', true]]);
    expect(form.fields[0].options.map((o: any) => o.value)).toEqual(['credit-card', 'debit-card', 'none']);
    expect(replyIds([formMessage])).toEqual(['escalate']);

    const empty = await c.say({ parts: [{ type: 'form_submission', formId: 'bot.details', values: { product: 'credit-card', question: '  ' } }] });
    expect(empty[0].parts[0].text).toContain('Please write your question');
    expect(empty[0].parts.some((p: any) => p.type === 'form')).toBe(true);

    const noted = await c.say({ parts: [{ type: 'form_submission', formId: 'bot.details', values: { product: 'credit-card', question: 'Why was my payment declined?' } }] });
    expect(noted[0].parts[0].text).toBe('Thank you, I have noted: Credit card: "Why was my payment declined?". A colleague will see this when you talk to a person.');
    expect(replyIds(noted)).toEqual(['restart', 'escalate']);
    expect(await c.conversation()).toMatchObject({ topic: 'cards', context: { 'bot.topic': 'cards', 'bot.product': 'credit-card', 'bot.question': 'Why was my payment declined?' } });
  });

  it('acknowledges "Talk to a person" briefly and then stays silent', async () => {
    const c = await chat(demo.url);
    const ack = await c.pick('escalate', 'Talk to a person');
    expect(ack).toHaveLength(1);
    expect(ack[0].parts).toEqual([{ type: 'text', text: 'Of course. Let me find a colleague for you.' }]);
    expect(await c.text('hello? my card')).toEqual([]);
  });

  it('answers a retried message once (the reply is part of the same write)', async () => {
    const c = await chat(demo.url);
    const body = { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'loan' }] };
    const first = await send(demo.url, c.token, c.id, '', 'key-1', body);
    const again = await send(demo.url, c.token, c.id, '', 'key-2', body);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect((await c.messages()).map((m) => m.author.role)).toEqual(['bot', 'customer', 'bot']);
  });

  it('answers an initial message sent with the new conversation, after the greeting', async () => {
    const s = await call(demo.url, 'POST', '/v1/sessions', { body: { kind: 'guest', locale: 'en' } });
    const token = s.json.accessToken;
    const c = await call(demo.url, 'POST', '/v1/conversations', { token, body: { clientConversationId: randomUUID(), initialMessage: { parts: [{ type: 'text', text: 'What interest rate do you charge on loans?' }] } } });
    expect([c.status, c.json.topic, c.json.context]).toEqual([201, 'loans', { 'bot.topic': 'loans', 'bot.faq': 'loan-rates' }]);
    const items = (await call(demo.url, 'GET', `/v1/conversations/${c.json.id}/messages`, { token })).json.items;
    expect(items.map((m: any) => m.author.role)).toEqual(['bot', 'customer', 'bot']);
    expect(items[2].parts[0].markdown).toContain('Interest rates');
  });

  it('goes straight to a topic the conversation was started with (e.g. from an invitation)', async () => {
    const s = await call(demo.url, 'POST', '/v1/sessions', { body: { kind: 'guest' } });
    const c = await call(demo.url, 'POST', '/v1/conversations', { token: s.json.accessToken, body: { clientConversationId: randomUUID(), topic: 'loans' } });
    expect(c.json.context).toEqual({ 'bot.topic': 'loans' });
    const [greeting] = (await call(demo.url, 'GET', `/v1/conversations/${c.json.id}/messages`, { token: s.json.accessToken })).json.items;
    expect(greeting.parts[0].type).toBe('text');
    expect(replyIds([greeting])).toEqual(['faq:loan-rates', 'faq:loan-apply', 'details', 'escalate']);
  });

  it('keeps bot.* context keys for the bot', async () => {
    const s = await call(demo.url, 'POST', '/v1/sessions', { body: { kind: 'guest' } });
    const r = await call(demo.url, 'POST', '/v1/conversations', { token: s.json.accessToken, body: { clientConversationId: randomUUID(), context: { page: '/cards', 'bot.topic': 'vip' } } });
    expect([r.status, r.json.errors]).toEqual([400, [{ pointer: '/context/bot.topic', code: 'reserved' }]]);
  });

  it('speaks the session locale: zh-CN and zh-TW', async () => {
    const cn = await chat(demo.url, 'zh-CN');
    const [greeting] = await cn.messages();
    expect(greeting.author.displayName).toBe('Foyer 银行助手');
    expect(greeting.parts[1].replies.map((r: any) => r.label)).toEqual(['银行卡', '贷款', '账户与转账', '其他问题', '转人工客服']);
    const lost = await cn.text('我的银行卡丢了');
    expect(lost[0].parts[0].markdown).toContain('银行卡丢失或被盗');
    const tw = await chat(demo.url, 'zh-Hant-HK');
    expect((await tw.messages())[0].parts[1].replies.at(-1).label).toBe('轉接真人客服');
  });

  it('offers "Talk to a person" in every quick-replies part, also after text it does not understand', async () => {
    const c = await chat(demo.url);
    const lost = await c.text('qwerty');
    expect(lost[0].parts[0].prompt).toContain('Sorry, I did not understand that');
    await c.pick('topic:other');
    expectEscalateEverywhere(await c.messages());
  });
});

describe('a bot from the config file', () => {
  it('uses its texts, card answers and step-by-step details', async () => {
    const c = await chat(configured.url);
    const [greeting] = await c.messages();
    expect(greeting.author.displayName).toBe('Config bot');
    expect(greeting.parts[0].text).toBe('Hi from the config file');
    expect(replyIds([greeting])).toEqual(['topic:cards', 'topic:other', 'escalate']);

    const pin = await c.text('what was my PIN again');
    expect(pin[0].parts[0]).toEqual({ type: 'card', card: { title: 'I forgot my PIN', text: 'Order a new PIN in the app.' } });
    const product = await c.pick('details');
    expect(replyIds(product)).toEqual(['product:gold', 'product:none', 'escalate']);
    const unclear = await c.text('hmm, not sure');
    expect(replyIds(unclear)).toEqual(['product:gold', 'product:none', 'escalate']);
    const ask = await c.text('the gold one');
    expect(ask[0].parts[0].text).toContain('What is your question?');
    const noted = await c.text('Can I get a second card for my partner?');
    expect(noted[0].parts[0].text).toContain('Gold card');
    expect((await c.conversation()).context).toEqual({ 'bot.topic': 'cards', 'bot.faq': 'pin', 'bot.product': 'gold', 'bot.question': 'Can I get a second card for my partner?' });
    expectEscalateEverywhere(await c.messages());
  });

  it('falls back to en for a locale the config file does not give, and fills zh-CN where given', async () => {
    const c = await chat(configured.url, 'zh-CN');
    const [greeting] = await c.messages();
    expect(greeting.parts[0].text).toBe('来自配置文件的问候');
    expect(greeting.parts[1].replies.map((r: any) => r.label)).toEqual(['卡', 'Other', '转人工客服']);
  });
});

describe('without the bot', () => {
  it('starts chats in self-service, ready to escalate, and never answers', async () => {
    const c = await chat(silent.url);
    expect(c.created.state).toBe('bot');
    expect(c.created.participants.map((p: any) => p.role)).toEqual(['customer']);
    expect(await c.text('my card was stolen')).toEqual([]);
    expect((await c.messages()).map((m) => m.author.role)).toEqual(['customer']);
  });
});

describe('bot config validation', () => {
  const refused = async (config: unknown) => {
    const r = await runServerToExit(['--port', '0', '--quiet'], { FOYER_CONFIG: writeConfig(config) });
    expect(r.code).toBe(1);
    return r.output;
  };

  it('names the JSON path of what is wrong', async () => {
    expect(await refused({ bot: { detailsMode: 'wizard' } })).toContain('bot.detailsMode: must be "form" or "steps"');
    expect(await refused({ bot: { topics: [{ id: 'a', label: 'A', faq: [{ id: 'x', question: 'Q', answer: { 'zh-CN': '答' } }] }] } })).toContain('bot.topics[0].faq[0].answer.en: is required');
    expect(await refused({ bot: { topics: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] } })).toContain('bot.topics[1].id: "a" is already used by bot.topics[0]');
    expect(await refused({ bot: { topics: [{ id: 'a', label: 'A', keywords: ['ok', 3] }] } })).toContain('bot.topics[0].keywords[1]: must be a non-empty string');
    expect(await refused({ bot: { texts: { greting: 'Hi' } } })).toContain('bot.texts.greting: unknown field');
    expect(await refused({ bot: { topics: [] } })).toContain('bot.topics: must be a non-empty array');
  });
});

describe('the contract', () => {
  it('holds for every response of this suite', () => {
    expect(contractViolations()).toEqual([]);
  });
});
