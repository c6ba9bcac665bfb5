import { css } from 'lit';

export const queueStyles = css`
  :host {
    display: grid;
    gap: 1.5rem;
    padding: 1rem;
  }
  section {
    display: grid;
    gap: 0.5rem;
  }
  .offer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .offer .who {
    flex: 1 1 12rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0.5rem 0;
    border-block-end: 1px solid var(--_surface-alt);
  }
  .name {
    font-weight: 600;
  }
`;
