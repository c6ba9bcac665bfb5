import type { PropertyValues } from 'lit';
import { ActorSelectorController, FoyerElement } from '@foyer/core/lit';
import { DeskLocalizeController } from '../localize/desk-localize.js';
import type { DeskState } from '../state/desk-state.js';
import type { DeskStore } from '../state/desk-store.js';

/**
 * Base of the desk's elements: a `store` property (set by the parent), the whole DeskState read
 * through core's selector controller (states are immutable, so identity tells a change) and the
 * desk's localisation.
 */
export class DeskElement extends FoyerElement {
  static override properties = { store: { attribute: false } };

  /** The desk's store, passed down from `<foyer-desk-app>`. */
  declare store: DeskStore | undefined;

  protected readonly l10n = new DeskLocalizeController(this);
  private readonly selected = new ActorSelectorController<DeskState, DeskState>(this, undefined, (state) => state);

  /** The current desk state; undefined until a store is set. */
  protected get desk(): DeskState | undefined {
    return this.selected.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store')) this.selected.setActor(this.store);
  }
}

/** A localised message for an error of a desk action (problem+json code, or no connection). */
export function errorMessage(l10n: DeskLocalizeController, error: unknown): string {
  const e = error as { kind?: string; code?: string; retryAfterSeconds?: number };
  if (e.kind === 'network' || e.kind === 'timeout') return l10n.t('errorNetwork');
  switch (e.code) {
    case 'invalid_credentials':
      return l10n.t('errorInvalidCredentials');
    case 'rate_limited':
      return l10n.t('errorRateLimited', e.retryAfterSeconds ?? 30);
    case 'session_expired':
    case 'invalid_token':
      return l10n.t('errorSessionExpired');
    case 'offer_not_available':
      return l10n.t('errorOfferGone');
    case 'agent_at_capacity':
      return l10n.t('errorAtCapacity');
    case 'conversation_ended':
      return l10n.t('errorConversationEnded');
    case 'callback_closed':
      return l10n.t('errorCallbackClosed');
    case 'attachment_too_large':
      return l10n.t('errorAttachmentTooLarge');
    case 'attachment_type_blocked':
      return l10n.t('errorAttachmentType');
    case 'attachment_rejected':
      return l10n.t('errorAttachmentRejected');
    case 'message_too_long':
    case 'payload_too_large':
      return l10n.t('errorMessageTooLong');
    default:
      return l10n.t('errorGeneric', e.code ?? 'unknown');
  }
}
