import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

function rendered(source: string): HTMLElement {
  const host = document.createElement('div');
  render(html`${renderMarkdown(source)}`, host);
  return host;
}

describe('markdown subset', () => {
  it('builds paragraphs, lists, emphasis, code and safe links as DOM', () => {
    const host = rendered('Hello **there** and *you*\nsecond `line`\n\n- one\n- [two](https://bank.example/x)');
    expect(host.querySelectorAll('p')).toHaveLength(1);
    expect(host.querySelector('strong')?.textContent).toBe('there');
    expect(host.querySelector('em')?.textContent).toBe('you');
    expect(host.querySelector('code')?.textContent).toBe('line');
    expect([...host.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['one', 'two']);
    const link = host.querySelector('a')!;
    expect(link.href).toBe('https://bank.example/x');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('never turns input into HTML or script links', () => {
    const host = rendered('<img src=x onerror=alert(1)> [click](javascript:alert(1))');
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('a')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(host.textContent).toContain('[click](javascript:alert(1))');
  });
});
