/**
 * Integration support: the real foyer-server (its built CLI) on PGlite or a throw-away PostgreSQL,
 * restartable after SIGKILL on the same data, and a contract-checking fetch that can cut the
 * client's open event streams. No mocks: every response is validated by @foyer/server/testing.
 */
import { checkedFetch, checkEvent, freePort, spawnServer, startPostgres, type ServerProcess, type TestPostgres } from '@foyer/server/testing';
import type { FetchInit, FetchLike, FoyerClient, FoyerEvent } from '../../src/index.js';

export type Backend = 'pglite' | 'postgres';
export const BACKENDS: Backend[] = ['pglite', 'postgres'];

/** Rate limits out of the way for the stress runs. */
export const FAST_ARGS = ['--messages-per-second', '100000', '--messages-burst', '100000'];

/** Where the servers keep their data: a PGlite directory (one process) or a PostgreSQL database. */
export class Store {
  private constructor(
    readonly backend: Backend,
    readonly pg?: TestPostgres,
  ) {}

  static async start(backend: Backend): Promise<Store> {
    return new Store(backend, backend === 'postgres' ? await startPostgres() : undefined);
  }

  async stop(): Promise<void> {
    await this.pg?.stop();
  }
}

/** One server process that can be killed and brought back on the same data (and port, when free). */
export class TestServer {
  private process!: ServerProcess;
  private dataDir?: string;
  restarts = 0;

  private constructor(
    private readonly store: Store,
    private readonly args: string[],
  ) {}

  static async start(store: Store, args: string[] = []): Promise<TestServer> {
    const server = new TestServer(store, args);
    await server.spawn(0);
    return server;
  }

  get url(): string {
    return this.process.url;
  }

  private async spawn(port: number): Promise<void> {
    this.process = await spawnServer({
      ...(this.store.pg ? { databaseUrl: this.store.pg.url } : this.dataDir ? { dataDir: this.dataDir } : {}),
      args: this.args,
      port,
      // The client's transport is tested without the server's bot, so only the tests' own messages appear.
      config: { bot: { enabled: false } },
    });
    this.dataDir ??= this.process.dataDir;
  }

  /** SIGKILL (a crash: nothing drained, nothing released), then a new process on the same data. */
  async crashAndRestart(): Promise<void> {
    const port = Number(new URL(this.url).port);
    await this.process.kill();
    this.restarts += 1;
    try {
      await this.spawn(port);
    } catch {
      await this.spawn(await freePort()); // the port was taken meanwhile: clients follow `url`
    }
  }

  /** SIGTERM (a deploy: streams are told to reconnect, requests finish), then a new process on the same data. */
  async gracefulRestart(): Promise<void> {
    const port = Number(new URL(this.url).port);
    await this.process.stop();
    this.restarts += 1;
    try {
      await this.spawn(port);
    } catch {
      await this.spawn(await freePort());
    }
  }

  async stop(): Promise<void> {
    await this.process.kill();
  }
}

/** checkedFetch, plus: cut every open event stream (as a dropped connection would), and a request log. */
export function cuttableFetch(inner: FetchLike = checkedFetch as unknown as FetchLike) {
  const open = new Set<AbortController>();
  const log: { method: string; url: string; headers: Record<string, string> }[] = [];
  const fetch: FetchLike = async (url, init: FetchInit = {}) => {
    log.push({ method: init.method ?? 'GET', url, headers: { ...((init.headers as Record<string, string>) ?? {}) } });
    if (!new URL(url).pathname.endsWith('/v1/events')) return inner(url, init);
    const cut = new AbortController();
    open.add(cut);
    const signal = init.signal ? AbortSignal.any([init.signal as AbortSignal, cut.signal]) : cut.signal;
    try {
      const response = await inner(url, { ...init, signal });
      // Forget it once the body ends (either way).
      const body = response.body as unknown as ReadableStream<Uint8Array> | null;
      if (!body) open.delete(cut);
      return response;
    } catch (error) {
      open.delete(cut);
      throw error;
    }
  };
  return {
    fetch,
    log,
    /** Aborts every stream opened so far; returns how many were still open. */
    cutStreams(): number {
      let n = 0;
      for (const c of open) {
        if (!c.signal.aborted) n++;
        c.abort();
      }
      open.clear();
      return n;
    },
  };
}

/** Every event the client delivers, each validated against the contract's Event schema. */
export function recordEvents(client: FoyerClient): FoyerEvent[] {
  const events: FoyerEvent[] = [];
  client.subscribe((event) => {
    checkEvent(event);
    events.push(event);
  });
  return events;
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Fast timings for tests: same algorithms, shorter intervals. */
export const TEST_TIMINGS = {
  stream: { backoff: { initialMs: 50, maxMs: 500 }, healthyAfterMs: 2_000, deadAfterMs: 20_000, gapFillBackoff: { initialMs: 50, maxMs: 500 }, persistDelayMs: 20 },
  outbox: { backoff: { initialMs: 50, maxMs: 500 } },
  requestTimeoutMs: 8_000,
  requestRetryLimit: 1,
};
