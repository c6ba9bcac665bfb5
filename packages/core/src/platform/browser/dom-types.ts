/**
 * The few DOM shapes the browser platform touches. Core compiles with lib ES2023 only (its main entry
 * must not depend on the DOM), so these are declared structurally here and the real objects are
 * reached through `globalThis` at run time. Only what this folder uses is listed.
 */

export interface DomEvent {
  readonly type: string;
}

export interface EventTargetLike {
  addEventListener(type: string, listener: (event: DomEvent) => void): void;
  removeEventListener(type: string, listener: (event: DomEvent) => void): void;
}

export interface DomException {
  readonly name: string;
  readonly message: string;
}

// IndexedDB

export interface IdbRequest<T = unknown> {
  readonly result: T;
  readonly error: DomException | null;
  onsuccess: ((event: DomEvent) => void) | null;
  onerror: ((event: DomEvent) => void) | null;
}

export interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  onupgradeneeded: ((event: DomEvent) => void) | null;
  onblocked: ((event: DomEvent) => void) | null;
}

export interface IdbObjectStore {
  put(value: unknown, key?: string): IdbRequest<string>;
  get(key: string): IdbRequest<unknown>;
  getAll(): IdbRequest<unknown[]>;
  delete(key: string): IdbRequest<undefined>;
  clear(): IdbRequest<undefined>;
}

export interface IdbTransaction {
  readonly error: DomException | null;
  objectStore(name: string): IdbObjectStore;
  oncomplete: ((event: DomEvent) => void) | null;
  onerror: ((event: DomEvent) => void) | null;
  onabort: ((event: DomEvent) => void) | null;
}

export interface IdbDatabase {
  readonly objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string, options?: { keyPath?: string }): IdbObjectStore;
  transaction(stores: string | string[], mode?: 'readonly' | 'readwrite'): IdbTransaction;
  close(): void;
  onversionchange: ((event: DomEvent) => void) | null;
  /** Fires when the browser closes the connection itself (storage cleared, disk error). */
  onclose: ((event: DomEvent) => void) | null;
}

export interface IdbFactory {
  open(name: string, version?: number): IdbOpenRequest;
}

// Web Locks (and the abort signal that withdraws a queued request)

export interface AbortSignalLike {
  readonly aborted: boolean;
}

export interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(): void;
}

export interface LockOptions {
  mode?: 'exclusive' | 'shared';
  signal?: AbortSignalLike;
}

export interface LockManagerLike {
  request<T>(name: string, options: LockOptions, callback: (lock: unknown) => Promise<T> | T): Promise<T>;
}

// BroadcastChannel

export interface MessageEventLike extends DomEvent {
  readonly data: unknown;
}

export interface BroadcastChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEventLike) => void) | null;
}

export type BroadcastChannelConstructor = new (name: string) => BroadcastChannelLike;

// Page visibility

export interface DocumentLike extends EventTargetLike {
  readonly visibilityState: 'visible' | 'hidden' | 'prerender' | string;
}

/**
 * The globals, each possibly missing (workers, old browsers, insecure origins, Node). Timers and
 * crypto are listed too: the library build compiles with `types: []`, so not even those are declared.
 */
export interface BrowserGlobals {
  indexedDB?: IdbFactory;
  navigator?: { locks?: LockManagerLike };
  BroadcastChannel?: BroadcastChannelConstructor;
  document?: DocumentLike;
  AbortController: new () => AbortControllerLike;
  crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  queueMicrotask(callback: () => void): void;
}

export const browserGlobals = (): BrowserGlobals => globalThis as unknown as BrowserGlobals;
