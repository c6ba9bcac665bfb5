/**
 * The typed engagement API: one ky instance (hooks in ./hooks.ts) and one method per operation the
 * core client uses, typed by the generated contract types. Every failure is a FoyerError (./errors.ts).
 */
import ky, { type KyInstance, type Options } from 'ky';
import { problemFromParts, toFoyerError } from './errors.js';
import { createHooks, type AuthProvider, type RequestContext } from './hooks.js';
import type {
  Availability,
  Callback,
  CallbackCreate,
  CallbackSlotList,
  Conversation,
  ConversationCreate,
  ConversationEnd,
  Escalation,
  EscalationCreate,
  EventPage,
  Message,
  MessageCreate,
  MessagePage,
  QueryOf,
  QueueSnapshot,
  ResponseJson,
  Session,
  SessionCreateRequest,
  Survey,
  SurveyResponse,
  SurveyResponseCreate,
  TypingState,
} from './types.js';
import type { AbortSignalLike, FetchInit, FetchLike, RequestLike, ResponseLike } from '../platform/web.js';

export interface ApiOptions {
  /** The server's base URL (e.g. `https://chat.bank.example`); read on every request, so it may change. */
  baseUrl: () => string;
  fetch: FetchLike;
  auth?: AuthProvider;
  locale?: () => string | undefined;
  /** Per-request timeout (default 10 s); streams have none. */
  timeoutMs?: number;
  /** Retries of idempotent reads on network errors, 408/429/5xx, honouring Retry-After (default 2). */
  retryLimit?: number;
}

export interface CallOptions {
  signal?: AbortSignalLike;
  /** Overrides the base URL for this call (e.g. a separate stream host). */
  baseUrl?: string;
}

const path = (template: string, id: string) => template.replace('{id}', encodeURIComponent(id));

/** Turns ky's Request into `fetch(url, init)` with a plain header object and a string body. */
function adaptFetch(target: FetchLike): Options['fetch'] {
  const adapted = async (request: RequestLike): Promise<ResponseLike> => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const init: FetchInit = { method: request.method, headers, signal: request.signal };
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.body) init.body = await request.text();
    return target(request.url, init);
  };
  return adapted as unknown as Options['fetch'];
}

export class EngagementApi {
  /** The single ky instance (exposed for operations this class does not wrap yet). */
  readonly ky: KyInstance;

