import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractViolations, runServerToExit, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call, writeConfig } from './support.js';

let demo: ServerProcess;
let configured: ServerProcess;

beforeAll(async () => {
  [demo, configured] = await Promise.all([
    spawnServer(),
    spawnServer({
      env: {
        FOYER_CONFIG: writeConfig({
          invitations: {
            rules: [
              { id: 'apply', page: { glob: '/loans/*/apply' }, secondsOnPage: 5, message: { en: 'Need a hand with the form?', 'zh-CN': '填写表格需要帮助吗？' }, queue: 'loans', frequency: { maxPerDay: 2, minIntervalSeconds: 600 } },
              { id: 'cards', page: { pathPrefix: '/cards' }, message: 'Questions about cards?' },
            ],
          },
        }),
      },
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([demo?.stop(), configured?.stop()]);
});

describe('GET /v1/invitations', () => {
  it('gives the demo rule without a session, cacheable and readable from any site', async () => {
    const r = await call(demo.url, 'GET', '/v1/invitations', { headers: { origin: 'https://any-bank.example' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('public, max-age=60');
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.json).toEqual({
      locale: 'en',
      rules: [{ id: 'loans-help', page: { pathPrefix: '/loans' }, secondsOnPage: 20, message: 'Questions about loans? Chat with us.', topic: 'loans', frequency: { maxPerDay: 1, minIntervalSeconds: 3600 } }],
    });
    const zh = await call(demo.url, 'GET', '/v1/invitations?locale=zh-TW');
    expect([zh.json.locale, zh.json.rules[0].message]).toEqual(['zh-TW', '對貸款有疑問嗎？和我們聊聊吧。']);
  });

  it('gives the config file rules in the asked locale, falling back to en', async () => {
    const cn = await call(configured.url, 'GET', '/v1/invitations?locale=zh-CN');
    expect(cn.json.rules).toEqual([
      { id: 'apply', page: { glob: '/loans/*/apply' }, secondsOnPage: 5, message: '填写表格需要帮助吗？', queue: 'loans', frequency: { maxPerDay: 2, minIntervalSeconds: 600 } },
      { id: 'cards', page: { pathPrefix: '/cards' }, secondsOnPage: 0, message: 'Questions about cards?', frequency: { maxPerDay: 1, minIntervalSeconds: 3600 } },
    ]);
    const tw = await call(configured.url, 'GET', '/v1/invitations?locale=zh-TW');
    expect(tw.json.rules[0].message).toBe('Need a hand with the form?');
  });

  it('names the JSON path of a bad invitations section', async () => {
    const bad = async (invitations: unknown) => (await runServerToExit(['--port', '0', '--quiet'], { FOYER_CONFIG: writeConfig({ invitations }) })).output;
    expect(await bad({ rules: [{ id: 'a', page: { pathPrefix: 'loans' }, message: 'Hi' }] })).toContain('invitations.rules[0].page.pathPrefix: must be a path starting with "/"');
    expect(await bad({ rules: [{ id: 'a', page: { pathPrefix: '/a', glob: '/b' }, message: 'Hi' }] })).toContain('invitations.rules[0].page: must have exactly one of pathPrefix, glob');
    expect(await bad({ rules: [{ id: 'a', page: { glob: '/a' }, secondsOnPage: -1, message: 'Hi' }] })).toContain('invitations.rules[0].secondsOnPage: must be an integer from 0 to 3600');
    expect(await bad({ rules: [{ id: 'a', page: { glob: '/a' }, message: { 'zh-CN': '嗨' } }] })).toContain('invitations.rules[0].message: must be a non-empty string or an object of locales with at least "en"');
  });

  it('answers every request within the contract', () => {
    expect(contractViolations()).toEqual([]);
  });
});
