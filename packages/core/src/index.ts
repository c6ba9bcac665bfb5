/**
 * @foyer/core: the platform-neutral engagement client. Classes, functions and types only; importing
 * this module has no side effects.
 */

/** The published version of @foyer/core. */
export const version = '0.1.0';

// The client
export { FoyerClient, createFoyerClient, type FoyerClientOptions, type SendOptions } from './client.js';
export { Transcript, type PendingMessage, type TranscriptSnapshot } from './store/transcript.js';

// The typed API and its errors
export { EngagementApi, type ApiOptions, type CallOptions } from './api/client.js';
export { createHooks, type AuthProvider, type HookDependencies, type RequestContext } from './api/hooks.js';
export { createHttp, type Http, type HttpHooks, type HttpRequest } from './api/http.js';
export {
  AbortedError,
  FoyerError,
  NetworkError,
  ProblemError,
  TimeoutError,
  isFoyerError,
  isProblem,
  parseRetryAfter,
  problemFromParts,
  problemFromResponse,
  toFoyerError,
  type AnyFoyerError,
  type FoyerErrorKind,
  type ProblemDetails,
} from './api/errors.js';
export type * from './api/types.js';
export { isPersisted } from './api/types.js';

// Session, outbox, stream
export { SessionManager, type SessionChange, type SessionManagerOptions, type StoredSession } from './session/session.js';
export { Outbox, type OutboxOptions } from './outbox/outbox.js';
export { classifySendFailure, type SendFailure } from './outbox/classify.js';
export { EventStream, type ConnectionStatus, type EventStreamOptions, type StreamTimings } from './stream/event-stream.js';
export { GapFiller, type GapFillerOptions, type Positions } from './stream/gap-filler.js';
export { SseParser, type SseHandlers, type SseMessage } from './stream/sse-parser.js';
export { Leader, loadStreamState, type LeaderOptions, type StreamState } from './stream/stream-leader.js';

// Tabs
export { TabRelay, type RelayHandlers } from './tabs/relay.js';
export { SiteVisibility, isRelayMessage, type RelayMessage, type ReceivedRelayMessage } from './tabs/messages.js';

// Platform
export type { KeyValueStore, OutboxEntry, OutboxStore, Platform, TabCoordinator, TabMessage, Visibility } from './platform/types.js';
export { detectPlatform, isBrowserEnvironment } from './platform/detect.js';
export type { FetchInit, FetchLike, ResponseLike, RequestLike, HeadersLike, AbortSignalLike } from './platform/web.js';

// Utilities
export { createUuidv7Generator, uuidv7, uuidv7Timestamp, type Uuidv7Generator, type Uuidv7Options } from './ids/uuidv7.js';
export { backoffDelay, nominalDelay, DEFAULT_BACKOFF, type BackoffOptions } from './util/backoff.js';
export { systemClock, type Clock, type TimerHandle } from './util/clock.js';

// Machines
export {
  conversationMachine,
  escalationActorOf,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_IDLE_WARNING_MS,
  type ConversationActor,
  type ConversationMachine,
  type EscalationActor,
} from './machines/conversation/conversation.machine.js';
export { createConversationActor, persistConversation, prepareToResume, type CreateConversationActorOptions, type PersistedConversation } from './machines/conversation/conversation.persistence.js';
export type {
  ConversationContext,
  ConversationEvent,
  ConversationInput,
  CreateConversationInput,
  CustomerEvent,
  EndConversationInput,
  ServerEvent,
  SubmitSurveyInput,
} from './machines/conversation/conversation.types.js';
// The escalation machine itself is @foyer/core/escalation, loaded on demand.
export type { EscalationMachine } from './machines/escalation/escalation.machine.js';
export { loadEscalation, lazyEscalationMachine } from './machines/escalation/escalation.lazy.js';
export type {
  EscalationContext,
  EscalationErrorKey,
  EscalationReason,
  EscalationEvent,
  EscalationInput,
  EscalationOutcome,
  LeaveMessageInput,
  RequestEscalationInput,
} from './machines/escalation/escalation.types.js';
export { conversationActorsFor, followServerEvents, serverEventFor } from './machines/conversation/conversation.wiring.js';
export type { ConversationWiringClient } from './machines/conversation/conversation.wiring.js';
export type { EscalationActorOptions, EscalationActors, EscalationApi } from './machines/escalation/escalation.wiring.js';

// The headless chat widget host
export { ChatHost, createChatHost, CHAT_SNAPSHOT_KEY, type ChatHostOptions, type ChatHostSnapshot } from './chat-host/chat-host.js';
