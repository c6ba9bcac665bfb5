/**
 * The few Fetch/Streams/Encoding shapes the client touches. Core compiles against lib ES2023 without
 * the DOM, so they are declared structurally here and the real objects are reached through
 * `globalThis` at run time (Node 20 and every supported browser have them).
 */

export interface HeadersLike {
  get(name: string): string | null;
  set(name: string, value: string): void;
  has(name: string): boolean;
  delete(name: string): void;
  forEach(callback: (value: string, name: string) => void): void;
}

export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(reason?: unknown): void;
}

export interface StreamReaderLike {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}

export interface ResponseLike {
  readonly status: number;
  readonly ok: boolean;
  readonly url: string;
  readonly headers: HeadersLike;
  readonly body: { getReader(): StreamReaderLike } | null;
  text(): Promise<string>;
  clone(): ResponseLike;
}

export interface RequestLike {
  readonly url: string;
  readonly method: string;
  readonly headers: HeadersLike;
  readonly signal: AbortSignalLike;
  readonly body: unknown;
  text(): Promise<string>;
}

/** What the client passes to `fetch`: always a URL string and a plain init. */
export interface FetchInit {
  method?: string;
  headers?: unknown;
  body?: unknown;
  signal?: unknown;
}

/**
 * A `fetch`. The client always calls it as `fetch(url: string, init)`, with `init.headers` a plain
 * object and `init.body` a string, so wrappers such as a contract-validating fetch work unchanged.
 */
export type FetchLike = (input: string, init?: FetchInit) => Promise<ResponseLike>;

export interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

interface WebGlobals {
  fetch?: FetchLike;
  AbortController: new () => AbortControllerLike;
  TextDecoder: new (label?: string) => TextDecoderLike;
  crypto?: { getRandomValues<T extends Uint8Array>(array: T): T };
}

/** The standard globals, typed structurally. */
export const web = globalThis as unknown as WebGlobals;

export function newAbortController(): AbortControllerLike {
  return new web.AbortController();
}

export function defaultFetch(): FetchLike {
  const f = web.fetch;
  if (typeof f !== 'function') throw new TypeError('Foyer: no global fetch; pass `fetch` in the client options');
  return (input, init) => f.call(globalThis, input, init);
}
