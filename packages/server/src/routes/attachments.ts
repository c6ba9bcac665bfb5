import { callerOf, type Handler } from '../app-context.js';
import { completeAttachment, createAttachment, customerActor, downloadAttachment, getAttachment, uploadContent, type AttachmentCreateInput } from '../attachments/domain.js';
import { downloadHeaders } from '../http/download.js';
import { RawBody } from '../http/respond.js';

export const idempotencyKey = (header: string | string[] | undefined): string | undefined => {
  const key = String(header ?? '').replace(/^"(.*)"$/, '$1');
  return key || undefined;
};

export const attachmentRoutes: Record<string, Handler> = {
  'POST /v1/conversations/{conversationId}/attachments': async (app, req) =>
    createAttachment(app, customerActor(callerOf(req)), req.params.conversationId!, req.body as AttachmentCreateInput, idempotencyKey(req.headers['idempotency-key'])),

  'PUT /v1/attachments/{attachmentId}/content': async (app, req) => {
    await uploadContent(app, customerActor(callerOf(req)), req.params.attachmentId!, req.raw);
    return { status: 204 };
  },

  'POST /v1/attachments/{attachmentId}:complete': async (app, req) => ({ status: 200, body: await completeAttachment(app, customerActor(callerOf(req)), req.params.attachmentId!) }),

  'GET /v1/attachments/{attachmentId}': async (app, req) => ({ status: 200, body: await getAttachment(app, customerActor(callerOf(req)), req.params.attachmentId!) }),

  // Always served as octet-stream: the browser saves it, whatever the declared type says.
  'GET /v1/attachments/{attachmentId}/content': async (app, req) => {
    const file = await downloadAttachment(app, customerActor(callerOf(req)), req.params.attachmentId!);
    return { status: 200, body: new RawBody(file.bytes, 'application/octet-stream'), headers: downloadHeaders(file.name) };
  },
};
