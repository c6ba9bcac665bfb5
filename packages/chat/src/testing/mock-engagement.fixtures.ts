/**
 * An in-browser engagement server for stories and component tests (msw 2 handlers): sessions,
 * conversations, messages, the SSE stream with gap fill, availability, escalation, callbacks, surveys,
 * and a transcript download. State lives in the instance; helpers play the bot and the agent.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Availability, components, Conversation, FoyerEvent, Message, MessagePart, QueueSnapshot, Session, Survey } from '@foyer/core';

type InvitationRule = components['schemas']['InvitationRule'];

export type Participant = Message['author'];

export const BOT: Participant = { role: 'bot', id: 'bot', displayName: 'Foyer Assistant' };
export const AGENT: Participant = { role: 'agent', id: 'agent-1', displayName: 'Mei' };
export const CUSTOMER: Participant = { role: 'customer', id: 'cust-1' };

const OPEN: Availability = {
  timezone: 'Asia/Hong_Kong',
  now: { chat: { available: true, ewtSeconds: 120, ewtSource: 'estimated' }, callback: { available: true }, call: { available: false } },
  days: [],
};
export const CLOSED: Availability = {
  timezone: 'Asia/Hong_Kong',
  // As the server says it: outside business hours a callback takes a time from the list, not "as soon as possible".
  now: { chat: { available: false, reason: 'outside_business_hours' }, callback: { available: false, reason: 'outside_business_hours' }, call: { available: false } },
  nextOpenAt: '2026-11-24T01:00:00Z',
  days: [],
};

export interface MockOptions {
  availability?: Availability;
  maxCodePoints?: number;
  /** Every customer text gets this bot answer while the conversation is with the bot. */
  botAnswer?: (text: string) => MessagePart[];
  /** Message sends fail with this status (a failed message). */
  failSends?: number;
  /** The first this many `:end` requests are refused (403, not retryable): a failed end. */
  failEnds?: number;
  /** The stream never opens: the server answers 503, so the client keeps reconnecting (not offline). */
  streamDown?: boolean;
  /** Holds every upload's PUT this long (an upload in progress). */
  uploadDelayMs?: number;
  /** The scan rejects files whose name contains this (default `virus`). */
  rejectNamesWith?: string;
  /** The bot greets a new conversation (default true). */
  greeting?: boolean;
  /** The times a callback may be booked for (GET /v1/callbacks/slots; default none). */
  slots?: components['schemas']['CallbackSlot'][];
  /** Proactive invitation rules per locale (GET /v1/invitations; default none). */
  invitations?: (locale: string) => InvitationRule[];
}

const encoder = new TextEncoder();
let ids = 0;
const id = (prefix: string) => `${prefix}-${(++ids).toString(36)}`;

export class MockEngagement {
  readonly conversations = new Map<string, Conversation>();
  readonly events = new Map<string, FoyerEvent[]>();
  readonly messages = new Map<string, Message[]>();
  readonly requests: { method: string; path: string; body?: unknown }[] = [];
  private readonly streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  readonly attachments = new Map<string, { id: string; conversationId: string; name: string; mimeType: string; sizeBytes: number; status: string; received: number }>();
  private cursor = 0;
  private endsRefused = 0;

  constructor(readonly options: MockOptions = {}) {}

  /** Forgets every conversation (a story rendered again starts afresh). */
  reset(): void {
    this.conversations.clear();
    this.events.clear();
    this.messages.clear();
    this.requests.length = 0;
    this.endsRefused = 0;
  }

  session(): Session {
    return {
      sessionId: 'sess-1',
      kind: 'guest',
      accessToken: 'token',
      refreshToken: 'refresh',
      resumeToken: 'resume',
      expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      capabilities: { apiRevision: '1', features: { escalation: true, surveys: true, markdown: true } },
      limits: {
        text: { maxCodePoints: this.options.maxCodePoints ?? 2000 },
        context: { maxBytes: 4096 },
        attachments: { maxBytes: 10_000_000, maxPerMessage: 3, allowedMimeTypes: ['image/png'], blockedExtensions: ['exe'] },
        rateLimits: { messagesPerSecond: 5, messagesBurst: 10 },
      },
    };
  }

  /** A conversation already in `state` with these messages (for stories that start mid-chat). */
  seed(state: Conversation['state'], messages: { author: Participant; parts: MessagePart[] }[] = [], extra: Partial<Conversation> = {}): Conversation {
    const conversation: Conversation = {
      id: id('conv'),
      channel: 'chat',
      state,
      context: {},
      createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      lastSeq: 0,
      participants: [CUSTOMER, ...(state === 'connected' || state === 'on_hold' ? [AGENT] : [])],
      ...extra,
    };
    this.conversations.set(conversation.id, conversation);
    this.events.set(conversation.id, []);
    this.messages.set(conversation.id, []);
    for (const m of messages) this.say(conversation.id, m.author, m.parts, false);
    return conversation;
  }

