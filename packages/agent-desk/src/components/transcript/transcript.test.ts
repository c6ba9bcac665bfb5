import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import '../../define-all.js';
import { message } from '../../testing/desk-mock.fixtures.js';
import { textOf } from '../../testing/harness.fixtures.js';
import type { Message } from '../../api/types.js';

async function show(messages: Message[], lang = 'en') {
  render(html`<foyer-desk-transcript lang=${lang} .messages=${messages}></foyer-desk-transcript>`, document.body);
  const el = document.body.querySelector('foyer-desk-transcript')!;
  await el.updateComplete;
  return el;
}

describe('<foyer-desk-transcript>', () => {
  it('labels authors by role and shows attachments with size and check status', async () => {
    const withFile: Message = {
      ...message('c', 3, 'customer', 'Here is my statement', 'Mei Chen'),
      attachments: [
        { id: 'a1', name: 'statement.pdf', mimeType: 'application/pdf', sizeBytes: 250_000, status: 'available' },
        { id: 'a2', name: 'virus.exe', mimeType: 'application/octet-stream', sizeBytes: 3_500_000, status: 'rejected' },
      ],
    };
    const el = await show([message('c', 1, 'bot', 'Hello'), message('c', 2, 'system', 'You are now talking to an agent'), withFile, message('c', 4, 'agent', 'Thanks')]);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.className)).toEqual(['bot', 'system', 'customer', 'agent']);
    expect(textOf(items[0]!)).toMatch(/^Bot /);
    expect(textOf(items[1]!)).toMatch(/^System /);
    expect(textOf(items[2]!)).toContain('Attachment: statement.pdf (244 kB, checked)');
    expect(textOf(items[2]!)).toContain('Attachment: virus.exe (3.3 MB, rejected by the check)');
    expect(textOf(items[3]!)).toMatch(/^Agent /);
  });

  it('renders quick replies, cards and selections as text, in zh-CN', async () => {
    const rich: Message = {
      ...message('c', 5, 'bot', 'x'),
      parts: [
        { type: 'quick_replies', prompt: 'Which card?', replies: [{ id: 'r1', label: 'Debit' }, { id: 'r2', label: 'Credit' }] },
        { type: 'card', card: { title: 'Gold card', subtitle: 'No annual fee' } },
      ],
    };
    const chosen: Message = { ...message('c', 6, 'customer', 'x'), parts: [{ type: 'quick_reply_selection', replyId: 'r2', text: 'Credit' }] };
    const el = await show([rich, chosen], 'zh-CN');
    const text = textOf(el);
    expect(text).toContain('Which card?');
    expect(text).toContain('Debit');
    expect(text).toContain('卡片：Gold card');
    expect(text).toContain('No annual fee');
    expect(text).toContain('机器人');
    expect(text).toContain('Credit');
  });
});
