import { css } from 'lit';

export const signInStyles = css`
  :host {
    display: grid;
    place-items: center;
    min-block-size: 100%;
    padding: 1rem;
  }
  form {
    display: grid;
    gap: 0.75rem;
    inline-size: min(100%, 24rem);
    padding: 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  h1 {
    font-size: 1.3rem;
    margin: 0;
  }
`;
