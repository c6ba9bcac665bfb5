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
@media (prefers-reduced-motion: reduce) { [part~='button'] { transition: none; } [part~='button']:hover { transform: none; } }
@media (forced-colors: active) {
  [part~='button'] { border-color: ButtonText; background: ButtonFace; color: ButtonText; forced-color-adjust: none; }
  [part~='status'], [part~='badge'] { forced-color-adjust: auto; border: 1px solid CanvasText; }
}
`;
