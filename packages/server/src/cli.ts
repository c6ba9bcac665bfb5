#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveConfig, type ServerConfig } from './config.js';
import { createLogger } from './log.js';
import { ConfigError, parseConfigFile } from './routing/queues.js';
import { DataDirInUseError } from './storage/data-dir-lock.js';
import { startServer } from './server.js';
import { parseConversationSections } from './config-sections.js';

const HELP = `foyer-server: Foyer's reference engagement server

Usage: foyer-server [options]

Options (each also as an environment variable):
  --port <n>                  port to listen on; 0 picks a free one         FOYER_PORT (default 8787)
  --host <addr>               address to listen on                          FOYER_HOST (default 127.0.0.1)
  --data <dir>                PGlite data directory (embedded storage)      FOYER_DATA (default .foyer-data)
  --database-url <url>        PostgreSQL instead of PGlite; several         DATABASE_URL
                              processes may share one database
  --pool-size <n>             PostgreSQL connections per process            FOYER_POOL_SIZE (default 20)
  --site-origin <origin>      a site allowed to call the API from a         FOYER_SITE_ORIGINS (comma-separated)
                              browser (CORS); repeat it; * allows any
  --host-jwks-url <url>       the host's JWKS, for customer sessions        FOYER_HOST_JWKS_URL
  --host-issuer <iss>         required issuer of host identity tokens       FOYER_HOST_ISSUER
  --host-audience <aud>       required audience of host identity tokens     FOYER_HOST_AUDIENCE
  --event-retention <secs>    how long the event log is kept                FOYER_EVENT_RETENTION_SECONDS
                              (default: the conversation's lifetime)
  --messages-per-second <n>   message rate limit per session                FOYER_MESSAGES_PER_SECOND (default 2)
  --messages-burst <n>        message burst per session                     FOYER_MESSAGES_BURST (default 5)
  --access-token-ttl <secs>   lifetime of access tokens                     FOYER_ACCESS_TOKEN_TTL (default 900)
  --ping-interval <secs>      SSE keep-alive comment interval               FOYER_PING_INTERVAL (default 15)
  --maintenance-interval <s>  purge of expired keys and events              FOYER_MAINTENANCE_INTERVAL (default 60)
  --config <file.json>        server config file: queues, business hours,   FOYER_CONFIG
                              routing, agents, canned responses, holidays,
                              bot script, attachment limits, invitation
                              rules (default: queues open 24/7 in UTC, one
                              demo agent, the demo bank's bot and rules)
  --agent-desk <dir>          directory the agent desk is served from at    FOYER_AGENT_DESK
                              /agent/ (default: the built @foyer/agent-desk)
  --quiet                     log errors only                               FOYER_QUIET=1
  -h, --help                  show this help

When ready it prints: foyer-server listening on http://HOST:PORT
SIGTERM or SIGINT stops it gracefully: open streams are told to reconnect, requests finish.`;

function fail(message: string): never {
  process.stderr.write(`foyer-server: ${message}\n`);
  process.exit(1);
}

function numberOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) fail(`--${name} must be a non-negative number, not "${value}"`);
  return n;
}

