import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { AppContext } from '../app-context.js';
import type { AgentCaller } from '../auth/signing-keys.js';
import { Problem } from '../http/problem.js';
import type { Database, Queryable } from '../storage/database.js';
import { hashSecret, newId, newSecret } from '../domain/ids.js';
import { takeToken } from '../domain/rate-limit.js';
import { DEFAULT_ROUTING, type RoutingConfig } from '../routing/queues.js';
import { DEMO_AGENTS, type AgentSeed } from './config.js';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/** `scrypt$N$r$p$salt$hash`, with a random salt per account. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem });
  return timingSafeEqual(actual, expected);
}

/** A stable id from the e-mail, so every process seeding the same file agrees. */
export const agentIdOf = (email: string): string => `agt_${createHash('sha256').update(email).digest('base64url').slice(0, 16)}`;

/** A hash to compare against when the e-mail is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | undefined;

/** Creates or updates the seeded accounts; a changed password is re-hashed, an unchanged one kept. */
export async function seedAgents(db: Database, seeds: AgentSeed[] | undefined, defaultMax: number): Promise<void> {
  const accounts = seeds ?? DEMO_AGENTS;
  // An account no longer in the config can no longer sign in, and its sessions end.
  const kept = accounts.map((a) => agentIdOf(a.email));
  await db.query("UPDATE agents SET password_hash = 'disabled', presence = 'offline' WHERE NOT (id = ANY($1::text[]))", [kept]);
  await db.query('UPDATE agent_sessions SET ended_at = now() WHERE ended_at IS NULL AND NOT (agent_id = ANY($1::text[]))', [kept]);
  for (const seed of accounts) {
    const id = agentIdOf(seed.email);
    const [existing] = await db.query<{ password_hash: string }>('SELECT password_hash FROM agents WHERE id = $1', [id]);
    const passwordHash = existing && (await verifyPassword(seed.password, existing.password_hash)) ? existing.password_hash : await hashPassword(seed.password);
    const upsert = () =>
      db.query(
        `INSERT INTO agents (id, email, display_name, password_hash, queues, max_concurrent) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET display_name = EXCLUDED.display_name, password_hash = EXCLUDED.password_hash, queues = EXCLUDED.queues, max_concurrent = EXCLUDED.max_concurrent`,
        [id, seed.email, seed.displayName, passwordHash, JSON.stringify(seed.queues), seed.maxConcurrentChats ?? defaultMax],
      );
    // Two processes starting at once insert the same account: the loser trips the e-mail index (not the
    // conflict target) and, once the winner has committed, takes the update path.
    await upsert().catch((error: { code?: string }) => {
      if (error.code !== '23505') throw error;
      return upsert();
    });
  }
}

export interface AgentRow {
  id: string; email: string; display_name: string; password_hash: string; queues: string[]; max_concurrent: number;
  presence: 'available' | 'away' | 'offline'; presence_since: string | Date; idle_since: string | Date; desk_seen_at: string | Date | null;
}

export const routingOf = (app: AppContext): RoutingConfig => app.config.routing ?? DEFAULT_ROUTING;

/** The agent's queues that exist in the routing config, in config order. */
export function queuesOfAgent(app: AppContext, agent: Pick<AgentRow, 'queues'>) {
  return routingOf(app).queues.filter((q) => agent.queues.includes(q.id));
}

