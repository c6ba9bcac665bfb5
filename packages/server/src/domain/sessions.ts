import type { AppContext } from '../app-context.js';
import { Problem } from '../http/problem.js';
import type { Customer } from '../auth/host-identity.js';
import type { Queryable } from '../storage/database.js';
import { endConversationsOfSession } from './conversations.js';
import { hashSecret, newId, newSecret, nowIso } from './ids.js';
import type { Caller } from './types.js';
import { attachmentsOf } from '../attachments/config.js';

export const API_REVISION = '2026-11-23';

interface SessionRow { id: string; kind: 'guest' | 'customer'; customer: Customer | null; ended_at: string | null; refresh_expires_at: string | Date }

/** The session as the contract returns it: tokens, what the server can do, and its limits. */
async function sessionBody(app: AppContext, row: { id: string; kind: 'guest' | 'customer'; customer: Customer | null }, secrets: { refreshToken: string; resumeToken: string }) {
  const caller: Caller = { sessionId: row.id, kind: row.kind, ...(row.customer ? { customerId: row.customer.id } : {}) };
  const access = await app.keys.signAccessToken(caller, app.config.accessTokenTtlSeconds);
  const { limits, rateLimits } = app.config;
  const attachments = attachmentsOf(app.config);
  return {
    sessionId: row.id,
    kind: row.kind,
    accessToken: access.token,
    refreshToken: secrets.refreshToken,
    resumeToken: secrets.resumeToken,
    expiresAt: access.expiresAt,
    ...(row.customer ? { customer: row.customer } : {}),
    capabilities: {
      apiRevision: API_REVISION,
      features: { chat: true, resume: true, typing: true, readReceipts: true, customerSessions: Boolean(app.hostIdentity), attachments: attachments.enabled, markdown: true, escalation: true, callbacks: true, calls: false, knowledge: false, surveys: true, portal: false },
    },
    limits: {
      text: { maxCodePoints: limits.textMaxCodePoints },
      context: { maxBytes: limits.contextMaxBytes },
      attachments: attachments.enabled
        ? { maxBytes: attachments.maxBytes, maxPerMessage: attachments.maxPerMessage, allowedMimeTypes: attachments.allowedMimeTypes, blockedExtensions: attachments.blockedExtensions }
        : { maxBytes: 0, maxPerMessage: 0, allowedMimeTypes: [], blockedExtensions: [] },
      rateLimits: { messagesPerSecond: rateLimits.messagesPerSecond, messagesBurst: rateLimits.messagesBurst },
    },
  };
}

const refreshExpiry = (app: AppContext) => new Date(Date.now() + app.config.refreshTokenTtlSeconds * 1000).toISOString();

async function verifyIdentity(app: AppContext, idToken: string | undefined): Promise<Customer> {
  if (!idToken) throw new Problem('invalid_request', 'a customer session needs the host identity token', { errors: [{ pointer: '/idToken', code: 'required', detail: 'is required for kind customer' }] });
  if (!app.hostIdentity) throw new Problem('not_implemented', 'this server has no host identity provider configured (--host-jwks-url)');
  return app.hostIdentity.verify(idToken);
}

export interface CreateSessionInput { kind: 'guest' | 'customer'; idToken?: string; resumeToken?: string; locale?: string; deviceId?: string }

/** Creates a session, or resumes the one a resume token names (201 new, 200 resumed). */
export async function createSession(app: AppContext, input: CreateSessionInput): Promise<{ status: number; body: unknown }> {
  const customer = input.kind === 'customer' ? await verifyIdentity(app, input.idToken) : null;
  if (input.resumeToken) {
    const [row] = await app.db.query<SessionRow>('SELECT id, kind, customer, ended_at, refresh_expires_at FROM sessions WHERE resume_token_hash = $1', [hashSecret(input.resumeToken)]);
    if (row && !row.ended_at) {
      if (row.kind === 'customer' && !customer) throw new Problem('downgrade_not_allowed', 'a customer session cannot be resumed as a guest');
      if (row.kind === 'customer' && customer && row.customer?.id !== customer.id) throw new Problem('forbidden', 'the session belongs to another customer');
      const refreshToken = newSecret();
      const kind = customer ? 'customer' : row.kind;
      await app.db.query('UPDATE sessions SET refresh_token_hash = $2, refresh_expires_at = $3, kind = $4, customer = $5 WHERE id = $1', [row.id, hashSecret(refreshToken), refreshExpiry(app), kind, JSON.stringify(customer ?? row.customer)]);
      return { status: 200, body: await sessionBody(app, { id: row.id, kind, customer: customer ?? row.customer }, { refreshToken, resumeToken: input.resumeToken }) };
    }
  }
  const id = newId();
  const refreshToken = newSecret();
  const resumeToken = newSecret();
  await app.db.query(
    'INSERT INTO sessions (id, kind, customer, locale, device_id, resume_token_hash, refresh_token_hash, refresh_expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [id, input.kind, customer ? JSON.stringify(customer) : null, input.locale ?? null, input.deviceId ?? null, hashSecret(resumeToken), hashSecret(refreshToken), refreshExpiry(app)],
  );
  return { status: 201, body: await sessionBody(app, { id, kind: input.kind, customer }, { refreshToken, resumeToken }) };
}