/** Reads and validates the config file; a bad one stops the server with a one-line reason naming the JSON path. */
function configFile(file: string | undefined): Partial<ServerConfig> {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read the config file ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    fail(`the config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    const parsed = parseConfigFile(json);
    return { ...Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)), ...parseConversationSections(json as Record<string, unknown>) };
  } catch (error) {
    if (error instanceof ConfigError) fail(`bad config file ${file}: ${error.message}`);
    throw error;
  }
}

function configFromArgs(argv: string[], env: NodeJS.ProcessEnv): Partial<ServerConfig> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, 'database-url': { type: 'string' }, 'pool-size': { type: 'string' },
        'site-origin': { type: 'string', multiple: true }, 'host-jwks-url': { type: 'string' }, 'host-issuer': { type: 'string' },
        'host-audience': { type: 'string' }, 'event-retention': { type: 'string' }, 'messages-per-second': { type: 'string' },
        'messages-burst': { type: 'string' }, 'access-token-ttl': { type: 'string' }, 'ping-interval': { type: 'string' },
        'maintenance-interval': { type: 'string' }, config: { type: 'string' }, 'agent-desk': { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  const defaults = resolveConfig();
  const origins = v['site-origin'] ?? (env.FOYER_SITE_ORIGINS ? env.FOYER_SITE_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean) : []);
  const jwksUrl = v['host-jwks-url'] ?? env.FOYER_HOST_JWKS_URL;
  const issuer = v['host-issuer'] ?? env.FOYER_HOST_ISSUER;
  const audience = v['host-audience'] ?? env.FOYER_HOST_AUDIENCE;
  const retention = numberOption('event-retention', v['event-retention'] ?? env.FOYER_EVENT_RETENTION_SECONDS);
  const port = numberOption('port', v.port ?? env.FOYER_PORT);
  if (port !== undefined && (!Number.isInteger(port) || port > 65535)) fail(`--port must be an integer from 0 to 65535`);
  const databaseUrl = v['database-url'] ?? env.DATABASE_URL;
  const agentDeskDir = v['agent-desk'] ?? env.FOYER_AGENT_DESK;
  return {
    host: v.host ?? env.FOYER_HOST ?? defaults.host,
    port: port ?? defaults.port,
    dataDir: v.data ?? env.FOYER_DATA ?? defaults.dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    poolSize: numberOption('pool-size', v['pool-size'] ?? env.FOYER_POOL_SIZE) || defaults.poolSize,
    siteOrigins: origins,
    ...(jwksUrl ? { hostIdentity: { jwksUrl, ...(issuer ? { issuer } : {}), ...(audience ? { audience } : {}) } } : {}),
    ...(retention !== undefined ? { eventRetentionSeconds: retention } : {}),
    rateLimits: {
      messagesPerSecond: numberOption('messages-per-second', v['messages-per-second'] ?? env.FOYER_MESSAGES_PER_SECOND) ?? defaults.rateLimits.messagesPerSecond,
      messagesBurst: numberOption('messages-burst', v['messages-burst'] ?? env.FOYER_MESSAGES_BURST) ?? defaults.rateLimits.messagesBurst,
    },
    accessTokenTtlSeconds: numberOption('access-token-ttl', v['access-token-ttl'] ?? env.FOYER_ACCESS_TOKEN_TTL) ?? defaults.accessTokenTtlSeconds,
    pingIntervalMs: (numberOption('ping-interval', v['ping-interval'] ?? env.FOYER_PING_INTERVAL) ?? defaults.pingIntervalMs / 1000) * 1000,
    maintenanceIntervalMs: (numberOption('maintenance-interval', v['maintenance-interval'] ?? env.FOYER_MAINTENANCE_INTERVAL) ?? defaults.maintenanceIntervalMs / 1000) * 1000,
    quiet: Boolean(v.quiet) || env.FOYER_QUIET === '1',
    ...(agentDeskDir ? { agentDeskDir } : {}),
    ...configFile(v.config ?? env.FOYER_CONFIG),
  };
}

const config = configFromArgs(process.argv.slice(2), process.env);
const log = createLogger(config.quiet);
try {
  const server = await startServer(config, log);
  const stop = (signal: string) => {
    log.info('shutting down', { signal });
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // Ready only once a stop is handled: a supervisor may send SIGTERM the moment it reads this line, and
  // before a listener exists the signal's default action kills the process without draining.
  process.stdout.write(`foyer-server listening on ${server.url}\n`);
} catch (error) {
  if (error instanceof DataDirInUseError) fail(error.message);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`the port is in use: ${(error as Error).message}`);
  log.error('could not start', { error: (error as Error).stack ?? String(error) });
  fail(`could not start: ${(error as Error).message}`);
}
process.on('uncaughtException', (error) => log.error('uncaught exception', { error: error.stack ?? String(error) }));
process.on('unhandledRejection', (error) => log.error('unhandled rejection', { error: String(error) }));
