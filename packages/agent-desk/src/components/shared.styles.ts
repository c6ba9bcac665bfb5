import { css } from 'lit';

/**
 * Functional styles shared by the desk's elements. Tokens: `--foyer-desk-sys-*` (system tier, set
 * by a theme) with private `--_*` locals; colours meet WCAG 2.2 AA on the default surface, light or
 * dark (`prefers-color-scheme`). A theme that sets a system token sets it for both schemes.
 */
export const sharedStyles = css`
  :host {
    --_fg: var(--foyer-desk-sys-color-on-surface, #1b1f24);
    --_muted: var(--foyer-desk-sys-color-on-surface-muted, #4a5360);
    --_surface: var(--foyer-desk-sys-color-surface, #ffffff);
    --_surface-alt: var(--foyer-desk-sys-color-surface-alt, #f2f4f7);
    --_border: var(--foyer-desk-sys-color-outline, #8a94a3);
    --_primary: var(--foyer-desk-sys-color-primary, #0b57d0);
    --_on-primary: var(--foyer-desk-sys-color-on-primary, #ffffff);
    --_danger: var(--foyer-desk-sys-color-danger, #b3261e);
    --_on-danger: var(--foyer-desk-sys-color-on-danger, #ffffff);
    --_focus: var(--foyer-desk-sys-color-focus, #0b57d0);
    --_agent-bubble: var(--foyer-desk-sys-color-agent-bubble, #e3ecfb);
    --_bot-bubble: var(--foyer-desk-sys-color-bot-bubble, #eef3ea);
    --_available: var(--foyer-desk-sys-color-available, #1e7d32);
    --_away: var(--foyer-desk-sys-color-away, #a15c00);
    --_radius: var(--foyer-desk-sys-radius, 8px);
    color-scheme: light;
    color: var(--_fg);
    font-family: var(--foyer-desk-sys-font-family, system-ui, sans-serif);
    font-size: var(--foyer-desk-sys-font-size, 1rem);
    line-height: 1.4;
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--foyer-desk-sys-color-on-surface, #e6e9ee);
      --_muted: var(--foyer-desk-sys-color-on-surface-muted, #aab3bf);
      --_surface: var(--foyer-desk-sys-color-surface, #16191d);
      --_surface-alt: var(--foyer-desk-sys-color-surface-alt, #262b33);
      --_border: var(--foyer-desk-sys-color-outline, #7d8796);
      --_primary: var(--foyer-desk-sys-color-primary, #8ab4f8);
      --_on-primary: var(--foyer-desk-sys-color-on-primary, #0b1d3a);
      --_danger: var(--foyer-desk-sys-color-danger, #f2b8b5);
      --_on-danger: var(--foyer-desk-sys-color-on-danger, #3b0a08);
      --_focus: var(--foyer-desk-sys-color-focus, #8ab4f8);
      --_agent-bubble: var(--foyer-desk-sys-color-agent-bubble, #1f3150);
      --_bot-bubble: var(--foyer-desk-sys-color-bot-bubble, #22301f);
      --_available: var(--foyer-desk-sys-color-available, #57c26b);
      --_away: var(--foyer-desk-sys-color-away, #f0a742);
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  /* label.attach wraps a visually hidden file input and looks like a button. */
  button,
  label.attach {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button.danger {
    color: var(--_danger);
    border-color: var(--_danger);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    min-block-size: 44px;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
  h2,
  h3 {
    margin-block: 0 0.5rem;
    font-size: 1.1rem;
  }
  h3 {
    font-size: 1rem;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .status {
    display: inline-block;
    padding-inline: 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    font-size: 0.85em;
  }
  .badge {
    display: inline-block;
    min-inline-size: 1.5em;
    padding-inline: 0.4em;
    border-radius: 1em;
    background: var(--_danger);
    color: var(--_on-danger);
    font-size: 0.85em;
    text-align: center;
  }
  @media (forced-colors: active) {
    button.primary {
      border: 2px solid ButtonText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
