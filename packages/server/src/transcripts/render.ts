import type { Locale } from '../bot/locale.js';
import type { Conversation, Message, Role } from '../domain/types.js';

interface Headings { title: string; conversation: string; started: string; ended: string; topic: string; attachment: string; options: string; downloaded: string; roles: Record<Role, string> }

const HEADINGS: Record<Locale, Headings> = {
  en: { title: 'Conversation transcript', conversation: 'Conversation', started: 'Started', ended: 'Ended', topic: 'Topic', attachment: 'Attachment', options: 'Options', downloaded: 'Downloaded', roles: { customer: 'You', bot: 'Assistant', agent: 'Agent', system: 'System' } },
  'zh-CN': { title: '对话记录', conversation: '对话编号', started: '开始时间', ended: '结束时间', topic: '主题', attachment: '附件', options: '选项', downloaded: '下载时间', roles: { customer: '您', bot: '助手', agent: '客服', system: '系统' } },
  'zh-TW': { title: '對話紀錄', conversation: '對話編號', started: '開始時間', ended: '結束時間', topic: '主題', attachment: '附件', options: '選項', downloaded: '下載時間', roles: { customer: '您', bot: '助理', agent: '客服', system: '系統' } },
};

/** Date, time and zone, so a saved transcript stays unambiguous. */
export const TIME_FORMAT: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' };

export interface TranscriptInput { conversation: Conversation; messages: Message[]; locale: Locale; timeZone: string; now: Date }

type Part = Record<string, unknown>;
interface AttachmentRef { name: string; sizeBytes: number }

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const list = (v: unknown): Part[] => (Array.isArray(v) ? (v as Part[]) : []);
const some = (...lines: string[]) => lines.filter(Boolean);

/** One message part as lines of plain text (no markup: HTML escapes these lines itself). */
function partLines(part: Part, h: Headings): string[] {
  switch (part.type) {
    case 'text': return some(str(part.text));
    case 'markdown': return some(str(part.markdown));
    case 'quick_reply_selection': return some(str(part.text));
    case 'quick_replies': return some(str(part.prompt), `${h.options}: ${list(part.replies).map((r) => str(r.label)).join(' · ')}`);
    case 'card': {
      const card = (part.card ?? {}) as Part;
      return some(str(card.title), str(card.subtitle), str(card.text));
    }
    case 'carousel': return list(part.cards).map((c) => str(c.title));
    case 'time_slots': return some(str(part.prompt), `${h.options}: ${list(part.slots).map((slot) => str(slot.label) || str(slot.start)).join(' · ')}`);
    case 'form': return some(str(part.title), ...list(part.fields).map((f) => `- ${str(f.label)}`));
    case 'form_submission': return Object.entries((part.values ?? {}) as Record<string, string>).map(([k, v]) => `${k}: ${v}`);
    default: return [];
  }
}

const formatSize = (bytes: number, locale: Locale) =>
  bytes < 1024 ? `${new Intl.NumberFormat(locale).format(bytes)} B` : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / (bytes < 1024 * 1024 ? 1 : 1024))} ${bytes < 1024 * 1024 ? 'KB' : 'MB'}`;

interface Entry { author: string; role: Role; time: string; iso: string; lines: string[]; attachments: string[] }

function prepare(input: TranscriptInput) {
  const h = HEADINGS[input.locale];
  const time = new Intl.DateTimeFormat(input.locale, { ...TIME_FORMAT, timeZone: input.timeZone });
  const entries: Entry[] = input.messages.map((m) => ({
    author: m.author.displayName ?? h.roles[m.author.role],
    role: m.author.role,
    time: time.format(new Date(m.createdAt)),
    iso: m.createdAt,
    lines: m.parts.flatMap((p) => partLines(p as Part, h)),
    attachments: (m.attachments as AttachmentRef[]).map((a) => `${a.name} (${formatSize(a.sizeBytes, input.locale)})`),
  }));
  const c = input.conversation;
  const meta: [string, string][] = [
    [h.conversation, c.id],
    ...(c.topic ? [[h.topic, c.topic] as [string, string]] : []),
    [h.started, time.format(new Date(c.createdAt))],
    ...(c.endedAt ? [[h.ended, time.format(new Date(c.endedAt))] as [string, string]] : []),
    [h.downloaded, time.format(input.now)],
  ];
  return { h, entries, meta };
}

export function renderText(input: TranscriptInput): string {
  const { h, entries, meta } = prepare(input);
  const out = [h.title, '='.repeat(Math.max(8, h.title.length)), ...meta.map(([k, v]) => `${k}: ${v}`), ''];
  for (const e of entries) {
    out.push(`[${e.time}] ${e.author}`);
    for (const line of e.lines) out.push(...line.split('\n').map((l) => `  ${l}`));
    for (const a of e.attachments) out.push(`  ${h.attachment}: ${a}`);
    out.push('');
  }
  return out.join('\n');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const paragraph = (line: string) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`;

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:46rem;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.4rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;color:#555}dd{margin:0}
ol{list-style:none;padding:0}li{margin:0 0 1rem;padding:.6rem .9rem;border-radius:.6rem;background:#f3f4f6}
li.role-customer{background:#e8f0fe;margin-inline-start:3rem}.meta{font-size:.85rem;color:#555}.author{font-weight:600;color:#1a1a1a}
p{margin:.3rem 0;white-space:pre-wrap}ul.attachments{margin:.3rem 0 0;padding-inline-start:1.2rem}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}li{background:#222}li.role-customer{background:#1e2a44}.meta,dl{color:#aaa}.author{color:#eee}}`;

/** A self-contained page: inline styles, no scripts, a CSP that forbids anything else, every text escaped. */
export function renderHtml(input: TranscriptInput): string {
  const { h, entries, meta } = prepare(input);
  const items = entries.map(
    (e) => `<li class="role-${e.role}"><div class="meta"><span class="author">${escapeHtml(e.author)}</span> · <time datetime="${escapeHtml(e.iso)}">${escapeHtml(e.time)}</time></div>
${e.lines.map(paragraph).join('\n')}${e.attachments.length ? `\n<ul class="attachments">${e.attachments.map((a) => `<li>${escapeHtml(h.attachment)}: ${escapeHtml(a)}</li>`).join('')}</ul>` : ''}</li>`,
  );
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(h.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(h.title)}</h1>
<dl>${meta.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
<ol>
${items.join('\n')}
</ol>
</body>
</html>
`;
}
