/**
 * An in-memory agent API for tests and stories, as msw 2 handlers: the contract's shapes, a desk
 * SSE stream the test can push events into, and a log of the requests the desk made.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type {
  AgentCallback,
  Attachment,
  AgentConversationSummary,
  AgentConversationView,
  AgentOffer,
  AgentPresence,
  AgentQueue,
  AgentQueueEntry,
  AgentSession,
  CannedResponse,
  DeskEvent,
  Message,
} from '../api/types.js';

export const DEMO_EMAIL = 'agent@bank.example';
export const DEMO_PASSWORD = 'correct-horse';

const at = (offsetSeconds: number) => new Date(Date.now() + offsetSeconds * 1000).toISOString();

export function agentSession(overrides: Partial<AgentSession> = {}): AgentSession {
  return {
    agentId: 'agent-1',
    displayName: 'Alex Agent',
    accessToken: 'access-1',
    refreshToken: 'refresh-1',
    expiresAt: at(900),
    queues: [
      { id: 'general', name: 'General' },
      { id: 'mortgages', name: 'Mortgages' },
    ],
    maxConcurrentChats: 3,
    ...overrides,
  };
}

export const queues = (): AgentQueue[] => [
  { id: 'general', name: 'General', waiting: 2, offered: 0, ewtSeconds: 120, agentsAvailable: 1 },
  { id: 'mortgages', name: 'Mortgages', waiting: 0, offered: 0, ewtSeconds: 0, agentsAvailable: 1 },
];

export const entries = (): AgentQueueEntry[] => [
  { conversationId: 'conv-9', queueId: 'general', waitingSince: at(-95), priority: 10, customer: { kind: 'customer', id: 'c-9', displayName: 'Ruth Gold', tier: 'premier' }, topic: 'cards' },
  { conversationId: 'conv-8', queueId: 'general', waitingSince: at(-40), priority: 0, customer: { kind: 'guest' }, topic: 'loans', requeued: true },
];

export function offer(conversationId = 'conv-1', name = 'Mei Chen'): AgentOffer {
  return {
    id: `offer-${conversationId}`,
    conversationId,
    queueId: 'general',
    offeredAt: at(0),
    expiresAt: at(30),
    customer: { kind: 'customer', id: `cust-${conversationId}`, displayName: name, tier: 'premier' },
    topic: 'mortgage',
    priority: 10,
  };
}

export function message(conversationId: string, seq: number, role: 'customer' | 'bot' | 'agent' | 'system', text: string, name?: string): Message {
  return {
    id: `msg-${conversationId}-${seq}`,
    seq,
    conversationId,
    author: { role, id: `${role}-1`, ...(name ? { displayName: name } : {}) },
    createdAt: at(-60 + seq),
    parts: [{ type: 'text', text }],
    attachments: [],
    status: 'sent',
  };
}

export function conversationView(conversationId = 'conv-1', name = 'Mei Chen'): AgentConversationView {
  return {
    conversation: {
      id: conversationId,
      channel: 'chat',
      state: 'connected',
      topic: 'mortgage',
      context: { 'bot.topic': 'mortgage', 'bot.product': 'Fixed-rate mortgage', 'bot.question': 'Can I overpay?' },
      createdAt: at(-300),
      lastSeq: 4,
      participants: [{ role: 'customer', id: 'customer-1', displayName: name }],
    },
    customer: { kind: 'customer', id: `cust-${conversationId}`, displayName: name, tier: 'premier' },
    queueId: 'general',
    assignedAt: at(0),
    context: {
      pageUrl: 'https://bank.example/mortgages/fixed',
      pageTitle: 'Fixed-rate mortgages',
      product: 'Fixed-rate mortgage',
      raw: { 'bot.topic': 'mortgage', 'bot.product': 'Fixed-rate mortgage', 'bot.question': 'Can I overpay?', pageUrl: 'https://bank.example/mortgages/fixed' },
    },
    botTranscript: [message(conversationId, 1, 'bot', 'Hello! What can I help with?', 'Foyer bot'), message(conversationId, 2, 'customer', 'Mortgage overpayments', name)],
    searches: [
      { query: 'overpay mortgage fee', at: at(-400), source: 'bot_faq', faqId: 'overpay', faqTitle: 'Can I overpay my mortgage?' },
      { query: 'early repayment charge', at: at(-350), source: 'bot_faq' },
    ],
    earlierInteractions: [{ id: 'i-1', channel: 'chat', startedAt: at(-86_400 * 20), subject: 'Card replacement' }],
  };
}

/** An ended chat for the history list. */
export function endedSummary(conversationId: string, name: string | undefined, endReason: string, endedSecondsAgo: number): AgentConversationSummary {
  const view = conversationView(conversationId, name ?? 'x');
  return {
    conversation: { ...view.conversation, state: 'ended', endedAt: at(-endedSecondsAgo), endReason: endReason as AgentConversationSummary['conversation']['endReason'] },
    customer: name ? view.customer : { kind: 'guest' },
    queueId: 'general',
  };
}

