import { css } from 'lit';

export const historyStyles = css`
  :host {
    display: grid;
    gap: 1rem;
    padding: 1rem;
    align-content: start;
    justify-items: start;
  }
  ul {
    justify-self: stretch;
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: 0.5rem;
  }
`;
