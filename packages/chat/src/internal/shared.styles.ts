import { css } from 'lit';

/** Tokens and controls shared by the panel's elements; logical properties only (RTL works). */
export const sharedStyles = css`
  :host {
    --_primary: var(--foyer-sys-color-primary, #0b5cad);
    --_on-primary: var(--foyer-sys-color-on-primary, #fff);
    --_surface: var(--foyer-sys-color-surface, #fff);
    --_on-surface: var(--foyer-sys-color-on-surface, #1b1b1f);
    --_muted: var(--foyer-sys-color-muted, #595959);
    --_bubble-in: var(--foyer-chat-bubble-incoming, #eef1f5);
    --_bubble-out: var(--foyer-chat-bubble-outgoing, #0b5cad);
    --_on-bubble-out: var(--foyer-chat-on-bubble-outgoing, #fff);
    --_danger: var(--foyer-sys-color-danger, #b00020);
    --_border: var(--foyer-sys-color-border, #c4c7cc);
    --_radius: var(--foyer-sys-radius, 0.75rem);
    --_focus: var(--foyer-sys-color-focus, #1a73e8);
    color: var(--_on-surface);
  }
  /* Dark: sets the public tokens, so the panel's sub-elements (their own shadow roots) inherit them. */
  :host([theme='dark']) {
    --foyer-sys-color-primary: #8ab4f8;
    --foyer-sys-color-on-primary: #0b1a2e;
    --foyer-sys-color-surface: #1f1f23;
    --foyer-sys-color-on-surface: #ececf1;
    --foyer-sys-color-muted: #b4b4bb;
    --foyer-chat-bubble-incoming: #2d2f36;
    --foyer-chat-bubble-outgoing: #8ab4f8;
    --foyer-chat-on-bubble-outgoing: #0b1a2e;
    --foyer-sys-color-danger: #ffb4ab;
    --foyer-sys-color-border: #5c5f66;
    --foyer-sys-color-focus: #ffd54f;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button,
  .chip {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-inline: 0.875rem;
    border-radius: 1.375rem;
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-decoration: none;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button:focus-visible,
  .chip:focus-visible,
  a:focus-visible,
  textarea:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex='0']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input,
  textarea,
  select {
    font: inherit;
    font-size: max(16px, 1rem);
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    padding: 0.5rem 0.75rem;
    min-block-size: 44px;
    box-sizing: border-box;
  }
  .error {
    color: var(--_danger);
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .chip,
    input,
    textarea,
    select {
      border: 1px solid ButtonText;
    }
    button:focus-visible,
    .chip:focus-visible {
      outline-color: Highlight;
    }
  }
`;
