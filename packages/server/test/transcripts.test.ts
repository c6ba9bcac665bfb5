import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch, contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call } from './support.js';
import { TIME_FORMAT } from '../src/transcripts/render.js';

let server: ServerProcess;
let base: string;

beforeAll(async () => {
  server = await spawnServer();
  base = server.url;
});
afterAll(async () => {
  await server?.stop();
});

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
const TRICKY = '<script>alert("x")</script> & \'quotes\'';

/** A chat with the bot's greeting, a tricky customer message with an attachment, and the bot's answer. */
async function chatWithHistory(locale: string) {
  const s = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest', locale } });
  const token = s.json.accessToken as string;
  const cid = (await call(base, 'POST', '/v1/conversations', { token, body: { clientConversationId: randomUUID() } })).json.id as string;
  const created = await call(base, 'POST', `/v1/conversations/${cid}/attachments`, { token, body: { name: 'receipt <1>.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length } });
  const id = created.json.attachmentId;
  await checkedFetch(`${base}/v1/attachments/${id}/content`, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: PDF });
  expect((await call(base, 'POST', `/v1/attachments/${id}:complete`, { token })).status).toBe(200);
  const sent = await call(base, 'POST', `/v1/conversations/${cid}/messages`, {
    token, headers: { 'idempotency-key': randomUUID() }, body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: TRICKY }], attachmentIds: [id] },
  });
  expect(sent.status).toBe(201);
  return { token, cid, sentAt: sent.json.createdAt as string };
}

async function transcript(token: string, cid: string, query: string, accept = 'text/plain, text/html') {
  const res = await checkedFetch(`${base}/v1/conversations/${cid}/transcript${query}`, { headers: { authorization: `Bearer ${token}`, accept } });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), nosniff: res.headers.get('x-content-type-options'), text: await res.text() };
}

describe('transcript download', () => {
  it('gives plain text in English with Intl times in the asked time zone, names and attachments', async () => {
    const { token, cid, sentAt } = await chatWithHistory('en-GB');
    const t = await transcript(token, cid, '?format=text&timeZone=Asia/Taipei');
    expect(t.status).toBe(200);
    expect(t.type).toBe('text/plain; charset=utf-8');
    expect(t.disposition).toMatch(new RegExp(`^attachment; filename="transcript-\\d{4}-\\d{2}-\\d{2}-${cid.slice(0, 8)}\\.txt"`));
    expect(t.nosniff).toBe('nosniff');
    const time = new Intl.DateTimeFormat('en', { ...TIME_FORMAT, timeZone: 'Asia/Taipei' }).format(new Date(sentAt));
    const lines = t.text.split('\n');
    expect(lines[0]).toBe('Conversation transcript');
    expect(lines).toContain(`Conversation: ${cid}`);
    expect(lines).toContain(`[${time}] You`);
    expect(lines).toContain(`  ${TRICKY}`);
    expect(lines).toContain(`  Attachment: receipt <1>.pdf (${PDF.length} B)`);
    expect(t.text).toContain('] Foyer Bank assistant\n  Hello! I am the Foyer Bank assistant.');
    expect(t.text).toContain('  Options: Cards · Loans · Accounts and transfers · Something else · Talk to a person');
  });

  it('gives a self-contained HTML page with everything escaped and no scripts', async () => {
    const { token, cid } = await chatWithHistory('en');
    const t = await transcript(token, cid, '?format=html');
    expect(t.status).toBe(200);
    expect(t.type).toBe('text/html; charset=utf-8');
    expect(t.disposition).toContain('.html"');
    expect(t.text.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(t.text).toContain('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>');
    expect(t.text).toContain('Attachment: receipt &lt;1&gt;.pdf');
    expect(t.text).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(t.text).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(t.text).toContain('<style>');
    expect(t.text).toContain('<span class="author">You</span>');
    // Without `format`, Accept decides.
    expect((await transcript(token, cid, '', 'text/html')).type).toBe('text/html; charset=utf-8');
    expect((await transcript(token, cid, '', '*/*')).type).toBe('text/plain; charset=utf-8');
  });

  it('speaks the session locale (zh-CN), or the one asked for (zh-TW)', async () => {
    const { token, cid, sentAt } = await chatWithHistory('zh-CN');
    const cn = await transcript(token, cid, '');
    expect(cn.type).toBe('text/plain; charset=utf-8');
    const time = new Intl.DateTimeFormat('zh-CN', { ...TIME_FORMAT, timeZone: 'UTC' }).format(new Date(sentAt));
    expect(cn.text.split('\n')[0]).toBe('对话记录');
    expect(cn.text).toContain('开始时间: ');
    expect(cn.text).toContain(`[${time}] 您`);
    expect(cn.text).toContain('] Foyer 银行助手\n  您好！');
    expect(cn.text).toContain('  附件: receipt <1>.pdf');
    const htmlCn = await transcript(token, cid, '?format=html');
    expect(htmlCn.text).toContain('<html lang="zh-CN">');
    expect(htmlCn.text).toContain('<title>对话记录</title>');
    const tw = await transcript(token, cid, '?format=html&locale=zh-TW');
    expect(tw.text).toContain('<h1>對話紀錄</h1>');
    expect(tw.text).toContain('<dt>開始時間</dt>');
  });

  it('refuses a bad format or time zone (400) and other sessions (404)', async () => {
    const { token, cid } = await chatWithHistory('en');
    const bad = await call(base, 'GET', `/v1/conversations/${cid}/transcript?format=pdf`, { token });
    expect([bad.status, bad.json.code]).toEqual([400, 'invalid_request']);
    const zone = await call(base, 'GET', `/v1/conversations/${cid}/transcript?timeZone=Mars/Olympus`, { token });
    expect([zone.status, zone.json.errors[0].pointer]).toEqual([400, '/query/timeZone']);
    const other = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest' } });
    expect((await call(base, 'GET', `/v1/conversations/${cid}/transcript`, { token: other.json.accessToken })).status).toBe(404);
  });

  it('answers every request within the contract', () => {
    expect(contractViolations()).toEqual([]);
  });
});
