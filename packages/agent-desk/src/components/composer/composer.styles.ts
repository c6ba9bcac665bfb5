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
  /* The file input is visually hidden inside its label, which takes the shared button look. */
  label.attach {
    display: inline-flex;
    align-items: center;
  }
  label.attach:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  label.attach.disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .uploads li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .uploads progress {
    inline-size: 8rem;
  }
  .canned li button {
    inline-size: 100%;
    text-align: start;
  }
`;
