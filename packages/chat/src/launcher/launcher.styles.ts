/** Functional styles of the launcher; appearance through `--foyer-*` tokens and ::part(). */
export const launcherStyles = `
:host {
  --_size: var(--foyer-launcher-size, 3.5rem);
  --_bg: var(--foyer-sys-color-primary, #0b5cad);
  --_fg: var(--foyer-sys-color-on-primary, #fff);
  position: fixed;
  inset-block-end: max(1rem, env(safe-area-inset-bottom));
  inset-inline-end: max(1rem, env(safe-area-inset-right));
  z-index: var(--foyer-launcher-z-index, 2147483000);
  font: var(--foyer-sys-font, 1rem/1.4 system-ui, sans-serif);
}
[part~='button'] {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  min-block-size: max(44px, var(--_size));
  min-inline-size: max(44px, var(--_size));
  padding-inline: 1rem;
  border: 2px solid transparent;
  border-radius: calc(var(--_size) / 2);
  background: var(--_bg);
  color: var(--_fg);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
  box-shadow: 0 4px 12px rgb(0 0 0 / 0.25);
  transition: transform 120ms ease-out;
}
[part~='button']:hover { transform: translateY(-1px); }
[part~='button']:focus-visible { outline: 3px solid var(--foyer-sys-color-focus, #ffbf47); outline-offset: 2px; }
[part~='status'] {
  inline-size: 0.625rem;
  block-size: 0.625rem;
  border-radius: 50%;
  background: var(--foyer-sys-color-success, #2e8540);
  border: 1px solid var(--_fg);
}
[part~='status'][data-available='false'] { background: var(--foyer-sys-color-neutral, #8a8a8a); }
[part~='status'][hidden], [part~='badge'][hidden] { display: none; }
[part~='badge'] {
  min-inline-size: 1.25rem;
  padding-inline: 0.375rem;
  border-radius: 0.625rem;
  background: var(--foyer-sys-color-danger, #b00020);
  color: #fff;
  font-size: 0.75rem;
  line-height: 1.25rem;
  text-align: center;
}
svg { inline-size: 1.5rem; block-size: 1.5rem; fill: currentColor; }
[part~='invitation'] {
  position: absolute;
  inset-block-end: calc(100% + 0.75rem);
  inset-inline-end: 0;
  box-sizing: border-box;
  inline-size: max-content;
  max-inline-size: min(20rem, calc(100vw - 2rem));
  display: grid;
  grid-template-columns: 1fr auto;
  align-items: center;
  gap: 0.25rem 0.5rem;
  padding: 0.5rem;
  padding-inline-start: 1rem;
  background: var(--foyer-sys-color-surface, #fff);
  color: var(--foyer-sys-color-on-surface, #1b1b1f);
  border: 1px solid var(--foyer-sys-color-border, #8f9099);
  border-radius: var(--foyer-sys-radius, 0.75rem);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  animation: foyer-invitation-in 200ms ease-out;
}
[part~='invitation'][hidden] { display: none; }
[part~='invitation-message'] { margin: 0; grid-area: 1 / 1; }
[part~='invitation'] button {
  min-block-size: 44px;
  min-inline-size: 44px;
  border: 2px solid transparent;
  border-radius: 22px;
  font: inherit;
  cursor: pointer;
}
[part~='invitation'] button:focus-visible { outline: 3px solid var(--foyer-sys-color-focus, #ffbf47); outline-offset: 2px; }
[part~='invitation-accept'] { grid-area: 2 / 1 / 3 / 3; justify-self: start; padding-inline: 1rem; background: var(--_bg); color: var(--_fg); font-weight: 600; }
[part~='invitation-close'] { grid-area: 1 / 2; display: grid; place-items: center; padding: 0; background: transparent; color: inherit; }
.announcer { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@keyframes foyer-invitation-in { from { opacity: 0; transform: translateY(0.5rem); } }
@media (prefers-reduced-motion: reduce) {
  [part~='button'] { transition: none; }
  [part~='button']:hover { transform: none; }
  [part~='invitation'] { animation: none; }
}
@media (forced-colors: active) {
  [part~='button'] { border-color: ButtonText; background: ButtonFace; color: ButtonText; forced-color-adjust: none; }
  [part~='status'], [part~='badge'] { forced-color-adjust: auto; border: 1px solid CanvasText; }
  [part~='invitation'] { border-color: CanvasText; background: Canvas; color: CanvasText; }
  [part~='invitation'] button { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
}
`;
