import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedFetch, contractViolations, runServerToExit, spawnServer, type ServerProcess } from '../src/testing/index.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/server.js';
import { call, conversation, eventsOf, guest, writeConfig } from './support.js';

let server: ServerProcess;
let small: ServerProcess;
let base: string;

beforeAll(async () => {
  [server, small] = await Promise.all([
    spawnServer(),
    spawnServer({ env: { FOYER_CONFIG: writeConfig({ attachments: { maxBytes: 64, maxPerMessage: 1, allowedMimeTypes: ['text/plain'], blockedExtensions: ['bin'] } }) } }),
  ]);
  base = server.url;
});
afterAll(async () => {
  await Promise.all([server?.stop(), small?.stop()]);
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR and some pixels')]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(40, 0x90)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const declare = (token: string, cid: string, body: Record<string, unknown>, key?: string) =>
  call(base, 'POST', `/v1/conversations/${cid}/attachments`, { token, body, ...(key ? { headers: { 'idempotency-key': key } } : {}) });

async function put(token: string, id: string, bytes: Buffer, target = base) {
  const res = await checkedFetch(`${target}/v1/attachments/${id}/content`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: bytes });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

const complete = (token: string, id: string) => call(base, 'POST', `/v1/attachments/${id}:complete`, { token });

/** Declares, uploads and completes; returns the completion reply. */
async function upload(token: string, cid: string, name: string, mimeType: string, bytes: Buffer, extra: Record<string, unknown> = {}) {
  const created = await declare(token, cid, { name, mimeType, sizeBytes: bytes.length, ...extra });
  expect(created.status).toBe(201);
  expect((await put(token, created.json.attachmentId, bytes)).status).toBe(204);
  return { id: created.json.attachmentId as string, done: await complete(token, created.json.attachmentId) };
}

async function chatOf() {
  const s = await guest(base);
  return { s, cid: await conversation(base, s.accessToken) };
}

describe('attachments', () => {
  it('advertises the limits and the feature in the session', async () => {
    const r = await call(base, 'POST', '/v1/sessions', { body: { kind: 'guest' } });
    expect(r.json.capabilities.features.attachments).toBe(true);
    expect(r.json.limits.attachments).toMatchObject({ maxBytes: 10 * 1024 * 1024, maxPerMessage: 5, allowedMimeTypes: expect.arrayContaining(['image/png', 'application/pdf']), blockedExtensions: expect.arrayContaining(['exe']) });
    const configured = await call(small.url, 'POST', '/v1/sessions', { body: { kind: 'guest' } });
    expect(configured.json.limits.attachments).toEqual({ maxBytes: 64, maxPerMessage: 1, allowedMimeTypes: ['text/plain'], blockedExtensions: ['bin'] });
  });

  it('uploads in three steps, goes through scanning to available, is sent in a message and downloads as a file', async () => {
    const { s, cid } = await chatOf();
    const key = randomUUID();
    const body = { name: '收据 "May".png', mimeType: 'image/png', sizeBytes: PNG.length, sha256: sha256(PNG) };
    const created = await declare(s.accessToken, cid, body, key);
    expect(created.status).toBe(201);
    const id = created.json.attachmentId;
    expect(created.json).toEqual({ attachmentId: id, status: 'uploading', upload: { mode: 'proxy', method: 'PUT', url: `/v1/attachments/${id}/content`, expiresAt: expect.any(String) } });
    // The same key and body replay the declaration.
    expect((await declare(s.accessToken, cid, body, key)).json).toEqual(created.json);

    expect((await put(s.accessToken, id, PNG)).status).toBe(204);
    const done = await complete(s.accessToken, id);
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ id, conversationId: cid, name: body.name, mimeType: 'image/png', sizeBytes: PNG.length, sha256: sha256(PNG), status: 'available', downloadUrl: `/v1/attachments/${id}/content` });
    expect((await complete(s.accessToken, id)).json).toEqual(done.json);
    expect((await call(base, 'GET', `/v1/attachments/${id}`, { token: s.accessToken })).json).toEqual(done.json);
    expect((await put(s.accessToken, id, PNG)).json.code).toBe('attachment_rejected');

    const sent = await call(base, 'POST', `/v1/conversations/${cid}/messages`, {
      token: s.accessToken, headers: { 'idempotency-key': randomUUID() },
      body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'my receipt' }], attachmentIds: [id] },
    });
    expect(sent.status).toBe(201);
    expect(sent.json.attachments).toEqual([{ id, name: body.name, mimeType: 'image/png', sizeBytes: PNG.length, status: 'available' }]);

    const statuses = (await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'attachment.status_changed').map((e) => e.data);
    expect(statuses).toEqual([{ attachmentId: id, status: 'uploading' }, { attachmentId: id, status: 'scanning' }, { attachmentId: id, status: 'available' }]);

    const res = await checkedFetch(`${base}/v1/attachments/${id}/content`, { headers: { authorization: `Bearer ${s.accessToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="__ _May_.png"; filename*=UTF-8''%E6%94%B6%E6%8D%AE%20%22May%22.png`);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses a declared size over the limit (400) and more bytes than declared (413)', async () => {
    const { s, cid } = await chatOf();
    const big = await declare(s.accessToken, cid, { name: 'scan.pdf', mimeType: 'application/pdf', sizeBytes: 10 * 1024 * 1024 + 1 });
    expect([big.status, big.json.code, big.json.errors[0].pointer]).toEqual([400, 'attachment_too_large', '/sizeBytes']);
    const created = await declare(s.accessToken, cid, { name: 'scan.pdf', mimeType: 'application/pdf', sizeBytes: 10 });
    const over = await put(s.accessToken, created.json.attachmentId, PDF);
    expect([over.status, over.json.code]).toEqual([413, 'attachment_too_large']);
  });

  it('refuses types that are not allowed and blocked extensions', async () => {
    const { s, cid } = await chatOf();
    const zip = await declare(s.accessToken, cid, { name: 'files.zip', mimeType: 'application/zip', sizeBytes: 10 });
    expect([zip.status, zip.json.code, zip.json.errors[0].pointer]).toEqual([400, 'attachment_type_blocked', '/mimeType']);
    const exe = await declare(s.accessToken, cid, { name: 'setup.EXE', mimeType: 'image/png', sizeBytes: 10 });
    expect([exe.status, exe.json.code, exe.json.errors[0].pointer]).toEqual([400, 'attachment_type_blocked', '/name']);
  });

  it('rejects bytes that are not what the type and name say (an .exe renamed .png)', async () => {
    const { s, cid } = await chatOf();
    const renamed = await upload(s.accessToken, cid, 'holiday.png', 'image/png', EXE);
    expect([renamed.done.status, renamed.done.json.code]).toEqual([409, 'attachment_rejected']);
    expect((await call(base, 'GET', `/v1/attachments/${renamed.id}`, { token: s.accessToken })).json).toMatchObject({ status: 'rejected', reason: 'executable' });
    const pdfAsPng = await upload(s.accessToken, cid, 'photo.png', 'image/png', PDF);
    expect(pdfAsPng.done.json.errors).toEqual([{ pointer: '', code: 'type_mismatch' }]);
    const nameSaysText = await upload(s.accessToken, cid, 'notes.txt', 'image/png', PNG);
    expect(nameSaysText.done.json.errors).toEqual([{ pointer: '', code: 'type_mismatch' }]);
    const statuses = (await eventsOf(base, s.accessToken, cid)).filter((e) => e.type === 'attachment.status_changed' && e.data.attachmentId === renamed.id).map((e) => e.data.status);
    expect(statuses).toEqual(['uploading', 'scanning', 'rejected']);
    // Rejected files cannot be downloaded or sent.
    expect((await call(base, 'GET', `/v1/attachments/${renamed.id}/content`, { token: s.accessToken, headers: { accept: '*/*' } })).status).toBe(404);
  });

  it('checks the declared SHA-256 and size on completion', async () => {
    const { s, cid } = await chatOf();
    const malformed = await declare(s.accessToken, cid, { name: 'a.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, sha256: 'abc' });
    expect([malformed.status, malformed.json.errors[0].pointer]).toEqual([400, '/sha256']);
    const wrong = await upload(s.accessToken, cid, 'a.pdf', 'application/pdf', PDF, { sha256: sha256(PNG) });
    expect([wrong.done.status, wrong.done.json.code, wrong.done.json.errors[0].code]).toEqual([409, 'attachment_rejected', 'checksum_mismatch']);
    const short = await declare(s.accessToken, cid, { name: 'b.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length + 5 });
    const early = await complete(s.accessToken, short.json.attachmentId);
    expect([early.status, early.json.errors[0].code]).toEqual([409, 'missing_content']);
    await put(s.accessToken, short.json.attachmentId, PDF);
    expect((await complete(s.accessToken, short.json.attachmentId)).json.errors[0].code).toBe('size_mismatch');
  });

  it("keeps another session out: 404 for its attachments, and refuses them in messages", async () => {
    const { s, cid } = await chatOf();
    const { id } = await upload(s.accessToken, cid, 'mine.pdf', 'application/pdf', PDF);
    const other = await chatOf();
    const t = other.s.accessToken;
    expect((await call(base, 'GET', `/v1/attachments/${id}`, { token: t })).status).toBe(404);
    expect((await call(base, 'GET', `/v1/attachments/${id}/content`, { token: t, headers: { accept: '*/*' } })).status).toBe(404);
    expect((await put(t, id, PDF)).status).toBe(404);
    expect((await complete(t, id)).status).toBe(404);
    expect((await declare(t, cid, { name: 'x.pdf', mimeType: 'application/pdf', sizeBytes: 3 })).status).toBe(404);
    const stolen = await call(base, 'POST', `/v1/conversations/${other.cid}/messages`, {
      token: t, headers: { 'idempotency-key': randomUUID() }, body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'look' }], attachmentIds: [id] },
    });
    expect([stolen.status, stolen.json.errors[0]]).toEqual([400, expect.objectContaining({ pointer: '/attachmentIds/0', code: 'not_found' })]);
  });

  it('only sends available attachments, at most maxPerMessage', async () => {
    const { s, cid } = await chatOf();
    const pending = await declare(s.accessToken, cid, { name: 'p.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length });
    const r = await call(base, 'POST', `/v1/conversations/${cid}/messages`, {
      token: s.accessToken, headers: { 'idempotency-key': randomUUID() }, body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'here' }], attachmentIds: [pending.json.attachmentId] },
    });
    expect([r.status, r.json.errors[0].code]).toEqual([400, 'not_available']);
    const many = await call(base, 'POST', `/v1/conversations/${cid}/messages`, {
      token: s.accessToken, headers: { 'idempotency-key': randomUUID() }, body: { clientMessageId: randomUUID(), parts: [{ type: 'text', text: 'here' }], attachmentIds: ['a', 'b', 'c', 'd', 'e', 'f'] },
    });
    expect([many.status, many.json.errors[0]]).toEqual([400, expect.objectContaining({ pointer: '/attachmentIds', code: 'maxItems' })]);
  });

  it('names the JSON path of a bad attachments section', async () => {
    const r = await runServerToExit(['--port', '0', '--quiet'], { FOYER_CONFIG: writeConfig({ attachments: { maxBytes: -1 } }) });
    expect(r.code).toBe(1);
    expect(r.output).toContain('attachments.maxBytes: must be an integer from 1 to');
    const r2 = await runServerToExit(['--port', '0', '--quiet'], { FOYER_CONFIG: writeConfig({ attachments: { allowedMimeTypes: ['png'] } }) });
    expect(r2.output).toContain('attachments.allowedMimeTypes[0]: must be a MIME type');
  });

  it('uses a plugged-in scanner instead of the built-in checker', async () => {
    const inProcess = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'foyer-data-')), quiet: true });
    const scanned: string[] = [];
    inProcess.app.attachmentScanner = {
      scan: async ({ name, bytes }) => {
        scanned.push(name);
        return Buffer.from(bytes).includes('EICAR') ? { verdict: 'rejected', reason: 'malware' } : { verdict: 'clean' };
      },
    };
    try {
      const s = await guest(inProcess.url);
      const cid = await conversation(inProcess.url, s.accessToken);
      const infected = Buffer.from('plain text with EICAR inside');
      const created = await call(inProcess.url, 'POST', `/v1/conversations/${cid}/attachments`, { token: s.accessToken, body: { name: 'note.txt', mimeType: 'text/plain', sizeBytes: infected.length } });
      expect((await put(s.accessToken, created.json.attachmentId, infected, inProcess.url)).status).toBe(204);
      const done = await call(inProcess.url, 'POST', `/v1/attachments/${created.json.attachmentId}:complete`, { token: s.accessToken });
      expect([done.status, done.json.errors]).toEqual([409, [{ pointer: '', code: 'malware' }]]);
      expect(scanned).toEqual(['note.txt']);
    } finally {
      await inProcess.close();
    }
  });

  it('answers every request within the contract', () => {
    expect(contractViolations()).toEqual([]);
  });
});
