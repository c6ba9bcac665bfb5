import type { FoyerInvitationDetail } from '../events/events.js';
import type { LauncherStrings } from './launcher.strings.js';

const CLOSE_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12 19 17.6 17.6 19 12 13.4 6.4 19 5 17.6 10.6 12 5 6.4z"/></svg>';

export interface InvitationHandlers {
  accept(): void;
  /** The customer closed it (close button or Escape). */
  close(): void;
}

/**
 * The invitation bubble next to the launcher button: non-modal, never focused by itself, announced
 * through a polite live region that exists before anything is announced.
 */
export class InvitationBubble {
  private readonly element: HTMLElement;
  private readonly announcer: HTMLElement;
  private shownValue?: FoyerInvitationDetail;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) this.handlers.close();
  };

  constructor(
    root: ShadowRoot,
    private readonly handlers: InvitationHandlers,
  ) {
    const element = document.createElement('div');
    element.setAttribute('part', 'invitation');
    // A labelled landmark: content outside landmarks fails axe's `region` rule on the host page.
    element.setAttribute('role', 'complementary');
    element.hidden = true;
    element.innerHTML = `<p part="invitation-message"></p><button type="button" part="invitation-accept"></button><button type="button" part="invitation-close">${CLOSE_ICON}</button>`;
    element.querySelector('[part="invitation-accept"]')!.addEventListener('click', () => handlers.accept());
    element.querySelector('[part="invitation-close"]')!.addEventListener('click', () => handlers.close());
    const announcer = document.createElement('div');
    announcer.className = 'announcer';
    announcer.setAttribute('role', 'status');
    // After the launcher button: `querySelector('button')` still finds it, and the bubble follows it in Tab order.
    root.append(announcer, element);
    this.element = element;
    this.announcer = announcer;
  }

  /** The invitation showing, if any. */
  get shown(): FoyerInvitationDetail | undefined {
    return this.shownValue;
  }

  show(invitation: FoyerInvitationDetail, t: LauncherStrings): void {
    this.shownValue = invitation;
    this.render(t);
    this.element.hidden = false;
    this.announcer.textContent = t.invitationAnnouncement(invitation.message);
    // Escape anywhere dismisses it, as content that appears by itself should (WCAG 1.4.13); nothing is prevented.
    document.addEventListener('keydown', this.onKey);
  }

  hide(): FoyerInvitationDetail | undefined {
    const was = this.shownValue;
    this.shownValue = undefined;
    this.element.hidden = true;
    this.announcer.textContent = '';
    document.removeEventListener('keydown', this.onKey);
    return was;
  }

  render(t: LauncherStrings): void {
    const invitation = this.shownValue;
    if (!invitation) return;
    this.element.setAttribute('aria-label', t.invitation);
    this.element.querySelector('[part="invitation-message"]')!.textContent = invitation.message;
    this.element.querySelector('[part="invitation-accept"]')!.textContent = t.invitationAccept;
    this.element.querySelector('[part="invitation-close"]')!.setAttribute('aria-label', t.invitationDismiss);
  }
}
