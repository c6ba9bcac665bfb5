#!/usr/bin/env node
/* global document -- read inside page.evaluate, which runs in the browser */
// Smoke check of the built desk against a RUNNING Foyer server with the agent API (after the merge):
//   node packages/agent-desk/scripts/smoke-desk.mjs [http://127.0.0.1:8787] [email] [password]
// A guest customer asks for a person through the API; the agent signs in in Debian's Chromium, goes
// available, gets the offer, accepts, sees the context, replies, receives the customer's answer and
// ends the chat. Exits 1 with the failed step on any mismatch. Defaults: the server's demo agent.
import { strict as assert } from 'node:assert';
import { chromium } from 'playwright';

const [base = 'http://127.0.0.1:8787', email = 'agent@demo.bank', password = 'foyer-demo'] = process.argv.slice(2);
const uuid = () => crypto.randomUUID();

async function api(method, path, token, body, headers = {}) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/status of 401/.test(m.text()) && errors.push(m.text()));
  // Text of the first match of `selector` in any one shadow root (a selector does not cross roots), shadow content included.
  const deepText = (selector) =>
    page.evaluate((sel) => {
      const find = (root) => {
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          const found = el.shadowRoot && find(el.shadowRoot);
          if (found) return found;
        }
        return null;
      };
      const walk = (n) => (n.nodeType === 3 ? n.textContent : [...(n.shadowRoot?.childNodes ?? []), ...n.childNodes].map(walk).join(' '));
      const el = find(document);
      return el ? walk(el).replace(/\s+/g, ' ').trim() : '';
    }, selector);
  const until = async (what, fn, ms = 8000) => {
    const end = Date.now() + ms;
    for (;;) {
      if (await fn()) return;
      if (Date.now() > end) throw new Error(`timed out: ${what}`);
      await page.waitForTimeout(150);
    }
  };

  await page.goto(`${base}/agent/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const presenceSet = page.waitForResponse((r) => r.url().endsWith('/v1/agent/me/presence') && r.request().method() === 'PUT');
  await page.getByRole('radio', { name: 'Available' }).check();
  await presenceSet;

  const session = await api('POST', '/v1/sessions', undefined, { kind: 'guest', locale: 'en-GB' });
  assert.equal(session.status, 201, 'customer session');
  const token = session.body.accessToken;
  const context = { pageUrl: 'https://bank.example/cards', pageTitle: 'Cards' };
  const conversation = await api('POST', '/v1/conversations', token, { clientConversationId: uuid(), context, initialMessage: { parts: [{ type: 'text', text: 'My card is blocked' }] } });
  assert.equal(conversation.status, 201, 'conversation');
  const id = conversation.body.id;
  const escalation = await api('POST', `/v1/conversations/${id}/escalations`, token, {}, { 'idempotency-key': uuid() });
  assert.ok([200, 201, 202].includes(escalation.status), `escalation answered ${escalation.status}`);

  await until('offer shown', async () => (await deepText('.offer')).includes('Accept'));
  await until('title flashes', async () => /New chat/.test(await page.title()), 3000);
  await page.getByRole('button', { name: 'Accept' }).click();
  await until('context panel', async () => (await deepText('foyer-desk-context-panel')).includes('bank.example/cards'));
  const panel = await deepText('foyer-desk-context-panel');
  assert.match(panel, /https:\/\/bank\.example\/cards/, 'page url in the context panel');
  await until('transcript', async () => (await deepText('.scroll foyer-desk-transcript')).includes('My card is blocked'));

  await page.getByLabel('Reply').fill('Hello, I can help with your card.');
  await page.getByLabel('Reply').press('Enter');
  await until('customer receives the reply', async () => {
    const messages = await api('GET', `/v1/conversations/${id}/messages`, token);
    return messages.body.items.some((m) => m.author.role === 'agent' && m.parts.some((p) => p.text === 'Hello, I can help with your card.'));
  });
  await api('POST', `/v1/conversations/${id}/messages`, token, { clientMessageId: uuid(), parts: [{ type: 'text', text: 'Blocked at the ATM.' }] }, { 'idempotency-key': uuid() });
  await until('desk receives the answer', async () => (await deepText('.scroll foyer-desk-transcript')).includes('Blocked at the ATM.'));

  await page.getByRole('button', { name: 'End chat' }).click();
  await page.locator('dialog#end button[type=submit]').click();
  await until('ended', async () => (await api('GET', `/v1/conversations/${id}`, token)).body.state === 'ended');
  assert.deepEqual(errors, [], 'no page errors');
  console.log('desk smoke: ok');
} finally {
  await browser.close();
}