  /** A message from anyone, stored and streamed. */
  say(conversationId: string, author: Participant, parts: MessagePart[], stream = true, clientMessageId?: string, attachments: Message['attachments'] = []): Message {
    const conversation = this.conversations.get(conversationId)!;
    const seq = conversation.lastSeq + 1;
    const message: Message = {
      id: id('msg'),
      seq,
      conversationId,
      author,
      createdAt: new Date().toISOString(),
      parts,
      attachments,
      status: 'sent',
      ...(clientMessageId ? { clientMessageId } : {}),
    };
    this.messages.get(conversationId)!.push(message);
    this.emit(conversationId, 'message.created', { message }, stream, seq);
    return message;
  }

  /** Appends (persisted, with the next seq) or just streams (ephemeral) an event. */
  emit(conversationId: string, type: FoyerEvent['type'], data: unknown, stream = true, seq?: number): FoyerEvent {
    const conversation = this.conversations.get(conversationId)!;
    const ephemeral = type.startsWith('typing.') || type === 'queue.updated';
    const event = {
      id: id('ev'),
      type,
      conversationId,
      occurredAt: new Date().toISOString(),
      data,
      ...(ephemeral ? { ephemeral: true } : { seq: seq ?? conversation.lastSeq + 1 }),
    } as FoyerEvent;
    if (!ephemeral) {
      conversation.lastSeq = event.seq!;
      this.events.get(conversationId)!.push(event);
    }
    if (stream) this.push(event);
    return event;
  }

  /** Sends a queue.updated and remembers it as the conversation's queue (GET …/queue answers it). */
  queueUpdate(conversationId: string, queue: QueueSnapshot): void {
    this.conversations.get(conversationId)!.queue = queue;
    this.emit(conversationId, 'queue.updated', queue);
  }

  setState(conversationId: string, state: Conversation['state']): void {
    const conversation = this.conversations.get(conversationId)!;
    const previousState = conversation.state;
    conversation.state = state;
    this.emit(conversationId, 'conversation.state_changed', { state, previousState });
  }

  agentJoins(conversationId: string): void {
    const conversation = this.conversations.get(conversationId)!;
    conversation.participants = [...conversation.participants, AGENT];
    this.emit(conversationId, 'participant.joined', { participant: AGENT });
    this.setState(conversationId, 'connected');
  }

  typing(conversationId: string, participant: Participant = AGENT): void {
    this.emit(conversationId, 'typing.started', { participant });
  }

  end(conversationId: string, reason: Conversation['endReason'] = 'agent', survey = true): void {
    const conversation = this.conversations.get(conversationId)!;
    conversation.endReason = reason;
    conversation.endedAt = new Date().toISOString();
    this.setState(conversationId, 'ended');
    this.emit(conversationId, 'conversation.ended', { reason });
    if (survey) this.emit(conversationId, 'survey.offered', { survey: this.survey(conversationId) });
  }

  survey(conversationId: string): Survey {
    return {
      id: `survey-${conversationId}`,
      conversationId,
      status: 'offered',
      questions: [
        { id: 'csat', type: 'csat', prompt: 'How did we do?', required: true },
        { id: 'comment', type: 'free_text', prompt: 'Anything else?', required: false },
      ],
    } as Survey;
  }

  private push(event: FoyerEvent): void {
    const frame = encoder.encode(`id: c${++this.cursor}\ndata: ${JSON.stringify(event)}\n\n`);
    for (const controller of this.streams) controller.enqueue(frame);
  }

  private record(request: Request, body?: unknown): void {
    this.requests.push({ method: request.method, path: new URL(request.url).pathname, ...(body !== undefined ? { body } : {}) });
  }

