import { css } from 'lit';

export const contextPanelStyles = css`
  :host {
    display: block;
    padding: 0.75rem;
    overflow: auto;
  }
  section {
    margin-block-end: 1rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  details summary {
    display: list-item;
    padding-block: 0.6rem;
    min-block-size: 44px;
    cursor: pointer;
  }
`;
