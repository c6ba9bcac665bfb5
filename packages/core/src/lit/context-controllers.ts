/**
 * The context protocol's two ends (the Web Components Community Group's `context-request` event, as
 * @lit/context speaks it), kept small for the panel's first load: @lit/context's controllers cost
 * about 2.5 KB minified there. Consumers always subscribe; a provider does not re-parent consumers when
 * a nearer provider appears later (Foyer's providers exist before their consumers connect). Either end
 * works with the other's @lit/context counterpart.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent, type Context, type ContextCallback, type ContextType } from '@lit/context';

type Host = ReactiveControllerHost & HTMLElement;

/** Answers descendants asking for `context` with its value, and hands each subscriber every new one. */
export class ContextProvider<C extends Context<unknown, unknown>> {
  #value: ContextType<C> | undefined;
  /** Each subscriber's callback with its one unsubscribe function (a consumer compares them by identity). */
  readonly #subscribers = new Map<ContextCallback<ContextType<C>>, () => void>();

  constructor(host: Host, options: { context: C; initialValue?: ContextType<C> }) {
    this.#value = options.initialValue;
    host.addEventListener('context-request', (event) => {
      if (event.context !== options.context || event.contextTarget === host) return;
      event.stopPropagation();
      const callback = event.callback as ContextCallback<ContextType<C> | undefined>;
      let unsubscribe = this.#subscribers.get(callback);
      if (!unsubscribe && event.subscribe) this.#subscribers.set(callback, (unsubscribe = () => this.#subscribers.delete(callback)));
      callback(this.#value, unsubscribe);
    });
  }

  get value(): ContextType<C> | undefined {
    return this.#value;
  }

  setValue(value: ContextType<C>): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }
}

/** Asks the nearest provider of `context` for its value when the host connects, and follows it until it disconnects. */
export class ContextConsumer<C extends Context<unknown, unknown>> implements ReactiveController {
  value: ContextType<C> | undefined;
  #unsubscribe?: (() => void) | undefined;
  readonly #host: Host;
  readonly #options: { context: C; callback?: (value: ContextType<C> | undefined) => void };

  constructor(host: Host, options: { context: C; callback?: (value: ContextType<C> | undefined) => void }) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const answer = (value: ContextType<C> | undefined, unsubscribe?: () => void) => {
      // A different provider answers now: leave the one before.
      if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
      this.#unsubscribe = unsubscribe;
      this.value = value;
      this.#host.requestUpdate();
      this.#options.callback?.(value);
    };
    this.#host.dispatchEvent(new ContextEvent(this.#options.context, this.#host, answer as ContextCallback<ContextType<C>>, true));
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
