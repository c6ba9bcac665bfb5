import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { delay, http } from 'msw';
import { conversationView, createDeskMock, message } from '../../testing/desk-mock.fixtures.js';
import { deep, deepAll, mountDesk, startWorker, textOf, worker } from '../../testing/harness.fixtures.js';

beforeAll(startWorker);
afterAll(() => worker.stop());
afterEach(() => vi.restoreAllMocks());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode('IHDR pixels')]);
const EXE = new Uint8Array([0x4d, 0x5a, ...new Array(40).fill(0x90)]);
const PAYSLIP = new TextEncoder().encode('%PDF-1.7 payslip');

/** Mei Chen's chat, with a message that carries her payslip. */
function chatMock(maxBytes?: number) {
  const withFile = { ...message('conv-1', 4, 'customer', 'Here is my payslip', 'Mei Chen'), attachments: [{ id: 'cust-file', name: 'payslip.pdf', mimeType: 'application/pdf', sizeBytes: PAYSLIP.length, status: 'available' as const }] };
  return createDeskMock({
    assigned: [conversationView('conv-1', 'Mei Chen')],
    messages: { 'conv-1': [withFile] },
    files: { 'cust-file': { conversationId: 'conv-1', name: 'payslip.pdf', mimeType: 'application/pdf', bytes: PAYSLIP } },
    ...(maxBytes ? { maxBytes } : {}),
  });
}

async function openMei(mock: ReturnType<typeof chatMock>, lang = 'en') {
  const { app } = await mountDesk(mock.handlers, { signedIn: true, lang });
  await expect.poll(() => deepAll(app, 'nav', 'button').some((b) => textOf(b).startsWith('Mei Chen'))).toBe(true);
  await userEvent.click(deepAll(app, 'nav', 'button').find((b) => textOf(b).startsWith('Mei Chen'))!);
  await expect.poll(() => deep(app, 'foyer-desk-chat', 'foyer-desk-composer')).not.toBeNull();
  return app;
}

const inComposer = (app: HTMLElement, selector: string) => deep(app, 'foyer-desk-chat', 'foyer-desk-composer', selector);

