import { agentOf, type Handler } from '../app-context.js';
import { agentActor } from '../agents/attachments.js';
import { completeAttachment, createAttachment, downloadAttachment, getAttachment, uploadContent, type AttachmentCreateInput } from '../attachments/domain.js';
import { downloadHeaders } from '../http/download.js';
import { RawBody } from '../http/respond.js';
import { idempotencyKey } from './attachments.js';

export const agentAttachmentRoutes: Record<string, Handler> = {
  'POST /v1/agent/conversations/{conversationId}/attachments': async (app, req) =>
    createAttachment(app, await agentActor(app, agentOf(req), 'write'), req.params.conversationId!, req.body as AttachmentCreateInput, idempotencyKey(req.headers['idempotency-key'])),

  'PUT /v1/agent/attachments/{attachmentId}/content': async (app, req) => {
    await uploadContent(app, await agentActor(app, agentOf(req), 'write'), req.params.attachmentId!, req.raw);
    return { status: 204 };
  },

  'POST /v1/agent/attachments/{attachmentId}:complete': async (app, req) => ({
    status: 200,
    body: await completeAttachment(app, await agentActor(app, agentOf(req), 'write'), req.params.attachmentId!),
  }),

  'GET /v1/agent/attachments/{attachmentId}': async (app, req) => ({ status: 200, body: await getAttachment(app, await agentActor(app, agentOf(req), 'read'), req.params.attachmentId!) }),

  'GET /v1/agent/attachments/{attachmentId}/content': async (app, req) => {
    const file = await downloadAttachment(app, await agentActor(app, agentOf(req), 'read'), req.params.attachmentId!);
    return { status: 200, body: new RawBody(file.bytes, 'application/octet-stream'), headers: downloadHeaders(file.name) };
  },
};
