/**
 * Connecting a conversation actor to the FoyerClient: the API calls behind its named actors, and the
 * session's event stream filtered down to the events this conversation's machine understands.
 */
import { fromPromise } from 'xstate';
import type { FoyerClient } from '../../client.js';
import type { EngagementApi } from '../../api/client.js';
import type { Conversation, FoyerEvent, SessionKind } from '../../api/types.js';
import { lazyEscalationMachine } from '../escalation/escalation.lazy.js';
import { uuidv7 } from '../../ids/uuidv7.js';
import type { EscalationActorOptions, EscalationApi } from '../escalation/escalation.wiring.js';
import type { ConversationActor } from './conversation.machine.js';
import type { CreateConversationInput, EndConversationInput, QueueSnapshot, ServerEvent, SubmitSurveyInput } from './conversation.types.js';

const SERVER_EVENT_TYPES: ReadonlySet<string> = new Set<ServerEvent['type']>([
  'conversation.state_changed',
  'conversation.ended',
  'queue.updated',
  'participant.joined',
  'participant.left',
  'participant.auto_disconnect_warning',
  'transfer.succeeded',
  'transfer.failed',
  'escalation.failed',
  'survey.offered',
]);

/** The stream carries every conversation of the session: only this one's events, of the types the machine knows. */
export function serverEventFor(conversationId: string | undefined, event: FoyerEvent): ServerEvent | undefined {
  if (conversationId === undefined || event.conversationId !== conversationId) return undefined;
  return SERVER_EVENT_TYPES.has(event.type) ? (event as ServerEvent) : undefined;
}

/** What conversationActorsFor needs of the FoyerClient. */
export type ConversationWiringClient = Pick<FoyerClient, 'createConversation' | 'endConversation'> & {
  readonly api: EscalationApi & Pick<EngagementApi, 'submitSurveyResponse' | 'getQueue' | 'sendTyping'>;
  readonly session?: { readonly kind: SessionKind } | undefined;
};

/**
 * The API-backed `createConversation`, `endConversation`, `submitSurvey`, `loadQueue`, `reportActivity` and the `escalation` child (the
 * escalation machine, loaded on demand, with `escalationActorsFor`: a left message is a secure message for customer sessions,
 * a chat for guests), for `conversationMachine().provide({ actors })`.
 */
export function conversationActorsFor(client: ConversationWiringClient, escalation: Partial<Omit<EscalationActorOptions, 'sessionKind' | 'createConversation'>> = {}) {
  return {
    createConversation: fromPromise<Conversation, CreateConversationInput>(({ input }) => client.createConversation({ topic: input.topic })),
    endConversation: fromPromise<Conversation, EndConversationInput>(({ input }) => client.endConversation(input.conversationId, input.note)),
    // Idempotent per survey on the server: a retry after a lost answer returns the stored response.
    submitSurvey: fromPromise<unknown, SubmitSurveyInput>(({ input, signal }) =>
      client.api.submitSurveyResponse(input.conversationId, { surveyId: input.surveyId, answers: input.answers }, undefined, { signal }),
    ),
    loadQueue: fromPromise<QueueSnapshot, { conversationId: string }>(({ input, signal }) => client.api.getQueue(input.conversationId, { signal })),
    // Typing counts as the customer's activity on the server; `stopped` shows no indicator to the agent.
    reportActivity: fromPromise<unknown, { conversationId: string }>(({ input, signal }) => client.api.sendTyping(input.conversationId, 'stopped', { signal })),
    // Built from the escalation's chunk once the machine's `escalating.loading` has fetched it.
    escalation: lazyEscalationMachine((module) =>
      module.escalationMachine().provide({
        actors: module.escalationActorsFor(client.api, {
          newId: uuidv7,
          ...escalation,
          sessionKind: () => client.session?.kind,
          createConversation: (body) => client.createConversation(body),
        }),
      }),
    ),
  };
}

/** Sends the actor its conversation's server events as they arrive; returns the unsubscribe function. */
export function followServerEvents(client: Pick<FoyerClient, 'subscribe'>, actor: ConversationActor): () => void {
  return client.subscribe((event) => {
    const relevant = serverEventFor(actor.getSnapshot().context.conversationId, event);
    if (relevant) actor.send(relevant);
  });
}
