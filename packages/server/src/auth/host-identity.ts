import { createRemoteJWKSet, jwtVerify } from 'jose';
import { Problem } from '../http/problem.js';

export interface Customer { id: string; displayName?: string; tier?: string }

/**
 * Checks the host's identity token (a JWT its own sign-in issued) against the host's JWKS.
 * The customer's id is `sub`; `name` and `tier` are taken when present.
 */
export class HostIdentity {
  private readonly jwks;

  constructor(private readonly options: { jwksUrl: string; issuer?: string; audience?: string }) {
    this.jwks = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 5_000, timeoutDuration: 5_000 });
  }

  async verify(idToken: string): Promise<Customer> {
    try {
      const { payload } = await jwtVerify(idToken, this.jwks, {
        ...(this.options.issuer ? { issuer: this.options.issuer } : {}),
        ...(this.options.audience ? { audience: this.options.audience } : {}),
      });
      if (typeof payload.sub !== 'string' || !payload.sub) throw new Error('no subject');
      return {
        id: payload.sub,
        ...(typeof payload.name === 'string' ? { displayName: payload.name } : {}),
        ...(typeof payload.tier === 'string' ? { tier: payload.tier } : {}),
      };
    } catch {
      throw new Problem('invalid_token', 'the identity token is not valid for this site', { errors: [{ pointer: '/idToken', code: 'invalid_token' }] });
    }
  }
}
