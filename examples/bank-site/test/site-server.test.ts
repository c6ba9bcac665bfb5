import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from '@foyer/server/testing';
import { startSiteServer } from '../server/site-server.mjs';

let site: Awaited<ReturnType<typeof startSiteServer>>;
const dataDir = mkdtempSync(join(tmpdir(), 'bank-site-'));

beforeAll(async () => {
  const siteDir = join(dataDir, 'site');
  mkdirSync(join(siteDir, 'loans'), { recursive: true });
  writeFileSync(join(siteDir, 'index.html'), '<foyer-launcher base-url="%FOYER_API%"></foyer-launcher>');
  writeFileSync(join(siteDir, 'loans', 'index.html'), '<h1>Loans</h1>');
  writeFileSync(join(dataDir, 'secret.txt'), 'not for the web');
  site = await startSiteServer({ port: 0, siteDir, dataDir: join(dataDir, 'idp'), foyerUrl: 'http://127.0.0.1:9999' });
});
afterAll(() => site.close());

async function signIn(username: string, password: string) {
  return fetch(`${site.url}/idp/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
}

describe('the bank site server', () => {
  it('serves pages with the engagement API filled in, under a strict CSP', async () => {
    const response = await fetch(`${site.url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<foyer-launcher base-url="http://127.0.0.1:9999"></foyer-launcher>');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:9999");
    expect(csp).not.toContain('unsafe');
    expect((await fetch(`${site.url}/loans/`)).status).toBe(200);
  });

  it('refuses paths outside the site and answers unknown ones with problem+json', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/nothing-here']) {
      const response = await fetch(`${site.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await fetch(`${site.url}/`, { method: 'DELETE' })).status).toBe(405);
  });

  it('signs a demo customer in and issues identity tokens its JWKS verifies', async () => {
    const response = await signIn('mei', 'demo');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: 'cust-2001', name: 'Mei Lin', tier: 'private', username: 'mei' });
    const [session, signedIn] = response.headers.getSetCookie();
    expect(session).toMatch(/^bank_session=.+; HttpOnly; SameSite=Lax$/);
    expect(signedIn).toBe('bank_signed_in=1; Path=/; SameSite=Lax');
    const cookie = session!.split(';')[0]!;

    const me = await fetch(`${site.url}/idp/me`, { headers: { cookie } });
    expect((await me.json()).name).toBe('Mei Lin');
    const token = await fetch(`${site.url}/idp/token`, { method: 'POST', headers: { cookie } });
    expect(token.headers.get('cache-control')).toBe('no-store');
    const { idToken, expiresIn } = await token.json();
    expect(expiresIn).toBe(300);
    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(`${site.url}/idp/jwks.json`)), { issuer: `${site.url}/idp`, audience: 'foyer-demo' });
    expect(payload).toMatchObject({ sub: 'cust-2001', name: 'Mei Lin', tier: 'private' });

    await fetch(`${site.url}/idp/sign-out`, { method: 'POST', headers: { cookie } });
    expect((await fetch(`${site.url}/idp/token`, { method: 'POST', headers: { cookie } })).status).toBe(401);
  });

  it('answers bad sign-ins with a clear problem', async () => {
    const wrong = await signIn('mei', 'nope');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ code: 'wrong_credentials', status: 401 });
    const malformed = await fetch(`${site.url}/idp/sign-in`, { method: 'POST', body: '{"username":' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).code).toBe('invalid_json');
    const missing = await fetch(`${site.url}/idp/sign-in`, { method: 'POST', body: '{"username":"mei"}' });
    expect((await missing.json()).code).toBe('invalid_request');
    const tooLarge = await fetch(`${site.url}/idp/sign-in`, { method: 'POST', body: JSON.stringify({ username: 'x'.repeat(5000), password: 'p' }) });
    expect(tooLarge.status).toBe(413);
  });
});

describe('foyer-server trusting the bank identity provider', () => {
  let foyer: ServerProcess;
  beforeAll(async () => {
    foyer = await spawnServer({ args: ['--host-jwks-url', `${site.url}/idp/jwks.json`, '--host-issuer', `${site.url}/idp`, '--host-audience', 'foyer-demo'] });
  }, 90_000);
  afterAll(() => foyer?.stop());

  it('turns a signed-in customer into a customer session carrying the tier', async () => {
    const cookie = (await signIn('mei', 'demo')).headers.getSetCookie()[0]!.split(';')[0]!;
    const { idToken } = await (await fetch(`${site.url}/idp/token`, { method: 'POST', headers: { cookie } })).json();
    const session = await fetch(`${foyer.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'customer', idToken }),
    });
    expect(session.status).toBe(201);
    expect((await session.json()).customer).toMatchObject({ id: 'cust-2001', displayName: 'Mei Lin', tier: 'private' });
  });
});
