// Attachments both ways between the built agent desk (served by foyer-server at /agent/, strict CSP)
// and a customer on the API: the agent uploads with progress and sends; the customer receives the ref
// and downloads the same bytes; the customer's upload is downloaded from the desk with the token.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '@foyer/server/testing';
import { CHROMIUM_ARGS } from '../lib/stack.js';

let foyer: ServerProcess;
let browser: Browser;
beforeAll(async () => {
  // Each is kept as soon as it is up, so afterAll stops the server even when Chromium fails to start.
  const started = await Promise.allSettled([spawnServer().then((s) => (foyer = s)), chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }).then((b) => (browser = b))]);
  for (const result of started) if (result.status === 'rejected') throw result.reason;
});
afterAll(async () => {
  await browser?.close();
  await foyer?.stop();
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR from the desk')]);
const PDF = Buffer.from('%PDF-1.7\n% the customer payslip\n%%EOF\n');

async function api(method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${foyer.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : { 'content-type': 'application/octet-stream' }), ...headers },
    ...(body !== undefined ? { body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined, text };
}

/** The first agent message of the conversation, as the customer reads it (bounded wait). */
async function agentMessageIn(cid: string, token: string) {
  for (let i = 0; i < 100; i++) {
    const found = (await api('GET', `/v1/conversations/${cid}/messages?limit=50`, token)).json.items.find((m: { author: { role: string } }) => m.author.role === 'agent');
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no agent message arrived');
}

describe('attachments between the desk and the customer', () => {
  it('the agent sends a file from the desk; the customer sends one back and the agent downloads it', async () => {
    const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (msg) => {
      if (msg.text().includes('CSP violation')) problems.push(msg.text());
    });
    await page.goto(`${foyer.url}/agent/`);
    await page.getByLabel('Email').fill('agent@demo.bank');
    await page.getByLabel('Password').fill('foyer-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('radio', { name: 'Available' }).check();

    const session = (await api('POST', '/v1/sessions', undefined, { kind: 'guest', locale: 'en' })).json;
    const token = session.accessToken as string;
    const cid = (await api('POST', '/v1/conversations', token, { clientConversationId: randomUUID(), context: {} })).json.id as string;
    expect((await api('POST', `/v1/conversations/${cid}/escalations`, token, {})).json.status).toBe('queued');

    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('navigation').getByRole('button').filter({ hasText: 'Guest' }).first().click();
    await page.getByText('Attach file').setInputFiles({ name: 'statement.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => page.getByText('ready to send').count()).toBe(1);
    await page.getByLabel('Reply').fill('Your statement is attached.');
    await page.getByLabel('Reply').press('Enter');

    const agentMessage = await agentMessageIn(cid, token);
    expect(agentMessage.parts[0].text).toBe('Your statement is attached.');
    expect(agentMessage.attachments).toEqual([expect.objectContaining({ name: 'statement.png', mimeType: 'image/png', sizeBytes: PNG.length, status: 'available' })]);
    const received = await fetch(`${foyer.url}/v1/attachments/${agentMessage.attachments[0].id}/content`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await received.arrayBuffer()).equals(PNG)).toBe(true);

    const created = (await api('POST', `/v1/conversations/${cid}/attachments`, token, { name: 'payslip.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length })).json;
    expect((await api('PUT', created.upload.url, token, PDF)).status).toBe(204);
    expect((await api('POST', `/v1/attachments/${created.attachmentId}:complete`, token)).json.status).toBe('available');
    const sent = await api('POST', `/v1/conversations/${cid}/messages`, token, { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'My payslip' }], attachmentIds: [created.attachmentId] }, { 'idempotency-key': randomUUID() });
    expect(sent.status).toBe(201);

    const link = page.getByRole('button', { name: /^Download payslip\.pdf/ });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('payslip.pdf');
    expect((await readFile((await download.path())!)).equals(PDF)).toBe(true);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});
