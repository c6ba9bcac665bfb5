import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Database } from '../storage/database.js';
import { Problem } from '../http/problem.js';
import type { Caller } from '../domain/types.js';

const ISSUER = 'foyer-server';
const AUDIENCE = 'foyer-engagement';
/** Agent tokens have their own audience and kind, so neither kind of token passes for the other. */
const AGENT_AUDIENCE = 'foyer-agent-desk';

export interface AgentCaller { agentId: string; agentSessionId: string }

/**
 * HS256 keys kept in the database, so that every server process on one database signs and accepts
 * the same tokens. The oldest key signs; any stored key verifies (a new process may add one while
 * another starts: both are then valid).
 */
export class SigningKeys {
  private keys = new Map<string, Uint8Array>();
  private signingKid = '';

  constructor(private readonly db: Database) {}

  async load(): Promise<void> {
    await this.db.query('INSERT INTO signing_keys (kid, secret) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM signing_keys)', [
      `k${Date.now().toString(36)}`,
      randomBytes(32).toString('base64url'),
    ]);
    await this.reload();
  }

  private async reload(): Promise<void> {
    const rows = await this.db.query<{ kid: string; secret: string }>('SELECT kid, secret FROM signing_keys ORDER BY created_at, kid');
    this.keys = new Map(rows.map((r) => [r.kid, Buffer.from(r.secret, 'base64url')]));
    this.signingKid = rows[0]!.kid;
  }

  async signAccessToken(caller: Caller, ttlSeconds: number): Promise<{ token: string; expiresAt: string }> {
    const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
    const token = await new SignJWT({ kind: caller.kind, ...(caller.customerId ? { cid: caller.customerId } : {}) })
      .setProtectedHeader({ alg: 'HS256', kid: this.signingKid, typ: 'at+jwt' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(caller.sessionId)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(this.keys.get(this.signingKid)!);
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }

  async signAgentToken(agent: AgentCaller, ttlSeconds: number): Promise<{ token: string; expiresAt: string }> {
    const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
    const token = await new SignJWT({ kind: 'agent', sid: agent.agentSessionId })
      .setProtectedHeader({ alg: 'HS256', kid: this.signingKid, typ: 'at+jwt' })
      .setIssuer(ISSUER)
      .setAudience(AGENT_AUDIENCE)
      .setSubject(agent.agentId)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(this.keys.get(this.signingKid)!);
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** Verifies an agent access token; customer tokens fail here (`invalid_token`). */
  async verifyAgentToken(token: string): Promise<AgentCaller> {
    const payload = await this.verifyJwt(token, AGENT_AUDIENCE);
    if (typeof payload.sub !== 'string' || payload.kind !== 'agent' || typeof payload.sid !== 'string') throw new Problem('invalid_token', 'this is not an agent access token');
    return { agentId: payload.sub, agentSessionId: payload.sid };
  }

  private readonly verified = new Map<string, { caller: Caller; expMs: number }>();

  /** Verifies an access token; 401 `session_expired` when it expired, `invalid_token` otherwise. */
  async verifyAccessToken(token: string): Promise<Caller> {
    // The HMAC check costs more than a map lookup on every request; expiry is still honoured.
    const hit = this.verified.get(token);
    if (hit && hit.expMs > Date.now()) return hit.caller;
    if (hit) this.verified.delete(token);
    const caller = await this.verifyUncached(token);
    if (this.verified.size >= 50_000) this.verified.clear();
    this.verified.set(token, caller);
    return caller.caller;
  }

  private async verifyJwt(token: string, audience: string) {
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const kid = header.kid ?? '';
          if (!this.keys.has(kid)) await this.reload();
          const key = this.keys.get(kid);
          if (!key) throw new Problem('invalid_token', 'the token was not signed by this service');
          return key;
        },
        { issuer: ISSUER, audience, algorithms: ['HS256'], typ: 'at+jwt' },
      );
      return payload;
    } catch (error) {
      if (error instanceof Problem) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new Problem('session_expired', 'the access token has expired: refresh it');
      throw new Problem('invalid_token', 'the access token is not valid');
    }
  }

  private async verifyUncached(token: string): Promise<{ caller: Caller; expMs: number }> {
    const payload = await this.verifyJwt(token, AUDIENCE);
    if (typeof payload.sub !== 'string' || (payload.kind !== 'guest' && payload.kind !== 'customer')) throw new Problem('invalid_token', 'the token lacks its claims');
    return {
      caller: { sessionId: payload.sub, kind: payload.kind, ...(typeof payload.cid === 'string' ? { customerId: payload.cid } : {}) },
      expMs: (payload.exp ?? 0) * 1000,
    };
  }
}
