/**
 * The agent-side API (`/v1/agent/...`) over core's HTTP path. Core's hooks add the bearer token and
 * renew it once on a 401 (`invalid_token` / `session_expired`) through the refresh token; every
 * failure reaches the caller as a core FoyerError (ProblemError carries the problem+json `code`).
 */
import { createHooks, createHttp, toFoyerError, uuidv7, type AuthProvider, type Http, type RequestContext } from '@foyer/core';
import type {
  AgentCallback,
  AgentCallbackUpdate,
  AgentConversationSummary,
  AgentConversationView,
  AgentMessagePart,
  AgentOffer,
  AgentPresence,
  AgentPresenceStatus,
  AgentQueue,
  AgentQueueEntry,
  AgentSession,
  CallbackStatus,
  CannedResponse,
  Conversation,
  Message,
  MessagePage,
} from './types.js';
import type { SessionStore } from './session-store.js';

export interface DeskApiOptions {
  sessions: SessionStore;
  /** Origin of the API, `location.origin` by default (the desk is served by the same server). */
  baseUrl?: string;
  locale?: () => string | undefined;
  timeoutMs?: number;
}

const enc = encodeURIComponent;
const MAX_ASSIGNED_PAGES = 10;

export interface AgentConversationPage { items: AgentConversationSummary[]; nextCursor?: string }

export class DeskApi {
  private readonly http: Http;
  private readonly timeoutMs: number;
  readonly sessions: SessionStore;
  private readonly baseUrl: string;
  private refreshing: Promise<string | undefined> | undefined;

