import type { AppContext } from '../app-context.js';
import { Problem, type FieldError } from '../http/problem.js';
import type { Queryable } from '../storage/database.js';
import { loadOwnConversation, customerOf } from './conversations.js';
import { withEvents, type EventTransaction } from './event-writer.js';
import { newId } from './ids.js';
import type { Caller } from './types.js';

/** The post-chat survey: one CSAT question (1-5, required) and an optional comment. Ids are stable. */
export const COMMENT_MAX_CODE_POINTS = 2000;
const QUESTIONS = [
  { id: 'csat', type: 'csat', prompt: 'How satisfied are you with this conversation?', required: true },
  { id: 'comment', type: 'free_text', prompt: 'Anything you would like to add?', required: false, maxLength: COMMENT_MAX_CODE_POINTS },
] as const;
const TITLE = 'How did we do?';

export interface SurveyAnswer { questionId: string; value: number | boolean | string }
interface SurveyRow { id: string; conversation_id: string; answers: SurveyAnswer[] | null; submitted_at: string | Date | null }

const iso = (v: string | Date) => new Date(v).toISOString();

function toSurvey(row: SurveyRow) {
  return { id: row.id, conversationId: row.conversation_id, status: row.submitted_at ? 'completed' : 'offered', title: TITLE, questions: QUESTIONS.map((q) => ({ ...q })) };
}

function toResponse(row: SurveyRow) {
  return { surveyId: row.id, answers: row.answers ?? [], submittedAt: iso(row.submitted_at!) };
}

/** Offers the survey inside the transaction that ends a chat conversation. */
export async function offerSurveyInTransaction(w: EventTransaction, conversationId: string): Promise<void> {
  const [row] = await w.tx.query<SurveyRow>(
    'INSERT INTO surveys (id, conversation_id) VALUES ($1, $2) ON CONFLICT (conversation_id) DO NOTHING RETURNING id, conversation_id, answers, submitted_at',
    [newId(), conversationId],
  );
  if (row) await w.append(conversationId, 'survey.offered', { survey: toSurvey(row) }, { role: 'system', id: 'surveys' });
}

async function loadSurvey(db: Queryable, conversationId: string, forUpdate = false): Promise<SurveyRow> {
  const [row] = await db.query<SurveyRow>(`SELECT id, conversation_id, answers, submitted_at FROM surveys WHERE conversation_id = $1${forUpdate ? ' FOR UPDATE' : ''}`, [conversationId]);
  // The contract: `404` when no survey was offered (e.g. the conversation has not ended yet).
  if (!row) throw new Problem('not_found', 'no survey has been offered for this conversation (it is offered when a chat ends)');
  return row;
}

export async function getSurvey(app: AppContext, caller: Caller, conversationId: string) {
  const conversation = await loadOwnConversation(app.db, caller, conversationId);
  return toSurvey(await loadSurvey(app.db, conversation.id));
}

/** Checks the answers against the survey; returns them in question order. */
export function validateAnswers(answers: SurveyAnswer[]): SurveyAnswer[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, SurveyAnswer>();
  answers.forEach((a, i) => {
    const question = QUESTIONS.find((q) => q.id === a.questionId);
    if (!question) errors.push({ pointer: `/answers/${i}/questionId`, code: 'enum', detail: `unknown question; expected one of ${QUESTIONS.map((q) => q.id).join(', ')}` });
    else if (seen.has(a.questionId)) errors.push({ pointer: `/answers/${i}/questionId`, code: 'duplicate', detail: 'the question is answered more than once' });
    else if (question.type === 'csat' && !(typeof a.value === 'number' && Number.isInteger(a.value) && a.value >= 1 && a.value <= 5)) {
      errors.push({ pointer: `/answers/${i}/value`, code: typeof a.value === 'number' ? (a.value < 1 ? 'minimum' : 'maximum') : 'type', detail: 'csat is an integer from 1 to 5' });
    } else if (question.type === 'free_text' && typeof a.value !== 'string') {
      errors.push({ pointer: `/answers/${i}/value`, code: 'type', detail: 'comment is a string' });
    } else if (question.type === 'free_text' && [...(a.value as string)].length > COMMENT_MAX_CODE_POINTS) {
      errors.push({ pointer: `/answers/${i}/value`, code: 'maxLength', detail: `comment is at most ${COMMENT_MAX_CODE_POINTS} code points` });
    }
    seen.set(a.questionId, a);
  });
  for (const q of QUESTIONS) if (q.required && !seen.has(q.id)) errors.push({ pointer: '/answers', code: 'required', detail: `question ${q.id} must be answered` });
  if (errors.length) throw new Problem('invalid_request', errors.map((e) => `${e.pointer} ${e.detail ?? e.code}`).join('; '), { errors });
  return QUESTIONS.flatMap((q) => (seen.has(q.id) ? [{ questionId: q.id, value: seen.get(q.id)!.value }] : []));
}

/** Stores the first response (201, `survey.completed`); later submissions get the stored one (200). */
export async function submitSurveyResponse(app: AppContext, caller: Caller, conversationId: string, input: { surveyId: string; answers: SurveyAnswer[] }) {
  return withEvents(app, async (w) => {
    const conversation = await loadOwnConversation(w.tx, caller, conversationId, true);
    const survey = await loadSurvey(w.tx, conversation.id, true);
    if (input.surveyId !== survey.id) throw new Problem('not_found', 'no such survey for this conversation', { errors: [{ pointer: '/surveyId', code: 'not_found' }] });
    if (survey.submitted_at) return { status: 200, body: toResponse(survey) };
    const answers = validateAnswers(input.answers);
    const [stored] = await w.tx.query<SurveyRow>(
      'UPDATE surveys SET answers = $2::jsonb, submitted_at = now() WHERE id = $1 RETURNING id, conversation_id, answers, submitted_at',
      [survey.id, JSON.stringify(answers)],
    );
    await w.append(conversation.id, 'survey.completed', { surveyId: survey.id }, customerOf(caller));
    return { status: 201, body: toResponse(stored!) };
  });
}
