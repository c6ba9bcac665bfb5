import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerConfig } from './config.js';
import type { Database } from './storage/database.js';
import type { Fanout } from './stream/fanout.js';
import type { SigningKeys } from './auth/signing-keys.js';
import type { HostIdentity } from './auth/host-identity.js';
import type { Contract } from './contract/validator.js';
import type { Logger } from './log.js';
import type { Caller } from './domain/types.js';
import type { SessionStream } from './stream/session-stream.js';
import type { AgentCaller } from './auth/signing-keys.js';
import type { RoutingEngine } from './routing/engine.js';
import type { AttachmentScanner } from './attachments/scanner.js';
import type { IdleSweeper } from './idle/sweep.js';

/** What every handler can reach: one per server process. */
export interface AppContext {
  config: ServerConfig;
  db: Database;
  fanout: Fanout;
  keys: SigningKeys;
  hostIdentity?: HostIdentity;
  contract: Contract;
  log: Logger;
  streams: Set<SessionStream>;
  routing: RoutingEngine;
  idle: IdleSweeper;
  /** Replaces the built-in attachment checker (magic bytes and extensions), e.g. with an antivirus bridge. */
  attachmentScanner?: AttachmentScanner;
}

export interface ApiRequest {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  headers: IncomingMessage['headers'];
  caller?: Caller;
  agent?: AgentCaller;
  raw: IncomingMessage;
  res: ServerResponse;
}

export type ApiReply = { status: number; body?: unknown; headers?: Record<string, string> } | { streamed: true };

export type Handler = (app: AppContext, req: ApiRequest) => Promise<ApiReply>;

/** The caller of an operation that requires auth (the router checked the token). */
export const callerOf = (req: ApiRequest): Caller => req.caller!;

/** The signed-in agent of an `agentAuth` operation (the router checked the token). */
export const agentOf = (req: ApiRequest): AgentCaller => req.agent!;
