import type { RoutingConfig } from './routing/queues.js';
import { DEFAULT_ROUTING_OPTIONS, type RoutingOptions } from './routing/options.js';
import type { AgentSeed, CannedResponse } from './agents/config.js';
import type { BotConfig } from './bot/flow.js';
import type { AttachmentsConfig } from './attachments/config.js';
import type { InvitationsConfig } from './invitations/config.js';
import { DEFAULT_IDLE, type IdleConfig } from './idle/config.js';

/** Everything a server process is started with. `resolveConfig` fills in the defaults. */
export interface ServerConfig {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** PGlite data directory, used when `databaseUrl` is not set. */
  dataDir: string;
  /** PostgreSQL connection string; several processes may share it. */
  databaseUrl?: string;
  /** PostgreSQL connections per process. */
  poolSize: number;
  /** Origins of the sites (bank pages, agent desk) allowed to call the API from a browser. `*` allows any. */
  siteOrigins: string[];
  /** The host's identity provider, for customer sessions. */
  hostIdentity?: { jwksUrl: string; issuer?: string; audience?: string };
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** How long the event log is kept; undefined keeps it for the conversation's lifetime. */
  eventRetentionSeconds?: number;
  idempotencyRetentionSeconds: number;
  rateLimits: { messagesPerSecond: number; messagesBurst: number };
  limits: { textMaxCodePoints: number; contextMaxBytes: number; bodyMaxBytes: number };
  pingIntervalMs: number;
  /** How often expired idempotency keys and (with a retention) old events are purged. */
  maintenanceIntervalMs: number;
  /** Queues with business hours (the config file's `routing`); without it, one queue open around the clock in UTC. */
  routing?: RoutingConfig;
  /** Offer timeout, desk grace period, capacity, tier priorities (the config file's `routing` tunables). */
  routingOptions: RoutingOptions;
  /** Seeded agent accounts (the config file's `agents`); without them one demo agent. */
  agents?: AgentSeed[];
  /** The desk's canned responses (the config file's `cannedResponses`); without them demo ones in en/zh. */
  cannedResponses?: CannedResponse[];
  /** Directory the agent desk is served from at /agent/ (default: the built @foyer/agent-desk, when present). */
  agentDeskDir?: string;
  /** The bot script (the config file's `bot`); without it the demo bank's script. */
  bot?: BotConfig;
  /** Attachment limits (the config file's `attachments`); without it the built-in limits. */
  attachments?: AttachmentsConfig;
  /** Proactive invitation rules (the config file's `invitations`); without it the demo rule. */
  invitations?: InvitationsConfig;
  /** Idle warning and timeout of live chats (the config file's `idle`). */
  idle: IdleConfig;
  /** Silences the structured log (tests). */
  quiet?: boolean;
}

export function resolveConfig(partial: Partial<ServerConfig> = {}): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 8787,
    dataDir: '.foyer-data',
    siteOrigins: [],
    poolSize: 20,
    accessTokenTtlSeconds: 15 * 60,
    refreshTokenTtlSeconds: 30 * 24 * 3600,
    idempotencyRetentionSeconds: 48 * 3600,
    rateLimits: { messagesPerSecond: 2, messagesBurst: 5 },
    limits: { textMaxCodePoints: 4000, contextMaxBytes: 8192, bodyMaxBytes: 256 * 1024 },
    pingIntervalMs: 15_000,
    maintenanceIntervalMs: 60_000,
    routingOptions: DEFAULT_ROUTING_OPTIONS,
    idle: DEFAULT_IDLE,
    ...partial,
  };
}
