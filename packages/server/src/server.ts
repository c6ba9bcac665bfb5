import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolveConfig, type ServerConfig } from './config.js';
import { createLogger, type Logger } from './log.js';
import type { AppContext } from './app-context.js';
import { createRequestHandler } from './app.js';
import { Contract } from './contract/validator.js';
import { SigningKeys } from './auth/signing-keys.js';
import { HostIdentity } from './auth/host-identity.js';
import { Fanout } from './stream/fanout.js';
import { PING_SLICES, type SessionStream } from './stream/session-stream.js';
import type { Database } from './storage/database.js';
import { openPglite } from './storage/pglite.js';
import { openPostgres } from './storage/postgres.js';
import { lockDataDir } from './storage/data-dir-lock.js';
import { migrate } from './storage/migrations.js';
import { purgeExpiredEvents } from './domain/event-log.js';
import { purgeExpiredKeys } from './domain/idempotency.js';
import { RoutingEngine } from './routing/engine.js';
import { seedAgents } from './agents/accounts.js';
import { IdleSweeper } from './idle/sweep.js';

export interface RunningServer {
  url: string;
  port: number;
  app: AppContext;
  /** Graceful: stops accepting, asks streams to reconnect elsewhere, waits for requests, closes storage. */
  close(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;

async function openStorage(config: ServerConfig): Promise<{ db: Database; release: () => Promise<void> }> {
  if (config.databaseUrl) return { db: await openPostgres(config.databaseUrl, config.poolSize), release: async () => undefined };
  const release = await lockDataDir(config.dataDir);
  try {
    return { db: await openPglite(config.dataDir), release };
  } catch (error) {
    await release();
    throw error;
  }
}

export async function startServer(partial: Partial<ServerConfig> = {}, log: Logger = createLogger(partial.quiet)): Promise<RunningServer> {
  const config = resolveConfig(partial);
  const { db, release } = await openStorage(config);
  await migrate(db);
  const keys = new SigningKeys(db);
  await keys.load();
  const fanout = new Fanout(db);
  await fanout.start();
  await seedAgents(db, config.agents, config.routingOptions.maxConcurrentChats);
  const streams = new Set<SessionStream>();
  const app = {
    config, db, fanout, keys, contract: Contract.load(), log, streams,
    ...(config.hostIdentity ? { hostIdentity: new HostIdentity(config.hostIdentity) } : {}),
  } as AppContext;
  app.routing = new RoutingEngine(app);
  app.routing.start();
  app.idle = new IdleSweeper(app);
  app.idle.start();
  const state = { draining: false };
  const handle = createRequestHandler(app, state);
  let inFlight = 0;
  const server: Server = createServer({ keepAliveTimeout: 5_000, requestTimeout: 0 }, (req, res) => {
    inFlight++;
    res.on('close', () => inFlight--);
    void handle(req, res);
  });
  server.maxHeadersCount = 100;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  // Pinging 10k streams in one tick stalls the loop for ~300 ms; a slice per tick spreads the work.
  let slice = 0;
  const ping = setInterval(() => {
    slice = (slice + 1) % PING_SLICES;
    for (const s of streams) if (s.pingSlice === slice) s.ping();
  }, Math.max(1, Math.round(config.pingIntervalMs / PING_SLICES)));
  const maintenance = setInterval(() => {
    void (async () => {
      await purgeExpiredKeys(db, config.idempotencyRetentionSeconds);
      if (config.eventRetentionSeconds !== undefined) await purgeExpiredEvents(db, config.eventRetentionSeconds);
    })().catch((error) => log.warn('maintenance failed', { error: String(error) }));
  }, config.maintenanceIntervalMs);
  ping.unref();
  maintenance.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log.info('started', { url, storage: db.kind, dataDir: config.databaseUrl ? undefined : config.dataDir });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      state.draining = true;
      clearInterval(ping);
      clearInterval(maintenance);
      app.routing.stop();
      app.idle.stop();
      server.close();
      for (const s of [...streams]) s.end('server_shutdown');
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      for (const socket of sockets) socket.destroy();
      await fanout.stop();
      await db.close();
      await release();
      log.info('stopped', { url });
    })());
  return { url, port, app, close };
}
