import { html } from 'lit';
import type { AgentPresenceStatus } from '../../api/types.js';
import { DeskElement, errorMessage } from '../desk-element.js';
import { sharedStyles } from '../shared.styles.js';
import { presenceStyles } from './presence.styles.js';

/**
 * @summary The agent's presence (available / away) as a radio group, with chats in use.
 * @status experimental
 * @since 0.1
 */
export class FoyerDeskPresence extends DeskElement {
  static override properties = { ...DeskElement.properties, error: { state: true }, pending: { state: true } };
  static override styles = [sharedStyles, presenceStyles];

  declare error: string | undefined;
  /** The agent's choice while the server has not answered: shown checked, not reverted by a render. */
  declare pending: AgentPresenceStatus | undefined;

  override render() {
    const presence = this.desk?.presence;
    const status = this.pending ?? presence?.status ?? 'offline';
    return html`
      <fieldset>
        <legend class="visually-hidden">${this.l10n.t('presenceLabel')}</legend>
        ${(['available', 'away'] as const).map(
          (value) => html`<label
            ><input type="radio" name="presence" .value=${value} .checked=${status === value} @change=${() => this.change(value)} /><span
              class="dot ${value}"
              aria-hidden="true"
            ></span
            >${value === 'available' ? this.l10n.t('presenceAvailable') : this.l10n.t('presenceAway')}</label
          >`,
        )}
        ${status === 'offline' ? html`<span class="muted">${this.l10n.t('presenceOffline')}</span>` : ''}
        ${presence ? html`<span class="muted">${this.l10n.t('chatsInUse', presence.activeChats, presence.maxConcurrentChats)}</span>` : ''}
      </fieldset>
      <div role="alert" class="error">${this.error ?? ''}</div>
    `;
  }

  private async change(status: AgentPresenceStatus): Promise<void> {
    this.error = undefined;
    this.pending = status;
    try {
      await this.store?.setPresence(status);
    } catch (error) {
      this.error = errorMessage(this.l10n, error);
    } finally {
      this.pending = undefined;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-desk-presence': FoyerDeskPresence;
  }
}
