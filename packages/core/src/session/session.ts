/**
 * The session: creates a guest or customer session, keeps its tokens in the platform's KeyValueStore
 * (shared by the site's tabs) so a reload resumes it, renews the access token on 401 (refresh token
 * first, then the resume token; concurrent callers share one renewal; a token another tab stored
 * meanwhile is adopted), and logs out.
 */
import { isProblem, ProblemError } from '../api/errors.js';
import type { AuthProvider } from '../api/hooks.js';
import type { EngagementApi } from '../api/client.js';
import type { Session, SessionCreateRequest, SessionKind } from '../api/types.js';
import type { KeyValueStore } from '../platform/types.js';
import { systemClock, type Clock } from '../util/clock.js';

export const SESSION_KEY = 'session';
export const DEVICE_KEY = 'device';

/** What is persisted (and shared between tabs). */
export interface StoredSession {
  sessionId: string;
  kind: SessionKind;
  accessToken: string;
  refreshToken: string;
  resumeToken: string;
  /** When accessToken expires (ISO 8601). */
  expiresAt: string;
  customer?: Session['customer'];
  /** The server's limits (message length, attachments), for the UI. */
  limits?: Session['limits'];
}

export type SessionChange = 'created' | 'resumed' | 'refreshed' | 'adopted' | 'replaced' | 'cleared';

export interface SessionManagerOptions {
  api: Pick<EngagementApi, 'createSession' | 'refreshSession' | 'deleteSession'>;
  storage: KeyValueStore;
  /** Without getIdentityToken the session is a guest one. */
  getIdentityToken?: () => Promise<string>;
  /** Deadline for getIdentityToken (default 30 s). */
  identityTimeoutMs?: number;
  locale?: () => string | undefined;
  newDeviceId: () => string;
  /** A stored access token with less than this left is not reused at start (default 60 s). */
  minTokenLifetimeMs?: number;
  clock?: Clock;
  /** Runs session creation so that tabs starting together end on one session (Web Locks in the browser). */
  exclusive?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** The session changed (for persistence by other tabs: the client broadcasts it). */
  onChange?(session: StoredSession | undefined, change: SessionChange, previous: StoredSession | undefined): void;
}

function toStored(s: Session): StoredSession {
  return {
    sessionId: s.sessionId,
    kind: s.kind,
    accessToken: s.accessToken,
    refreshToken: s.refreshToken,
    resumeToken: s.resumeToken,
    expiresAt: s.expiresAt,
    customer: s.customer,
    limits: s.limits,
  };
}

function parseStored(text: string | undefined): StoredSession | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as StoredSession;
    return typeof v.sessionId === 'string' && typeof v.resumeToken === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

export class SessionManager implements AuthProvider {
  #currentValue?: StoredSession;
  #starting?: Promise<StoredSession>;
  #renewing?: Promise<string | undefined>;
  readonly #clock: Clock;
  readonly #options: SessionManagerOptions;

  constructor(options: SessionManagerOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
  }

  get current(): StoredSession | undefined {
    return this.#currentValue;
  }

  accessToken(): string | undefined {
    return this.#currentValue?.accessToken;
  }

