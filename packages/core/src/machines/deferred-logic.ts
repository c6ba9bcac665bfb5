import type { AnyActorLogic } from 'xstate';

/**
 * Actor logic whose code arrives later (a lazily loaded chunk): every call goes to the logic `resolve()`
 * returns, built once. An actor of it can only start after that code is loaded, so a
 * machine invoking it first waits for the load in a state of its own (see the conversation machine's
 * `escalating.loading`), and a host restoring a snapshot that runs it loads it beforehand.
 */
export function deferredLogic<T extends AnyActorLogic>(name: string, resolve: () => T | undefined): T {
  let logic: T | undefined;
  const code = () => (logic ??= resolve());
  const loaded = (): T => {
    if (!code()) throw new Error(`${name} is used before its code was loaded`);
    return logic!;
  };
  const deferred: AnyActorLogic = {
    transition: (snapshot, event, scope) => loaded().transition(snapshot, event, scope),
    getInitialSnapshot: (scope, input) => loaded().getInitialSnapshot(scope, input),
    // Without its code (it could not load, offline) a restored snapshot stays as stored: starting the actor
    // then fails, which its parent hears of (an invoke's onError), and storing it keeps it unchanged.
    getPersistedSnapshot: (snapshot, options) => code()?.getPersistedSnapshot(snapshot, options) ?? snapshot,
    restoreSnapshot: (snapshot, scope) => code()?.restoreSnapshot?.(snapshot, scope) ?? snapshot,
    start: (snapshot, scope) => loaded().start?.(snapshot, scope),
  };
  return deferred as T;
}
