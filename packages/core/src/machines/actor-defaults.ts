import { fromPromise } from 'xstate';

/** A named actor's default: it only says what is missing; hosts wire the real one with `machine.provide()`. */
export function notProvided<T, I>(machine: string, name: string) {
  return fromPromise<T, I>(() => Promise.reject(new Error(`${name} is not provided: use ${machine}.provide()`)));
}

/** The message of whatever an actor rejected with, for the machine's context. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
