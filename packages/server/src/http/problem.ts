/** RFC 9457 problem details with the contract's extensions (`code`, `retryable`, `action`). */
export type ProblemAction = 'retry' | 'reauthenticate' | 'shorten' | 'reattach' | 'check_network' | 'none';

export interface FieldError { pointer: string; code: string; detail?: string }

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  retryable: boolean;
  action: ProblemAction;
  detail?: string;
  retryAfterSeconds?: number;
  traceId?: string;
  errors?: FieldError[];
}

const catalogue: Record<string, { status: number; title: string; retryable?: boolean; action?: ProblemAction }> = {
  invalid_request: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The body is not valid JSON' },
  idempotency_key_required: { status: 400, title: 'An Idempotency-Key header is required' },
  message_too_long: { status: 400, title: 'The message is too long', action: 'shorten' },
  context_too_large: { status: 400, title: 'The context is too large', action: 'shorten' },
  attachment_type_blocked: { status: 400, title: 'This type of file cannot be sent', action: 'reattach' },
  attachment_too_large: { status: 400, title: 'The file is too large', action: 'reattach' },
  attachment_rejected: { status: 409, title: 'The file was rejected', action: 'reattach' },
  auth_required: { status: 401, title: 'Authentication is required', action: 'reauthenticate' },
  invalid_token: { status: 401, title: 'The token is not valid', action: 'reauthenticate' },
  session_expired: { status: 401, title: 'The session has expired', action: 'reauthenticate' },
  invalid_credentials: { status: 401, title: 'The e-mail or password is not right' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conversation_ended: { status: 409, title: 'The conversation has ended' },
  conversation_state_conflict: { status: 409, title: 'The conversation is not in a state that allows this' },
  downgrade_not_allowed: { status: 409, title: 'A customer session cannot become a guest session' },
  offer_not_available: { status: 409, title: 'There is no pending offer for this conversation' },
  agent_at_capacity: { status: 409, title: 'The agent already works as many chats as allowed' },
  outside_business_hours: { status: 409, title: 'Outside business hours' },
  callback_closed: { status: 409, title: 'The callback is cancelled or already final' },
  idempotency_key_in_flight: { status: 409, title: 'A request with this Idempotency-Key is still being processed', retryable: true, action: 'retry' },
  resume_window_expired: { status: 410, title: 'The requested events are older than the retained log' },
  payload_too_large: { status: 413, title: 'The body is too large', action: 'shorten' },
  unsupported_media_type: { status: 415, title: 'The body must be application/json' },
  idempotency_key_reuse: { status: 422, title: 'The Idempotency-Key was used with a different body' },
  rate_limited: { status: 429, title: 'Too many requests', retryable: true, action: 'retry' },
  internal_error: { status: 500, title: 'Internal error', retryable: true, action: 'retry' },
  not_implemented: { status: 501, title: 'Not implemented by this server yet' },
  upstream_unavailable: { status: 503, title: 'The service is unavailable', retryable: true, action: 'retry' },
};

export class Problem extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number; headers?: Record<string, string>; status?: number } = {},
  ) {
    super(detail ?? code);
    this.status = extra.status ?? catalogue[code]?.status ?? 500;
  }

  body(traceId?: string): ProblemBody {
    const entry = catalogue[this.code] ?? catalogue.internal_error!;
    return {
      type: `urn:foyer:problem:${this.code}`,
      title: entry.title,
      status: this.status,
      code: this.code,
      retryable: entry.retryable ?? false,
      action: entry.action ?? 'none',
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.extra.retryAfterSeconds } : {}),
      ...(this.extra.errors ? { errors: this.extra.errors } : {}),
      ...(traceId ? { traceId } : {}),
    };
  }
}
