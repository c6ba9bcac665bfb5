import type { AppContext } from '../app-context.js';
import type { EventTransaction } from '../domain/event-writer.js';
import { insertMessage } from '../domain/messages.js';
import type { Participant } from '../domain/types.js';
import { DEMO_BOT } from './demo.js';
import { BotScript, inputOf, type BotTurn, type Part } from './engine.js';
import type { BotConfig, BotState } from './flow.js';
import { resolveLocale, type Locale } from './locale.js';

/** The bot script in force: the config file's, else the demo bank's; undefined when switched off. */
export function activeBot(app: AppContext): BotConfig | undefined {
  const bot = app.config.bot ?? DEMO_BOT;
  return bot.enabled ? bot : undefined;
}

export const botParticipant = (bot: BotConfig, locale: Locale): Participant => ({ role: 'bot', id: 'bot', displayName: bot.name[locale] });

interface BotConversation { id: string; session_id: string; context: Record<string, string>; topic?: string | null }

export async function sessionLocale(w: EventTransaction, sessionId: string): Promise<Locale> {
  const [row] = await w.tx.query<{ locale: string | null }>('SELECT locale FROM sessions WHERE id = $1', [sessionId]);
  return resolveLocale(row?.locale);
}

/**
 * Writes a bot turn inside the transaction that wrote what caused it (the conversation or the customer's
 * message), so a crash loses both or neither. The caller holds the conversation's row lock.
 */
async function applyTurn(app: AppContext, w: EventTransaction, conversation: BotConversation, author: Participant, turn: BotTurn): Promise<void> {
  for (const parts of turn.replies) await insertMessage(app, w, conversation.id, author, { parts });
  await w.tx.query(
    `INSERT INTO bot_states (conversation_id, state, updated_at) VALUES ($1, $2::jsonb, now())
     ON CONFLICT (conversation_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
    [conversation.id, JSON.stringify(turn.state)],
  );
  if (turn.search) {
    await w.tx.query('INSERT INTO bot_searches (conversation_id, query, faq_id, faq_title) VALUES ($1, $2, $3, $4)', [
      conversation.id, turn.search.query, turn.search.faq?.id ?? null, turn.search.faq?.title ?? null,
    ]);
  }
  if (turn.topic || turn.context) {
    const context = fitContext(conversation.context, turn.context ?? {}, app.config.limits.contextMaxBytes);
    await w.tx.query('UPDATE conversations SET topic = COALESCE($2, topic), context = $3::jsonb WHERE id = $1', [conversation.id, turn.topic ?? null, JSON.stringify(context)]);
  }
}

/** Merges what the bot collected into the context, shortening the question when the whole would pass the byte limit. */
export function fitContext(current: Record<string, string>, added: Record<string, string>, maxBytes: number): Record<string, string> {
  const merged = { ...current, ...added };
  const size = () => Buffer.byteLength(JSON.stringify(merged));
  let question = [...(merged['bot.question'] ?? '')];
  while (size() > maxBytes && question.length) {
    question = question.slice(0, Math.floor(question.length / 2));
    if (question.length) merged['bot.question'] = `${question.join('')}…`;
    else delete merged['bot.question'];
  }
  return size() > maxBytes ? current : merged;
}

/** The greeting, written with the new conversation. */
export async function greetInTransaction(app: AppContext, w: EventTransaction, conversation: BotConversation, bot: BotConfig): Promise<void> {
  const locale = await sessionLocale(w, conversation.session_id);
  await applyTurn(app, w, conversation, botParticipant(bot, locale), new BotScript(bot, locale).greet(conversation.topic ?? undefined));
}

/** The bot's answer to a customer message; only while the conversation is in state `bot`. */
export async function answerInTransaction(app: AppContext, w: EventTransaction, conversation: BotConversation & { state: string; channel: string }, parts: Part[]): Promise<void> {
  const bot = activeBot(app);
  if (!bot || conversation.state !== 'bot' || conversation.channel !== 'chat') return;
  const input = inputOf(parts);
  if (!input) return;
  const [row] = await w.tx.query<{ state: BotState }>('SELECT state FROM bot_states WHERE conversation_id = $1', [conversation.id]);
  const state: BotState = row?.state ?? { step: 'choose_topic' };
  const locale = await sessionLocale(w, conversation.session_id);
  const turn = new BotScript(bot, locale).respond(state, input);
  // Context changed since the row was read only by this transaction (it holds the lock), so re-read it.
  const [fresh] = await w.tx.query<{ context: Record<string, string> }>('SELECT context FROM conversations WHERE id = $1', [conversation.id]);
  await applyTurn(app, w, { ...conversation, context: fresh?.context ?? {} }, botParticipant(bot, locale), turn);
}
