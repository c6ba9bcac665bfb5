import { css } from 'lit';

/** Styles only the panes use (end confirmation, callback form, survey); they load with the panes, not on open. */
export const panesStyles = css`
  .pane h2 {
    margin: 0;
    font-size: 1rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .confirm {
    border-block-end: 1px solid var(--_border);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
  }
  .check input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .rating {
    display: flex;
    gap: 0.25rem;
  }
  .star {
    position: relative;
    display: inline-flex;
  }
  .star input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
  }
  .star span[aria-hidden] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 44px;
    min-block-size: 44px;
    border: 1px solid var(--_primary);
    border-radius: 50%;
    color: var(--_primary);
  }
  .star input:checked + span {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .star input:focus-visible + span {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .star input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
