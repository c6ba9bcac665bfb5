/**
 * The API calls behind the escalation machine's named actors, for
 * `escalationMachine().provide({ actors: escalationActorsFor(api, options) })`.
 *
 * Idempotency: a request that failed is retried (RETRY) with the same Idempotency-Key (escalation,
 * callback) or the same clientConversationId (left message), so a request that did reach the server
 * is not made twice; the key is dropped once the request succeeds.
 */
import { fromPromise } from 'xstate';
import type { ProblemError } from '../../api/errors.js';
import type { EngagementApi } from '../../api/client.js';
import type { ConversationCreate, SessionKind } from '../../api/types.js';
import type {
  Availability,
  Callback,
  CallbackCreate,
  CallbackSlotList,
  Conversation,
  Escalation,
  LeaveMessageInput,
  SlotQuery,
  RequestEscalationInput,
} from './escalation.types.js';

export type EscalationApi = Pick<EngagementApi, 'getAvailability' | 'requestEscalation' | 'listCallbackSlots' | 'createCallback' | 'createConversation' | 'getConversation' | 'sendMessage'>;

export interface EscalationActorOptions {
  /** The conversation to escalate when the machine's input has none. */
  conversationId?: string;
  /** Sent as `topic` to availability and slot queries. */
  topic?: string;
  /**
   * The session's kind (e.g. `() => client.session?.kind`). When known it decides the channel of a left
   * message: `secure_message` for customers, `chat` for guests; otherwise the machine's `messageChannel`.
   */
  sessionKind?: () => SessionKind | undefined;
  /** Creates the left message's conversation (default `api.createConversation`; a FoyerClient's also follows it). */
  createConversation?: (body: ConversationCreate) => Promise<Conversation>;
  /**
   * Makes idempotency keys and client conversation ids: `uuidv7` from `@foyer/core`, or a test's own.
   * Given, not imported, so the escalation's lazily loaded chunk shares no code with the panel's but xstate.
   */
  newId: () => string;
}

/** A guest may not write secure messages: the server answers 403 `auth_required` (a ProblemError). */
function isAuthRequired(error: unknown): boolean {
  const problem = error as Partial<ProblemError> | undefined;
  return problem?.kind === 'problem' && problem.code === 'auth_required' && problem.status === 403;
}

/** One key per distinct request until it succeeds, so a retry of a failed request reuses it. */
function keyring(newId: () => string) {
  const keys = new Map<string, string>();
  return {
    async with<T>(request: unknown, send: (key: string) => Promise<T>): Promise<T> {
      const fingerprint = JSON.stringify(request);
      let key = keys.get(fingerprint);
      if (key === undefined) {
        key = newId();
        keys.set(fingerprint, key);
      }
      const result = await send(key);
      keys.delete(fingerprint);
      return result;
    },
  };
}

export function escalationActorsFor(api: EscalationApi, options: EscalationActorOptions) {
  const keys = keyring(options.newId);
  const create = options.createConversation ?? ((body: ConversationCreate) => api.createConversation(body));

  /** Chat with the text as the first message; a customer's secure message gets the topic as subject. */
  const leave = (input: LeaveMessageInput, channel: LeaveMessageInput['channel']) => {
    const body: Omit<ConversationCreate, 'clientConversationId'> = {
      channel,
      initialMessage: { parts: [{ type: 'text', text: input.text }] },
      ...(input.topic !== undefined ? { topic: input.topic } : {}),
      ...(channel === 'secure_message' && input.topic !== undefined ? { subject: input.topic } : {}),
    };
    return keys.with(body, (clientConversationId) => create({ ...body, clientConversationId }));
  };

  return {
    checkAvailability: fromPromise<Availability, undefined>(({ signal }) => api.getAvailability(options.topic, { signal })),
    requestEscalation: fromPromise<Escalation, RequestEscalationInput>(({ input, signal }) => {
      const conversationId = input.conversationId ?? options.conversationId;
      if (conversationId === undefined) return Promise.reject(new Error('requestEscalation needs a conversation: pass conversationId in the input or the options'));
      return keys.with({ conversationId, body: input.body }, (key) => api.requestEscalation(conversationId, input.body, key, { signal }));
    }),
    loadSlots: fromPromise<CallbackSlotList, SlotQuery | undefined>(async ({ input, signal }) => {
      // Slots belong to a queue: the callback is booked in the conversation's queue, so ask for its slots.
      let topic = options.topic ?? input?.topic;
      if (topic === undefined && input?.conversationId) topic = (await api.getConversation(input.conversationId, { signal })).topic;
      return api.listCallbackSlots(topic !== undefined ? { topic } : {}, { signal });
    }),
    createCallback: fromPromise<Callback, CallbackCreate>(({ input, signal }) => {
      // The machine passes optional fields as undefined: leave them out of the body.
      const body = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as CallbackCreate;
      return keys.with(body, (key) => api.createCallback(body, key, { signal }));
    }),
    leaveMessage: fromPromise<Conversation, LeaveMessageInput>(async ({ input, signal }) => {
      if (input.conversationId) {
        // From a chat: the conversation itself waits in its queue's inbox, with the message in it. The
        // message goes first: once queued, the conversation machine leaves escalation and stops this actor.
        const id = input.conversationId;
        const message = { parts: [{ type: 'text' as const, text: input.text }] };
        await keys.with({ id, message }, (clientMessageId) => api.sendMessage(id, { clientMessageId, ...message }, clientMessageId, { signal }));
        const escalation = { preferred: 'message' as const };
        await keys.with({ id, escalation }, (key) => api.requestEscalation(id, escalation, key, { signal }));
        return api.getConversation(id, { signal });
      }
      const kind = options.sessionKind?.();
      const channel = kind === undefined ? input.channel : kind === 'customer' ? 'secure_message' : 'chat';
      try {
        return await leave(input, channel);
      } catch (error) {
        // Secure messages are for customer sessions only: a guest gets 403 auth_required, and a chat instead.
        if (channel === 'secure_message' && isAuthRequired(error)) return leave(input, 'chat');
        throw error;
      }
    }),
  };
}

export type EscalationActors = ReturnType<typeof escalationActorsFor>;
