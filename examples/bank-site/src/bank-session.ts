// The bank's sign-in, backed by the demo identity provider on the same origin (server/identity-provider.mjs).
export interface BankCustomer { id: string; name: string; tier: string; username: string }

export async function signedInCustomer(): Promise<BankCustomer | undefined> {
  const response = await fetch('/idp/me', { credentials: 'same-origin' });
  return response.ok ? ((await response.json()) as BankCustomer) : undefined;
}

export async function signIn(username: string, password: string): Promise<{ customer: BankCustomer } | { error: string }> {
  const response = await fetch('/idp/sign-in', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.ok) return { customer: (await response.json()) as BankCustomer };
  const problem = (await response.json().catch(() => ({}))) as { detail?: string };
  return { error: problem.detail ?? 'Signing in did not work. Try again.' };
}

export async function signOut(): Promise<void> {
  await fetch('/idp/sign-out', { method: 'POST', credentials: 'same-origin' });
}

/** What the launcher calls for a fresh identity token of the signed-in customer. */
export async function identityToken(): Promise<string> {
  const response = await fetch('/idp/token', { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the bank did not issue an identity token (${response.status})`);
  return ((await response.json()) as { idToken: string }).idToken;
}
