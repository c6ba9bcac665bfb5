/** The nearest `lang` on the element or its ancestors, crossing shadow roots, then `<html>` (no Lit needed). */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const value = found?.getAttribute('lang');
    if (value) return value;
    const root = (found ?? node).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.getAttribute('lang') ?? '';
}

/** `zh-Hant`, `zh-HK`, `zh-TW` → Traditional; other `zh` → Simplified; everything else English. */
export function launcherLocale(lang: string): 'en' | 'zh-CN' | 'zh-TW' {
  const tag = lang.toLowerCase();
  if (!tag.startsWith('zh')) return 'en';
  return /^zh-(hant|tw|hk|mo)/.test(tag) ? 'zh-TW' : 'zh-CN';
}
