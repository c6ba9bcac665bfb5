import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch, contractViolations, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { call, guest, openStream, waitFor } from './support.js';
import { conversationOn, escalate, openDesk, routingConfig, signInAgent, writeConfig, type Agent } from './agent-support.js';

let server: ServerProcess;
let base: string;
beforeAll(async () => {
  server = await spawnServer({ args: ['--config', writeConfig('agent-attachments.json', routingConfig())] });
  base = server.url;
});
afterAll(() => server?.stop());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR agent pixels')]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(40, 0x90)]);

async function putBytes(url: string, token: string, bytes: Buffer) {
  const res = await checkedFetch(`${base}${url}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: bytes });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

async function download(url: string, token: string) {
  const res = await checkedFetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Ada's desk, a guest's conversation routed to her and accepted; the customer's stream is open. */
async function connectedChat() {
  const desk = await openDesk(base, 'ada@bank.test');
  const s = await guest(base);
  const cid = await conversationOn(base, s.accessToken);
  const stream = openStream(base, s.accessToken);
  await waitFor('customer stream', () => stream.raw().includes('stream open'));
  expect((await escalate(base, s.accessToken, cid)).json.status).toBe('queued');
  await waitFor('offer', () => desk.ofType('offer.created').find((e) => e.data.offer.conversationId === cid));
  expect((await call(base, 'POST', `/v1/agent/conversations/${cid}:accept`, { token: desk.agent.accessToken })).status).toBe(200);
  const close = async () => {
    await call(base, 'POST', `/v1/agent/conversations/${cid}:end`, { token: desk.agent.accessToken });
    await stream.close();
    await desk.stream.close();
  };
  return { agent: desk.agent, token: s.accessToken, cid, stream, close };
}

async function agentUpload(agent: Agent, cid: string, name: string, mimeType: string, bytes: Buffer) {
  const created = await call(base, 'POST', `/v1/agent/conversations/${cid}/attachments`, { token: agent.accessToken, body: { name, mimeType, sizeBytes: bytes.length } });
  expect(created.status).toBe(201);
  const id = created.json.attachmentId as string;
  expect(created.json.upload).toMatchObject({ mode: 'proxy', method: 'PUT', url: `/v1/agent/attachments/${id}/content` });
  expect((await putBytes(created.json.upload.url, agent.accessToken, bytes)).status).toBe(204);
  return { id, done: await call(base, 'POST', `/v1/agent/attachments/${id}:complete`, { token: agent.accessToken }) };
}

describe('attachments from and to the agent', () => {
  it('the agent uploads a PNG and sends it; the customer sees the ref and downloads the same bytes', async () => {
    const chat = await connectedChat();
    const { id, done } = await agentUpload(chat.agent, chat.cid, 'statement.png', 'image/png', PNG);
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ id, conversationId: chat.cid, status: 'available', downloadUrl: `/v1/agent/attachments/${id}/content` });
    expect((await call(base, 'GET', `/v1/agent/attachments/${id}`, { token: chat.agent.accessToken })).json).toEqual(done.json);

    const sent = await call(base, 'POST', `/v1/agent/conversations/${chat.cid}/messages`, {
      token: chat.agent.accessToken, headers: { 'idempotency-key': randomUUID() },
      body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'Your statement' }], attachmentIds: [id] },
    });
    expect(sent.status).toBe(201);
    const ref = { id, name: 'statement.png', mimeType: 'image/png', sizeBytes: PNG.length, status: 'available' };
    expect(sent.json.attachments).toEqual([ref]);

    const created = await waitFor('the message on the customer stream', () =>
      chat.stream.events.find((e) => e.json.type === 'message.created' && e.json.data.message.id === sent.json.id));
    expect(created.json.data.message.attachments).toEqual([ref]);
    // The customer reads it through the customer API, where the download URL is the customer's.
    expect((await call(base, 'GET', `/v1/attachments/${id}`, { token: chat.token })).json).toMatchObject({ status: 'available', downloadUrl: `/v1/attachments/${id}/content` });
    const file = await download(`/v1/attachments/${id}/content`, chat.token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('statement.png');
    expect(file.bytes.equals(PNG)).toBe(true);
    // Downloading is for both sides; uploading and completing stay with the uploader.
    expect((await putBytes(`/v1/attachments/${id}/content`, chat.token, PNG)).status).toBe(403);
    expect((await call(base, 'POST', `/v1/attachments/${id}:complete`, { token: chat.token })).status).toBe(403);
    await chat.close();
  });

  it('the agent downloads what the customer uploaded', async () => {
    const chat = await connectedChat();
    const created = await call(base, 'POST', `/v1/conversations/${chat.cid}/attachments`, { token: chat.token, body: { name: 'payslip.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length } });
    const id = created.json.attachmentId as string;
    expect((await putBytes(created.json.upload.url, chat.token, PDF)).status).toBe(204);
    expect((await call(base, 'POST', `/v1/attachments/${id}:complete`, { token: chat.token })).json.status).toBe('available');
    expect((await call(base, 'GET', `/v1/agent/attachments/${id}`, { token: chat.agent.accessToken })).json).toMatchObject({ name: 'payslip.pdf', downloadUrl: `/v1/agent/attachments/${id}/content` });
    const file = await download(`/v1/agent/attachments/${id}/content`, chat.agent.accessToken);
    expect([file.status, file.headers.get('content-type'), file.headers.get('x-content-type-options')]).toEqual([200, 'application/octet-stream', 'nosniff']);
    expect(file.bytes.equals(PDF)).toBe(true);
    // The customer's upload is not the agent's to send or complete.
    const stolen = await call(base, 'POST', `/v1/agent/conversations/${chat.cid}/messages`, {
      token: chat.agent.accessToken, headers: { 'idempotency-key': randomUUID() },
      body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'yours' }], attachmentIds: [id] },
    });
    expect([stolen.status, stolen.json.errors[0]]).toEqual([400, expect.objectContaining({ pointer: '/attachmentIds/0', code: 'not_found' })]);
    expect((await call(base, 'POST', `/v1/agent/attachments/${id}:complete`, { token: chat.agent.accessToken })).status).toBe(403);
    await chat.close();
  });

  it('refuses an agent the conversation is not assigned to', async () => {
    const chat = await connectedChat();
    const { id } = await agentUpload(chat.agent, chat.cid, 'form.pdf', 'application/pdf', PDF);
    const bo = await signInAgent(base, 'bo@bank.test');
    const declared = await call(base, 'POST', `/v1/agent/conversations/${chat.cid}/attachments`, { token: bo.accessToken, body: { name: 'x.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length } });
    expect([declared.status, declared.json.code]).toEqual([403, 'forbidden']);
    expect((await call(base, 'GET', `/v1/agent/attachments/${id}`, { token: bo.accessToken })).status).toBe(404);
    expect((await download(`/v1/agent/attachments/${id}/content`, bo.accessToken)).status).toBe(404);
    expect((await putBytes(`/v1/agent/attachments/${id}/content`, bo.accessToken, PDF)).status).toBe(403);
    // A customer token is not an agent token, and an agent token is not a customer's.
    expect((await call(base, 'GET', `/v1/agent/attachments/${id}`, { token: chat.token })).status).toBe(401);
    expect((await call(base, 'GET', `/v1/attachments/${id}`, { token: chat.agent.accessToken })).status).toBe(401);
    await chat.close();
  });

  it('rejects by magic bytes for agents too, and such files cannot be sent', async () => {
    const chat = await connectedChat();
    const renamed = await agentUpload(chat.agent, chat.cid, 'offer.png', 'image/png', EXE);
    expect([renamed.done.status, renamed.done.json.code, renamed.done.json.errors]).toEqual([409, 'attachment_rejected', [{ pointer: '', code: 'executable' }]]);
    const blocked = await call(base, 'POST', `/v1/agent/conversations/${chat.cid}/attachments`, { token: chat.agent.accessToken, body: { name: 'tool.exe', mimeType: 'image/png', sizeBytes: 10 } });
    expect([blocked.status, blocked.json.code]).toEqual([400, 'attachment_type_blocked']);
    const sent = await call(base, 'POST', `/v1/agent/conversations/${chat.cid}/messages`, {
      token: chat.agent.accessToken, headers: { 'idempotency-key': randomUUID() },
      body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'see attached' }], attachmentIds: [renamed.id] },
    });
    expect([sent.status, sent.json.errors[0].code]).toEqual([400, 'not_available']);
    expect((await download(`/v1/agent/attachments/${renamed.id}/content`, chat.agent.accessToken)).status).toBe(404);
    await chat.close();
  });

  it('answers every request within the contract', () => {
    expect(contractViolations()).toEqual([]);
  });
});
