import { describe, expect, it } from 'vitest';
import { renderMarkdown, safeHref } from './markdown.js';

function html(markdown: string): string {
  const div = document.createElement('div');
  div.append(renderMarkdown(markdown));
  return div.innerHTML;
}

describe('safe markdown subset', () => {
  it('renders paragraphs, emphasis, code and line breaks', () => {
    expect(html('Hello **there** and *you*\nnext line\n\n`code` _it_')).toBe(
      '<p>Hello <strong>there</strong> and <em>you</em><br>next line</p><p><code>code</code> <em>it</em></p>',
    );
  });

  it('renders bullet and numbered lists', () => {
    expect(html('Steps:\n1. Open the app\n2. Tap **Cards**\n\n- one\n- two')).toBe(
      '<p>Steps:</p><ol><li>Open the app</li><li>Tap <strong>Cards</strong></li></ol><ul><li>one</li><li>two</li></ul>',
    );
  });

  it('links only http, https, mailto and tel, with rel=noopener', () => {
    expect(html('[Rates](https://bank.example/rates)')).toBe('<p><a href="https://bank.example/rates" rel="noopener noreferrer" target="_blank">Rates</a></p>');
    expect(html('[Call](tel:+85212345678)')).toBe('<p><a href="tel:+85212345678" rel="noopener noreferrer">Call</a></p>');
    expect(html('[x](javascript:alert(1))')).toBe('<p>x)</p>');
    expect(html('[x](data:text/html,hi)')).toBe('<p>x</p>');
    expect(safeHref('/relative')).toBeUndefined();
  });

  it('never turns HTML in the text into elements', () => {
    const div = document.createElement('div');
    div.append(renderMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script> **<b>bold</b>**'));
    expect(div.querySelector('img, script, b')).toBeNull();
    expect(div.textContent).toBe('<img src=x onerror=alert(1)> <script>alert(1)</script> <b>bold</b>');
  });

  it('keeps unknown or unbalanced syntax as text', () => {
    expect(html('2 * 3 = 6 and snake_case_name')).toBe('<p>2 * 3 = 6 and snake_case_name</p>');
    expect(html('# Not a heading')).toBe('<p># Not a heading</p>');
  });
});
