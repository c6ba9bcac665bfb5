import { css } from 'lit';

export const chatStyles = css`
  :host {
    position: fixed;
    inset-block-end: calc(max(1rem, env(safe-area-inset-bottom)) + 4.5rem);
    inset-inline-end: max(1rem, env(safe-area-inset-right));
    inline-size: min(var(--foyer-chat-width, 24rem), calc(100vw - 2rem));
    block-size: min(var(--foyer-chat-height, 40rem), calc(100dvh - 7rem));
    display: flex;
    flex-direction: column;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.28);
    font: var(--foyer-sys-font, 1rem/1.4 system-ui, sans-serif);
    overflow: hidden;
    z-index: var(--foyer-chat-z-index, 2147483001);
  }
  :host([hidden]) {
    display: none;
  }
  :host([inline]) {
    position: relative;
    inset: auto;
    inline-size: 100%;
    block-size: var(--foyer-chat-height, 40rem);
    box-shadow: none;
  }
  /* Small screens: full screen, sized to the visual viewport so the keyboard never hides the composer. */
  @media (max-width: 480px) {
    :host(:not([inline])) {
      inset: 0;
      inset-block-start: var(--_vv-top, 0px);
      inline-size: 100%;
      block-size: var(--_vv-height, 100dvh);
      border-radius: 0;
      border: 0;
      padding-inline: env(safe-area-inset-left) env(safe-area-inset-right);
      padding-block-start: env(safe-area-inset-top);
    }
  }
  header {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.25rem 0.5rem;
    padding-inline-start: 1rem;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  header h2 {
    flex: 1;
    margin: 0;
    font-size: 1rem;
  }
  header button {
    background: transparent;
    color: inherit;
    border-color: transparent;
  }
  header button:focus-visible {
    outline-color: var(--_on-primary);
  }
  .banner {
    padding: 0.5rem 1rem;
    background: var(--foyer-chat-banner-background, #fff4ce);
    color: #3d2c00;
    font-size: 0.875rem;
  }
  foyer-transcript {
    flex: 1;
  }
  .pane {
    margin: 0;
    padding: 0.75rem 1rem;
    border-block-start: 1px solid var(--_border);
    display: grid;
    gap: 0.5rem;
    max-block-size: 60%;
    overflow-y: auto;
  }
  .pane p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    :host {
      border: 1px solid CanvasText;
    }
    header {
      border-block-end: 1px solid CanvasText;
    }
  }
`;