  /** The session to use: the stored one (reusing a live token), resumed, or new. */
  ensure(): Promise<StoredSession> {
    if (this.#currentValue) return Promise.resolve(this.#currentValue);
    const exclusive = this.#options.exclusive ?? ((fn) => fn());
    this.#starting ??= exclusive(() => this.#start()).finally(() => {
      this.#starting = undefined;
    });
    return this.#starting;
  }

  async #start(): Promise<StoredSession> {
    const stored = await this.#load();
    const minLife = this.#options.minTokenLifetimeMs ?? 60_000;
    if (stored && Date.parse(stored.expiresAt) - this.#clock.now() > minLife) {
      this.#set(stored, 'adopted');
      return stored;
    }
    return this.#createOrResume(stored);
  }

  /** Re-reads the stored session (another tab changed it). */
  async adoptFromStorage(): Promise<StoredSession | undefined> {
    const stored = await this.#load();
    if (!stored) {
      if (this.#currentValue) this.#set(undefined, 'cleared');
      return undefined;
    }
    if (stored.accessToken !== this.#currentValue?.accessToken) this.#set(stored, 'adopted');
    return stored;
  }

  renew(rejected: string | undefined): Promise<string | undefined> {
    this.#renewing ??= this.#doRenew(rejected).finally(() => {
      this.#renewing = undefined;
    });
    return this.#renewing;
  }

  async #doRenew(rejected: string | undefined): Promise<string | undefined> {
    // Another tab (or an earlier renewal) may already hold a newer token.
    const stored = await this.#load();
    if (stored && stored.accessToken !== rejected && Date.parse(stored.expiresAt) > this.#clock.now()) {
      if (stored.accessToken !== this.#currentValue?.accessToken) this.#set(stored, 'adopted');
      return stored.accessToken;
    }
    const base = stored ?? this.#currentValue;
    if (!base) return (await this.#createOrResume(undefined)).accessToken;
    try {
      const session = toStored(await this.#options.api.refreshSession(base.refreshToken));
      await this.#save(session);
      this.#set(session, 'refreshed');
      return session.accessToken;
    } catch (error) {
      if (!(error instanceof ProblemError) || error.status >= 500 || error.status === 429) throw error;
      // The refresh token is no good (expired, revoked, rotated): resume with the resume token.
      return (await this.#createOrResume(base)).accessToken;
    }
  }

  /** POST /v1/sessions, with the resume token when there is one. */
  async #createOrResume(previous: StoredSession | undefined): Promise<StoredSession> {
    const body: SessionCreateRequest = {
      kind: this.#options.getIdentityToken ? 'customer' : 'guest',
      deviceId: await this.#deviceId(),
    };
    const locale = this.#options.locale?.();
    if (locale) body.locale = locale;
    if (this.#options.getIdentityToken) body.idToken = await this.#identityToken();
    if (previous?.resumeToken) body.resumeToken = previous.resumeToken;
    let result;
    try {
      result = await this.#options.api.createSession(body);
    } catch (error) {
      if (!body.resumeToken || !isProblem(error, 'downgrade_not_allowed')) throw error;
      // A customer session cannot continue as a guest: start afresh.
      delete body.resumeToken;
      result = await this.#options.api.createSession(body);
    }
    const session = toStored(result.session);
    await this.#save(session);
    const change: SessionChange = previous && previous.sessionId !== session.sessionId ? 'replaced' : result.resumed ? 'resumed' : 'created';
    this.#set(session, change);
    return session;
  }

  /** DELETE /v1/sessions/current, then forgets the session (the caller wipes the rest of storage). */
  async logout(): Promise<void> {
    try {
      if (this.#currentValue) await this.#options.api.deleteSession();
    } catch (error) {
      // Already gone server-side is as good as logged out.
      if (!(error instanceof ProblemError) || error.status !== 401) throw error;
    } finally {
      await this.#options.storage.delete(SESSION_KEY);
      this.#set(undefined, 'cleared');
    }
  }

  #set(session: StoredSession | undefined, change: SessionChange): void {
    const previous = this.#currentValue;
    this.#currentValue = session;
    this.#options.onChange?.(session, change, previous);
  }

  async #load(): Promise<StoredSession | undefined> {
    return parseStored(await this.#options.storage.get(SESSION_KEY));
  }

  async #save(session: StoredSession): Promise<void> {
    await this.#options.storage.set(SESSION_KEY, JSON.stringify(session));
  }

  async #deviceId(): Promise<string> {
    const known = await this.#options.storage.get(DEVICE_KEY);
    if (known) return known;
    const id = this.#options.newDeviceId();
    await this.#options.storage.set(DEVICE_KEY, id);
    return id;
  }

  #identityToken(): Promise<string> {
    const timeout = this.#options.identityTimeoutMs ?? 30_000;
    return new Promise<string>((resolve, reject) => {
      const timer = this.#clock.setTimeout(() => reject(new Error(`getIdentityToken() did not answer within ${timeout} ms`)), timeout);
      this.#options.getIdentityToken!().then(
        (token) => {
          this.#clock.clearTimeout(timer);
          resolve(token);
        },
        (error: unknown) => {
          this.#clock.clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}
