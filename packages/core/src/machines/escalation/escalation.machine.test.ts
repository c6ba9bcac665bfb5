import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { escalationMachine, escalationOffers } from './escalation.machine.js';
import { isE164, normalizePhone } from './phone.js';
import type { Availability, Callback, CallbackCreate, Conversation, Escalation, EscalationInput, LeaveMessageInput } from './escalation.types.js';

const closed = { available: false, reason: 'outside_business_hours' as const };

function availability(chat: Availability['now']['chat'], agent?: Availability['now']['agent']): Availability {
  return { timezone: 'Europe/London', now: { chat, callback: { available: true }, call: closed, ...(agent ? { agent } : {}) }, days: [] };
}

const escalation = (status: Escalation['status']): Escalation => ({
  escalationId: 'esc-1',
  status,
  alternatives: [],
  queue: status === 'queued' ? { position: 3, ewtSeconds: 120, ewtSource: 'estimated', updatedAt: '2026-11-23T05:00:00Z' } : undefined,
});
const callback: Callback = { id: 'cb-1', status: 'requested', phoneE164: '+442079460000', createdAt: '2026-11-23T05:00:00Z' };
const conversation = { id: 'conv-msg', channel: 'secure_message', state: 'queued', context: {}, createdAt: '', lastSeq: 1, participants: [] } as Conversation;

/** Each actor answers from a queue of results; an Error rejects. */
function scripted<T>(...results: (T | Error)[]) {
  const calls: unknown[] = [];
  const logic = fromPromise<T, any>(async ({ input }) => {
    calls.push(input);
    const next = results.length > 1 ? results.shift()! : results[0]!;
    if (next instanceof Error) throw next;
    return next;
  });
  return { logic, calls };
}

