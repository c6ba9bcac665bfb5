import { html } from 'lit';
import { DeskElement, errorMessage } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { signInStyles } from './sign-in.styles.js';

/**
 * @summary The agent sign-in form (email and password); errors from problem+json are localised.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskSignIn extends DeskElement {
  static override properties = { ...DeskElement.properties, busy: { state: true }, error: { state: true } };
  static override styles = [sharedStyles, signInStyles];

  declare busy: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.busy = false;
    this.error = undefined;
  }

  override render() {
    const expired = this.desk?.signOutReason === 'expired' && !this.error;
    return html`
      <form @submit=${this.submit} novalidate>
        <h1>${this.l10n.t('signInHeading')}</h1>
        <label>${this.l10n.t('email')}<input name="email" type="email" autocomplete="username" required /></label>
        <label>${this.l10n.t('password')}<input name="password" type="password" autocomplete="current-password" required /></label>
        <div role="alert" class="error">${this.error ?? (expired ? this.l10n.t('errorSessionExpired') : '')}</div>
        <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? this.l10n.t('signingIn') : this.l10n.t('signIn')}</button>
      </form>
    `;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!email || !password) {
      this.error = this.l10n.t('errorRequired');
      return;
    }
    if (!this.store) return;
    this.busy = true;
    this.error = undefined;
    try {
      await this.store.signIn(email, password);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-sign-in': FoyerDeskSignIn;
  }
}
