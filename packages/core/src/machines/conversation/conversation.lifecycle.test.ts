import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { conversationMachine, escalationActorOf, SERVER_END_GRACE_MS } from './conversation.machine.js';
import { createConversationActor, persistConversation } from './conversation.persistence.js';
import { agent, context, conversation, customer, queue, server, startAt as startAtWith, stateChanged, survey, value, type StartAt, type fakes } from './conversation.fixtures.js';
import type { SubmitSurveyInput } from './conversation.types.js';

const flush = () => vi.advanceTimersByTimeAsync(0);
const startAt = (at: StartAt, options?: Parameters<typeof fakes>[0]) => startAtWith(flush, at, options);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('conversation: idle timeout', () => {
  it('warns after the quiet time (fallback), and ACTIVITY tells the server, clears the warning and restarts the clock', async () => {
    const { actor, activity } = await startAt('connected');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    await vi.advanceTimersByTimeAsync(1);
    expect(value(actor)).toEqual({ live: { connected: 'warning' } });
    expect(context(actor).idleWarning).toBe(true);
    actor.send({ type: 'ACTIVITY' });
    expect(value(actor)).toEqual({ live: { connected: 'answering' } });
    expect(context(actor).idleWarning).toBe(false);
    // More activity while the report is on its way does not send it again.
    actor.send({ type: 'ACTIVITY' });
    await flush();
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    expect(activity.calls).toEqual([{ conversationId: 'conv-1' }]);
    await vi.advanceTimersByTimeAsync(40_000);
    actor.send({ type: 'ACTIVITY' });
    await vi.advanceTimersByTimeAsync(40_000);
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    // Activity without a warning is reported by the composer's typing, not by the machine.
    expect(activity.calls).toHaveLength(1);
  });

  it('shows the warning again when "still here" did not reach the server', async () => {
    const { actor, activity } = await startAt('connected', { activity: [new Error('offline'), undefined] });
    actor.send(server('participant.auto_disconnect_warning', { participant: customer, secondsRemaining: 120 }));
    actor.send({ type: 'ACTIVITY' });
    await flush();
    expect(value(actor)).toEqual({ live: { connected: 'warning' } });
    expect(context(actor)).toMatchObject({ idleWarning: true, error: 'offline' });
    actor.send({ type: 'ACTIVITY' });
    await flush();
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    expect(context(actor).error).toBeUndefined();
    expect(activity.calls).toHaveLength(2);
  });

  it('ends the conversation as idle_timeout when its own warning runs out', async () => {
    const { actor, end } = await startAt('connected');
    await vi.advanceTimersByTimeAsync(60_000 + 29_999);
    expect(value(actor)).toEqual({ live: { connected: 'warning' } });
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(end.calls).toEqual([{ conversationId: 'conv-1', note: 'idle_timeout' }]);
    expect(value(actor)).toBe('ended');
    expect(context(actor)).toMatchObject({ endReason: 'idle_timeout', idleWarning: false });
  });

  it("honours the server's warning for the customer; the server's end comes first, the machine ends only after a grace", async () => {
    const { actor, end } = await startAt('connected');
    actor.send(server('participant.auto_disconnect_warning', { participant: agent, secondsRemaining: 5 }));
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    actor.send(server('participant.auto_disconnect_warning', { participant: customer, secondsRemaining: 10 }));
    expect(value(actor)).toEqual({ live: { connected: 'warning' } });
    expect(context(actor)).toMatchObject({ idleWarning: true, secondsRemaining: 10, serverIdle: true });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(value(actor)).toEqual({ live: { connected: 'warning' } });
    actor.send(server('conversation.ended', { reason: 'idle_timeout' }));
    expect(value(actor)).toBe('ended');
    expect(context(actor).endReason).toBe('idle_timeout');
    expect(end.calls).toEqual([]);
  });

  it('ends from here when the server’s end never arrives (the stream is down) after countdown plus grace', async () => {
    const { actor, end } = await startAt('connected');
    actor.send(server('participant.auto_disconnect_warning', { participant: customer, secondsRemaining: 10 }));
    await vi.advanceTimersByTimeAsync(10_000 + SERVER_END_GRACE_MS - 1);
    expect(value(actor)).toEqual({ live: { connected: 'warning' } });
    await vi.advanceTimersByTimeAsync(1);
    await flush();
    expect(end.calls).toEqual([{ conversationId: 'conv-1', note: 'idle_timeout' }]);
    expect(context(actor).endReason).toBe('idle_timeout');
  });

  it('stops its own timer once the server has warned, so the customer is never warned twice', async () => {
    const { actor } = await startAt('connected');
    actor.send(server('participant.auto_disconnect_warning', { participant: customer, secondsRemaining: 120 }));
    actor.send({ type: 'ACTIVITY' });
    await flush();
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    expect(context(actor).idleWarning).toBe(false);
    actor.send(server('participant.auto_disconnect_warning', { participant: customer, secondsRemaining: 120 }));
    expect(value(actor)).toEqual({ live: { connected: 'warning' } });
  });

  it('does not count idle time while on hold', async () => {
    const { actor } = await startAt('on_hold');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(value(actor)).toEqual({ live: 'on_hold' });
  });
});

