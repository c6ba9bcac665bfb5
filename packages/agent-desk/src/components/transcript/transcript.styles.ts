import { css } from 'lit';

export const transcriptStyles = css`
  :host {
    display: block;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0.5rem;
    display: grid;
    gap: 0.5rem;
  }
  li {
    max-inline-size: 80%;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }
  li.agent {
    justify-self: end;
    background: var(--_agent-bubble);
  }
  li.bot {
    background: var(--_bot-bubble);
  }
  li.system {
    justify-self: center;
    background: none;
    color: var(--_muted);
    font-style: italic;
  }
  .meta {
    font-size: 0.85em;
    color: var(--_muted);
  }
  p,
  ul {
    margin: 0.25rem 0;
  }
  .attachment {
    font-size: 0.9em;
  }
  .attachment button.link {
    padding-inline: 0.25rem;
    border: none;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-align: start;
  }
  .attachment.rejected {
    color: var(--_danger);
  }
  .replies {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .reply {
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
  }
`;
