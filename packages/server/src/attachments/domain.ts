import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppContext } from '../app-context.js';
import { customerOf, loadOwnConversation } from '../domain/conversations.js';
import { withEvents, type EventTransaction } from '../domain/event-writer.js';
import { claimKey, requestHash, storeResponse } from '../domain/idempotency.js';
import { newId } from '../domain/ids.js';
import type { Caller, ConversationState, Participant } from '../domain/types.js';
import { Problem, type FieldError } from '../http/problem.js';
import type { Queryable } from '../storage/database.js';
import { attachmentsOf } from './config.js';
import { builtInScanner, extensionOf } from './scanner.js';

export type AttachmentStatus = 'uploading' | 'scanning' | 'available' | 'rejected';
export interface AttachmentRef { id: string; name: string; mimeType: string; sizeBytes: number; status: AttachmentStatus }
export interface AttachmentCreateInput { name: string; mimeType: string; sizeBytes: number; sha256?: string }

/**
 * Who acts on attachments, and which conversations they may touch: a customer through their session,
 * an agent through their assignment (the agent routes build their own actor).
 */
export interface AttachmentActor {
  participant: Participant;
  /** Scope of Idempotency-Keys (a session id, or e.g. `agent:<id>`). */
  idempotencyScope: string;
  /** The conversation if this actor may use it (locked when asked); throws 404 otherwise. */
  conversation(db: Queryable, conversationId: string, forUpdate?: boolean): Promise<{ id: string; state: ConversationState }>;
  /** Where this actor uploads and downloads bytes (each side has its own auth scheme); the customer's by default. */
  contentUrl?: (attachmentId: string) => string;
}

export function customerActor(caller: Caller): AttachmentActor {
  return {
    participant: customerOf(caller),
    idempotencyScope: caller.sessionId,
    conversation: (db, id, forUpdate) => loadOwnConversation(db, caller, id, forUpdate),
  };
}

interface AttachmentRow {
  id: string; conversation_id: string; uploader_role: string; uploader_id: string; name: string; mime_type: string;
  size_bytes: number; sha256: string | null; status: AttachmentStatus; reason: string | null; created_at: string | Date;
}

const COLUMNS = 'id, conversation_id, uploader_role, uploader_id, name, mime_type, size_bytes, sha256, status, reason, created_at';
/** How long the upload URL is meant to be used; completion later still works, the URL carries no secret. */
const UPLOAD_WINDOW_MS = 15 * 60_000;

export const contentUrl = (id: string) => `/v1/attachments/${encodeURIComponent(id)}/content`;

