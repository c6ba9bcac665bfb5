import { describe, expect, it } from 'vitest';
import { DEMO_BOT } from '../src/bot/demo.js';
import { BotScript, inputOf } from '../src/bot/engine.js';
import { resolveLocale } from '../src/bot/locale.js';
import { fitContext } from '../src/bot/runner.js';

const en = new BotScript(DEMO_BOT, 'en');
const topicOf = (text: string) => en.respond({ step: 'choose_topic' }, { kind: 'text', text }).topic;

describe('the bot script without a server', () => {
  it('matches Latin keywords at a word start and Chinese ones anywhere', () => {
    expect(topicOf('my PIN')).toBe('cards');
    expect(topicOf('spinning wheel')).toBeUndefined();
    expect(topicOf('Mortgages')).toBe('loans');
    expect(topicOf('我想查询账户余额')).toBe('accounts');
    expect(topicOf('ＬＯＡＮ')).toBe('loans'); // full-width letters are normalised (NFKC)
  });

  it('prefers the FAQ with the most keyword hits, in the current topic first', () => {
    const turn = en.respond({ step: 'topic', topic: 'accounts' }, { kind: 'text', text: 'how long until my transfer arrives' });
    expect(turn.context).toEqual({ 'bot.topic': 'accounts', 'bot.faq': 'transfer-time' });
  });

  it('reads a selection before a form before text, and joins several texts', () => {
    expect(inputOf([{ type: 'text', text: 'x' }, { type: 'quick_reply_selection', replyId: 'escalate', text: 'Talk' }])).toEqual({ kind: 'selection', replyId: 'escalate', text: 'Talk' });
    expect(inputOf([{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }])).toEqual({ kind: 'text', text: 'a\nb' });
    expect(inputOf([{ type: 'text', text: '  ' }])).toBeUndefined();
  });

  it('keeps the question within 500 code points', () => {
    const turn = en.respond({ step: 'ask_question', topic: 'other' }, { kind: 'text', text: '𝔸'.repeat(600) });
    expect([...turn.context!['bot.question']!]).toHaveLength(500);
  });

  it('maps locales: Traditional for TW, HK, MO and Hant; Simplified for other Chinese; else English', () => {
    expect(['zh-TW', 'zh-hk', 'zh-Hant', 'zh-Hant-TW', 'zh-MO'].map(resolveLocale)).toEqual(Array(5).fill('zh-TW'));
    expect(['zh', 'zh-CN', 'zh-Hans-SG', 'zh-SG'].map(resolveLocale)).toEqual(Array(4).fill('zh-CN'));
    expect(['en-GB', 'fr', '', null, undefined].map(resolveLocale)).toEqual(Array(5).fill('en'));
  });

  it('shortens the question when the context would pass its byte limit, and never drops the host’s entries', () => {
    const host = { page: '/cards', note: 'x'.repeat(100) };
    const fitted = fitContext(host, { 'bot.topic': 'cards', 'bot.question': '问'.repeat(200) }, 300);
    expect(Buffer.byteLength(JSON.stringify(fitted))).toBeLessThanOrEqual(300);
    expect(fitted).toMatchObject(host);
    expect(fitted['bot.question']!.endsWith('…')).toBe(true);
    expect(fitContext(host, { 'bot.topic': 'cards' }, 50)).toEqual(host);
  });
});
