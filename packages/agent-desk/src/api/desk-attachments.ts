/**
 * The agent's attachment flow: declare (POST …/attachments) → bytes (XMLHttpRequest PUT, for upload
 * progress, which fetch does not report) → complete (scan) → the id goes into the message. Downloads go
 * through the desk API with the bearer token (the desk authenticates by header, so a plain link cannot work).
 */
import { NetworkError, problemFromParts, uuidv7 } from '@foyer/core';
import type { DeskApi } from './desk-api.js';
import type { Attachment, AttachmentUpload } from './types.js';

const enc = encodeURIComponent;
/** A scanner that is still busy after completion is polled this often, this many times. */
const SCAN_POLL_MS = 750;
const SCAN_POLLS = 40;

/** PUT with progress; a 401 is renewed once through the refresh token, like the desk API's requests. */
function put(api: DeskApi, url: string, file: Blob, onProgress: (fraction: number) => void, token: string | undefined, renewed = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      if (xhr.status === 401 && !renewed) {
        void api.renew(token).then((fresh) => (fresh ? put(api, url, file, onProgress, fresh, true).then(resolve, reject) : reject(problemOf(xhr))));
        return;
      }
      reject(problemOf(xhr));
    });
    xhr.addEventListener('error', () => reject(new NetworkError()));
    xhr.send(file);
  });
}

const problemOf = (xhr: XMLHttpRequest) => problemFromParts(xhr.status, { get: (name: string) => xhr.getResponseHeader(name) }, xhr.responseText);

/** Uploads one file into a conversation; resolves with the attachment once it is `available`. */
export async function uploadAttachment(api: DeskApi, conversationId: string, file: File, onProgress: (fraction: number) => void): Promise<Attachment> {
  const declaration = { name: file.name, mimeType: file.type || 'application/octet-stream', sizeBytes: file.size };
  const created = await api.call<AttachmentUpload>('POST', `/v1/agent/conversations/${enc(conversationId)}/attachments`, declaration, { idempotencyKey: uuidv7() });
  const target = created.upload;
  // Proxy mode goes through the API with the agent's token; a presigned URL carries its own headers.
  if (target.mode === 'proxy') await put(api, api.url(target.url), file, onProgress, api.sessions.current()?.accessToken);
  else await putPresigned(target.url, file, target.headers ?? {}, onProgress);
  onProgress(1);
  const id = enc(created.attachmentId);
  let attachment = await api.call<Attachment>('POST', `/v1/agent/attachments/${id}:complete`);
  for (let i = 0; i < SCAN_POLLS && attachment.status === 'scanning'; i++) {
    await new Promise((r) => setTimeout(r, SCAN_POLL_MS));
    attachment = await api.call<Attachment>('GET', `/v1/agent/attachments/${id}`);
  }
  return attachment;
}

function putPresigned(url: string, file: Blob, headers: Record<string, string>, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total));
    xhr.addEventListener('load', () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(problemOf(xhr))));
    xhr.addEventListener('error', () => reject(new NetworkError()));
    xhr.send(file);
  });
}

/** Fetches an attachment with the agent's token and has the browser save it under its name. */
export async function saveAttachment(api: DeskApi, attachment: { id: string; name: string }): Promise<void> {
  const blob = await api.download(`/v1/agent/attachments/${enc(attachment.id)}/content`);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
