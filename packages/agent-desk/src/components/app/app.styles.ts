import { css } from 'lit';

export const appStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr);
    block-size: 100%;
    background: var(--_surface);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1rem;
    border-block-end: 1px solid var(--_border);
  }
  header h1 {
    font-size: 1.15rem;
    margin: 0;
    margin-inline-end: auto;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.5rem 1rem;
    margin: 0;
    list-style: none;
    border-block-end: 1px solid var(--_border);
  }
  nav button[aria-current='page'] {
    background: var(--_surface-alt);
    font-weight: 600;
    border-width: 2px;
  }
  main {
    min-block-size: 0;
    overflow: auto;
  }
  .ended {
    text-decoration: line-through;
  }
  main.signed-out {
    grid-row: 1 / -1;
  }
`;
