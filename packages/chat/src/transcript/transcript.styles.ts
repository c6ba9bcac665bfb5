import { css } from 'lit';

export const transcriptStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
  }
  /* The list of messages lays its items out in the log's flow (no inline style: strict CSP). */
  .messages {
    display: contents;
  }
  .log {
    flex: 1;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.75rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .message {
    max-inline-size: 85%;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .message--customer {
    align-self: flex-end;
    align-items: flex-end;
  }
  .bubble {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_bubble-in);
    overflow-wrap: anywhere;
  }
  .message--customer .bubble {
    background: var(--_bubble-out);
    color: var(--_on-bubble-out);
  }
  .message--system {
    align-self: center;
    max-inline-size: 100%;
    font-size: 0.875rem;
  }
  .message--system .bubble {
    background: transparent;
    color: var(--_muted);
  }
  .author,
  .meta {
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .text {
    margin: 0;
    white-space: pre-wrap;
  }
  .markdown > :first-child {
    margin-block-start: 0;
  }
  .markdown > :last-child {
    margin-block-end: 0;
  }
  .markdown a,
  .bubble a {
    color: inherit;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .failed {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    flex-wrap: wrap;
  }
  .typing {
    padding-inline: 0.75rem;
    min-block-size: 1.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
`;