export async function refreshSession(app: AppContext, refreshToken: string): Promise<unknown> {
  const [row] = await app.db.query<SessionRow>('SELECT id, kind, customer, ended_at, refresh_expires_at FROM sessions WHERE refresh_token_hash = $1', [hashSecret(refreshToken)]);
  if (!row) throw new Problem('invalid_token', 'the refresh token is not valid', { errors: [{ pointer: '/refreshToken', code: 'invalid_token' }] });
  if (row.ended_at || new Date(row.refresh_expires_at).getTime() < Date.now()) throw new Problem('session_expired', 'the session has ended: start a new one');
  // Both are rotated: a used refresh token stops working, and only hashes are kept.
  const next = { refreshToken: newSecret(), resumeToken: newSecret() };
  const rotated = await app.db.query(
    'UPDATE sessions SET refresh_token_hash = $3, refresh_expires_at = $4, resume_token_hash = $5 WHERE id = $1 AND refresh_token_hash = $2 RETURNING id',
    [row.id, hashSecret(refreshToken), hashSecret(next.refreshToken), refreshExpiry(app), hashSecret(next.resumeToken)],
  );
  if (!rotated.length) throw new Problem('invalid_token', 'the refresh token was already used', { errors: [{ pointer: '/refreshToken', code: 'invalid_token' }] });
  return sessionBody(app, row, next);
}

/** Guest to customer, keeping the session and so its conversations. */
export async function upgradeSession(app: AppContext, caller: Caller, idToken: string): Promise<unknown> {
  const customer = await verifyIdentity(app, idToken);
  const [row] = await app.db.query<SessionRow>('SELECT id, kind, customer, ended_at, refresh_expires_at FROM sessions WHERE id = $1', [caller.sessionId]);
  if (!row || row.ended_at) throw new Problem('session_expired', 'the session has ended');
  if (row.kind === 'customer' && row.customer?.id !== customer.id) throw new Problem('forbidden', 'the session belongs to another customer');
  const refreshToken = newSecret();
  const resumeToken = newSecret();
  await app.db.query(
    "UPDATE sessions SET kind = 'customer', customer = $2, refresh_token_hash = $3, refresh_expires_at = $4, resume_token_hash = $5 WHERE id = $1",
    [row.id, JSON.stringify(customer), hashSecret(refreshToken), refreshExpiry(app), hashSecret(resumeToken)],
  );
  return sessionBody(app, { id: row.id, kind: 'customer', customer }, { refreshToken, resumeToken });
}

/**
 * Logout (a shared computer): ends the session and its open chats (secure-message threads stay), its
 * tokens stop working, and its streams get `session.expired` and close.
 */
export async function endSession(app: AppContext, caller: Caller): Promise<void> {
  await endConversationsOfSession(app, caller.sessionId, 'customer');
  await app.db.query('UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [caller.sessionId]);
  endedSessions.set(caller.sessionId, { ended: true, checkedAt: Date.now() });
  const event = { id: newId(), type: 'session.expired', occurredAt: nowIso(), ephemeral: true, data: { reason: 'logout' } };
  await app.fanout.ephemeral([`s:${caller.sessionId}`], JSON.stringify(event));
}

const endedSessions = new Map<string, { ended: boolean; checkedAt: number }>();
const SESSION_CHECK_TTL_MS = 5_000;

/** Whether the session was logged out; cached briefly, so another process notices within 5 s. */
export async function assertSessionLive(db: Queryable, sessionId: string): Promise<void> {
  let entry = endedSessions.get(sessionId);
  if (!entry || Date.now() - entry.checkedAt > SESSION_CHECK_TTL_MS) {
    const [row] = await db.query<{ ended_at: string | null }>('SELECT ended_at FROM sessions WHERE id = $1', [sessionId]);
    entry = { ended: !row || row.ended_at !== null, checkedAt: Date.now() };
    if (endedSessions.size > 100_000) endedSessions.clear();
    endedSessions.set(sessionId, entry);
  }
  if (entry.ended) throw new Problem('session_expired', 'the session has ended: start a new one');
}
