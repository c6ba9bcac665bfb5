/**
 * The typed engagement API: one HTTP path (./http.ts, hooks in ./hooks.ts) and one method per
 * operation the core client uses, typed by the generated contract types. Every failure is a
 * FoyerError (./errors.ts).
 */
import { NetworkError, problemFromParts } from './errors.js';
import { createHooks, type AuthProvider } from './hooks.js';
import { createHttp, type Http, type RequestContext } from './http.js';
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
import type { AbortSignalLike, FetchLike, ResponseLike } from '../platform/web.js';

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


/** A 2xx body as JSON; one that is not JSON (a proxy's page) is a NetworkError. */
async function parseJson<T>(response: ResponseLike, what: string): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new NetworkError(`the engagement server answered ${what} with a body that is not JSON`, { cause: error });
  }
}

interface SendOptions extends CallOptions {
  json?: unknown;
  query?: Record<string, string | number | undefined>;
  context?: RequestContext;
  headers?: Record<string, string>;
  /** Retries of a GET (default: the API's); writes are never retried here. */
  retry?: number;
  timeout?: number | false;
}

export class EngagementApi {
  readonly #http: Http;
  readonly #options: ApiOptions;

  constructor(options: ApiOptions) {
    this.#options = options;
    this.#http = createHttp(
      options.fetch,
      createHooks({
        auth: options.auth,
        locale: options.locale,
        reissue: (request, context) => this.#http({ ...request, context }),
      }),
    );
  }

  /** Sends one request; resolves with a 2xx response, rejects with a FoyerError. */
  async #send(method: string, relative: string, o: SendOptions = {}): Promise<ResponseLike> {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(o.query ?? {})) if (value !== undefined) query.set(name, String(value));
    const search = String(query) ? `?${query}` : '';
    const headers: Record<string, string> = { accept: 'application/json', ...o.headers };
    if (o.json !== undefined) headers['content-type'] = 'application/json';
    return this.#http({
      method,
      url: `${(o.baseUrl || this.#options.baseUrl()).replace(/\/+$/, '')}${relative}${search}`,
      headers,
      body: o.json === undefined ? undefined : JSON.stringify(o.json),
      context: o.context ?? {},
      signal: o.signal,
      timeout: o.timeout ?? this.#options.timeoutMs ?? 10_000,
      retry: o.retry ?? this.#options.retryLimit ?? 2,
    });
  }

  /** `send`, then the JSON body. */
  async #json<T>(method: string, relative: string, o?: SendOptions): Promise<T> {
    return parseJson<T>(await this.#send(method, relative, o), `${method} ${relative}`);
  }

  /** POST /v1/sessions: 201 new, 200 resumed (same sessionId). */
  async createSession(body: SessionCreateRequest, call?: CallOptions): Promise<{ resumed: boolean; session: Session }> {
    const response = await this.#send('POST', '/v1/sessions', { ...call, json: body, context: { anonymous: true } });
    const session = await parseJson<ResponseJson<'createSession', 201>>(response, 'POST /v1/sessions');
    return { resumed: response.status === 200, session };
  }

  /** POST /v1/sessions/refresh. */
  async refreshSession(refreshToken: string, call?: CallOptions): Promise<Session> {
    return this.#json('POST', '/v1/sessions/refresh', { ...call, json: { refreshToken }, context: { anonymous: true } });
  }

  /** DELETE /v1/sessions/current (logout). */
  async deleteSession(call?: CallOptions): Promise<void> {
    await this.#send('DELETE', '/v1/sessions/current', call);
  }

  async createConversation(body: ConversationCreate, call?: CallOptions): Promise<Conversation> {
    return this.#json<ResponseJson<'createConversation', 201>>('POST', '/v1/conversations', { ...call, json: body });
  }

  async listConversations(query: QueryOf<'listConversations'> = {}, call?: CallOptions): Promise<Conversation[]> {
    return (await this.#json<ResponseJson<'listConversations', 200>>('GET', '/v1/conversations', { ...call, query })).items;
  }

  async getConversation(id: string, call?: CallOptions): Promise<Conversation> {
    return this.#json<ResponseJson<'getConversation', 200>>('GET', path('/v1/conversations/{id}', id), call);
  }

  async endConversation(id: string, body: ConversationEnd = {}, call?: CallOptions): Promise<Conversation> {
    return this.#json<ResponseJson<'endConversation', 200>>('POST', path('/v1/conversations/{id}:end', id), { ...call, json: body });
  }

  /** GET /v1/conversations/{id}/events?afterSeq=&limit= (gap fill). */
  async listConversationEvents(id: string, query: QueryOf<'listConversationEvents'>, call?: CallOptions): Promise<EventPage> {
    return this.#json<ResponseJson<'listConversationEvents', 200>>('GET', path('/v1/conversations/{id}/events', id), { ...call, query });
  }

  /** GET /v1/conversations/{id}/messages (transcript). */
  async listMessages(id: string, query: QueryOf<'listMessages'> = {}, call?: CallOptions): Promise<MessagePage> {
    return this.#json<ResponseJson<'listMessages', 200>>('GET', path('/v1/conversations/{id}/messages', id), { ...call, query });
  }

  /** POST /v1/conversations/{id}/messages with `Idempotency-Key`; 201 stored now, 200 already stored. */
  async sendMessage(id: string, body: MessageCreate, idempotencyKey: string, call?: CallOptions): Promise<Message> {
    return this.#json<ResponseJson<'sendMessage', 201>>('POST', path('/v1/conversations/{id}/messages', id), { ...call, json: body, context: { idempotencyKey } });
  }

  /** POST /v1/conversations/{id}/typing (202, fire-and-forget; never retried). */
  async sendTyping(id: string, state: TypingState, call?: CallOptions): Promise<void> {
    await this.#send('POST', path('/v1/conversations/{id}/typing', id), { ...call, json: { state } });
  }

  /** POST /v1/conversations/{id}/read (204): moves the read horizon forward to `upToSeq`. */
  async markRead(id: string, upToSeq: number, call?: CallOptions): Promise<void> {
    await this.#send('POST', path('/v1/conversations/{id}/read', id), { ...call, json: { upToSeq } });
  }

  /** GET /v1/availability: business hours and what is open now. Sessionless (no Authorization). */
  async getAvailability(topic?: string, call?: CallOptions & { days?: number }): Promise<Availability> {
    return this.#json<ResponseJson<'getAvailability', 200>>('GET', '/v1/availability', { ...call, query: { topic, days: call?.days }, context: { anonymous: true } });
  }

  /**
   * POST /v1/conversations/{id}/escalations (202): `queued`, `no_agents` or `closed`, with alternatives.
   * The optional `Idempotency-Key` makes a repeat return the same escalation.
   */
  async requestEscalation(id: string, body: EscalationCreate = {}, idempotencyKey?: string, call?: CallOptions): Promise<Escalation> {
    return this.#json<ResponseJson<'createEscalation', 202>>('POST', path('/v1/conversations/{id}/escalations', id), { ...call, json: body, context: { idempotencyKey } });
  }

  /** GET /v1/conversations/{id}/queue: the latest queue snapshot (404 when not queued). */
  async getQueue(id: string, call?: CallOptions): Promise<QueueSnapshot> {
    return this.#json<ResponseJson<'getQueue', 200>>('GET', path('/v1/conversations/{id}/queue', id), call);
  }

  /** GET /v1/callbacks/slots?topic=&from=&to=: bookable callback slots. */
  async listCallbackSlots(query: QueryOf<'listCallbackSlots'> = {}, call?: CallOptions): Promise<CallbackSlotList> {
    return this.#json<ResponseJson<'listCallbackSlots', 200>>('GET', '/v1/callbacks/slots', { ...call, query });
  }

  /** POST /v1/callbacks with `Idempotency-Key` (201); ASAP outside business hours is 409 outside_business_hours. */
  async createCallback(body: CallbackCreate, idempotencyKey: string, call?: CallOptions): Promise<Callback> {
    return this.#json<ResponseJson<'createCallback', 201>>('POST', '/v1/callbacks', { ...call, json: body, context: { idempotencyKey } });
  }

  /** GET /v1/callbacks/{id}. */
  async getCallback(id: string, call?: CallOptions): Promise<Callback> {
    return this.#json<ResponseJson<'getCallback', 200>>('GET', path('/v1/callbacks/{id}', id), call);
  }

  /** DELETE /v1/callbacks/{id} (204, idempotent). */
  async cancelCallback(id: string, call?: CallOptions): Promise<void> {
    await this.#send('DELETE', path('/v1/callbacks/{id}', id), call);
  }

  /** GET /v1/conversations/{id}/survey: the offered survey (404 when none). */
  async getSurvey(id: string, call?: CallOptions): Promise<Survey> {
    return this.#json<ResponseJson<'getSurvey', 200>>('GET', path('/v1/conversations/{id}/survey', id), call);
  }

  /**
   * POST /v1/conversations/{id}/survey/responses: 201 stored, 200 already answered (the stored response);
   * an expired survey is 409. The server dedupes per survey; `idempotencyKey` is sent when given.
   */
  async submitSurveyResponse(id: string, body: SurveyResponseCreate, idempotencyKey?: string, call?: CallOptions): Promise<SurveyResponse> {
    return this.#json<ResponseJson<'submitSurveyResponse', 201>>('POST', path('/v1/conversations/{id}/survey/responses', id), { ...call, json: body, context: { idempotencyKey } });
  }

  /**
   * An authorised JSON request for operations this class does not wrap (attachments): `relative` is
   * the path with its query. Same hooks, timeout and failures as the typed operations.
   */
  async request<T>(method: string, relative: string, body?: unknown, call?: CallOptions): Promise<T> {
    return this.#json<T>(method, relative, { ...call, json: body });
  }

  /** An authorised GET of a file (a transcript, an attachment's content): the 2xx response. */
  async download(relative: string, call?: CallOptions): Promise<ResponseLike> {
    return this.#send('GET', relative, { ...call, headers: { accept: '*/*' } });
  }

  /**
   * GET /v1/events: resolves with the open `text/event-stream` response (read it with the SSE
   * reader); no timeout and no retries, the stream reconnects on its own schedule.
   */
  async openEventStream(lastEventId: string | undefined, call: CallOptions & { signal: AbortSignalLike }): Promise<ResponseLike> {
    // Only CORS-listed headers (the server allows Authorization, Last-Event-ID, Accept-Language, ...).
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (lastEventId) headers['last-event-id'] = lastEventId;
    const response = await this.#send('GET', '/v1/events', { ...call, headers, timeout: false, retry: 0 });
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('text/event-stream')) {
      await response.text().catch(() => '');
      throw problemFromParts(502, response.headers, `expected text/event-stream from GET /v1/events, got "${type}"`);
    }
    return response;
  }
}
