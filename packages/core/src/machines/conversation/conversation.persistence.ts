/**
 * Saving and resuming a conversation across reloads: the persisted snapshot is plain JSON (state,
 * context, the escalation child if one runs), so a host can keep it in any key-value store.
 */
import { createActor, type Snapshot } from 'xstate';
import { loadEscalation, runsEscalation } from '../escalation/escalation.lazy.js';
import { conversationMachine, type ConversationActor, type ConversationMachine } from './conversation.machine.js';
import type { ConversationInput } from './conversation.types.js';

/** A JSON-safe copy of the actor's state, to store and hand to `createConversationActor` later. */
export type PersistedConversation = Snapshot<unknown>;

export function persistConversation(actor: ConversationActor): PersistedConversation {
  return actor.getPersistedSnapshot();
}

export interface CreateConversationActorOptions {
  /** The machine with the host's implementations (`conversationMachine().provide(...)`). */
  machine?: ConversationMachine;
  input?: ConversationInput;
  /** A snapshot from `persistConversation`: the actor continues where it was. */
  snapshot?: PersistedConversation;
}

/**
 * Loads what restoring this snapshot needs beforehand: the escalation's code when one was running (it
 * loads on demand, and a restored child cannot wait for it). When it cannot load (offline), the restored
 * child fails and the conversation goes back where the escalation started (the bot, or the queue),
 * transcript kept, with the error (see `escalating.offering`); asking again loads it again.
 */
export async function prepareToResume(snapshot: PersistedConversation | undefined): Promise<void> {
  if (runsEscalation(snapshot)) await loadEscalation().catch(() => {});
}

/**
 * Creates and starts a conversation actor, fresh or resumed from a persisted snapshot. Timers are not part
 * of a snapshot, so a resumed actor restarts the idle clock: reloading the page is the customer being there.
 */
export async function createConversationActor(options: CreateConversationActorOptions = {}): Promise<ConversationActor> {
  const machine = options.machine ?? conversationMachine();
  const input = options.input ?? {};
  if (!options.snapshot) return createActor(machine, { input }).start();
  await prepareToResume(options.snapshot);
  const actor = createActor(machine, { snapshot: options.snapshot, input }).start();
  actor.send({ type: 'ACTIVITY' });
  return actor;
}
