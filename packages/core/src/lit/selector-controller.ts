import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Context } from '@lit/context';
import { ContextConsumer } from './context-controllers.js';

/** What `subscribe` may hand back: an xstate-style subscription or a plain unsubscribe function. */
export type Unsubscribe = { unsubscribe(): void } | (() => void);

/**
 * Anything with a current snapshot and change notifications: every xstate actor, and the adapters
 * below for the FoyerClient's observables. The listener's argument is ignored: the controller
 * always re-reads `getSnapshot()`.
 */
export interface Subscribable<TSnapshot> {
  subscribe(listener: (snapshot: TSnapshot) => void): Unsubscribe;
  getSnapshot(): TSnapshot;
}

export type Compare<T> = (previous: T, next: T) => boolean;

/**
 * Reads one value out of an actor for a Lit host. It subscribes in `hostConnected`, unsubscribes in
 * `hostDisconnected` and re-reads `getSnapshot()` on every (re)connect, so a host moved in the DOM
 * never shows a stale value. The host is asked to update only when `compare(previous, next)` is
 * false (default `Object.is`). The actor is owned elsewhere (the core client): this controller never
 * starts or stops it.
 */
export class ActorSelectorController<TSnapshot, TSelected> implements ReactiveController {
  #actor: Subscribable<TSnapshot> | undefined;
  #subscription: Unsubscribe | undefined;
  #selected: TSelected | undefined;
  #connected = false;
  readonly #host: ReactiveControllerHost;
  readonly #selector: (snapshot: TSnapshot) => TSelected;
  readonly #compare: Compare<TSelected>;

  constructor(
    host: ReactiveControllerHost,
    actor: Subscribable<TSnapshot> | undefined,
    selector: (snapshot: TSnapshot) => TSelected,
    compare: Compare<TSelected> = Object.is,
  ) {
    this.#host = host;
    this.#selector = selector;
    this.#compare = compare;
    this.#actor = actor;
    if (actor) this.#selected = selector(actor.getSnapshot());
    host.addController(this);
  }

  /** The selected value; `undefined` only while no actor is set (for example before a context value arrives). */
  get value(): TSelected | undefined {
    return this.#selected;
  }

  /** The actor read from, if any. */
  get source(): Subscribable<TSnapshot> | undefined {
    return this.#actor;
  }

  /** Switches to another actor (or none): resubscribes if the host is connected and re-reads. */
  setActor(actor: Subscribable<TSnapshot> | undefined): void {
    if (actor === this.#actor) return;
    this.#unsubscribe();
    this.#actor = actor;
    if (this.#connected) this.#subscribe();
    else this.#refresh();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe();
  }

  #subscribe(): void {
    this.#subscription = this.#actor?.subscribe(() => this.#refresh());
    this.#refresh();
  }

  #unsubscribe(): void {
    const subscription = this.#subscription;
    this.#subscription = undefined;
    if (typeof subscription === 'function') subscription();
    else subscription?.unsubscribe();
  }

  #refresh(): void {
    const next = this.#actor ? this.#selector(this.#actor.getSnapshot()) : undefined;
    const previous = this.#selected;
    if (previous === undefined || next === undefined ? previous === next : this.#compare(previous, next)) return;
    this.#selected = next;
    this.#host.requestUpdate();
  }
}

/**
 * A selector whose actor comes from an ancestor through the context protocol (for example
 * `conversationActorContext`). The value is `undefined` until a provider answers.
 */
export function selectFromContext<TSnapshot, TSelected>(
  host: ReactiveControllerHost & HTMLElement,
  context: Context<unknown, Subscribable<TSnapshot>>,
  selector: (snapshot: TSnapshot) => TSelected,
  compare?: Compare<TSelected>,
): ActorSelectorController<TSnapshot, TSelected> {
  const controller = new ActorSelectorController<TSnapshot, TSelected>(host, undefined, selector, compare);
  new ContextConsumer(host, { context, callback: (actor) => controller.setActor(actor) });
  return controller;
}

/** Adapts a `{ current getter, onChange(listener) => off }` pair, such as FoyerClient's status, to a Subscribable. */
export function fromObservable<T>(getSnapshot: () => T, onChange: (listener: () => void) => () => void): Subscribable<T> {
  return { getSnapshot, subscribe: (listener) => onChange(() => listener(getSnapshot())) };
}

/** FoyerClient's connection status as a Subscribable (structural, so any `{ status, onStatus }` works). */
export function clientStatus<S>(client: { readonly status: S; onStatus(listener: (status: S) => void): () => void }): Subscribable<S> {
  return fromObservable(
    () => client.status,
    (listener) => client.onStatus(() => listener()),
  );
}
