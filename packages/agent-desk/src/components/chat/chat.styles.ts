import { css } from 'lit';

export const chatStyles = css`
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    block-size: 100%;
    min-block-size: 0;
  }
  @media (max-width: 50rem) {
    :host {
      grid-template-columns: 1fr;
    }
  }
  .main {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto auto;
    min-block-size: 0;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  header h2 {
    flex: 1;
    margin: 0;
  }
  .scroll {
    overflow: auto;
  }
  .typing,
  .ended {
    padding-inline: 0.75rem;
    min-block-size: 1.5rem;
  }
  foyer-desk-context-panel {
    border-inline-start: 1px solid var(--_border);
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-inline-size: min(32rem, 95vw);
  }
  dialog form {
    display: grid;
    gap: 0.75rem;
  }
  dialog label {
    display: grid;
    gap: 0.25rem;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    justify-content: end;
  }
`;
