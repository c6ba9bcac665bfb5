import { DETAILS_FORM_ID, ESCALATE, type BotConfig, type BotFaq, type BotState, type BotTopic } from './flow.js';
import { fill, type Locale } from './locale.js';

export type Part = Record<string, unknown>;

/** What the customer sent, reduced to what the bot acts on. */
export type BotInput =
  | { kind: 'selection'; replyId: string; text: string }
  | { kind: 'form'; formId: string; values: Record<string, string> }
  | { kind: 'text'; text: string };

export interface BotTurn {
  /** Each entry is one bot message (its parts). Empty: the bot stays silent. */
  replies: Part[][];
  state: BotState;
  /** The conversation's topic column and context entries to set. */
  topic?: string;
  context?: Record<string, string>;
  /** Free text the bot looked up in its FAQ, with the best entry found (shown to the agent as a search). */
  search?: { query: string; faq?: { id: string; title: string } };
}

/** A question is kept in the context at most this long, so the context stays within its byte limit. */
export const QUESTION_MAX_CODE_POINTS = 500;

const normalise = (s: string) => s.normalize('NFKC').toLowerCase();
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Latin keywords match at a word start ("card" matches "cards"); CJK keywords anywhere (no spaces in Chinese). */
function matches(text: string, keyword: string): boolean {
  const k = normalise(keyword);
  if (!k) return false;
  return /^[\p{Script=Latin}\p{N}]/u.test(k) ? new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegex(k)}`, 'u').test(text) : text.includes(k);
}

/** The entry whose keywords match best: most matched, then the longest match. */
function best<T extends { keywords: string[] }>(text: string, items: T[]): T | undefined {
  let winner: { item: T; score: number; length: number } | undefined;
  for (const item of items) {
    const hits = item.keywords.filter((k) => matches(text, k));
    if (!hits.length) continue;
    const length = Math.max(...hits.map((h) => h.length));
    if (!winner || hits.length > winner.score || (hits.length === winner.score && length > winner.length)) winner = { item, score: hits.length, length };
  }
  return winner?.item;
}

export class BotScript {
  constructor(private readonly config: BotConfig, private readonly locale: Locale) {}

  private say(key: keyof BotConfig['texts'], values: Record<string, string> = {}): string {
    return fill(this.config.texts[key][this.locale], values);
  }

  private topic(id: string | undefined): BotTopic | undefined {
    return this.config.topics.find((t) => t.id === id);
  }

  /** Every quick-replies part ends with "Talk to a person". */
  private quickReplies(prompt: string | undefined, replies: { id: string; label: string }[]): Part {
    const all = [...replies, { id: ESCALATE, label: this.say('escalate') }].map((r) => ({ id: r.id, label: r.label, value: r.id }));
    return { type: 'quick_replies', ...(prompt ? { prompt } : {}), replies: all };
  }

  private topicMenu(prompt: string): Part {
    return this.quickReplies(prompt, this.config.topics.map((t) => ({ id: `topic:${t.id}`, label: t.label[this.locale] })));
  }

  /** The greeting; a conversation started with a known topic (e.g. from an invitation) goes straight to it. */
  greet(topicId?: string): BotTurn {
    const hello: Part = { type: 'text', text: this.say('greeting') };
    const topic = this.topic(topicId);
    if (topic) {
      const next = this.chooseTopic(topic);
      return { ...next, replies: [[hello, ...next.replies[0]!], ...next.replies.slice(1)] };
    }
    return { replies: [[hello, this.topicMenu(this.say('chooseTopic'))]], state: { step: 'choose_topic' } };
  }

  respond(state: BotState, input: BotInput): BotTurn {
    if (input.kind === 'selection') return this.onSelection(state, input.replyId);
    if (input.kind === 'form') return input.formId === DETAILS_FORM_ID ? this.onDetailsForm(state, input.values) : this.fallback(state);
    return this.onText(state, input.text);
  }

  private onSelection(state: BotState, replyId: string): BotTurn {
    if (replyId === ESCALATE) return { replies: [[{ type: 'text', text: this.say('escalateAck') }]], state: { ...state, step: 'handover' } };
    if (replyId === 'restart') return { replies: [[this.topicMenu(this.say('chooseTopic'))]], state: { step: 'choose_topic' } };
    if (replyId === 'resolved') return { replies: [[this.topicMenu(this.say('gladToHelp'))]], state: { step: 'choose_topic' } };
    if (replyId === 'details') return this.startDetails(state);
    const [kind, id] = replyId.split(/:(.*)/s) as [string, string | undefined];
    if (kind === 'topic' && this.topic(id)) return this.chooseTopic(this.topic(id)!);
    if (kind === 'faq') {
      const found = this.findFaq(id);
      if (found) return this.answer(found.topic, found.faq);
    }
    if (kind === 'product' && state.topic) {
      const topic = this.topic(state.topic);
      if (id === 'none' || topic?.products.some((p) => p.id === id)) return this.askQuestion({ ...state, ...(id === 'none' ? {} : { product: id }) });
    }
    return this.fallback(state);
  }

  private onText(state: BotState, raw: string): BotTurn {
    const text = normalise(raw);
    if (state.step === 'handover') return { replies: [], state };
    if (state.step === 'ask_question' || state.step === 'details_form') return this.recordDetails(state, state.product, raw);
    if (state.step === 'ask_product') {
      const product = best(text, this.topic(state.topic)?.products ?? []);
      return product ? this.askQuestion({ ...state, product: product.id }) : this.startDetails(state);
    }
    const current = this.topic(state.topic);
    // A matching FAQ of the current topic first, then any topic's.
    const faq = (current && best(text, current.faq)) ?? best(text, this.config.topics.flatMap((t) => t.faq));
    const search = { query: [...raw.trim()].slice(0, QUESTION_MAX_CODE_POINTS).join(''), ...(faq ? { faq: { id: faq.id, title: faq.question[this.locale] } } : {}) };
    if (faq) return { ...this.answer(this.config.topics.find((t) => t.faq.includes(faq))!, faq), search };
    const topic = best(text, this.config.topics);
    return { ...(topic ? this.chooseTopic(topic) : this.fallback(state)), search };
  }

  private findFaq(id: string | undefined): { topic: BotTopic; faq: BotFaq } | undefined {
    for (const topic of this.config.topics) {
      const faq = topic.faq.find((f) => f.id === id);
      if (faq) return { topic, faq };
    }
    return undefined;
  }

  private topicUpdate(topic: BotTopic) {
    return { topic: topic.id, context: { 'bot.topic': topic.id } };
  }

  private chooseTopic(topic: BotTopic): BotTurn {
    if (!topic.faq.length) return { ...this.startDetails({ step: 'topic', topic: topic.id }), ...this.topicUpdate(topic) };
    const menu = this.quickReplies(this.say('topicChosen', { topic: topic.label[this.locale] }), [
      ...topic.faq.map((f) => ({ id: `faq:${f.id}`, label: f.question[this.locale] })),
      { id: 'details', label: this.say('notHelped') },
    ]);
    return { replies: [[menu]], state: { step: 'topic', topic: topic.id }, ...this.topicUpdate(topic) };
  }

  /** A knowledge suggestion: the FAQ answer, then whether it helped. */
  private answer(topic: BotTopic, faq: BotFaq): BotTurn {
    const answer = faq.answer[this.locale];
    const suggestion: Part =
      this.config.answerFormat === 'card'
        ? { type: 'card', card: { title: faq.question[this.locale], text: answer } }
        : { type: 'markdown', markdown: answer };
    const followUp = this.quickReplies(this.say('faqFollowUp'), [{ id: 'resolved', label: this.say('helped') }, { id: 'details', label: this.say('notHelped') }]);
    return { replies: [[suggestion, followUp]], state: { step: 'faq_answered', topic: topic.id }, ...this.topicUpdate(topic), context: { 'bot.topic': topic.id, 'bot.faq': faq.id } };
  }

  private startDetails(state: BotState): BotTurn {
    const topic = this.topic(state.topic);
    const products = topic?.products ?? [];
    if (this.config.detailsMode === 'steps') {
      if (!products.length) return this.askQuestion(state);
      const menu = this.quickReplies(this.say('askProduct'), [
        ...products.map((p) => ({ id: `product:${p.id}`, label: p.label[this.locale] })),
        { id: 'product:none', label: this.say('noProduct') },
      ]);
      return { replies: [[menu]], state: { ...state, step: 'ask_product' } };
    }
    const fields: Part[] = [];
    if (products.length) {
      fields.push({
        id: 'product', label: this.say('productLabel'), kind: 'select', required: false,
        options: [...products.map((p) => ({ value: p.id, label: p.label[this.locale] })), { value: 'none', label: this.say('noProduct') }],
      });
    }
    fields.push({ id: 'question', label: this.say('questionLabel'), kind: 'textarea', required: true, maxLength: QUESTION_MAX_CODE_POINTS });
    const form: Part = { type: 'form', formId: DETAILS_FORM_ID, title: this.say('detailsFormTitle'), fields, submitLabel: this.say('submitLabel') };
    return { replies: [[form, this.quickReplies(undefined, [])]], state: { ...state, step: 'details_form' } };
  }

  private askQuestion(state: BotState): BotTurn {
    return { replies: [[{ type: 'text', text: this.say('askQuestion') }]], state: { ...state, step: 'ask_question' } };
  }

  private onDetailsForm(state: BotState, values: Record<string, string>): BotTurn {
    const products = this.topic(state.topic)?.products ?? [];
    const product = products.some((p) => p.id === values.product) ? values.product : undefined;
    return this.recordDetails(state, product, values.question ?? '');
  }

  /** Keeps product and question for the agent (context `bot.*`) and offers the handover. */
  private recordDetails(state: BotState, productId: string | undefined, rawQuestion: string): BotTurn {
    const question = [...rawQuestion.trim()].slice(0, QUESTION_MAX_CODE_POINTS).join('');
    if (!question) {
      const again = this.startDetails(state);
      return { ...again, replies: [[{ type: 'text', text: this.say('detailsMissing') }, ...again.replies[0]!]] };
    }
    const topic = this.topic(state.topic);
    const product = topic?.products.find((p) => p.id === productId);
    const label = product?.label[this.locale] ?? topic?.label[this.locale] ?? this.say('noProduct');
    const replies = [
      { type: 'text', text: this.say('detailsNoted', { product: label, question }) },
      this.quickReplies(this.say('readyPrompt'), [{ id: 'restart', label: this.say('restart') }]),
    ];
    const context: Record<string, string> = { 'bot.question': question, ...(topic ? { 'bot.topic': topic.id } : {}), ...(product ? { 'bot.product': product.id } : {}) };
    return { replies: [replies], state: { step: 'ready', ...(topic ? { topic: topic.id } : {}), ...(product ? { product: product.id } : {}) }, ...(topic ? { topic: topic.id } : {}), context };
  }

  private fallback(state: BotState): BotTurn {
    return { replies: [[this.topicMenu(this.say('fallback'))]], state: { ...state, step: state.step === 'handover' ? 'choose_topic' : state.step } };
  }
}

/** The first part the bot can act on: a selection or a form wins over text; several texts are joined. */
export function inputOf(parts: Part[]): BotInput | undefined {
  const selection = parts.find((p) => p.type === 'quick_reply_selection');
  if (selection) return { kind: 'selection', replyId: String(selection.replyId), text: String(selection.text ?? '') };
  const form = parts.find((p) => p.type === 'form_submission');
  if (form) return { kind: 'form', formId: String(form.formId), values: (form.values ?? {}) as Record<string, string> };
  const text = parts.filter((p) => p.type === 'text').map((p) => String(p.text)).join('\n').trim();
  return text ? { kind: 'text', text } : undefined;
}
