import { adoptStyles, type CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds styles to a rendered element's shadow root, after its static styles, once: styles that load
 * with a lazy chunk. Where constructable style sheets are missing, Lit's fallback appends a <style>.
 */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  const present = added.get(root) ?? new Set<CSSResult>();
  if (present.has(styles)) return;
  added.set(root, present.add(styles));
  const sheet = styles.styleSheet;
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [styles]);
}
