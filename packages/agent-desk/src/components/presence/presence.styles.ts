import { css } from 'lit';

export const presenceStyles = css`
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-block-size: 44px;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  label:has(input:checked) {
    background: var(--_surface-alt);
    font-weight: 600;
  }
  input {
    min-block-size: auto;
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
  .dot {
    inline-size: 0.7rem;
    block-size: 0.7rem;
    border-radius: 50%;
  }
  .available {
    background: var(--_available);
  }
  .away {
    background: var(--_away);
  }
`;