export const summaryOf = (view: AgentConversationView, unreadCount = 0): AgentConversationSummary => ({
  conversation: view.conversation,
  customer: view.customer,
  ...(view.queueId ? { queueId: view.queueId } : {}),
  unreadCount,
});

export const cannedResponses = (): CannedResponse[] => [
  { id: 'greet', title: 'Greeting', shortcut: '/greet', parts: [{ type: 'text', text: 'Hello, I am happy to help you today.' }] },
  { id: 'wait', title: 'One moment', shortcut: '/wait', parts: [{ type: 'text', text: 'One moment while I check that for you.' }] },
];

export const callbacks = (): AgentCallback[] => [
  {
    callback: { id: 'cb-1', status: 'requested', phoneE164: '+447700900123', asap: true, topic: 'cards', createdAt: at(-600) },
    customer: { kind: 'customer', displayName: 'Ruth Gold', tier: 'premier' },
    queueId: 'general',
  },
  {
    callback: { id: 'cb-2', status: 'scheduled', phoneE164: '+85291234567', asap: false, scheduledFor: at(7200), topic: 'loans', createdAt: at(-1200) },
    customer: { kind: 'guest' },
    queueId: 'general',
  },
];

export interface MockOptions {
  presence?: AgentPresence['status'];
  offers?: AgentOffer[];
  /** Conversations already assigned (their views; messages from `messages`). */
  assigned?: AgentConversationView[];
  messages?: Record<string, Message[]>;
  queueEntries?: AgentQueueEntry[];
  callbacks?: AgentCallback[];
  /** Files already in the mock's conversations (e.g. a customer's upload), by attachment id. */
  files?: Record<string, { conversationId: string; name: string; mimeType: string; bytes: Uint8Array }>;
  /** The largest file the mock accepts (10 MiB by default, as the reference server). */
  maxBytes?: number;
  /** Ended chats for `status=ended`, newest first. */
  ended?: AgentConversationSummary[];
  /** Items per page of the conversation list (the server's default is 20). */
  pageSize?: number;
}