function start(options: { chat?: Availability['now']['chat'] | Error; escalate?: (Escalation | Error)[]; slots?: Error[]; callback?: (Callback | Error)[]; message?: (Conversation | Error)[]; input?: EscalationInput } = {}) {
  const check = scripted<Availability>(...(options.chat instanceof Error ? [options.chat, availability({ available: true, ewtSeconds: 60 })] : [availability(options.chat ?? { available: true, ewtSeconds: 60 })]));
  const request = scripted<Escalation>(...(options.escalate ?? [escalation('queued')]));
  const slots = scripted(...(options.slots ?? []), { timezone: 'Europe/London', slots: [{ id: 'slot-9', start: '2026-11-23T09:00:00Z', end: '2026-11-23T09:30:00Z' }] });
  const create = scripted<Callback>(...(options.callback ?? [callback]));
  const leave = scripted<Conversation>(...(options.message ?? [conversation]));
  const machine = escalationMachine().provide({
    actors: { checkAvailability: check.logic, requestEscalation: request.logic, loadSlots: slots.logic, createCallback: create.logic, leaveMessage: leave.logic },
  });
  const actor = createActor(machine, { input: options.input ?? { conversationId: 'conv-1', maxWaitSeconds: 300 } }).start();
  return { actor, check, request, slots, create, leave };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('escalation: checking availability', () => {
  it('offers the queue when chat is open and the wait is within the limit', async () => {
    const { actor } = start({ chat: { available: true, ewtSeconds: 300 } });
    expect(actor.getSnapshot().value).toBe('checking');
    await flush();
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(escalationOffers(actor.getSnapshot().context)).toEqual({ queue: true, callback: false, message: true });
  });

  it('offers a callback instead when the wait is over the limit, or chat is closed', async () => {
    const long = start({ chat: { available: true, ewtSeconds: 301 } });
    const shut = start({ chat: closed });
    await flush();
    expect(escalationOffers(long.actor.getSnapshot().context)).toEqual({ queue: false, callback: true, message: true });
    expect(escalationOffers(shut.actor.getSnapshot().context).callback).toBe(true);
  });

  it('offers a callback and a message, not a queue, when the bot answers but nobody is signed in to take over', async () => {
    const check = scripted<Availability>(availability({ available: true }, { available: false, reason: 'no_agents_signed_in' }));
    const machine = escalationMachine().provide({ actors: { checkAvailability: check.logic } });
    const actor = createActor(machine, { input: { conversationId: 'conv-1' } }).start();
    await flush();
    expect(escalationOffers(actor.getSnapshot().context)).toEqual({ queue: false, callback: true, message: true });
    actor.send({ type: 'JOIN_QUEUE' });
    expect(actor.getSnapshot().value).toBe('choosing');
    // Agents signed in but away may still be waited for: the queue stays offered.
    const away = createActor(escalationMachine().provide({ actors: { checkAvailability: scripted<Availability>(availability({ available: true, ewtSeconds: 120 }, { available: false, reason: 'no_agents_available' })).logic } }), {
      input: { conversationId: 'conv-1' },
    }).start();
    await flush();
    expect(escalationOffers(away.getSnapshot().context).queue).toBe(true);
  });

  it('offers a callback beside the queue when everyone is away, if callbacks are taken now', async () => {
    const away = (callbackAvailable: boolean) => {
      const answer = availability({ available: true, ewtSeconds: 120 }, { available: false, reason: 'no_agents_available' });
      answer.now.callback = callbackAvailable ? { available: true } : { available: false, reason: 'disabled' };
      return createActor(escalationMachine().provide({ actors: { checkAvailability: scripted<Availability>(answer).logic } }), { input: { conversationId: 'conv-1' } }).start();
    };
    const [taken, notTaken] = [away(true), away(false)];
    await flush();
    expect(escalationOffers(taken.getSnapshot().context)).toEqual({ queue: true, callback: true, message: true });
    taken.send({ type: 'CHOOSE_CALLBACK' });
    expect(taken.getSnapshot().matches({ callback: 'form' })).toBe(true);
    expect(escalationOffers(notTaken.getSnapshot().context)).toEqual({ queue: true, callback: false, message: true });
    notTaken.send({ type: 'CHOOSE_CALLBACK' });
    expect(notTaken.getSnapshot().value).toBe('choosing');
  });

  it('treats an unknown wait as fitting, and defaults the limit to 15 minutes', async () => {
    const { actor } = start({ chat: { available: true }, input: {} });
    await flush();
    expect(actor.getSnapshot().context.maxWaitSeconds).toBe(900);
    expect(escalationOffers(actor.getSnapshot().context).queue).toBe(true);
  });

  it('lands in checkFailed on error, then RETRY checks again', async () => {
    const { actor, check } = start({ chat: new Error('offline') });
    await flush();
    expect(actor.getSnapshot().value).toBe('checkFailed');
    expect(actor.getSnapshot().context.error).toBe('offline');
    actor.send({ type: 'RETRY' });
    await flush();
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(actor.getSnapshot().context.error).toBeUndefined();
    expect(check.calls).toHaveLength(2);
  });

  it('CANCEL from checkFailed or choosing ends with a cancelled outcome', async () => {
    const failed = start({ chat: new Error('offline') });
    const choosing = start();
    await flush();
    failed.actor.send({ type: 'CANCEL' });
    choosing.actor.send({ type: 'CANCEL' });
    for (const { actor } of [failed, choosing]) {
      expect(actor.getSnapshot().status).toBe('done');
      expect(actor.getSnapshot().output).toEqual({ kind: 'cancelled' });
    }
  });
});

describe('escalation: joining the queue', () => {
  it('JOIN_QUEUE requests the escalation and ends queued with the escalation', async () => {
    const { actor, request } = start({ input: { conversationId: 'conv-1', topic: 'card lost', maxWaitSeconds: 300 } });
    await flush();
    actor.send({ type: 'JOIN_QUEUE' });
    expect(actor.getSnapshot().value).toBe('joining');
    await flush();
    expect(request.calls).toEqual([{ conversationId: 'conv-1', body: { preferred: 'chat', reason: 'card lost' } }]);
    expect(actor.getSnapshot().value).toBe('queued');
    expect(actor.getSnapshot().output).toEqual({ kind: 'queued', escalation: escalation('queued') });
  });

  it('ignores JOIN_QUEUE when the queue is not offered', async () => {
    const { actor, request } = start({ chat: closed });
    await flush();
    actor.send({ type: 'JOIN_QUEUE' });
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(request.calls).toHaveLength(0);
  });

  it('returns to choosing with the queue withdrawn when the server has no agents', async () => {
    const { actor } = start({ escalate: [escalation('no_agents')] });
    await flush();
    actor.send({ type: 'JOIN_QUEUE' });
    await flush();
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(actor.getSnapshot().context.queueRefused).toBe(true);
    expect(escalationOffers(actor.getSnapshot().context)).toEqual({ queue: false, callback: true, message: true });
  });

  it('lands in joinFailed on error; RETRY joins again, BACK returns to choosing', async () => {
    const { actor } = start({ escalate: [new Error('503'), new Error('503'), escalation('queued')] });
    await flush();
    actor.send({ type: 'JOIN_QUEUE' });
    await flush();
    expect(actor.getSnapshot().value).toBe('joinFailed');
    expect(actor.getSnapshot().context.error).toBe('503');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('choosing');
    actor.send({ type: 'JOIN_QUEUE' });
    await flush();
    actor.send({ type: 'RETRY' });
    await flush();
    expect(actor.getSnapshot().value).toBe('queued');
  });

  it('still takes the other choices after a failed join: a message always, a callback where it fits', async () => {
    const failedJoin = async () => {
      const started = start({ escalate: [new Error('503')] });
      await flush();
      started.actor.send({ type: 'JOIN_QUEUE' });
      await flush();
      expect(started.actor.getSnapshot().value).toBe('joinFailed');
      return started.actor;
    };
    const forMessage = await failedJoin();
    forMessage.send({ type: 'CHOOSE_MESSAGE' });
    expect(forMessage.getSnapshot().matches({ message: 'form' })).toBe(true);
    // Agents are there and the queue fits: no callback, but the customer may go back to the assistant.
    const forCallback = await failedJoin();
    forCallback.send({ type: 'CHOOSE_CALLBACK' });
    expect(forCallback.getSnapshot().value).toBe('joinFailed');
    forCallback.send({ type: 'CANCEL' });
    expect(forCallback.getSnapshot().status).toBe('done');
  });
});

describe('escalation: from the queue (a callback instead of the wait)', () => {
  it('opens on the callback form, and anything but a booked callback returns to the queue', async () => {
    const fromQueue = { conversationId: 'conv-1', fromQueue: true };
    const back = start({ input: fromQueue });
    await flush();
    expect(back.actor.getSnapshot().matches({ callback: 'form' })).toBe(true);
    back.actor.send({ type: 'BACK' });
    expect(back.actor.getSnapshot().output).toEqual({ kind: 'queued' });
    // Offline at the check: giving up keeps the customer in the queue too.
    const offline = start({ chat: new Error('offline'), input: fromQueue });
    await flush();
    offline.actor.send({ type: 'CANCEL' });
    expect(offline.actor.getSnapshot().output).toEqual({ kind: 'queued' });
    const booked = start({ input: fromQueue });
    await flush();
    booked.actor.send({ type: 'SET_PHONE', phone: '+44 20 7946 0000' });
    booked.actor.send({ type: 'SET_CONSENT', consent: true });
    booked.actor.send({ type: 'SUBMIT' });
    await flush();
    expect(booked.actor.getSnapshot().output).toEqual({ kind: 'callback', callback });
  });
});

describe('escalation: callback', () => {
  async function atCallbackForm(options: Parameters<typeof start>[0] = {}) {
    const started = start({ chat: closed, ...options });
    await flush();
    started.actor.send({ type: 'CHOOSE_CALLBACK' });
    return started;
  }

  it('closed now: the times load with the form, and "as soon as possible" is refused before any request', async () => {
    const check = scripted<Availability>({ ...availability(closed), now: { chat: closed, callback: { available: false, reason: 'outside_business_hours' }, call: closed } });
    const slots = scripted({ timezone: 'Europe/London', slots: [{ id: 'slot-9', start: '2026-11-24T09:00:00Z', end: '2026-11-24T09:30:00Z' }] });
    const create = scripted<Callback>(callback);
    const machine = escalationMachine().provide({ actors: { checkAvailability: check.logic, loadSlots: slots.logic, createCallback: create.logic } });
    const actor = createActor(machine, { input: { conversationId: 'conv-1' } }).start();
    await flush();
    actor.send({ type: 'CHOOSE_CALLBACK' });
    await flush();
    expect(slots.calls).toHaveLength(1);
    expect(actor.getSnapshot().matches({ callback: 'form' })).toBe(true);
    actor.send({ type: 'SET_PHONE', phone: '+44 20 7946 0000' });
    actor.send({ type: 'SET_CONSENT', consent: true });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().context.fieldErrors).toEqual(['choose_slot']);
    expect(create.calls).toHaveLength(0);
    actor.send({ type: 'CHOOSE_SLOT', slotId: 'slot-9' });
    actor.send({ type: 'SUBMIT' });
    await flush();
    expect(create.calls.map((c) => (c as CallbackCreate).when)).toEqual([{ type: 'slot', slotId: 'slot-9' }]);
  });

  it('CHOOSE_CALLBACK is ignored while the queue fits', async () => {
    const { actor } = start();
    await flush();
    actor.send({ type: 'CHOOSE_CALLBACK' });
    expect(actor.getSnapshot().value).toBe('choosing');
  });

  it('SUBMIT with a bad number and no consent stays on the form with both error keys', async () => {
    const { actor, create } = await atCallbackForm();
    expect(actor.getSnapshot().value).toEqual({ callback: 'form' });
    actor.send({ type: 'SET_PHONE', phone: '0207 946 0000' });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toEqual({ callback: 'form' });
    expect(actor.getSnapshot().context.fieldErrors).toEqual(['invalid_phone', 'consent_required']);
    actor.send({ type: 'SET_CONSENT', consent: true });
    expect(actor.getSnapshot().context.fieldErrors).toEqual([]);
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().context.fieldErrors).toEqual(['invalid_phone']);
    expect(create.calls).toHaveLength(0);
  });

  it('a valid number with consent creates an ASAP callback and finishes', async () => {
    const { actor, create } = await atCallbackForm();
    actor.send({ type: 'SET_PHONE', phone: '+44 20 7946-0000' });
    actor.send({ type: 'SET_CONSENT', consent: true });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toEqual({ callback: 'submitting' });
    await flush();
    expect(create.calls).toEqual([{ phoneE164: '+442079460000', when: { type: 'asap' }, consent: true, topic: undefined, conversationId: 'conv-1' }]);
    expect(actor.getSnapshot().value).toBe('callbackRequested');
    expect(actor.getSnapshot().output).toEqual({ kind: 'callback', callback });
  });

  it('LOAD_SLOTS loads slots and CHOOSE_SLOT / CHOOSE_ASAP set when to call', async () => {
    const { actor, create } = await atCallbackForm();
    actor.send({ type: 'LOAD_SLOTS' });
    expect(actor.getSnapshot().value).toEqual({ callback: 'loadingSlots' });
    await flush();
    expect(actor.getSnapshot().value).toEqual({ callback: 'form' });
    expect(actor.getSnapshot().context.slots.map((slot) => slot.id)).toEqual(['slot-9']);
    actor.send({ type: 'CHOOSE_SLOT', slotId: 'slot-9' });
    expect(actor.getSnapshot().context.when).toEqual({ type: 'slot', slotId: 'slot-9' });
    actor.send({ type: 'CHOOSE_ASAP' });
    expect(actor.getSnapshot().context.when).toEqual({ type: 'asap' });
    actor.send({ type: 'CHOOSE_SLOT', slotId: 'slot-9' });
    actor.send({ type: 'SET_PHONE', phone: '+15551234567' });
    actor.send({ type: 'SET_CONSENT', consent: true });
    actor.send({ type: 'SUBMIT' });
    await flush();
    expect((create.calls[0] as CallbackCreate).when).toEqual({ type: 'slot', slotId: 'slot-9' });
  });

  it('slotsFailed retries, and BACK returns to the form', async () => {
    const { actor, slots } = await atCallbackForm({ slots: [new Error('slots down'), new Error('slots down')] });
    actor.send({ type: 'LOAD_SLOTS' });
    await flush();
    expect(actor.getSnapshot().value).toEqual({ callback: 'slotsFailed' });
    expect(actor.getSnapshot().context.error).toBe('slots down');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toEqual({ callback: 'form' });
    actor.send({ type: 'LOAD_SLOTS' });
    await flush();
    actor.send({ type: 'RETRY' });
    await flush();
    expect(actor.getSnapshot().value).toEqual({ callback: 'form' });
    expect(slots.calls).toHaveLength(3);
  });

  it('submitFailed retries to success; BACK keeps the form filled', async () => {
    const { actor } = await atCallbackForm({ callback: [new Error('500'), new Error('500'), callback] });
    actor.send({ type: 'SET_PHONE', phone: '+442079460000' });
    actor.send({ type: 'SET_CONSENT', consent: true });
    actor.send({ type: 'SUBMIT' });
    await flush();
    expect(actor.getSnapshot().value).toEqual({ callback: 'submitFailed' });
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toEqual({ callback: 'form' });
    expect(actor.getSnapshot().context.phone).toBe('+442079460000');
    actor.send({ type: 'SUBMIT' });
    await flush();
    actor.send({ type: 'RETRY' });
    await flush();
    expect(actor.getSnapshot().value).toBe('callbackRequested');
  });

  it('BACK from the form returns to choosing', async () => {
    const { actor } = await atCallbackForm();
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toBe('choosing');
  });
});

