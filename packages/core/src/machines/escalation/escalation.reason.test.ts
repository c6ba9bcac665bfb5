import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { DEFAULT_MAX_WAIT_SECONDS, escalationMachine, escalationReason } from './escalation.machine.js';
import type { Availability, EscalationContext, Escalation } from './escalation.types.js';

const base: EscalationContext = {
  maxWaitSeconds: 600,
  messageChannel: 'chat',
  queueRefused: false,
  phone: '',
  consent: false,
  when: { type: 'asap' },
  slots: [],
  messageText: '',
  fieldErrors: [],
};
const with_ = (now: Partial<Availability['now']>, extra: Partial<Availability> = {}): EscalationContext => ({
  ...base,
  availability: { timezone: 'Europe/London', now: { chat: { available: true }, callback: { available: true }, call: { available: false }, ...now }, days: [], ...extra },
});

describe('escalation: why the queue is not (simply) offered', () => {
  it('nothing when chat is open, staffed and within the wait', () => {
    expect(escalationReason(with_({ chat: { available: true, ewtSeconds: 60 } }))).toBeUndefined();
    expect(escalationReason(base)).toBeUndefined();
  });

  it('closed, with the next opening when the availability gives it', () => {
    const closed = { chat: { available: false, reason: 'outside_business_hours' as const } };
    expect(escalationReason(with_(closed, { nextOpenAt: '2026-11-24T01:00:00Z' }))).toEqual({ reason: 'outside_business_hours', nextOpenAt: '2026-11-24T01:00:00Z' });
    expect(escalationReason(with_(closed))).toEqual({ reason: 'outside_business_hours' });
  });

  it('nobody signed in, agents away (or at capacity), and a wait over our limit with that limit in minutes', () => {
    expect(escalationReason(with_({ agent: { available: false, reason: 'no_agents_signed_in' } }))).toEqual({ reason: 'no_agents_signed_in' });
    expect(escalationReason(with_({ agent: { available: false, reason: 'no_agents_available' } }))).toEqual({ reason: 'no_agents_available' });
    expect(escalationReason(with_({ chat: { available: false, reason: 'at_capacity' } }))).toEqual({ reason: 'no_agents_available' });
    expect(escalationReason(with_({ chat: { available: true, ewtSeconds: 1200 } }))).toEqual({ reason: 'over_max_wait', overMinutes: 10 });
  });

  it("the server's refusal wins; its own wait limit has no figure unless the estimate passed ours", () => {
    const open = with_({ chat: { available: true, ewtSeconds: 60 } });
    expect(escalationReason({ ...open, refusedReason: 'over_max_wait' })).toEqual({ reason: 'over_max_wait' });
    expect(escalationReason({ ...open, refusedReason: 'outside_business_hours' })).toEqual({ reason: 'outside_business_hours' });
    expect(escalationReason({ ...open, refusedReason: 'no_agents_signed_in' })).toEqual({ reason: 'no_agents_signed_in' });
  });
});

describe('escalation: the refusal is kept for the choice screen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a queue that looked open but the server refused keeps its reason', async () => {
    const refused: Escalation = { escalationId: 'e1', status: 'no_agents', reason: 'over_max_wait', alternatives: [{ kind: 'callback' }, { kind: 'secure_message' }] };
    const machine = escalationMachine().provide({
      actors: {
        checkAvailability: fromPromise(async () => ({ timezone: 'UTC', now: { chat: { available: true, ewtSeconds: 60 }, callback: { available: true }, call: { available: false } }, days: [] }) as Availability),
        requestEscalation: fromPromise(async () => refused),
      },
    });
    const actor = createActor(machine, { input: { conversationId: 'c1' } }).start();
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().context.maxWaitSeconds).toBe(DEFAULT_MAX_WAIT_SECONDS);
    actor.send({ type: 'JOIN_QUEUE' });
    await vi.advanceTimersByTimeAsync(0);
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(actor.getSnapshot().context.refusedReason).toBe('over_max_wait');
    expect(escalationReason(actor.getSnapshot().context)).toEqual({ reason: 'over_max_wait' });
  });
});
