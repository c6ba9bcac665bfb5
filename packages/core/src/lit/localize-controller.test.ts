import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LitElement, html } from 'lit';
import { FoyerElement, LocalizeController, registerTranslation, translationLoaded } from './index.js';

class Localized extends FoyerElement {
  localize = new LocalizeController(this);
  override render() {
    return html`${this.localize.term('send')}`;
  }
}
customElements.define('test-localized', Localized);

/** Puts the localized element inside its own shadow root, to test resolution across roots. */
class Wrapper extends LitElement {
  override render() {
    return html`<test-localized></test-localized>`;
  }
}
customElements.define('test-l10n-wrapper', Wrapper);

const text = (el: Element) => el.shadowRoot?.textContent ?? '';
const htmlLang = document.documentElement.getAttribute('lang');

async function mount(markup: string): Promise<Localized> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('test-localized') as Localized;
  await el.updateComplete;
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  if (htmlLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', htmlLang);
});
afterAll(() => document.documentElement.removeAttribute('lang'));

it('falls back to English without any lang', async () => {
  document.documentElement.removeAttribute('lang');
  const el = await mount('<test-localized></test-localized>');
  expect(el.localize.lang()).toBe('en');
  expect(text(el)).toBe('Send');
});

it('loads zh-TW lazily from an ancestor lang and holds the first render until it is there', async () => {
  const host = document.createElement('section');
  host.lang = 'zh-TW';
  host.innerHTML = '<p><test-localized></test-localized></p>';
  document.body.append(host);
  const el = host.querySelector('test-localized') as Localized;
  // Nothing is rendered in another language meanwhile: no English flash on a Chinese page.
  expect(text(el)).toBe('');
  await el.updateComplete;
  expect(el.localize.lang()).toBe('zh-TW');
  expect(text(el)).toBe('傳送');
  // The strings of what loads on demand are a group of their own, loaded only when an element asks for them.
  expect(translationLoaded('zh-TW', ['onDemand'])).toBe(false);
  await el.localize.use('onDemand');
  expect(translationLoaded('zh-TW', ['onDemand'])).toBe(true);
  expect(el.localize.term('queuePosition', 3)).toBe('您目前排在第 3 位');
});

it('resolves lang across a shadow root and maps zh-Hans to zh-CN', async () => {
  const outer = document.createElement('section');
  outer.lang = 'zh-Hans';
  const wrapper = document.createElement('test-l10n-wrapper') as Wrapper;
  outer.append(wrapper);
  document.body.append(outer);
  await wrapper.updateComplete;
  const el = wrapper.shadowRoot!.querySelector('test-localized') as Localized;
  await el.localize.ready();
  await el.updateComplete;
  expect(el.localize.lang()).toBe('zh-Hans');
  expect(text(el)).toBe('发送');
});

it('the element’s own lang wins and is followed when it changes', async () => {
  const el = await mount('<div lang="zh-CN"><test-localized lang="en"></test-localized></div>');
  expect(text(el)).toBe('Send');
  el.setAttribute('lang', 'zh-CN');
  await expect.poll(() => text(el)).toBe('发送');
});

it('follows <html lang> changes', async () => {
  document.documentElement.setAttribute('lang', 'en');
  const el = await mount('<test-localized></test-localized>');
  expect(text(el)).toBe('Send');
  document.documentElement.setAttribute('lang', 'zh-TW');
  await expect.poll(() => text(el)).toBe('傳送');
  document.documentElement.setAttribute('lang', 'en-GB');
  await expect.poll(() => text(el)).toBe('Send');
});