function toAttachment(r: AttachmentRow, urlOf: (id: string) => string = contentUrl) {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    name: r.name,
    mimeType: r.mime_type,
    sizeBytes: Number(r.size_bytes),
    ...(r.sha256 ? { sha256: r.sha256 } : {}),
    status: r.status,
    ...(r.reason ? { reason: r.reason } : {}),
    ...(r.status === 'available' ? { downloadUrl: urlOf(r.id) } : {}),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

const toRef = (r: AttachmentRow): AttachmentRef => ({ id: r.id, name: r.name, mimeType: r.mime_type, sizeBytes: Number(r.size_bytes), status: r.status });

/** Checks a declaration against the advertised limits: 400 `attachment_type_blocked` or `attachment_too_large`. */
export function checkDeclaration(app: AppContext, input: AttachmentCreateInput): void {
  const limits = attachmentsOf(app.config);
  const extension = extensionOf(input.name);
  if (extension && limits.blockedExtensions.includes(extension)) {
    throw new Problem('attachment_type_blocked', `files ending in .${extension} cannot be sent`, { errors: [{ pointer: '/name', code: 'blocked_extension' }] });
  }
  if (!limits.allowedMimeTypes.includes(input.mimeType.toLowerCase())) {
    throw new Problem('attachment_type_blocked', `files of type ${input.mimeType} cannot be sent; allowed: ${limits.allowedMimeTypes.join(', ')}`, { errors: [{ pointer: '/mimeType', code: 'enum' }] });
  }
  if (input.sizeBytes > limits.maxBytes) {
    throw new Problem('attachment_too_large', `a file may be at most ${limits.maxBytes} bytes`, { errors: [{ pointer: '/sizeBytes', code: 'maximum' }] });
  }
  if (input.sha256 !== undefined && !/^[0-9a-f]{64}$/i.test(input.sha256)) {
    throw new Problem('invalid_request', 'sha256 must be 64 hex digits', { errors: [{ pointer: '/sha256', code: 'pattern' }] });
  }
}

async function statusChanged(w: EventTransaction, row: AttachmentRow, status: AttachmentStatus, reason?: string, actor?: Participant): Promise<void> {
  await w.append(row.conversation_id, 'attachment.status_changed', { attachmentId: row.id, status, ...(reason ? { reason } : {}) }, actor ?? { role: 'system', id: 'attachments' });
}

/** Step 1: declares the file; answers where to PUT the bytes (proxy mode). Idempotent with a key. */
export async function createAttachment(app: AppContext, actor: AttachmentActor, conversationId: string, input: AttachmentCreateInput, idempotencyKey?: string) {
  if (!attachmentsOf(app.config).enabled) throw new Problem('not_implemented', 'attachments are switched off on this server');
  checkDeclaration(app, input);
  const hash = requestHash({ conversationId, ...input });
  // Keys are scoped to the operation as well as the principal.
  const key = idempotencyKey && `createAttachment:${idempotencyKey}`;
  return withEvents(app, async (w) => {
    const replay = key ? await claimKey(w.tx, actor.idempotencyScope, key, hash) : undefined;
    if (replay) return replay;
    const conversation = await actor.conversation(w.tx, conversationId, true);
    if (conversation.state === 'ended') throw new Problem('conversation_ended', 'the conversation has ended');
    const [row] = await w.tx.query<AttachmentRow>(
      `INSERT INTO attachments (id, conversation_id, uploader_role, uploader_id, name, mime_type, size_bytes, sha256, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'uploading') RETURNING ${COLUMNS}`,
      [newId(), conversation.id, actor.participant.role, actor.participant.id, input.name, input.mimeType.toLowerCase(), input.sizeBytes, input.sha256?.toLowerCase() ?? null],
    );
    await statusChanged(w, row!, 'uploading', undefined, actor.participant);
    const result = {
      status: 201,
      body: { attachmentId: row!.id, status: 'uploading', upload: { mode: 'proxy', method: 'PUT', url: (actor.contentUrl ?? contentUrl)(row!.id), expiresAt: new Date(Date.now() + UPLOAD_WINDOW_MS).toISOString() } },
    };
    if (key) await storeResponse(w.tx, actor.idempotencyScope, key, hash, result);
    return result;
  });
}

/** The attachment, if the actor may see its conversation (404 otherwise, as for a conversation). */
async function loadAttachment(db: Queryable, actor: AttachmentActor, id: string, forUpdate = false): Promise<AttachmentRow> {
  const [row] = await db.query<AttachmentRow>(`SELECT ${COLUMNS} FROM attachments WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) throw new Problem('not_found', 'no such attachment');
  await actor.conversation(db, row.conversation_id);
  return row;
}

function assertUploader(row: AttachmentRow, actor: AttachmentActor): void {
  if (row.uploader_role !== actor.participant.role || row.uploader_id !== actor.participant.id) throw new Problem('forbidden', 'only the uploader can upload or complete this attachment');
}

/** Reads a raw body of at most `maxBytes` (413 `attachment_too_large` beyond). */
async function readBytes(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? NaN) > maxBytes) throw new Problem('attachment_too_large', `the declared size is ${maxBytes} bytes`, { status: 413 });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new Problem('attachment_too_large', `the declared size is ${maxBytes} bytes`, { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Step 2 (proxy mode): stores the bytes; they are checked against the declaration on completion. */
export async function uploadContent(app: AppContext, actor: AttachmentActor, id: string, req: IncomingMessage): Promise<void> {
  const declared = await loadAttachment(app.db, actor, id);
  assertUploader(declared, actor);
  if (declared.status !== 'uploading') throw new Problem('attachment_rejected', `the attachment is already ${declared.status}; declare a new one to upload again`);
  const bytes = await readBytes(req, Number(declared.size_bytes));
  if (bytes.length === 0) throw new Problem('invalid_request', 'the body is empty; send the file bytes', { errors: [{ pointer: '', code: 'required' }] });
  await app.db.transaction(async (tx) => {
    const row = await loadAttachment(tx, actor, id, true);
    if (row.status !== 'uploading') throw new Problem('attachment_rejected', `the attachment is already ${row.status}; declare a new one to upload again`);
    await tx.query(
      'INSERT INTO attachment_contents (attachment_id, bytes) VALUES ($1, $2) ON CONFLICT (attachment_id) DO UPDATE SET bytes = EXCLUDED.bytes',
      [id, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)],
    );
  });
}

async function readContent(db: Queryable, id: string): Promise<Uint8Array | undefined> {
  const [row] = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM attachment_contents WHERE attachment_id = $1', [id]);
  return row ? new Uint8Array(row.bytes) : undefined;
}

function rejectedProblem(reason: string): Problem {
  return new Problem('attachment_rejected', `the file was rejected (${reason}); attach it again`, { errors: [{ pointer: '', code: reason }] });
}

async function finish(app: AppContext, id: string, status: 'available' | 'rejected', reason?: string): Promise<AttachmentRow> {
  return withEvents(app, async (w) => {
    const [row] = await w.tx.query<AttachmentRow>(`SELECT ${COLUMNS} FROM attachments WHERE id = $1 FOR UPDATE`, [id]);
    if (row!.status === 'available' || row!.status === 'rejected') return row!;
    const [updated] = await w.tx.query<AttachmentRow>(`UPDATE attachments SET status = $2, reason = $3 WHERE id = $1 RETURNING ${COLUMNS}`, [id, status, reason ?? null]);
    await statusChanged(w, updated!, status, reason);
    // Rejected bytes are not kept.
    if (status === 'rejected') await w.tx.query('DELETE FROM attachment_contents WHERE attachment_id = $1', [id]);
    return updated!;
  });
}

/**
 * Step 3: checks size and checksum, then scans (outside any transaction, a scanner may be slow). A
 * completion interrupted mid-scan stays `scanning`; completing again scans again. Idempotent.
 */
export async function completeAttachment(app: AppContext, actor: AttachmentActor, id: string) {
  const start = await withEvents(app, async (w) => {
    const row = await loadAttachment(w.tx, actor, id, true);
    assertUploader(row, actor);
    if (row.status !== 'uploading') return { row };
    const bytes = await readContent(w.tx, id);
    const mismatch = !bytes ? 'missing_content' : bytes.length !== Number(row.size_bytes) ? 'size_mismatch'
      : row.sha256 && createHash('sha256').update(bytes).digest('hex') !== row.sha256 ? 'checksum_mismatch' : undefined;
    if (mismatch) {
      // Missing bytes can still be uploaded; bytes that contradict the declaration cannot be fixed.
      if (mismatch === 'missing_content') throw new Problem('attachment_rejected', 'no bytes were uploaded yet; PUT them to the upload URL first', { errors: [{ pointer: '', code: mismatch }] });
      return { row, mismatch };
    }
    const [scanning] = await w.tx.query<AttachmentRow>(`UPDATE attachments SET status = 'scanning' WHERE id = $1 RETURNING ${COLUMNS}`, [id]);
    await statusChanged(w, scanning!, 'scanning');
    return { row: scanning! };
  });
  let row = start.row;
  if ('mismatch' in start && start.mismatch) row = await finish(app, id, 'rejected', start.mismatch);
  else if (row.status === 'scanning') {
    const bytes = (await readContent(app.db, id)) ?? new Uint8Array();
    const scanner = app.attachmentScanner ?? builtInScanner(attachmentsOf(app.config).blockedExtensions);
    const verdict = await scanner.scan({ name: row.name, declaredMimeType: row.mime_type, bytes });
    row = await finish(app, id, verdict.verdict === 'clean' ? 'available' : 'rejected', verdict.verdict === 'clean' ? undefined : verdict.reason);
  }
  if (row.status === 'rejected') throw rejectedProblem(row.reason ?? 'rejected');
  return toAttachment(row, actor.contentUrl);
}

export async function getAttachment(app: AppContext, actor: AttachmentActor, id: string) {
  return toAttachment(await loadAttachment(app.db, actor, id), actor.contentUrl);
}

/** The bytes of an available attachment, for anyone who may see its conversation. */
export async function downloadAttachment(app: AppContext, actor: AttachmentActor, id: string): Promise<{ name: string; bytes: Uint8Array }> {
  const row = await loadAttachment(app.db, actor, id);
  if (row.status !== 'available') throw new Problem('not_found', `the attachment is ${row.status}, not available for download`);
  const bytes = await readContent(app.db, id);
  if (!bytes) throw new Problem('not_found', 'the attachment has no content');
  return { name: row.name, bytes };
}

/** The refs a message carries: available attachments of this conversation, uploaded by its author. */
export async function attachmentRefsForMessage(app: AppContext, tx: Queryable, conversationId: string, ids: string[], author: Participant): Promise<AttachmentRef[]> {
  if (!ids.length) return [];
  const max = attachmentsOf(app.config).maxPerMessage;
  if (ids.length > max) throw new Problem('invalid_request', `a message may carry at most ${max} attachments`, { errors: [{ pointer: '/attachmentIds', code: 'maxItems' }] });
  const rows = await tx.query<AttachmentRow>(`SELECT ${COLUMNS} FROM attachments WHERE conversation_id = $1 AND id = ANY($2::text[])`, [conversationId, ids]);
  const errors: FieldError[] = [];
  const refs = ids.map((id, i) => {
    const row = rows.find((r) => r.id === id);
    if (!row || row.uploader_role !== author.role || row.uploader_id !== author.id) errors.push({ pointer: `/attachmentIds/${i}`, code: 'not_found', detail: 'no such attachment of yours in this conversation' });
    else if (row.status !== 'available') errors.push({ pointer: `/attachmentIds/${i}`, code: 'not_available', detail: `the attachment is ${row.status}; only available attachments can be sent` });
    return row && toRef(row);
  });
  if (new Set(ids).size !== ids.length) errors.push({ pointer: '/attachmentIds', code: 'uniqueItems', detail: 'an attachment is listed twice' });
  if (errors.length) throw new Problem('invalid_request', errors.map((e) => `${e.pointer} ${e.detail}`).join('; '), { errors });
  return refs as AttachmentRef[];
}
