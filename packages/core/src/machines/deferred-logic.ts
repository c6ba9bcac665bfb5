import type { AnyActorLogic } from 'xstate';

/**
 * Actor logic whose code arrives later (a lazily loaded chunk): every call goes to the logic `resolve()`
 * returns, built once. An actor of it can only start or be restored after that code is loaded, so a
 * machine invoking it first waits for the load in a state of its own (see the conversation machine's
 * `escalating.loading`), and a host restoring a snapshot that runs it loads it beforehand.
 */
export function deferredLogic<T extends AnyActorLogic>(name: string, resolve: () => T | undefined): T {
  let logic: T | undefined;
  const loaded = (): T => {
    logic ??= resolve();
    if (!logic) throw new Error(`${name} is used before its code was loaded`);
    return logic;
  };
  const deferred: AnyActorLogic = {
    transition: (snapshot, event, scope) => loaded().transition(snapshot, event, scope),
    getInitialSnapshot: (scope, input) => loaded().getInitialSnapshot(scope, input),
    getPersistedSnapshot: (snapshot, options) => loaded().getPersistedSnapshot(snapshot, options),
    restoreSnapshot: (snapshot, scope) => {
      const real = loaded();
      return real.restoreSnapshot ? real.restoreSnapshot(snapshot, scope) : snapshot;
    },
    start: (snapshot, scope) => loaded().start?.(snapshot, scope),
  };
  return deferred as T;
}
