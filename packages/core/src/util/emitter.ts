/** A minimal listener set: synchronous delivery, and one listener's exception does not stop the others. */
export class Emitter<T> {
  readonly #listeners = new Set<(value: T) => void>();

  readonly #onListenerError: (error: unknown) => void;

  constructor(onListenerError: (error: unknown) => void = reportError) {
    this.#onListenerError = onListenerError;
  }

  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  emit(value: T): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(value);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }
}

/** The default for errors nobody else handles (a throwing listener, a failed background task). */
export function reportError(error: unknown): void {
  (globalThis as { console?: { error(...args: unknown[]): void } }).console?.error('[foyer]', error);
}
