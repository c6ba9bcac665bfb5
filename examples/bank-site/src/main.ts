// The bank site's own script, written the way a bank's web developer would embed Foyer: import the
// launcher's define entry, point it at the engagement API, hand it the bank's identity token, and call
// logout when the customer signs out (a shared computer must keep nothing).
import '@foyer/chat/define/foyer-launcher.js';
import { signedInCustomer, signIn, signOut, identityToken, type BankCustomer } from './bank-session.js';

import type { FoyerLauncher } from '@foyer/chat';

const launcher = document.querySelector<FoyerLauncher>('foyer-launcher');
const languagePicker = document.querySelector<HTMLSelectElement>('#language');
const form = document.querySelector<HTMLFormElement>('#sign-in-form');
const signedInBox = document.querySelector<HTMLElement>('#signed-in');

function applyLanguage(lang: string): void {
  document.documentElement.lang = lang;
  launcher?.setAttribute('lang', lang);
  if (languagePicker) languagePicker.value = lang;
}

const requested = new URLSearchParams(location.search).get('lang');
applyLanguage(requested && ['en', 'zh-CN', 'zh-TW'].includes(requested) ? requested : 'en');
languagePicker?.addEventListener('change', () => applyLanguage(languagePicker.value));

function showCustomer(customer: BankCustomer | undefined): void {
  if (form) form.hidden = customer !== undefined;
  if (signedInBox) signedInBox.hidden = customer === undefined;
  document.querySelector('#customer-name')!.textContent = customer?.name ?? '';
  document.querySelector('#customer-tier')!.textContent = customer?.tier === 'private' ? '(Private Banking)' : '';
}

if (launcher) {
  // A signed-in customer chats as themselves (and a private-banking tier is served first); a guest
  // chats without a token. Set before the first await, so the launcher has it whenever it starts.
  if (document.cookie.split('; ').includes('bank_signed_in=1')) launcher.getIdentityToken = identityToken;
  launcher.setContext({ pageTitle: document.title, pageUrl: location.href });
}
showCustomer(await signedInCustomer());

form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const error = document.querySelector<HTMLElement>('#sign-in-error')!;
  const result = await signIn(String(data.get('username') ?? ''), String(data.get('password') ?? ''));
  if ('error' in result) {
    error.textContent = result.error;
    error.hidden = false;
    return;
  }
  error.hidden = true;
  // Like most bank sites, signing in reloads the page as the signed-in customer.
  location.reload();
});

document.querySelector('#sign-out')?.addEventListener('click', async () => {
  // Shared computers: Foyer ends its session and wipes what it stored before the bank signs out.
  await launcher?.logout();
  await signOut();
  location.reload();
});
