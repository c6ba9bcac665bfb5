/**
 * ky hooks of the client's single ky instance: the bearer token, `Accept-Language`,
 * `Idempotency-Key` (from the request's context) and a transparent token refresh on 401.
 */
import type { Hooks } from 'ky';
import type { RequestLike, ResponseLike } from '../platform/web.js';

/** Per-request data the hooks read from ky's `context` option. */
export interface RequestContext {
  /** Sent as `Idempotency-Key`. */
  idempotencyKey?: string;
  /** No Authorization header and no refresh (session creation and refresh themselves). */
  anonymous?: boolean;
  /** Set on the one re-issue after a refresh, so a second 401 is final. */
  authRetried?: boolean;
}

/** Where the hooks get tokens from (the SessionManager). */
export interface AuthProvider {
  /** The access token to send now, if any. */
  accessToken(): string | undefined;
  /**
   * Gets a usable token after `rejected` was refused with 401: refreshes (once for any number of
   * concurrent callers), or adopts a token another tab has stored meanwhile. Undefined when no
   * session can be had.
   */
  renew(rejected: string | undefined): Promise<string | undefined>;
}

export interface HookDependencies {
  auth?: AuthProvider;
  locale?: () => string | undefined;
  /** Sends `request` again through the same ky instance, with `context` and the first call's timeout and retry. */
  reissue(request: RequestLike, context: RequestContext, options: { timeout: unknown; retry: unknown }): Promise<ResponseLike>;
}

/** 401 codes that a fresh access token can cure. */
const RENEWABLE = new Set(['session_expired', 'invalid_token']);

const bearer = (header: string | null): string | undefined => /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1];

async function problemCode(response: ResponseLike): Promise<string | undefined> {
  try {
    const body = JSON.parse(await response.text()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

export function createHooks(deps: HookDependencies): Hooks {
  return {
    beforeRequest: [
      (request, options) => {
        const context = options.context as RequestContext;
        if (context.idempotencyKey) request.headers.set('Idempotency-Key', context.idempotencyKey);
        const locale = deps.locale?.();
        if (locale && !request.headers.has('Accept-Language')) request.headers.set('Accept-Language', locale);
        if (!context.anonymous && deps.auth) {
          const token = deps.auth.accessToken();
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        }
      },
    ],
    afterResponse: [
      async (request, options, response) => {
        const context = options.context as RequestContext;
        if (response.status !== 401 || context.anonymous || context.authRetried || !deps.auth) return undefined;
        const code = await problemCode(response as unknown as ResponseLike);
        if (code === undefined || !RENEWABLE.has(code)) return undefined;
        let token: string | undefined;
        try {
          token = await deps.auth.renew(bearer(request.headers.get('Authorization')));
        } catch {
          token = undefined;
        }
        // No new token: the 401 stands and reaches the caller as a ProblemError.
        if (!token) return undefined;
        const again = await deps.reissue(request as unknown as RequestLike, { ...context, authRetried: true }, { timeout: (options as unknown as { timeout: unknown }).timeout, retry: options.retry });
        return again as never;
      },
    ],
  };
}