describe('escalation: leaving a message', () => {
  it('an empty message gets an error key; a written one is sent and finishes', async () => {
    const { actor, leave } = start({ input: { topic: 'mortgage', messageChannel: 'chat' } });
    await flush();
    actor.send({ type: 'CHOOSE_MESSAGE' });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toEqual({ message: 'form' });
    expect(actor.getSnapshot().context.fieldErrors).toEqual(['empty_message']);
    actor.send({ type: 'SET_MESSAGE', text: '  Please call me about my mortgage  ' });
    expect(actor.getSnapshot().context.fieldErrors).toEqual([]);
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toEqual({ message: 'sending' });
    await flush();
    expect(leave.calls).toEqual([{ channel: 'chat', topic: 'mortgage', text: 'Please call me about my mortgage' } satisfies LeaveMessageInput]);
    expect(actor.getSnapshot().output).toEqual({ kind: 'message', conversation });
  });

  it('sendFailed retries; BACK goes to the form and from there to choosing', async () => {
    const { actor, leave } = start({ message: [new Error('down'), new Error('down'), conversation] });
    await flush();
    actor.send({ type: 'CHOOSE_MESSAGE' });
    actor.send({ type: 'SET_MESSAGE', text: 'hello' });
    actor.send({ type: 'SUBMIT' });
    await flush();
    expect(actor.getSnapshot().value).toEqual({ message: 'sendFailed' });
    expect((leave.calls[0] as LeaveMessageInput).channel).toBe('secure_message');
    actor.send({ type: 'BACK' });
    expect(actor.getSnapshot().value).toEqual({ message: 'form' });
    actor.send({ type: 'SUBMIT' });
    await flush();
    actor.send({ type: 'RETRY' });
    await flush();
    expect(actor.getSnapshot().value).toBe('messageLeft');
    const again = start();
    await flush();
    again.actor.send({ type: 'CHOOSE_MESSAGE' });
    again.actor.send({ type: 'BACK' });
    expect(again.actor.getSnapshot().value).toBe('choosing');
  });
});

describe('escalation: default actors', () => {
  it('say which implementation is missing', async () => {
    const actor = createActor(escalationMachine(), { input: {} }).start();
    await flush();
    expect(actor.getSnapshot().value).toBe('checkFailed');
    expect(actor.getSnapshot().context.error).toMatch(/checkAvailability is not provided/);
  });
});

describe('isE164', () => {
  it.each(['+442079460000', '+1 (555) 123-4567', '+49.30.1234567', '+123'])('accepts %s', (phone) => expect(isE164(phone)).toBe(true));
  it.each(['02079460000', '+0442079460000', '+1234567890123456', '+44 20 79x6', '', '+'])('rejects %s', (phone) => expect(isE164(phone)).toBe(false));
  it('normalizes separators away', () => expect(normalizePhone('+44 (20) 7946-0000')).toBe('+442079460000'));
});