  handlers(): HttpHandler[] {
    const get = (conversationId: string) => this.conversations.get(conversationId);
    return [
      http.get('*/v1/availability', ({ request }) => (this.record(request), HttpResponse.json(this.options.availability ?? OPEN))),
      http.get('*/v1/invitations', ({ request }) => {
        this.record(request);
        const locale = new URL(request.url).searchParams.get('locale') ?? 'en';
        return HttpResponse.json({ locale, rules: this.options.invitations?.(locale) ?? [] });
      }),
      http.post('*/v1/sessions', ({ request }) => (this.record(request), HttpResponse.json(this.session(), { status: 201 }))),
      http.post('*/v1/sessions/refresh', () => HttpResponse.json(this.session())),
      http.delete('*/v1/sessions/current', () => new HttpResponse(null, { status: 204 })),
      http.get('*/v1/events', ({ request }) => {
        if (this.options.streamDown) {
          return HttpResponse.json(
            { type: 'urn:foyer:problem:upstream_unavailable', title: 'Service unavailable', status: 503, code: 'upstream_unavailable', retryable: true, action: 'retry' },
            { status: 503, headers: { 'content-type': 'application/problem+json' } },
          );
        }
        let self: ReadableStreamDefaultController<Uint8Array>;
        const stream = new ReadableStream<Uint8Array>({
          start: (controller) => {
            self = controller;
            this.streams.add(controller);
            controller.enqueue(encoder.encode(': open\n\n'));
          },
          cancel: () => void this.streams.delete(self),
        });
        request.signal.addEventListener('abort', () => this.streams.delete(self));
        return new HttpResponse(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' } });
      }),
      http.get('*/v1/conversations', ({ request }) => {
        const status = new URL(request.url).searchParams.get('status');
        const items = [...this.conversations.values()].filter((c) => !status || (status === 'active' ? c.state !== 'ended' : c.state === 'ended'));
        return HttpResponse.json({ items });
      }),
      http.post('*/v1/conversations', async ({ request }) => {
        const body = (await request.json()) as { topic?: string; context?: Record<string, string> };
        this.record(request, body);
        const conversation = this.seed('bot', [], { ...(body.topic ? { topic: body.topic } : {}), context: body.context ?? {} });
        this.emit(conversation.id, 'conversation.created', { conversation }, false);
        const greeting = this.options.botAnswer?.('') ?? [{ type: 'text', text: 'Hello! How can I help?' }];
        if (this.options.greeting !== false) setTimeout(() => this.say(conversation.id, BOT, greeting), 20);
        return HttpResponse.json(conversation, { status: 201 });
      }),
      http.get('*/v1/conversations/:id/transcript', ({ params }) => {
        const lines = (this.messages.get(String(params['id'])) ?? []).map((m) => `${m.author.role}: ${m.parts.map((p) => ('text' in p ? p.text : '')).join(' ')}`);
        return new HttpResponse(`<!doctype html><title>Transcript</title><pre>${lines.join('\n')}</pre>`, { headers: { 'content-type': 'text/html' } });
      }),
      http.get('*/v1/conversations/:id/queue', ({ params }) => {
        const queue = get(String(params['id']))?.queue;
        return queue ? HttpResponse.json(queue) : HttpResponse.json({ type: 'about:blank', title: 'Not queued', status: 404, code: 'not_found' }, { status: 404 });
      }),
      http.get('*/v1/conversations/:id/messages', ({ params }) => HttpResponse.json({ items: this.messages.get(String(params['id'])) ?? [], hasMore: false })),
      http.get('*/v1/conversations/:id/events', ({ params, request }) => {
        const after = Number(new URL(request.url).searchParams.get('afterSeq') ?? 0);
        const conversation = get(String(params['id']));
        const events = (this.events.get(String(params['id'])) ?? []).filter((e) => (e.seq ?? 0) > after);
        return HttpResponse.json({ events, hasMore: false, lastSeq: conversation?.lastSeq ?? 0 });
      }),
      http.get('*/v1/conversations/:id', ({ params }) => {
        const conversation = get(String(params['id']));
        return conversation ? HttpResponse.json(conversation) : HttpResponse.json({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' }, { status: 404 });
      }),
      http.post('*/v1/conversations/:id/messages', async ({ params, request }) => {
        const body = (await request.json()) as { clientMessageId: string; parts: MessagePart[]; attachmentIds?: string[] };
        this.record(request, body);
        if (this.options.failSends)
          return HttpResponse.json(
            { type: 'about:blank', title: 'Rejected', status: this.options.failSends, code: 'conversation_ended' },
            { status: this.options.failSends, headers: { 'content-type': 'application/problem+json' } },
          );
        const conversationId = String(params['id']);
        const refs = (body.attachmentIds ?? []).map((a) => this.attachments.get(a)!).map((a) => ({ id: a.id, name: a.name, mimeType: a.mimeType, sizeBytes: a.sizeBytes, status: 'available' as const }));
        const message = this.say(conversationId, CUSTOMER, body.parts, true, body.clientMessageId, refs);
        const text = body.parts.map((p) => ('text' in p ? p.text : '')).join(' ');
        if (get(conversationId)?.state === 'bot' && this.options.botAnswer) setTimeout(() => this.say(conversationId, BOT, this.options.botAnswer!(text)), 20);
        return HttpResponse.json(message, { status: 201 });
      }),
      http.post('*/v1/conversations/:id/attachments', async ({ params, request }) => {
        const body = (await request.json()) as { name: string; mimeType: string; sizeBytes: number };
        this.record(request, body);
        const attachment = { id: id('att'), conversationId: String(params['id']), ...body, status: 'uploading', received: 0 };
        this.attachments.set(attachment.id, attachment);
        return HttpResponse.json(
          { attachmentId: attachment.id, status: 'uploading', upload: { mode: 'proxy', method: 'PUT', url: `/v1/attachments/${attachment.id}/content` } },
          { status: 201 },
        );
      }),
      http.put('*/v1/attachments/:id/content', async ({ params, request }) => {
        const attachment = this.attachments.get(String(params['id']));
        if (!attachment) return new HttpResponse(null, { status: 404 });
        attachment.received = (await request.arrayBuffer()).byteLength;
        if (this.options.uploadDelayMs) await delay(this.options.uploadDelayMs);
        this.record(request);
        return new HttpResponse(null, { status: 204 });
      }),
      http.post(/\/v1\/attachments\/[^/]+:complete$/, ({ request }) => {
        this.record(request);
        const attachmentId = new URL(request.url).pathname.split('/').at(-1)!.replace(/:complete$/, '');
        const attachment = this.attachments.get(attachmentId)!;
        attachment.status = 'scanning';
        setTimeout(() => {
          attachment.status = attachment.name.includes(this.options.rejectNamesWith ?? 'virus') ? 'rejected' : 'available';
          this.emit(attachment.conversationId, 'attachment.status_changed', { attachmentId, status: attachment.status });
        }, 30);
        return HttpResponse.json({ ...attachment, createdAt: new Date().toISOString() });
      }),
      http.get('*/v1/attachments/:id', ({ params }) => {
        const attachment = this.attachments.get(String(params['id']));
        return attachment ? HttpResponse.json({ ...attachment, createdAt: new Date().toISOString() }) : new HttpResponse(null, { status: 404 });
      }),
      http.post('*/v1/conversations/:id/typing', () => new HttpResponse(null, { status: 202 })),
      http.post('*/v1/conversations/:id/read', () => new HttpResponse(null, { status: 204 })),
      http.post('*/v1/conversations/:id/escalations', ({ params, request }) => {
        this.record(request);
        const conversationId = String(params['id']);
        const queue: QueueSnapshot = { position: 3, ewtSeconds: 240, ewtSource: 'estimated', queueName: 'cards', updatedAt: new Date().toISOString() } as QueueSnapshot;
        const conversation = get(conversationId)!;
        conversation.queue = queue;
        // Like the routing server: the state change, then the queue position while waiting.
        setTimeout(() => {
          this.setState(conversationId, 'queued');
          this.queueUpdate(conversationId, queue);
        }, 10);
        return HttpResponse.json({ escalationId: id('esc'), status: 'queued', queue, alternatives: [] }, { status: 202 });
      }),
      http.get('*/v1/callbacks/slots', () => HttpResponse.json({ timezone: 'Asia/Hong_Kong', slots: this.options.slots ?? [] })),
      http.post('*/v1/callbacks', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        this.record(request, body);
        return HttpResponse.json({ id: id('cb'), status: 'scheduled', ...body, createdAt: new Date().toISOString() }, { status: 201 });
      }),
      http.post(/\/v1\/conversations\/[^/]+:end$/, async ({ request }) => {
        this.record(request, await request.json().catch(() => undefined));
        if (this.endsRefused < (this.options.failEnds ?? 0)) {
          this.endsRefused++;
          return HttpResponse.json(
            { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', retryable: false, action: 'none' },
            { status: 403, headers: { 'content-type': 'application/problem+json' } },
          );
        }
        const conversationId = decodeURIComponent(new URL(request.url).pathname.split('/').at(-1)!.replace(/:end$/, ''));
        this.end(conversationId, 'customer');
        return HttpResponse.json(get(conversationId));
      }),
      http.post('*/v1/conversations/:id/survey/responses', async ({ request }) => {
        const body = (await request.json()) as { surveyId: string; answers: unknown[] };
        this.record(request, body);
        return HttpResponse.json({ ...body, submittedAt: new Date().toISOString() }, { status: 201 });
      }),
    ];
  }
}
