/**
 * The three-step attachment upload: create (POST …/attachments) → bytes (XMLHttpRequest PUT, for
 * progress) → complete (POST …:complete), then wait for the scan (status events, or polling); and
 * the list of uploads the composer shows. Loaded on demand, when the customer first attaches a file.
 */
import { css, html, type TemplateResult } from 'lit';
import type { ChatHost, FoyerEvent } from '@foyer/core';
import type { LocalizeController } from '@foyer/core/lit';
import { refusal, type AttachmentLimits, type Upload } from './attachments.js';

interface AttachmentUpload {
  attachmentId: string;
  upload: { mode: 'presigned' | 'proxy'; method: 'PUT' | 'POST'; url: string; headers?: Record<string, string> };
}
interface AttachmentInfo {
  id: string;
  status: 'uploading' | 'scanning' | 'available' | 'rejected';
}

/** PUT with upload progress (fetch has none). */
function put(url: string, file: Blob, headers: Record<string, string>, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    xhr.addEventListener('load', () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(`upload failed (${xhr.status})`))));
    xhr.addEventListener('error', () => reject(new Error('upload failed (network)')));
    xhr.send(file);
  });
}

/** Uploads one file; `update` is called with every change. Resolves with the final state. */
export async function uploadAttachment(host: ChatHost, conversationId: string, file: File, upload: Upload, update: (u: Upload) => void): Promise<Upload> {
  let current = upload;
  const set = (change: Partial<Upload>) => update((current = { ...current, ...change }));
  try {
    const created = await host.request<AttachmentUpload>(`/v1/conversations/${encodeURIComponent(conversationId)}/attachments`, {
      method: 'POST',
      body: { name: file.name, mimeType: file.type || 'application/octet-stream', sizeBytes: file.size },
    });
    set({ attachmentId: created.attachmentId });
    const { baseUrl, accessToken } = await host.authorization();
    const target = created.upload;
    const proxied = target.mode === 'proxy';
    const headers = proxied ? { ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), 'content-type': file.type || 'application/octet-stream' } : (target.headers ?? {});
    await put(proxied ? `${baseUrl}${target.url}` : target.url, file, headers, (progress) => set({ progress }));
    set({ progress: 1, state: 'scanning' });
    const id = encodeURIComponent(created.attachmentId);
    let info = await host.request<AttachmentInfo>(`/v1/attachments/${id}:complete`, { method: 'POST', body: {} });
    // The scan usually takes a moment: events say when, polling covers a missed one (bounded).
    for (let i = 0; i < 40 && info.status !== 'available' && info.status !== 'rejected'; i++) {
      await waitForStatus(host, created.attachmentId, 750);
      info = await host.request<AttachmentInfo>(`/v1/attachments/${id}`);
    }
    if (info.status === 'available') set({ state: 'ready' });
    else set({ state: 'rejected', problem: info.status === 'rejected' ? 'rejected' : 'failed' });
  } catch {
    set({ state: 'rejected', problem: 'failed' });
  }
  return current;
}

/**
 * Checks each picked file against the session's limits: a refused one joins the list with why, the
 * others join it and upload. `changeList` applies a change to the composer's current list.
 */
export function uploadFiles(
  host: ChatHost,
  conversationId: string,
  picked: readonly { file: File; upload: Upload }[],
  limits: AttachmentLimits | undefined,
  changeList: (change: (uploads: Upload[]) => Upload[]) => void,
): void {
  for (const { file, upload } of picked) {
    const problem = refusal(file, limits);
    changeList((uploads) => [...uploads, problem ? { ...upload, state: 'rejected', problem } : upload]);
    if (!problem) void uploadAttachment(host, conversationId, file, upload, (next) => changeList((uploads) => uploads.map((u) => (u.key === next.key ? next : u))));
  }
}

/** Resolves on the attachment's status event or after `ms`, whichever comes first. */
function waitForStatus(host: ChatHost, attachmentId: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      off?.();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const off = host.client?.subscribe((event: FoyerEvent) => {
      if (event.type === 'attachment.status_changed' && event.data.attachmentId === attachmentId) done();
    });
  });
}

/** The list's styles, added to the composer with this chunk. */
export const uploadStyles = css`
  .uploads {
    list-style: none;
    margin: 0 0 0.5rem;
    padding: 0;
    display: grid;
    gap: 0.25rem;
    font-size: 0.875rem;
  }
  .uploads li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  progress {
    flex: 1;
    min-inline-size: 6rem;
  }
`;

/** Each upload with its progress, state or problem, and a button that removes it. */
export function renderUploads(t: LocalizeController, uploads: readonly Upload[], maxBytes: number, remove: (key: string) => void): TemplateResult[] {
  const maxMegabytes = Math.round(maxBytes / 1_000_000);
  return uploads.map((u) => {
    const problem =
      u.problem === 'too_large'
        ? t.term('attachmentTooLarge', u.name, maxMegabytes)
        : u.problem === 'type_not_allowed'
          ? t.term('attachmentTypeNotAllowed', u.name)
          : u.problem === 'rejected'
            ? t.term('attachmentRejected', u.name)
            : t.term('attachmentFailed', u.name);
    return html`<li>
      ${u.state === 'uploading'
        ? html`<span>${t.term('uploading', u.name)}</span><progress max="1" .value=${u.progress} aria-label=${t.term('uploading', u.name)}></progress>`
        : u.state === 'scanning'
          ? html`<span>${t.term('scanning', u.name)}</span>`
          : u.state === 'ready'
            ? html`<span>${t.term('attachmentReady', u.name)}</span>`
            : html`<span class="error" role="alert">${problem}</span>`}
      <button type="button" aria-label=${t.term('removeAttachment', u.name)} @click=${() => remove(u.key)}>×</button>
    </li>`;
  });
}