describe('conversation: survey', () => {
  it('a survey offered before the end opens once it ends; SUBMIT_SURVEY sends the answers', async () => {
    const { actor, submit } = await startAt('connected');
    actor.send(server('survey.offered', { survey }));
    expect(value(actor)).toEqual({ live: { connected: 'active' } });
    actor.send(server('conversation.ended', { reason: 'agent' }));
    expect(value(actor)).toBe('survey');
    actor.send({ type: 'SUBMIT_SURVEY', answers: [{ questionId: 'q1', value: 5 }] });
    expect(value(actor)).toBe('submittingSurvey');
    await flush();
    expect(submit.calls).toEqual([{ conversationId: 'conv-1', surveyId: 'survey-1', answers: [{ questionId: 'q1', value: 5 }] } satisfies SubmitSurveyInput]);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('a survey offered after the end opens it; SKIP_SURVEY finishes', async () => {
    const { actor } = await startAt('connected');
    actor.send(server('conversation.ended', { reason: 'agent' }));
    actor.send(server('survey.offered', { survey }));
    expect(value(actor)).toBe('survey');
    actor.send({ type: 'SKIP_SURVEY' });
    expect(value(actor)).toBe('done');
  });

  it('without a survey, SKIP_SURVEY closes the ended conversation', async () => {
    const { actor } = await startAt('connected');
    actor.send(server('conversation.ended', { reason: 'agent' }));
    actor.send({ type: 'SKIP_SURVEY' });
    expect(value(actor)).toBe('done');
  });

  it('a failed submit waits in surveyFailed; RETRY submits again, SKIP_SURVEY gives up', async () => {
    const retried = await startAt('connected', { survey: [new Error('500'), {}] });
    retried.actor.send(server('survey.offered', { survey }));
    retried.actor.send(server('conversation.ended', { reason: 'agent' }));
    retried.actor.send({ type: 'SUBMIT_SURVEY', answers: [] });
    await flush();
    expect(value(retried.actor)).toBe('surveyFailed');
    retried.actor.send({ type: 'RETRY' });
    await flush();
    expect(value(retried.actor)).toBe('done');
    const skipped = await startAt('connected', { survey: [new Error('500')] });
    skipped.actor.send(server('survey.offered', { survey }));
    skipped.actor.send(server('conversation.ended', { reason: 'agent' }));
    skipped.actor.send({ type: 'SUBMIT_SURVEY', answers: [] });
    await flush();
    skipped.actor.send({ type: 'SKIP_SURVEY' });
    expect(value(skipped.actor)).toBe('done');
  });
});

describe('conversation: persistence', () => {
  it('a rehydrated actor continues in the same state with the same context, idle clock restarted', async () => {
    const { actor, machine } = await startAt('connected');
    actor.send(server('queue.updated', queue));
    const stored = JSON.parse(JSON.stringify(persistConversation(actor)));
    actor.stop();
    const resumed = await createConversationActor({ machine, snapshot: stored });
    expect(value(resumed)).toEqual({ live: { connected: 'active' } });
    expect(context(resumed)).toMatchObject({ conversationId: 'conv-1', queue, agent, topic: 'card lost', idleWarningMs: 60_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(value(resumed)).toEqual({ live: { connected: 'warning' } });
    resumed.send(stateChanged('on_hold', 'connected'));
    expect(value(resumed)).toEqual({ live: 'on_hold' });
  });

  it('an escalation in progress resumes with its child where it was', async () => {
    const { actor, machine } = await startAt('bot');
    actor.send({ type: 'REQUEST_HUMAN' });
    await flush();
    escalationActorOf(actor)!.send({ type: 'CHOOSE_MESSAGE' });
    const resumed = await createConversationActor({ machine, snapshot: JSON.parse(JSON.stringify(persistConversation(actor))) });
    expect(value(resumed)).toEqual({ live: { escalating: 'offering' } });
    expect(escalationActorOf(resumed)!.getSnapshot().value).toEqual({ message: 'form' });
  });

  it("a resumed escalation stays on the server's `bot` and follows any other state", async () => {
    const { actor, machine } = await startAt('bot');
    actor.send({ type: 'REQUEST_HUMAN' });
    await flush();
    escalationActorOf(actor)!.send({ type: 'CHOOSE_MESSAGE' });
    const resumed = await createConversationActor({ machine, snapshot: JSON.parse(JSON.stringify(persistConversation(actor))) });
    resumed.send({ type: 'SYNC', conversation: { ...conversation, state: 'bot' } });
    expect(value(resumed)).toEqual({ live: { escalating: 'offering' } });
    expect(escalationActorOf(resumed)!.getSnapshot().value).toEqual({ message: 'form' });
    resumed.send({ type: 'SYNC', conversation: { ...conversation, state: 'queued' } });
    expect(value(resumed)).toEqual({ live: 'queued' });
  });

  it('a queued conversation resumes queued and keeps taking queue updates', async () => {
    const { actor, machine } = await startAt('queued');
    actor.send(server('queue.updated', queue));
    const resumed = await createConversationActor({ machine, snapshot: JSON.parse(JSON.stringify(persistConversation(actor))) });
    expect(value(resumed)).toEqual({ live: 'queued' });
    expect(context(resumed).queue).toEqual(queue);
    resumed.send(server('queue.updated', { ...queue, position: 1 }));
    expect(context(resumed).queue?.position).toBe(1);
  });

  it('without a snapshot it creates a fresh actor from input', async () => {
    const actor = await createConversationActor({ input: { topic: 'loan' } });
    expect(value(actor)).toBe('idle');
    expect(context(actor)).toMatchObject({ topic: 'loan', idleWarningMs: 15 * 60_000, idleTimeoutMs: 2 * 60_000, idleWarning: false });
  });
});

describe('conversation: default actors', () => {
  it('say which implementation is missing', async () => {
    const actor = createActor(conversationMachine(), { input: {} }).start();
    actor.send({ type: 'START' });
    await flush();
    expect(value(actor)).toBe('startFailed');
    expect(context(actor).error).toMatch(/createConversation is not provided/);
  });
});