export async function loadAgent(db: Queryable, agentId: string, forUpdate = false): Promise<AgentRow> {
  const [row] = await db.query<AgentRow>(`SELECT * FROM agents WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [agentId]);
  if (!row) throw new Problem('invalid_token', 'the agent account no longer exists');
  return row;
}

const endedAgentSessions = new Map<string, { ended: boolean; checkedAt: number }>();
const CHECK_TTL_MS = 5_000;

const refreshExpiry = (app: AppContext) => new Date(Date.now() + app.config.refreshTokenTtlSeconds * 1000).toISOString();

async function sessionBody(app: AppContext, agent: AgentRow, agentSessionId: string, refreshToken: string) {
  const access = await app.keys.signAgentToken({ agentId: agent.id, agentSessionId }, app.config.accessTokenTtlSeconds);
  return {
    agentId: agent.id,
    displayName: agent.display_name,
    accessToken: access.token,
    refreshToken,
    expiresAt: access.expiresAt,
    queues: queuesOfAgent(app, agent).map((q) => ({ id: q.id, name: q.name })),
    maxConcurrentChats: agent.max_concurrent,
  };
}

/** Sign-in. A wrong e-mail and a wrong password look the same; attempts are limited per account and per address. */
export async function signIn(app: AppContext, input: { email: string; password: string }, clientAddress: string) {
  const email = input.email.trim().toLowerCase();
  await takeToken(app.db, `agent-sign-in:${email}`, 0.2, 10);
  await takeToken(app.db, `agent-sign-in-addr:${clientAddress}`, 1, 30);
  const [agent] = await app.db.query<AgentRow>('SELECT * FROM agents WHERE email = $1', [email]);
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verifyPassword(input.password, agent?.password_hash ?? (await decoyHash));
  if (!agent || !ok) throw new Problem('invalid_credentials', 'the e-mail or password is not right');
  const id = newId();
  const refreshToken = newSecret();
  await app.db.query('INSERT INTO agent_sessions (id, agent_id, refresh_token_hash, refresh_expires_at) VALUES ($1, $2, $3, $4)', [id, agent.id, hashSecret(refreshToken), refreshExpiry(app)]);
  return sessionBody(app, agent, id, refreshToken);
}

/** Rotates the refresh token; a reused one revokes the session. */
export async function refreshAgentSession(app: AppContext, refreshToken: string) {
  const [session] = await app.db.query<{ id: string; agent_id: string; ended_at: string | null; refresh_expires_at: string | Date }>(
    'SELECT id, agent_id, ended_at, refresh_expires_at FROM agent_sessions WHERE refresh_token_hash = $1',
    [hashSecret(refreshToken)],
  );
  if (!session) {
    // A rotated-out token coming back means it leaked or raced: the session is revoked.
    const revoked = await app.db.query<{ id: string }>('UPDATE agent_sessions SET ended_at = coalesce(ended_at, now()) WHERE previous_refresh_token_hash = $1 RETURNING id', [hashSecret(refreshToken)]);
    for (const { id } of revoked) endedAgentSessions.set(id, { ended: true, checkedAt: Date.now() });
    if (revoked.length) throw new Problem('session_expired', 'the refresh token was already used; the session is revoked, sign in again');
    throw new Problem('invalid_token', 'the refresh token is not valid', { errors: [{ pointer: '/refreshToken', code: 'invalid_token' }] });
  }
  if (session.ended_at || new Date(session.refresh_expires_at).getTime() < Date.now()) throw new Problem('session_expired', 'the agent session has ended: sign in again');
  const next = newSecret();
  const rotated = await app.db.query('UPDATE agent_sessions SET refresh_token_hash = $3, refresh_expires_at = $4, previous_refresh_token_hash = $2 WHERE id = $1 AND refresh_token_hash = $2 RETURNING id', [
    session.id, hashSecret(refreshToken), hashSecret(next), refreshExpiry(app),
  ]);
  if (!rotated.length) {
    await app.db.query('UPDATE agent_sessions SET ended_at = now() WHERE id = $1', [session.id]);
    endedAgentSessions.set(session.id, { ended: true, checkedAt: Date.now() });
    throw new Problem('session_expired', 'the refresh token was already used; sign in again');
  }
  return sessionBody(app, await loadAgent(app.db, session.agent_id), session.id, next);
}


/** An agent token is honoured while its session lives (sign-out ends it; other processes notice within 5 s). */
export async function verifyAgent(app: AppContext, token: string): Promise<AgentCaller> {
  const agent = await app.keys.verifyAgentToken(token);
  let entry = endedAgentSessions.get(agent.agentSessionId);
  if (!entry || Date.now() - entry.checkedAt > CHECK_TTL_MS) {
    const [row] = await app.db.query<{ ended_at: string | null }>('SELECT ended_at FROM agent_sessions WHERE id = $1', [agent.agentSessionId]);
    entry = { ended: !row || row.ended_at !== null, checkedAt: Date.now() };
    if (endedAgentSessions.size > 10_000) endedAgentSessions.clear();
    endedAgentSessions.set(agent.agentSessionId, entry);
  }
  if (entry.ended) throw new Problem('session_expired', 'the agent session has ended: sign in again');
  return agent;
}

export async function endAgentSession(app: AppContext, agent: AgentCaller): Promise<void> {
  await app.db.query('UPDATE agent_sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [agent.agentSessionId]);
  endedAgentSessions.set(agent.agentSessionId, { ended: true, checkedAt: Date.now() });
}
