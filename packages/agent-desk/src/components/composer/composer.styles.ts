import { css } from 'lit';

export const composerStyles = css`
  :host {
    display: grid;
    gap: 0.5rem;
    padding: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: end;
  }
  textarea {
    flex: 1;
    min-block-size: 4.5rem;
    resize: vertical;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .panel {
    display: grid;
    gap: 0.5rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  .canned li button {
    inline-size: 100%;
    text-align: start;
  }
`;