  constructor(options: DeskApiOptions) {
    this.sessions = options.sessions;
    this.baseUrl = (options.baseUrl ?? globalThis.location?.origin ?? '').replace(/\/+$/, '');
    const auth: AuthProvider = {
      accessToken: () => this.sessions.current()?.accessToken,
      renew: (rejected) => this.renew(rejected),
    };
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.http = createHttp(
      globalThis.fetch.bind(globalThis) as never,
      createHooks({
        auth,
        ...(options.locale ? { locale: options.locale } : {}),
        reissue: (request, context) => this.http({ ...request, context }),
      }),
    );
  }

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  /**
   * A fresh access token after `rejected` was refused: one refresh for any number of callers; a
   * token stored meanwhile (another call already refreshed) is adopted. Clears the session when
   * the refresh token is refused.
   */
  async renew(rejected: string | undefined): Promise<string | undefined> {
    const session = this.sessions.current();
    if (!session) return undefined;
    if (rejected !== undefined && session.accessToken !== rejected) return session.accessToken;
    this.refreshing ??= (async () => {
      try {
        const renewed = await this.post<AgentSession>('/v1/agent/sessions/refresh', { refreshToken: session.refreshToken }, { anonymous: true });
        this.sessions.save(renewed);
        return renewed.accessToken;
      } catch (error) {
        const failure = await toFoyerError(error);
        if (failure.kind === 'problem') this.sessions.clear('expired');
        return undefined;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /** One request through core's HTTP path (GETs retried on 408/429/5xx); failures are FoyerErrors. */
  private async send(method: string, path: string, o: { json?: unknown; query?: Record<string, string>; context?: RequestContext; timeout?: number } = {}) {
    const query = new URLSearchParams(o.query);
    try {
      return await this.http({
        method,
        url: `${this.url(path)}${String(query) ? `?${query}` : ''}`,
        headers: { accept: 'application/json', ...(o.json === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(o.json === undefined ? {} : { body: JSON.stringify(o.json) }),
        context: o.context ?? {},
        timeout: o.timeout ?? this.timeoutMs,
        retry: method === 'GET' ? 2 : 0,
      });
    } catch (error) {
      throw await toFoyerError(error);
    }
  }

  private async get<T>(path: string, query?: Record<string, string>): Promise<T> {
    const response = await this.send('GET', path, query ? { query } : {});
    return JSON.parse(await response.text()) as T;
  }

  private post<T>(path: string, json?: unknown, context: RequestContext = {}): Promise<T> {
    return this.write('POST', path, json, context);
  }

  /** A write (never retried here): the JSON answer, undefined for 202/204. */
  private async write<T>(method: string, path: string, json?: unknown, context: RequestContext = {}): Promise<T> {
    const response = await this.send(method, path, { json, context });
    return (response.status === 204 || response.status === 202 ? undefined : JSON.parse(await response.text())) as T;
  }

  /** A JSON call for the attachment flow (desk-attachments.ts); problems arrive as FoyerErrors. */
  call<T>(method: 'GET' | 'POST', path: string, json?: unknown, context: RequestContext = {}): Promise<T> {
    return method === 'GET' ? this.get<T>(path) : this.post<T>(path, json, context);
  }

  /** A file's bytes with the agent's token (a GET, so retried like any read). */
  async download(path: string): Promise<Blob> {
    const response = await this.send('GET', path, { timeout: 60_000 });
    return (response as unknown as Response).blob();
  }

  async signIn(email: string, password: string): Promise<AgentSession> {
    const session = await this.post<AgentSession>('/v1/agent/sessions', { email, password }, { anonymous: true });
    this.sessions.save(session);
    return session;
  }

  /** Revokes the tokens on the server (best effort) and forgets the session here in any case. */
  async signOut(): Promise<void> {
    try {
      await this.send('DELETE', '/v1/agent/sessions/current');
    } finally {
      this.sessions.clear('signed-out');
    }
  }

  getPresence(): Promise<AgentPresence> {
    return this.get('/v1/agent/me/presence');
  }

  setPresence(status: AgentPresenceStatus): Promise<AgentPresence> {
    return this.write('PUT', '/v1/agent/me/presence', { status });
  }

  async listQueues(): Promise<AgentQueue[]> {
    return (await this.get<{ items: AgentQueue[] }>('/v1/agent/queues')).items;
  }

  async listQueueEntries(): Promise<AgentQueueEntry[]> {
    return (await this.get<{ items: AgentQueueEntry[] }>('/v1/agent/queue')).items;
  }

  async listOffers(): Promise<AgentOffer[]> {
    return (await this.get<{ items: AgentOffer[] }>('/v1/agent/offers')).items;
  }

  accept(conversationId: string): Promise<AgentConversationView> {
    return this.post(`/v1/agent/conversations/${enc(conversationId)}:accept`, undefined, { idempotencyKey: uuidv7() });
  }

  decline(conversationId: string): Promise<void> {
    return this.post(`/v1/agent/conversations/${enc(conversationId)}:decline`, {});
  }

  /** One page of the agent's chats: assigned (oldest first) or ended (newest first). */
  listConversationPage(status: 'assigned' | 'ended', cursor?: string): Promise<AgentConversationPage> {
    return this.get('/v1/agent/conversations', { status, ...(cursor ? { cursor } : {}) });
  }

  /** Every assigned chat, following the pages (bounded: capacity keeps the list short). */
  async listConversations(): Promise<AgentConversationSummary[]> {
    const items: AgentConversationSummary[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_ASSIGNED_PAGES; page++) {
      const next = await this.listConversationPage('assigned', cursor);
      items.push(...next.items);
      cursor = next.nextCursor;
      if (!cursor) break;
    }
    return items;
  }

  getConversation(conversationId: string): Promise<AgentConversationView> {
    return this.get(`/v1/agent/conversations/${enc(conversationId)}`);
  }

  listMessages(conversationId: string, afterSeq = 0): Promise<MessagePage> {
    return this.get(`/v1/agent/conversations/${enc(conversationId)}/messages`, { afterSeq: String(afterSeq), limit: '200' });
  }

  sendMessage(conversationId: string, parts: AgentMessagePart[], extra: { clientMessageId?: string; cannedResponseId?: string; attachmentIds?: string[] } = {}): Promise<Message> {
    const clientMessageId = extra.clientMessageId ?? uuidv7();
    const body = {
      clientMessageId,
      parts,
      ...(extra.cannedResponseId ? { cannedResponseId: extra.cannedResponseId } : {}),
      ...(extra.attachmentIds?.length ? { attachmentIds: extra.attachmentIds } : {}),
    };
    // The client message id doubles as the idempotency key, so a retry cannot send twice.
    return this.post(`/v1/agent/conversations/${enc(conversationId)}/messages`, body, { idempotencyKey: clientMessageId });
  }

  sendTyping(conversationId: string, state: 'started' | 'stopped'): Promise<void> {
    return this.post(`/v1/agent/conversations/${enc(conversationId)}/typing`, { state });
  }

  markRead(conversationId: string, upToSeq: number): Promise<void> {
    return this.post(`/v1/agent/conversations/${enc(conversationId)}/read`, { upToSeq });
  }

  transfer(conversationId: string, queueId: string, note?: string): Promise<Conversation> {
    return this.post(`/v1/agent/conversations/${enc(conversationId)}:transfer`, { queueId, ...(note ? { note } : {}) }, { idempotencyKey: uuidv7() });
  }

  /** Puts a connected chat on hold (`hold` true) or takes it off hold; the agent keeps the chat. */
  setHold(conversationId: string, hold: boolean): Promise<Conversation> {
    return this.post(`/v1/agent/conversations/${enc(conversationId)}:${hold ? 'hold' : 'resume'}`);
  }

  end(conversationId: string, reason?: string): Promise<Conversation> {
    return this.post(`/v1/agent/conversations/${enc(conversationId)}:end`, reason ? { reason } : {});
  }

  async listCannedResponses(q?: string, locale?: string): Promise<CannedResponse[]> {
    const params: Record<string, string> = {};
    if (q) params['q'] = q;
    if (locale) params['locale'] = locale;
    return (await this.get<{ items: CannedResponse[] }>('/v1/agent/canned-responses', params)).items;
  }

  async listCallbacks(status?: CallbackStatus): Promise<AgentCallback[]> {
    return (await this.get<{ items: AgentCallback[] }>('/v1/agent/callbacks', status ? { status } : undefined)).items;
  }

  updateCallback(callbackId: string, update: AgentCallbackUpdate): Promise<AgentCallback> {
    return this.write('PATCH', `/v1/agent/callbacks/${enc(callbackId)}`, update);
  }
}
