// A small identity provider standing in for the bank's own sign-in: a cookie session on the bank site,
// short-lived RS256 identity tokens for the signed-in customer, and the public keys as a JWKS, which
// foyer-server checks tokens against (--host-jwks-url). The signing key is kept in the data directory so
// tokens stay verifiable across restarts.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT } from 'jose';
import { demoCustomers } from './demo-customers.mjs';

const TOKEN_TTL_SECONDS = 300;
const SESSION_COOKIE = 'bank_session';
// Readable by the page's script, so it knows at once (before any request) whether to chat as a customer.
const SIGNED_IN_COOKIE = 'bank_signed_in';

/** @param {{ dataDir: string, issuer: string, audience: string }} options */
export async function createIdentityProvider({ dataDir, issuer, audience }) {
  const { privateKey, publicJwk } = await loadOrCreateKey(dataDir);
  /** @type {Map<string, typeof demoCustomers[number]>} */
  const sessions = new Map();

  const customerOf = (cookieHeader) => {
    const sid = parseCookies(cookieHeader)[SESSION_COOKIE];
    return sid ? sessions.get(sid) : undefined;
  };

  return {
    issuer,
    audience,
    jwks: () => ({ keys: [publicJwk] }),

    /** @returns {{ cookies: string[], customer: object } | undefined} */
    signIn(username, password) {
      const customer = demoCustomers.find((c) => c.username === String(username).trim().toLowerCase());
      if (!customer || !sameSecret(String(password), customer.password)) return undefined;
      const sid = randomBytes(24).toString('base64url');
      sessions.set(sid, customer);
      return {
        cookies: [`${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax`, `${SIGNED_IN_COOKIE}=1; Path=/; SameSite=Lax`],
        customer: publicView(customer),
      };
    },

    signOut(cookieHeader) {
      const sid = parseCookies(cookieHeader)[SESSION_COOKIE];
      if (sid) sessions.delete(sid);
      return [`${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`, `${SIGNED_IN_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0`];
    },

    currentCustomer(cookieHeader) {
      const customer = customerOf(cookieHeader);
      return customer ? publicView(customer) : undefined;
    },

    /** A fresh identity token for the signed-in customer, or undefined when nobody is signed in. */
    async tokenFor(cookieHeader) {
      const customer = customerOf(cookieHeader);
      if (!customer) return undefined;
      const idToken = await new SignJWT({ name: customer.name, tier: customer.tier })
        .setProtectedHeader({ alg: 'RS256', kid: publicJwk.kid })
        .setSubject(customer.id)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${TOKEN_TTL_SECONDS}s`)
        .sign(privateKey);
      return { idToken, expiresIn: TOKEN_TTL_SECONDS };
    },
  };
}

const publicView = ({ id, name, tier, username }) => ({ id, name, tier, username });

function sameSecret(given, expected) {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookies(header = '') {
  return Object.fromEntries(
    header.split(';').map((pair) => pair.trim().split('=')).filter(([name, value]) => name && value !== undefined),
  );
}

async function loadOrCreateKey(dataDir) {
  const file = join(dataDir, 'idp-signing-key.json');
  let privateJwk;
  try {
    privateJwk = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    privateJwk = await exportJWK(privateKey);
    privateJwk.kid = await calculateJwkThumbprint(privateJwk);
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { kty, n, e, kid } = privateJwk;
  return {
    privateKey: await importJWK(privateJwk, 'RS256'),
    publicJwk: { kty, n, e, kid, alg: 'RS256', use: 'sig' },
  };
}