  constructor(private readonly options: ApiOptions) {
    const hooks = createHooks({
      ...(options.auth ? { auth: options.auth } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      reissue: (request, context, first) =>
        this.ky(request as never, { context: context as Record<string, unknown>, timeout: first.timeout, retry: first.retry } as Options) as unknown as Promise<ResponseLike>,
    });
    this.ky = ky.create({
      fetch: adaptFetch(options.fetch),
      hooks,
      timeout: options.timeoutMs ?? 10_000,
      retry: {
        limit: options.retryLimit ?? 2,
        methods: ['get', 'head', 'options'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: 30_000,
        backoffLimit: 5_000,
      },
    });
  }

  private url(relative: string, call?: CallOptions): string {
    return `${(call?.baseUrl ?? this.options.baseUrl()).replace(/\/+$/, '')}${relative}`;
  }

  /** Runs a ky call and maps every failure to a FoyerError. */
  private async run<T>(call: CallOptions | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw await toFoyerError(error, call?.signal);
    }
  }

  private opts(context: RequestContext, call?: CallOptions, extra: Options = {}): Options {
    return { ...extra, context: context as Record<string, unknown>, ...(call?.signal ? { signal: call.signal as never } : {}) };
  }

  /** POST /v1/sessions: 201 new, 200 resumed (same sessionId). */
  async createSession(body: SessionCreateRequest, call?: CallOptions): Promise<{ resumed: boolean; session: Session }> {
    return this.run(call, async () => {
      const response = (await this.ky.post(this.url('/v1/sessions', call), this.opts({ anonymous: true }, call, { json: body }))) as unknown as ResponseLike;
      const session = JSON.parse(await response.text()) as ResponseJson<'createSession', 201>;
      return { resumed: response.status === 200, session };
    });
  }

  /** POST /v1/sessions/refresh. */
  async refreshSession(refreshToken: string, call?: CallOptions): Promise<Session> {
    return this.run(call, () => this.ky.post(this.url('/v1/sessions/refresh', call), this.opts({ anonymous: true }, call, { json: { refreshToken } })).json<ResponseJson<'refreshSession', 200>>());
  }

  /** DELETE /v1/sessions/current (logout). */
  async deleteSession(call?: CallOptions): Promise<void> {
    await this.run(call, () => this.ky.delete(this.url('/v1/sessions/current', call), this.opts({}, call)));
  }

  async createConversation(body: ConversationCreate, call?: CallOptions): Promise<Conversation> {
    return this.run(call, () => this.ky.post(this.url('/v1/conversations', call), this.opts({}, call, { json: body })).json<ResponseJson<'createConversation', 201>>());
  }

  async listConversations(query: QueryOf<'listConversations'> = {}, call?: CallOptions): Promise<Conversation[]> {
    const page = await this.run(call, () =>
      this.ky.get(this.url('/v1/conversations', call), this.opts({}, call, { searchParams: query as Record<string, string> })).json<ResponseJson<'listConversations', 200>>(),
    );
    return page.items;
  }

  async getConversation(id: string, call?: CallOptions): Promise<Conversation> {
    return this.run(call, () => this.ky.get(this.url(path('/v1/conversations/{id}', id), call), this.opts({}, call)).json<ResponseJson<'getConversation', 200>>());
  }

  async endConversation(id: string, body: ConversationEnd = {}, call?: CallOptions): Promise<Conversation> {
    return this.run(call, () => this.ky.post(this.url(path('/v1/conversations/{id}:end', id), call), this.opts({}, call, { json: body })).json<ResponseJson<'endConversation', 200>>());
  }

  /** GET /v1/conversations/{id}/events?afterSeq=&limit= (gap fill). */
  async listConversationEvents(id: string, query: QueryOf<'listConversationEvents'>, call?: CallOptions): Promise<EventPage> {
    return this.run(call, () =>
      this.ky.get(this.url(path('/v1/conversations/{id}/events', id), call), this.opts({}, call, { searchParams: query as Record<string, number> })).json<ResponseJson<'listConversationEvents', 200>>(),
    );
  }

  /** GET /v1/conversations/{id}/messages (transcript). */
  async listMessages(id: string, query: QueryOf<'listMessages'> = {}, call?: CallOptions): Promise<MessagePage> {
    return this.run(call, () =>
      this.ky.get(this.url(path('/v1/conversations/{id}/messages', id), call), this.opts({}, call, { searchParams: query as Record<string, number> })).json<ResponseJson<'listMessages', 200>>(),
    );
  }

  /** POST /v1/conversations/{id}/messages with `Idempotency-Key`; 201 stored now, 200 already stored. */
  async sendMessage(id: string, body: MessageCreate, idempotencyKey: string, call?: CallOptions): Promise<Message> {
    return this.run(call, () =>
      this.ky.post(this.url(path('/v1/conversations/{id}/messages', id), call), this.opts({ idempotencyKey }, call, { json: body, retry: 0 })).json<ResponseJson<'sendMessage', 201>>(),
    );
  }

  /** POST /v1/conversations/{id}/typing (202, fire-and-forget; never retried). */
  async sendTyping(id: string, state: TypingState, call?: CallOptions): Promise<void> {
    await this.run(call, () => this.ky.post(this.url(path('/v1/conversations/{id}/typing', id), call), this.opts({}, call, { json: { state }, retry: 0 })));
  }

  /** POST /v1/conversations/{id}/read (204): moves the read horizon forward to `upToSeq`. */
  async markRead(id: string, upToSeq: number, call?: CallOptions): Promise<void> {
    await this.run(call, () => this.ky.post(this.url(path('/v1/conversations/{id}/read', id), call), this.opts({}, call, { json: { upToSeq }, retry: 0 })));
  }

  /** GET /v1/availability: business hours and what is open now. Sessionless (no Authorization). */
  async getAvailability(topic?: string, call?: CallOptions & { days?: number }): Promise<Availability> {
    const query: Record<string, string | number> = {};
    if (topic !== undefined) query.topic = topic;
    if (call?.days !== undefined) query.days = call.days;
    return this.run(call, () =>
      this.ky.get(this.url('/v1/availability', call), this.opts({ anonymous: true }, call, { searchParams: query })).json<ResponseJson<'getAvailability', 200>>(),
    );
  }

  /**
   * POST /v1/conversations/{id}/escalations (202): `queued`, `no_agents` or `closed`, with alternatives.
   * The optional `Idempotency-Key` makes a repeat return the same escalation.
   */
  async requestEscalation(id: string, body: EscalationCreate = {}, idempotencyKey?: string, call?: CallOptions): Promise<Escalation> {
    return this.run(call, () =>
      this.ky
        .post(this.url(path('/v1/conversations/{id}/escalations', id), call), this.opts(idempotencyKey ? { idempotencyKey } : {}, call, { json: body, retry: 0 }))
        .json<ResponseJson<'createEscalation', 202>>(),
    );
  }

  /** GET /v1/conversations/{id}/queue: the latest queue snapshot (404 when not queued). */
  async getQueue(id: string, call?: CallOptions): Promise<QueueSnapshot> {
    return this.run(call, () => this.ky.get(this.url(path('/v1/conversations/{id}/queue', id), call), this.opts({}, call)).json<ResponseJson<'getQueue', 200>>());
  }

  /** GET /v1/callbacks/slots?topic=&from=&to=: bookable callback slots. */
  async listCallbackSlots(query: QueryOf<'listCallbackSlots'> = {}, call?: CallOptions): Promise<CallbackSlotList> {
    const params = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as Record<string, string>;
    return this.run(call, () => this.ky.get(this.url('/v1/callbacks/slots', call), this.opts({}, call, { searchParams: params })).json<ResponseJson<'listCallbackSlots', 200>>());
  }

  /** POST /v1/callbacks with `Idempotency-Key` (201); ASAP outside business hours is 409 outside_business_hours. */
  async createCallback(body: CallbackCreate, idempotencyKey: string, call?: CallOptions): Promise<Callback> {
    return this.run(call, () => this.ky.post(this.url('/v1/callbacks', call), this.opts({ idempotencyKey }, call, { json: body, retry: 0 })).json<ResponseJson<'createCallback', 201>>());
  }

  /** GET /v1/callbacks/{id}. */
  async getCallback(id: string, call?: CallOptions): Promise<Callback> {
    return this.run(call, () => this.ky.get(this.url(path('/v1/callbacks/{id}', id), call), this.opts({}, call)).json<ResponseJson<'getCallback', 200>>());
  }

  /** DELETE /v1/callbacks/{id} (204, idempotent). */
  async cancelCallback(id: string, call?: CallOptions): Promise<void> {
    await this.run(call, () => this.ky.delete(this.url(path('/v1/callbacks/{id}', id), call), this.opts({}, call)));
  }

  /** GET /v1/conversations/{id}/survey: the offered survey (404 when none). */
  async getSurvey(id: string, call?: CallOptions): Promise<Survey> {
    return this.run(call, () => this.ky.get(this.url(path('/v1/conversations/{id}/survey', id), call), this.opts({}, call)).json<ResponseJson<'getSurvey', 200>>());
  }

  /**
   * POST /v1/conversations/{id}/survey/responses: 201 stored, 200 already answered (the stored response);
   * an expired survey is 409. The server dedupes per survey; `idempotencyKey` is sent when given.
   */
  async submitSurveyResponse(id: string, body: SurveyResponseCreate, idempotencyKey?: string, call?: CallOptions): Promise<SurveyResponse> {
    return this.run(call, () =>
      this.ky
        .post(this.url(path('/v1/conversations/{id}/survey/responses', id), call), this.opts(idempotencyKey ? { idempotencyKey } : {}, call, { json: body, retry: 0 }))
        .json<ResponseJson<'submitSurveyResponse', 201>>(),
    );
  }

  /**
   * GET /v1/events: resolves with the open `text/event-stream` response (read it with the SSE
   * reader); no timeout and no retries, the stream reconnects on its own schedule.
   */
  async openEventStream(lastEventId: string | undefined, call: CallOptions & { signal: AbortSignalLike }): Promise<ResponseLike> {
    return this.run(call, async () => {
      // Only CORS-listed headers (the server allows Authorization, Last-Event-ID, Accept-Language, ...).
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId) headers['Last-Event-ID'] = lastEventId;
      const response = (await this.ky.get(this.url('/v1/events', call), this.opts({}, call, { headers, timeout: false, retry: 0 }))) as unknown as ResponseLike;
      const type = response.headers.get('content-type') ?? '';
      if (!type.startsWith('text/event-stream')) {
        await response.text().catch(() => '');
        throw problemFromParts(502, response.headers, `expected text/event-stream from GET /v1/events, got "${type}"`);
      }
      return response;
    });
  }
}
