/**
 * The escalation machine loads on demand: most chats end with the bot, so its code (and its panes in the
 * widget) stays out of what the panel loads on open.
 */
import { deferredLogic } from '../deferred-logic.js';
import type { EscalationMachine } from './escalation.machine.js';

type EscalationModule = typeof import('../../escalation/index.js');

let loaded: EscalationModule | undefined;
let loading: Promise<EscalationModule> | undefined;

/** Loads the escalation's code once; a failed load (offline) is tried again on the next call. */
export function loadEscalation(): Promise<EscalationModule> {
  loading ??= import('../../escalation/index.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The escalation machine as `build` makes it from the loaded code (e.g. with the host's actors), usable
 * once `loadEscalation()` has settled.
 */
export function lazyEscalationMachine(build: (module: EscalationModule) => EscalationMachine): EscalationMachine {
  return deferredLogic('the escalation machine', () => (loaded ? build(loaded) : undefined));
}

/** Whether a persisted conversation has an escalation running (its restore needs the code loaded first). */
export function runsEscalation(snapshot: unknown): boolean {
  return (snapshot as { children?: Record<string, unknown> } | undefined)?.children?.['escalation'] !== undefined;
}
