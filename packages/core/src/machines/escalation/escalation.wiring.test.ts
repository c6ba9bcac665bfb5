import { describe, expect, it, vi } from 'vitest';
import { createActor, toPromise } from 'xstate';
import { escalationActorsFor, type EscalationApi } from './escalation.wiring.js';
import { uuidv7 } from '../../ids/uuidv7.js';

const slots = { slots: [{ id: 'cards~1', start: '2026-11-25T01:00:00Z', end: '2026-11-25T01:30:00Z', available: true }] };

function fakeApi(topic: string | undefined) {
  return {
    getAvailability: vi.fn(),
    listCallbackSlots: vi.fn(async () => slots),
    createCallback: vi.fn(),
    createConversation: vi.fn(),
    getConversation: vi.fn(async () => ({ id: 'c1', topic })),
    requestEscalation: vi.fn(async () => ({ escalationId: 'e1', status: 'queued', alternatives: [] })),
    sendMessage: vi.fn(async () => ({ id: 'm1' })),
  } as unknown as EscalationApi & Record<'listCallbackSlots' | 'getConversation' | 'requestEscalation' | 'sendMessage' | 'createConversation', ReturnType<typeof vi.fn>>;
}

describe('loadSlots', () => {
  it("lists the slots of the conversation's queue: the topic the bot set, asked of the server", async () => {
    const api = fakeApi('cards');
    const output = await toPromise(createActor(escalationActorsFor(api, { newId: uuidv7 }).loadSlots, { input: { conversationId: 'c1' } }).start());
    expect(output).toEqual(slots);
    expect(api.getConversation).toHaveBeenCalledWith('c1', expect.anything());
    expect(api.listCallbackSlots).toHaveBeenCalledWith({ topic: 'cards' }, expect.anything());
  });

  it('uses a topic it was given without asking, and no topic when the conversation has none', async () => {
    const given = fakeApi('cards');
    await toPromise(createActor(escalationActorsFor(given, { topic: 'loans', newId: uuidv7 }).loadSlots, { input: { conversationId: 'c1' } }).start());
    expect(given.getConversation).not.toHaveBeenCalled();
    expect(given.listCallbackSlots).toHaveBeenCalledWith({ topic: 'loans' }, expect.anything());
    const none = fakeApi(undefined);
    await toPromise(createActor(escalationActorsFor(none, { newId: uuidv7 }).loadSlots, { input: { conversationId: 'c1' } }).start());
    expect(none.listCallbackSlots).toHaveBeenCalledWith({}, expect.anything());
  });
});

describe('leaveMessage', () => {
  it("leaves the message in the chat's own conversation, which waits in its queue's inbox", async () => {
    const api = fakeApi('cards');
    const input = { conversationId: 'c1', channel: 'chat' as const, text: 'Please call me about my card' };
    const output = await toPromise(createActor(escalationActorsFor(api, { newId: uuidv7 }).leaveMessage, { input }).start());
    expect(output).toMatchObject({ id: 'c1' });
    expect(api.requestEscalation).toHaveBeenCalledWith('c1', { preferred: 'message' }, expect.any(String), expect.anything());
    const [id, body, key] = api.sendMessage.mock.calls[0]!;
    expect([id, body.parts, body.clientMessageId]).toEqual(['c1', [{ type: 'text', text: 'Please call me about my card' }], key]);
    expect(api.sendMessage.mock.invocationCallOrder[0]).toBeLessThan(api.requestEscalation.mock.invocationCallOrder[0]!);
    expect(api.createConversation).not.toHaveBeenCalled();
  });
});
