import type { Localized } from './locale.js';

/** One FAQ answer, offered as a knowledge suggestion when chosen or when its keywords match free text. */
export interface BotFaq { id: string; question: Localized; answer: Localized; keywords: string[] }
export interface BotProduct { id: string; label: Localized; keywords: string[] }
export interface BotTopic { id: string; label: Localized; keywords: string[]; products: BotProduct[]; faq: BotFaq[] }

/** Every text the bot says; `{name}` placeholders are filled in per use. */
export interface BotTexts {
  greeting: Localized;
  chooseTopic: Localized;
  topicChosen: Localized;
  faqFollowUp: Localized;
  helped: Localized;
  notHelped: Localized;
  gladToHelp: Localized;
  detailsFormTitle: Localized;
  productLabel: Localized;
  questionLabel: Localized;
  submitLabel: Localized;
  askProduct: Localized;
  noProduct: Localized;
  askQuestion: Localized;
  detailsNoted: Localized;
  detailsMissing: Localized;
  readyPrompt: Localized;
  restart: Localized;
  escalate: Localized;
  escalateAck: Localized;
  fallback: Localized;
}

export const TEXT_KEYS: (keyof BotTexts)[] = [
  'greeting', 'chooseTopic', 'topicChosen', 'faqFollowUp', 'helped', 'notHelped', 'gladToHelp', 'detailsFormTitle', 'productLabel', 'questionLabel',
  'submitLabel', 'askProduct', 'noProduct', 'askQuestion', 'detailsNoted', 'detailsMissing', 'readyPrompt', 'restart', 'escalate', 'escalateAck', 'fallback',
];

/** The config file's `bot` section, parsed. */
export interface BotConfig {
  enabled: boolean;
  name: Localized;
  /** How details are collected before handover: one form, or a question at a time. */
  detailsMode: 'form' | 'steps';
  /** How an FAQ answer is shown: a markdown part, or a card part. */
  answerFormat: 'markdown' | 'card';
  texts: BotTexts;
  topics: BotTopic[];
}

/** Where one conversation is in the script; kept per conversation between turns. */
export interface BotState {
  step: 'choose_topic' | 'topic' | 'faq_answered' | 'details_form' | 'ask_product' | 'ask_question' | 'ready' | 'handover';
  topic?: string;
  product?: string;
}

/** Reply ids double as their values, so a selection's `replyId` is the value the bot acts on. */
export const ESCALATE = 'escalate';
export const DETAILS_FORM_ID = 'bot.details';