it('formats with Intl in the resolved locale', async () => {
  const en = await mount('<div lang="en-US"><test-localized></test-localized></div>');
  const de = await mount('<div lang="de-DE"><test-localized></test-localized></div>');
  const zh = await mount('<div lang="zh-CN"><test-localized></test-localized></div>');
  await Promise.all([en.localize.use('onDemand'), zh.localize.use('onDemand')]);
  const when = Date.UTC(2026, 10, 23, 14, 5);

  expect(en.localize.formatNumber(1234567.5)).toBe('1,234,567.5');
  expect(de.localize.formatNumber(1234567.5)).toBe('1.234.567,5');
  // German has no Foyer strings: English text, German formats.
  expect(de.localize.term('send')).toBe('Send');

  const opts = { dateStyle: 'long', timeZone: 'UTC' } as const;
  expect(en.localize.formatDate(when, opts)).toBe('November 23, 2026');
  expect(zh.localize.formatDate(when, opts)).toBe('2026年11月23日');
  expect(en.localize.formatTime(when, { timeStyle: 'short', timeZone: 'UTC' })).toBe('2:05 PM');
  expect(zh.localize.formatTime(when, { timeStyle: 'short', timeZone: 'UTC' })).toBe('14:05');

  expect(en.localize.term('estimatedWait', 5)).toBe('Estimated wait: 5 minutes');
  expect(zh.localize.term('estimatedWait', 5)).toBe('预计等待时间：5分钟');
  expect(en.localize.term('queuePosition', 2)).toBe('You are number 2 in the queue');
});

it('host overrides win over shipped strings, per locale', async () => {
  const en = await mount('<div lang="en"><test-localized></test-localized></div>');
  const tw = await mount('<div lang="zh-TW"><test-localized></test-localized></div>');
  await tw.localize.ready();
  await tw.updateComplete;
  expect(text(tw)).toBe('傳送');

  registerTranslation({ $code: 'zh-TW', send: '送出' }, { $code: 'en', queuePosition: (n: number) => `Position ${n}` });
  await en.localize.use('onDemand');
  await expect.poll(() => text(tw)).toBe('送出');
  expect(text(en)).toBe('Send');
  expect(en.localize.term('queuePosition', 4)).toBe('Position 4');
  // Strings the override leaves out still come from the shipped locale.
  expect(tw.localize.term('retry')).toBe('重試');
});

it('resolves dir from an explicit dir attribute, else from the translation', async () => {
  const plain = await mount('<div lang="zh-CN"><test-localized></test-localized></div>');
  const rtl = await mount('<div dir="rtl"><test-localized></test-localized></div>');
  expect(plain.localize.dir()).toBe('ltr');
  expect(rtl.localize.dir()).toBe('rtl');
});

/** Renders a string of the `onDemand` group, and records every text it renders. */
class PaneLocalized extends FoyerElement {
  localize = new LocalizeController(this);
  rendered: string[] = [];
  constructor() {
    super();
    void this.localize.use('onDemand');
  }
  override render() {
    const text = this.localize.term('leaveQueue');
    this.rendered.push(text);
    return html`${text}`;
  }
}
customElements.define('test-pane-localized', PaneLocalized);

describe('string groups', () => {
  async function mountPane(lang: string): Promise<PaneLocalized> {
    const el = document.createElement('test-pane-localized') as PaneLocalized;
    el.lang = lang;
    document.body.append(el);
    await el.updateComplete;
    return el;
  }

  it('an element that uses a group holds its renders until that group is there, in each language it switches to', async () => {
    const el = await mountPane('zh-CN');
    expect(el.shadowRoot?.textContent).toBe('退出排队');
    el.lang = 'zh-TW';
    await expect.poll(() => el.shadowRoot?.textContent).toBe('退出排隊');
    // Never the key or another language's text in between.
    expect(el.rendered).toEqual(['退出排队', '退出排隊']);
  });

  it('a host override of a group string wins, even when registered before the group loads', async () => {
    registerTranslation({ $code: 'zh-TW', skipSurvey: '下次再說' });
    const el = await mountPane('zh-TW');
    expect(el.localize.term('skipSurvey')).toBe('下次再說');
    expect(el.localize.term('surveyTitle')).toBe('您對本次服務滿意嗎？');
  });

  it('a language Foyer does not ship uses the English group', async () => {
    const el = await mountPane('de-DE');
    expect(el.shadowRoot?.textContent).toBe('Leave the queue');
    expect(translationLoaded('de-DE', ['base', 'onDemand'])).toBe(true);
  });
});
