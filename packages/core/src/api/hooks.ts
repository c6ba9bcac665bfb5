/**
 * The hooks of the client's HTTP path (./http.ts): the bearer token, `Accept-Language`,
 * `Idempotency-Key` (from the request's context) and a transparent token refresh on 401.
 */
import { problemFromResponse } from './errors.js';
import type { HttpHooks, HttpRequest, RequestContext } from './http.js';
import type { ResponseLike } from '../platform/web.js';

export type { RequestContext } from './http.js';

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
  /** Sends `request` again through the same HTTP path, with `context`. */
  reissue(request: HttpRequest, context: RequestContext): Promise<ResponseLike>;
}

/** 401 codes that a fresh access token can cure. */
const RENEWABLE = new Set(['session_expired', 'invalid_token']);

const bearer = (header: string | undefined): string | undefined => /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1];

export function createHooks(deps: HookDependencies): HttpHooks {
  return {
    beforeRequest: [
      ({ headers, context }) => {
        if (context.idempotencyKey) headers['idempotency-key'] = context.idempotencyKey;
        const locale = deps.locale?.();
        if (locale && !headers['accept-language']) headers['accept-language'] = locale;
        const token = context.anonymous ? undefined : deps.auth?.accessToken();
        if (token) headers['authorization'] = `Bearer ${token}`;
      },
    ],
    afterResponse: [
      async (request, response) => {
        const { context } = request;
        if (response.status !== 401 || context.anonymous || context.authRetried || !deps.auth) return undefined;
        // A copy: the caller may still read the 401's body when it stands.
        if (!RENEWABLE.has((await problemFromResponse(response.clone())).code)) return undefined;
        let token: string | undefined;
        try {
          token = await deps.auth.renew(bearer(request.headers['authorization']));
        } catch {
          token = undefined;
        }
        // No new token: the 401 stands and reaches the caller as a ProblemError.
        return token ? deps.reissue(request, { ...context, authRetried: true }) : undefined;
      },
    ],
  };
}
