import { ConfigError } from '../routing/queues.js';

/** An agent account from the config file's `agents` section (the password is hashed at start-up). */
export interface AgentSeed { email: string; displayName: string; password: string; queues: string[]; maxConcurrentChats?: number }

export type CannedPart = { type: 'text'; text: string } | { type: 'quick_replies'; prompt?: string; replies: { id: string; label: string; value?: string }[] };
export interface CannedResponse { id: string; title: string; shortcut?: string; locale?: string; parts: CannedPart[] }

/** Without an `agents` section: one demo agent. The password is the documented demo one, never logged. */
export const DEMO_AGENTS: AgentSeed[] = [
  { email: 'agent@demo.bank', displayName: 'Alex (Demo Bank)', password: 'foyer-demo', queues: ['general', 'cards', 'loans'] },
];

const text = (t: string): CannedPart[] => [{ type: 'text', text: t }];

export const DEFAULT_CANNED_RESPONSES: CannedResponse[] = [
  { id: 'greeting', title: 'Greeting', shortcut: '/hi', locale: 'en', parts: text('Hello, thank you for waiting. How can I help you today?') },
  { id: 'one-moment', title: 'One moment', shortcut: '/wait', locale: 'en', parts: text('Thank you, let me check that for you. It will take a moment.') },
  { id: 'card-blocked', title: 'Card blocked', shortcut: '/block', locale: 'en', parts: text('Your card is now blocked. A replacement will arrive within 5 working days.') },
  { id: 'anything-else', title: 'Anything else?', shortcut: '/else', locale: 'en', parts: [{ type: 'quick_replies', prompt: 'Is there anything else I can help you with?', replies: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No, thank you' }] }] },
  { id: 'goodbye', title: 'Goodbye', shortcut: '/bye', locale: 'en', parts: text('Thank you for contacting us. Have a nice day!') },
  { id: 'greeting-zh', title: '问候', shortcut: '/hi', locale: 'zh-CN', parts: text('您好，感谢您的耐心等待。请问有什么可以帮您？') },
  { id: 'one-moment-zh', title: '请稍候', shortcut: '/wait', locale: 'zh-CN', parts: text('谢谢，我帮您查一下，请稍候。') },
  { id: 'goodbye-zh', title: '结束语', shortcut: '/bye', locale: 'zh-CN', parts: text('感谢您的来访，祝您生活愉快！') },
  { id: 'greeting-zh-tw', title: '問候', shortcut: '/hi', locale: 'zh-TW', parts: text('您好，感謝您耐心等候。請問有什麼可以幫您？') },
  { id: 'goodbye-zh-tw', title: '結束語', shortcut: '/bye', locale: 'zh-TW', parts: text('感謝您的來訪，祝您順心！') },
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, path: string): string => {
  if (typeof v !== 'string' || !v.trim()) throw new ConfigError(`${path}: must be a non-empty string`);
  return v;
};

export function parseAgents(v: unknown, path = 'agents'): AgentSeed[] {
  if (!Array.isArray(v) || v.length === 0) throw new ConfigError(`${path}: must be a non-empty array of agent accounts`);
  const seen = new Set<string>();
  return v.map((a, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(a)) throw new ConfigError(`${p}: must be an object`);
    const email = str(a.email, `${p}.email`).trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw new ConfigError(`${p}.email: must be an e-mail address`);
    if (seen.has(email)) throw new ConfigError(`${p}.email: "${email}" is listed twice`);
    seen.add(email);
    const password = str(a.password, `${p}.password`);
    if (password.length < 8) throw new ConfigError(`${p}.password: must have at least 8 characters`);
    if (!Array.isArray(a.queues) || a.queues.length === 0) throw new ConfigError(`${p}.queues: must be a non-empty array of queue ids`);
    const queues = a.queues.map((q, j) => str(q, `${p}.queues[${j}]`));
    const max = a.maxConcurrentChats;
    if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1)) throw new ConfigError(`${p}.maxConcurrentChats: must be a positive integer`);
    return { email, password, queues, displayName: a.displayName === undefined ? email : str(a.displayName, `${p}.displayName`), ...(max !== undefined ? { maxConcurrentChats: max as number } : {}) };
  });
}

export function parseCannedResponses(v: unknown, path = 'cannedResponses'): CannedResponse[] {
  if (!Array.isArray(v)) throw new ConfigError(`${path}: must be an array`);
  return v.map((c, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(c)) throw new ConfigError(`${p}: must be an object`);
    const id = str(c.id, `${p}.id`);
    const title = str(c.title, `${p}.title`);
    let parts: CannedPart[];
    if (typeof c.text === 'string') parts = text(str(c.text, `${p}.text`));
    else if (Array.isArray(c.parts) && c.parts.length > 0) {
      parts = c.parts.map((part, j) => {
        if (!isObject(part) || part.type !== 'text' || typeof part.text !== 'string' || !part.text) throw new ConfigError(`${p}.parts[${j}]: must be {"type":"text","text":"..."}`);
        return { type: 'text', text: part.text };
      });
    } else throw new ConfigError(`${p}: needs "text" or a non-empty "parts"`);
    return { id, title, parts, ...(typeof c.shortcut === 'string' ? { shortcut: c.shortcut } : {}), ...(typeof c.locale === 'string' ? { locale: c.locale } : {}) };
  });
}