interface MockFile {
  attachment: Attachment;
  bytes?: Uint8Array;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: code, status, code, retryable: false, action: 'none', ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** The mock server: `handlers` for msw, `push` to send a desk-stream event, `requests` to assert on. */
export function createDeskMock(options: MockOptions = {}) {
  const encoder = new TextEncoder();
  const streams = new Set<ReadableStreamDefaultController<Uint8Array>>();
  const requests: RecordedRequest[] = [];
  let presence: AgentPresence = { status: options.presence ?? 'available', since: at(-60), activeChats: options.assigned?.length ?? 0, maxConcurrentChats: 3 };
  let offers = [...(options.offers ?? [])];
  const views = new Map((options.assigned ?? []).map((v) => [v.conversation.id, v]));
  const messages = new Map(Object.entries(options.messages ?? {}));
  const assigned = new Set(views.keys());
  let callbackList = [...(options.callbacks ?? callbacks())];
  let seq = 100;
  const files = new Map<string, MockFile>(
    Object.entries(options.files ?? {}).map(([id, f]) => [
      id,
      { attachment: { id, conversationId: f.conversationId, name: f.name, mimeType: f.mimeType, sizeBytes: f.bytes.length, status: 'available', createdAt: at(-30) }, bytes: f.bytes },
    ]),
  );
  let uploadCount = 0;
  const fileAction = (name: string) => new RegExp(`/v1/agent/attachments/([^/:]+):${name}$`);

  const record = async (request: Request) => {
    const url = new URL(request.url);
    let body: unknown;
    try {
      body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.clone().json();
    } catch {
      body = undefined;
    }
    requests.push({ method: request.method, path: url.pathname, body, headers: Object.fromEntries(request.headers.entries()) });
  };
  const action = (name: string) => new RegExp(`/v1/agent/conversations/([^/:]+):${name}$`);
  const idOf = (request: Request, name: string) => decodeURIComponent(action(name).exec(new URL(request.url).pathname)?.[1] ?? '');

  const handlers: HttpHandler[] = [
    http.post('/v1/agent/sessions', async ({ request }) => {
      await record(request);
      const body = (await request.json()) as { email?: string; password?: string };
      if (body.email === DEMO_EMAIL && body.password === DEMO_PASSWORD) return HttpResponse.json(agentSession());
      return problem(401, 'invalid_credentials', { action: 'reauthenticate' });
    }),
    http.post('/v1/agent/sessions/refresh', async ({ request }) => {
      await record(request);
      return HttpResponse.json(agentSession({ accessToken: 'access-2', refreshToken: 'refresh-2' }));
    }),
    http.delete('/v1/agent/sessions/current', async ({ request }) => {
      await record(request);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/v1/agent/me/presence', () => HttpResponse.json(presence)),
    http.put('/v1/agent/me/presence', async ({ request }) => {
      await record(request);
      const { status } = (await request.json()) as { status: AgentPresence['status'] };
      presence = { ...presence, status, since: at(0) };
      return HttpResponse.json(presence);
    }),
    http.get('/v1/agent/queues', () => HttpResponse.json({ items: queues() })),
    http.get('/v1/agent/queue', () => HttpResponse.json({ items: options.queueEntries ?? entries() })),
    http.get('/v1/agent/offers', () => HttpResponse.json({ items: offers })),
    // Pages as the reference server: an opaque cursor naming the list and the last item of the page.
    http.get('/v1/agent/conversations', async ({ request }) => {
      await record(request);
      const params = new URL(request.url).searchParams;
      const status = params.get('status') ?? 'assigned';
      const all = status === 'ended' ? (options.ended ?? []) : [...assigned].map((id) => summaryOf(views.get(id)!));
      const cursor = params.get('cursor');
      const [kind, after] = cursor ? atob(cursor).split(/:(.*)/s) : [status, undefined];
      if (kind !== status) return problem(400, 'invalid_request', { errors: [{ pointer: '/cursor', code: 'invalid_cursor' }] });
      const start = after ? all.findIndex((s) => s.conversation.id === after) + 1 : 0;
      const size = options.pageSize ?? 20;
      const items = all.slice(start, start + size);
      const more = start + size < all.length;
      return HttpResponse.json({ items, ...(more ? { nextCursor: btoa(`${status}:${items.at(-1)!.conversation.id}`) } : {}) });
    }),
    http.post(action('accept'), async ({ request }) => {
      await record(request);
      const id = idOf(request, 'accept');
      const pending = offers.find((o) => o.conversationId === id);
      // A left message is taken without an offer.
      const left = (options.queueEntries ?? entries()).find((e) => e.conversationId === id && (e as { leftMessage?: boolean }).leftMessage);
      if (!pending && !left) return problem(409, 'offer_not_available');
      offers = offers.filter((o) => o !== pending);
      const view = views.get(id) ?? conversationView(id, (pending ?? left)!.customer.displayName);
      views.set(id, view);
      assigned.add(id);
      presence = { ...presence, activeChats: assigned.size };
      return HttpResponse.json(view);
    }),
    http.post(action('decline'), async ({ request }) => {
      await record(request);
      offers = offers.filter((o) => o.conversationId !== idOf(request, 'decline'));
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(action('transfer'), async ({ request }) => {
      await record(request);
      const id = idOf(request, 'transfer');
      assigned.delete(id);
      return HttpResponse.json({ ...views.get(id)!.conversation, state: 'queued' });
    }),
    http.post(action('end'), async ({ request }) => {
      await record(request);
      const id = idOf(request, 'end');
      return HttpResponse.json({ ...views.get(id)!.conversation, state: 'ended', endedAt: at(0), endReason: 'agent' });
    }),
    // Hold and resume as the reference server: only the assigned agent's connected (or held) chat.
    ...(['hold', 'resume'] as const).map((name) =>
      http.post(action(name), async ({ request }) => {
        await record(request);
        const id = idOf(request, name);
        const view = views.get(id);
        if (!view || !assigned.has(id)) return problem(403, 'forbidden');
        if (view.conversation.state === 'ended') return problem(409, 'conversation_ended');
        const state = name === 'hold' ? 'on_hold' : 'connected';
        views.set(id, { ...view, conversation: { ...view.conversation, state } });
        return HttpResponse.json(views.get(id)!.conversation);
      }),
    ),
    http.get('/v1/agent/conversations/:id', ({ params }) => {
      const view = views.get(String(params['id']));
      return view ? HttpResponse.json(view) : problem(404, 'not_found');
    }),
    http.get('/v1/agent/conversations/:id/messages', ({ params, request }) => {
      const after = Number(new URL(request.url).searchParams.get('afterSeq') ?? 0);
      return HttpResponse.json({ items: (messages.get(String(params['id'])) ?? []).filter((m) => m.seq > after), hasMore: false });
    }),
    http.post('/v1/agent/conversations/:id/messages', async ({ params, request }) => {
      await record(request);
      const id = String(params['id']);
      const body = (await request.clone().json()) as { clientMessageId: string; parts: Message['parts']; attachmentIds?: string[] };
      const refs = (body.attachmentIds ?? []).map((fileId) => files.get(fileId)?.attachment);
      if (refs.some((a) => !a || a.status !== 'available')) return problem(400, 'invalid_request', { errors: [{ pointer: '/attachmentIds', code: 'not_available' }] });
      const attachments = refs.map((a) => ({ id: a!.id, name: a!.name, mimeType: a!.mimeType, sizeBytes: a!.sizeBytes, status: a!.status }));
      const stored: Message = { ...message(id, ++seq, 'agent', 'x', 'Alex Agent'), clientMessageId: body.clientMessageId, parts: body.parts, attachments, createdAt: at(0) };
      messages.set(id, [...(messages.get(id) ?? []), stored]);
      return HttpResponse.json(stored, { status: 201 });
    }),
    // Attachments: the reference server's limits and its magic-byte check (an executable is rejected).
    http.post('/v1/agent/conversations/:id/attachments', async ({ params, request }) => {
      await record(request);
      const body = (await request.clone().json()) as { name: string; mimeType: string; sizeBytes: number };
      if (/\.(exe|bat|js)$/i.test(body.name)) return problem(400, 'attachment_type_blocked', { errors: [{ pointer: '/name', code: 'blocked_extension' }] });
      if (body.sizeBytes > (options.maxBytes ?? 10 * 1024 * 1024)) return problem(400, 'attachment_too_large', { errors: [{ pointer: '/sizeBytes', code: 'maximum' }] });
      const id = `att-${++uploadCount}`;
      files.set(id, { attachment: { id, conversationId: String(params['id']), name: body.name, mimeType: body.mimeType, sizeBytes: body.sizeBytes, status: 'uploading', createdAt: at(0) } });
      return HttpResponse.json(
        { attachmentId: id, status: 'uploading', upload: { mode: 'proxy', method: 'PUT', url: `/v1/agent/attachments/${id}/content`, expiresAt: at(900) } },
        { status: 201 },
      );
    }),
    http.put('/v1/agent/attachments/:id/content', async ({ params, request }) => {
      await record(request);
      const file = files.get(String(params['id']));
      if (!file) return problem(404, 'not_found');
      file.bytes = new Uint8Array(await request.arrayBuffer());
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(fileAction('complete'), async ({ request }) => {
      await record(request);
      const file = files.get(decodeURIComponent(fileAction('complete').exec(new URL(request.url).pathname)?.[1] ?? ''));
      if (!file?.bytes) return problem(409, 'attachment_rejected', { errors: [{ pointer: '', code: 'missing_content' }] });
      const executable = file.bytes[0] === 0x4d && file.bytes[1] === 0x5a;
      file.attachment = executable
        ? { ...file.attachment, status: 'rejected', reason: 'executable' }
        : { ...file.attachment, status: 'available', downloadUrl: `/v1/agent/attachments/${file.attachment.id}/content` };
      if (executable) return problem(409, 'attachment_rejected', { errors: [{ pointer: '', code: 'executable' }] });
      return HttpResponse.json(file.attachment);
    }),
    http.get('/v1/agent/attachments/:id', ({ params }) => {
      const file = files.get(String(params['id']));
      return file ? HttpResponse.json(file.attachment) : problem(404, 'not_found');
    }),
    http.get('/v1/agent/attachments/:id/content', async ({ params, request }) => {
      await record(request);
      const file = files.get(String(params['id']));
      if (!file?.bytes || file.attachment.status !== 'available') return problem(404, 'not_found');
      return new HttpResponse(file.bytes.slice().buffer, {
        headers: { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${file.attachment.name}"`, 'X-Content-Type-Options': 'nosniff' },
      });
    }),
    http.post('/v1/agent/conversations/:id/typing', async ({ request }) => {
      await record(request);
      return new HttpResponse(null, { status: 202 });
    }),
    http.post('/v1/agent/conversations/:id/read', async ({ request }) => {
      await record(request);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('/v1/agent/canned-responses', ({ request }) => {
      const q = (new URL(request.url).searchParams.get('q') ?? '').toLowerCase();
      return HttpResponse.json({ items: cannedResponses().filter((c) => !q || `${c.title} ${c.shortcut}`.toLowerCase().includes(q)) });
    }),
    http.get('/v1/agent/callbacks', ({ request }) => {
      const status = new URL(request.url).searchParams.get('status');
      return HttpResponse.json({ items: callbackList.filter((c) => !status || c.callback.status === status) });
    }),
    http.patch('/v1/agent/callbacks/:id', async ({ params, request }) => {
      await record(request);
      const update = (await request.clone().json()) as { status: AgentCallback['callback']['status']; note?: string };
      const found = callbackList.find((c) => c.callback.id === params['id']);
      if (!found) return problem(404, 'not_found');
      const updated: AgentCallback = { ...found, callback: { ...found.callback, status: update.status, updatedAt: at(0) }, ...(update.note ? { note: update.note } : {}) };
      callbackList = callbackList.map((c) => (c === found ? updated : c));
      return HttpResponse.json(updated);
    }),
    http.get('/v1/agent/events', async ({ request }) => {
      await record(request);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          streams.add(controller);
          controller.enqueue(encoder.encode(': connected\n\n'));
        },
        cancel() {
          for (const c of streams) if (c.desiredSize === null) streams.delete(c);
        },
      });
      return new HttpResponse(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' } });
    }),
  ];

  return {
    handlers,
    requests,
    /** Sends one event to every open desk stream; false when no stream is open yet. */
    push(event: DeskEvent): boolean {
      if (event.type === 'offer.created') offers = [...offers, event.data.offer];
      if (event.type === 'message.created' && event.conversationId) {
        messages.set(event.conversationId, [...(messages.get(event.conversationId) ?? []), event.data.message]);
      }
      const frame = encoder.encode(`${event.seq ? `id: ${event.seq}\n` : ''}data: ${JSON.stringify(event)}\n\n`);
      let sent = false;
      for (const controller of streams) {
        try {
          controller.enqueue(frame);
          sent = true;
        } catch {
          streams.delete(controller);
        }
      }
      return sent;
    },
    /** Ends every open desk stream, as a proxy or a server restart would. */
    dropStreams(): void {
      for (const controller of streams) controller.close();
      streams.clear();
    },
    /** Ends a conversation on the server without telling the desk (the event is still on its way). */
    endSilently(conversationId: string): void {
      const view = views.get(conversationId);
      if (view) views.set(conversationId, { ...view, conversation: { ...view.conversation, state: 'ended', endedAt: at(0), endReason: 'customer' } });
    },
    /** Changes server state without an event (what a desk that missed ephemeral events must re-read). */
    addOfferSilently(pending: AgentOffer): void {
      offers = [...offers, pending];
    },
        /** The bytes the desk uploaded for an attachment. */
    uploaded(attachmentId: string): Uint8Array | undefined {
      return files.get(attachmentId)?.bytes;
    },
    get openStreams(): number {
      return streams.size;
    },
  };
}

export type DeskMock = ReturnType<typeof createDeskMock>;

/** An ephemeral desk event envelope. */
export function deskEvent<T extends DeskEvent['type']>(type: T, data: Extract<DeskEvent, { type: T }>['data'], extra: Partial<DeskEvent> = {}): DeskEvent {
  return { id: `evt-${Math.random().toString(36).slice(2)}`, type, occurredAt: at(0), data, ...extra } as DeskEvent;
}