/** Picks files in the composer's file input, as the file chooser would. */
function pick(app: HTMLElement, ...files: File[]): void {
  const input = inComposer(app, 'input[type=file]') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('attachments in the desk', () => {
  it('offers a labelled, 44 px attach control in the composer', async () => {
    const app = await openMei(chatMock());
    const label = inComposer(app, 'label.attach')!;
    expect(textOf(label)).toBe('Attach file');
    const box = label.getBoundingClientRect();
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    // The input itself is reachable by keyboard (visually hidden, not removed).
    const input = inComposer(app, 'input[type=file]') as HTMLInputElement;
    input.focus();
    expect((deep(app, 'foyer-desk-chat', 'foyer-desk-composer')!.shadowRoot as ShadowRoot).activeElement).toBe(input);
  });

  it('uploads a file with the agent token, shows it ready, and sends it with the reply', async () => {
    const mock = chatMock();
    const app = await openMei(mock);
    pick(app, new File([PNG], 'statement.png', { type: 'image/png' }));
    await expect.poll(() => textOf(inComposer(app, '.uploads'))).toContain('ready to send');
    expect(textOf(inComposer(app, '.uploads'))).toContain('statement.png');
    const put = mock.requests.find((r) => r.method === 'PUT')!;
    expect([put.path, put.headers['authorization'], put.headers['content-type']]).toEqual(['/v1/agent/attachments/att-1/content', 'Bearer access-1', 'application/octet-stream']);
    expect(mock.uploaded('att-1')).toEqual(PNG);
    expect(mock.requests.find((r) => r.path === '/v1/agent/conversations/conv-1/attachments')!.body).toEqual({ name: 'statement.png', mimeType: 'image/png', sizeBytes: PNG.length });

    await userEvent.click(inComposer(app, 'textarea')!);
    await userEvent.keyboard('Your statement{Enter}');
    await expect.poll(() => mock.requests.filter((r) => r.path === '/v1/agent/conversations/conv-1/messages').length).toBe(1);
    expect(mock.requests.find((r) => r.path === '/v1/agent/conversations/conv-1/messages')!.body).toMatchObject({ parts: [{ type: 'text', text: 'Your statement' }], attachmentIds: ['att-1'] });
    await expect.poll(() => inComposer(app, '.uploads')).toBeNull();
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', 'foyer-desk-transcript'))).toContain('Download statement.png');
  });

  it('shows the upload in progress and holds the reply until it is done', async () => {
    const mock = chatMock();
    const app = await openMei(mock);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    worker.use(http.put('/v1/agent/attachments/:id/content', async () => {
      await held;
      await delay(10);
      return undefined;
    }));
    pick(app, new File([PNG], 'statement.png', { type: 'image/png' }));
    await expect.poll(() => inComposer(app, 'progress')?.getAttribute('aria-label')).toBe('Uploading statement.png');
    await userEvent.click(inComposer(app, 'textarea')!);
    await userEvent.keyboard('Here it is{Enter}');
    await expect.poll(() => textOf(inComposer(app, '[role=alert]'))).toBe('Wait until the files are uploaded, then send.');
    expect(mock.requests.some((r) => r.path.endsWith('/messages'))).toBe(false);
    release();
    await expect.poll(() => textOf(inComposer(app, '.uploads'))).toContain('ready to send');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => mock.requests.find((r) => r.path.endsWith('/messages'))?.body).toMatchObject({ parts: [{ text: 'Here it is' }], attachmentIds: ['att-1'] });
  });

  it('sends files alone, named in the text, and keeps a removed file out', async () => {
    const mock = chatMock();
    const app = await openMei(mock);
    pick(app, new File([PNG], 'a.png', { type: 'image/png' }), new File([PAYSLIP], 'b.pdf', { type: 'application/pdf' }));
    await expect.poll(() => deepAll(app, 'foyer-desk-chat', 'foyer-desk-composer', '.uploads li').filter((li) => textOf(li).includes('ready to send')).length).toBe(2);
    await userEvent.click(deepAll(app, 'foyer-desk-chat', 'foyer-desk-composer', '.uploads button').find((b) => b.getAttribute('aria-label') === 'Remove a.png')!);
    await userEvent.click(inComposer(app, 'button.primary')!);
    await expect.poll(() => mock.requests.find((r) => r.path === '/v1/agent/conversations/conv-1/messages')?.body).toMatchObject({ parts: [{ type: 'text', text: 'b.pdf' }], attachmentIds: ['att-2'] });
  });

  it('says why a file was refused: the check, the type, the size (localised)', async () => {
    const mock = chatMock(64);
    const app = await openMei(mock);
    const alert = () => textOf(inComposer(app, '[role=alert]'));
    pick(app, new File([EXE], 'holiday.png', { type: 'image/png' }));
    await expect.poll(alert).toBe('holiday.png could not be attached. The file did not pass the safety check.');
    expect(inComposer(app, '.uploads')).toBeNull();
    pick(app, new File([EXE], 'setup.exe', { type: 'application/octet-stream' }));
    await expect.poll(alert).toBe('setup.exe could not be attached. Files of this type cannot be sent.');
    pick(app, new File([new Uint8Array(100)], 'big.pdf', { type: 'application/pdf' }));
    await expect.poll(alert).toBe('big.pdf could not be attached. The file is too large.');
    expect(mock.requests.some((r) => r.path.endsWith('/messages'))).toBe(false);

    const zh = await openMei(chatMock(64), 'zh-CN');
    pick(zh, new File([new Uint8Array(100)], 'big.pdf', { type: 'application/pdf' }));
    await expect.poll(() => textOf(deep(zh, 'foyer-desk-chat', 'foyer-desk-composer', '[role=alert]'))).toBe('无法添加 big.pdf。文件太大。');
    const tw = await openMei(chatMock(), 'zh-TW');
    pick(tw, new File([EXE], 'x.png', { type: 'image/png' }));
    await expect.poll(() => textOf(deep(tw, 'foyer-desk-chat', 'foyer-desk-composer', '[role=alert]'))).toBe('無法附加 x.png。檔案未通過安全檢查。');
  });

  it("downloads the customer's file with the bearer token and saves it under its name", async () => {
    const mock = chatMock();
    const app = await openMei(mock);
    const saved: Array<{ download: string; href: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ download: this.download, href: this.href });
    });
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return createObjectURL(blob);
    });
    const link = () => deepAll(app, 'foyer-desk-chat', 'foyer-desk-transcript', '.attachment button')[0];
    await expect.poll(() => textOf(link() ?? null)).toBe(`Download payslip.pdf (1 kB)`);
    await userEvent.click(link()!);
    await expect.poll(() => saved.length).toBe(1);
    expect(saved[0]!.download).toBe('payslip.pdf');
    expect(saved[0]!.href).toMatch(/^blob:/);
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(PAYSLIP);
    expect(mock.requests.find((r) => r.path === '/v1/agent/attachments/cust-file/content')!.headers['authorization']).toBe('Bearer access-1');
  });

  it('says so when a download fails', async () => {
    const mock = createDeskMock({
      assigned: [conversationView('conv-1', 'Mei Chen')],
      messages: { 'conv-1': [{ ...message('conv-1', 4, 'customer', 'gone', 'Mei Chen'), attachments: [{ id: 'missing', name: 'old.pdf', mimeType: 'application/pdf', sizeBytes: 10, status: 'available' }] }] },
    });
    const app = await openMei(mock);
    await expect.poll(() => deepAll(app, 'foyer-desk-chat', 'foyer-desk-transcript', '.attachment button').length).toBe(1);
    await userEvent.click(deepAll(app, 'foyer-desk-chat', 'foyer-desk-transcript', '.attachment button')[0]!);
    await expect.poll(() => textOf(deep(app, 'foyer-desk-chat', '.main > div > [role=alert]'))).toBe('old.pdf could not be downloaded. Something went wrong (not_found). Try again.');
  });

  it('finds no axe violation with a file uploaded and a download link', async () => {
    const app = await openMei(chatMock());
    pick(app, new File([PNG], 'statement.png', { type: 'image/png' }));
    await expect.poll(() => textOf(inComposer(app, '.uploads'))).toContain('ready to send');
    const result = await axe.run(document, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`)).toEqual([]);
  });
});
