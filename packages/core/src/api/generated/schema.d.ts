/**
 * generated, do not edit.
 *
 * Produced by packages/core/scripts/generate-types.mjs (openapi-typescript) from
 * packages/core/openapi/engagement.yaml, the engagement API contract. Change the YAML, then run
 * `pnpm --filter @foyer/core generate`; test/contract.test.ts fails when this file is stale.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or resume a session
         * @description Creates a guest session (`kind: guest`) or a customer session (`kind: customer` with the host-issued
         *     `idToken`). With a valid `resumeToken` the server resumes the earlier session instead (same
         *     `sessionId`, conversations kept, fresh tokens) and answers `200`; a new session is `201`.
         *     Resuming a customer session as `kind: guest` is refused with `409 downgrade_not_allowed`. An
         *     unknown or expired `resumeToken` is not an error: the server creates a new session (`201`).
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the access token
         * @description Exchanges a refresh token for a new access token (and a rotated refresh token). The old refresh
         *     token stops working. An expired or revoked refresh token is `401 session_expired`; the SDK then
         *     creates a session again with its `resumeToken` (and, for customers, a fresh `idToken`).
         */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/current/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade a guest session to a customer session
         * @description Turns the current guest session into a customer session by exchanging a host-issued `idToken`.
         *     The session id and its conversations are kept; the customer now joins them, and `auth.succeeded`
         *     is emitted. Upgrading a customer session to a different customer is `409 downgrade_not_allowed`
         *     (log out instead); repeating the upgrade for the same customer is a no-op that returns fresh tokens.
         */
        post: operations["upgradeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Log out
         * @description Revokes the access, refresh and resume tokens of the current session and closes its event streams
         *     (after `session.expired`). The server may end the session's open chat conversations (reason
         *     `customer`); secure-message threads always stay.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stream-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a single-use WebSocket ticket
         * @description Returns a single-use ticket, valid for 60 seconds, for `GET /v1/ws?ticket=`. SSE clients do not
         *     need it: they send the bearer token in the `Authorization` header of a fetch-based reader.
         */
        post: operations["createStreamTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Session event stream (SSE)
         * @description One Server-Sent Events stream per session, multiplexing every conversation of the session.
         *     The response stays open; each event is one SSE frame:
         *
         *     ```
         *     id: <opaque session cursor>
         *     data: {"id":"evt_…","type":"message.created","conversationId":"…","seq":42,…}
         *
         *     ```
         *
         *     - `data:` holds exactly one `Event` as JSON (one line). The `event:` field is not used (every frame
         *       is a default `message` event); clients read the type from the JSON and ignore `event:` if present.
         *     - `id:` is an **opaque session cursor** holding the last `seq` of every conversation on the
         *       stream after this event. It is present on frames carrying persisted events and absent on
         *       ephemeral ones (so the browser's last event id does not move). Clients store it verbatim and never
         *       parse it. It is not the envelope's `id` (which identifies the event itself).
         *     - On reconnect, send the last cursor as the `Last-Event-ID` header (or as `?cursor=`). The server
         *       replays every persisted event after it, per conversation in `seq` order, then goes live. Events
         *       already seen are not sent again.
         *     - A cursor older than the retained log yields `stream.reset` (`reason: cursor_expired`) per affected
         *       conversation; an undecodable one yields `stream.reset` (`reason: invalid_cursor`). The stream then
         *       continues live.
         *     - The server writes a `: ping` comment every 15 seconds. A client that hears nothing for 45 seconds
         *       declares the stream dead and reconnects.
         *     - The server may send `stream.reconnect` and close the stream, for example before the access
         *       token expires; the client reconnects with its cursor (and a refreshed token).
         *
         *     Native `EventSource` cannot send `Authorization`; the SDK uses a fetch-based reader.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Session event stream (WebSocket binding)
         * @description Optional WebSocket binding of the same stream (feature flag `websocket`). Authenticate with a ticket
         *     from `POST /v1/stream-tickets`. Each server-to-client text frame is one `Event` as JSON, with the
         *     session cursor in the envelope's `cursor` field (persisted events only). Resume by passing the last
         *     cursor as `?cursor=`. The server sends WebSocket ping control frames every 15 seconds. Clients send
         *     no application frames; commands go through the REST operations.
         */
        get: operations["openWebSocket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the session's conversations
         * @description Conversations of the session (for customers, of the customer), newest first.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Start a conversation or secure-message thread
         * @description Starts a chat (with the bot first) or, for customer sessions, a secure-message thread. Idempotent by
         *     `clientConversationId` per session: a repeat returns `200` with the existing conversation.
         *     A guest asking for `channel: secure_message` gets `403 auth_required`. `context` is a flat string
         *     map (at most `limits.context.maxBytes` of UTF-8, 8 KB by default) forwarded to agents and adapters;
         *     too much is `400 context_too_large`.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description State, participants, `lastSeq` and, while queued, the latest queue snapshot. A conversation of
         *     another session is `404` (its existence is not revealed).
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}:end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a conversation
         * @description Ends the conversation on the customer's behalf (`conversation.ended` with reason `customer`).
         *     Idempotent: ending an ended conversation returns it unchanged with `200`.
         */
        post: operations["endConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Replay persisted events (gap fill)
         * @description Returns the persisted events of one conversation with `seq > afterSeq`, in `seq` order, at most
         *     `limit` of them. `afterSeq=0` starts at the beginning. Ephemeral events are never in the log.
         *     `lastSeq` is the conversation's current last `seq`; when `hasMore` is true, call again with
         *     `afterSeq` = the last returned `seq`. If `afterSeq` is older than the retained log the answer is
         *     `410 resume_window_expired`: reload the transcript and continue from `lastSeq`.
         */
        get: operations["listConversationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Read the transcript
         * @description Messages in ascending `seq` order, including earlier persistent segments of the conversation.
         *     With `beforeSeq` the page ends just before it (scrolling back; the newest `limit` messages before
         *     it); with `afterSeq` it starts just after it. Without either, the newest `limit` messages.
         *     `hasMore` tells whether more messages exist in the direction being paged.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Sends a customer message. `Idempotency-Key` is required (the SDK uses the `clientMessageId`).
         *     `201`: stored now. `200`: a message with this `clientMessageId` was already stored in this
         *     conversation, and that message is returned unchanged (or: the same key and body were replayed).
         *     The stored message is also emitted as `message.created` carrying `clientMessageId`.
         *
         *     Rejections: `400` with `message_too_long` (text and markdown together over
         *     `limits.text.maxCodePoints` code points; `errors[].pointer` names the part, e.g. `/parts/0/text`),
         *     `invalid_request`, `malformed_json`, `idempotency_key_required`; `409` with `conversation_ended`,
         *     `idempotency_key_in_flight` or `attachment_rejected`; `422 idempotency_key_reuse`;
         *     `429 rate_limited`.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the customer's typing state
         * @description Fire-and-forget. Agents see `typing.started` for at most 10 seconds unless it is repeated.
         *     The SDK sends at most one per 5 seconds. Ignored (still `202`) for secure-message threads.
         *     In a live chat, typing (`started` or `stopped`) counts as the customer's activity, as a message
         *     does: it holds off the idle warning and clears a pending `participant.auto_disconnect_warning`.
         *     The SDK sends `stopped` when the customer answers that warning ("still here").
         */
        post: operations["sendTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the customer's read horizon
         * @description Marks everything up to and including `upToSeq` as read by the customer (`receipt.read`).
         *     The horizon only moves forward: a lower value than the current horizon is accepted and ignored.
         *     Adapters expand the horizon into per-message receipts where the platform needs them.
         */
        post: operations["markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Download the transcript as a file
         * @description The whole conversation as a file to save: plain text (`format=text`) or a self-contained HTML
         *     page (`format=html`: inline styles, no scripts, everything escaped). Without `format`, a request
         *     that accepts `text/html` but not `text/plain` gets HTML, any other plain text. Headings
         *     and times follow `locale` (default: the session's; `en`, `zh-CN` and `zh-TW` are supported, others
         *     fall back to `en`) in `timeZone` (IANA, default `UTC`). Messages show their author's display
         *     name; attachments are listed by name. Served with `Content-Disposition: attachment`.
         */
        get: operations["downloadTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare an attachment (step 1 of 3)
         * @description Declares a file to upload into this conversation. The server checks it against
         *     `limits.attachments` (`400 attachment_type_blocked`, `400 attachment_too_large`) and returns where
         *     to send the bytes. Accepts an optional `Idempotency-Key`.
         */
        post: operations["createAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Download an attachment's bytes
         * @description For the participants of the attachment's conversation, once it is `available` (the `downloadUrl`
         *     of the reference server; send the bearer token). Always `application/octet-stream` with
         *     `Content-Disposition: attachment` (the file name, RFC 6266) and `X-Content-Type-Options: nosniff`,
         *     so a browser saves the file and never renders it.
         */
        get: operations["downloadAttachment"];
        /**
         * Upload the bytes through the API (step 2, proxy mode)
         * @description Used when `createAttachment` answered `upload.mode: proxy`. The body is the raw file; its length
         *     must equal the declared `sizeBytes` (and its SHA-256 the declared `sha256`, if given).
         */
        put: operations["uploadAttachmentContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachmentId}:complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish the upload (step 3 of 3)
         * @description Tells the server the bytes are uploaded. The attachment moves to `scanning` (or straight to
         *     `available` where no scanner runs); progress is reported by `attachment.status_changed` and by
         *     `GET /v1/attachments/{attachmentId}`. Idempotent. Bytes that are missing or do not match the
         *     declaration are `409 attachment_rejected`.
         */
        post: operations["completeAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Get an attachment
         * @description Status, and a short-lived download URL once `available`.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a live agent
         * @description Requests a hand-over from the bot to a live agent. The answer is `202`: `queued` (with a queue
         *     snapshot when known), `no_agents` or `closed` (outside business hours), with `alternatives` such as
         *     a callback. Progress arrives as `escalation.*`, `queue.updated`, `participant.joined` and
         *     `conversation.state_changed`. Accepts an optional `Idempotency-Key`; escalating a conversation
         *     that is already queued or connected returns the current escalation.
         */
        post: operations["createEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Latest queue snapshot
         * @description The latest queue snapshot of a queued conversation (the same data as the last `queue.updated`).
         *     Every field but `ewtSource` and `updatedAt` is optional: platforms give position, wait time, both
         *     or neither. `404` when the conversation is not queued.
         */
        get: operations["getQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Business hours and current availability
         * @description Effective hours (including holiday overrides) and whether chat, callback and call are available
         *     now. No session needed, so a page can decide what to show before starting one.
         */
        get: operations["getAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proactive chat invitation rules
         * @description The rules the launcher uses to invite a visitor to chat: on which pages (a path prefix or a glob
         *     over the path: `*` within a segment, `**` across segments), after how many seconds on the page,
         *     with which message (in `locale`, default `en`), and a frequency-cap hint. The launcher evaluates
         *     them itself, never blocks the page, and caps the frequency in storage only where the host allows
         *     it (otherwise once per page view). No session needed; cacheable (`Cache-Control: max-age=60`).
         */
        get: operations["listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/callbacks/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Callback slots
         * @description Bookable callback slots, computed from business hours and capacity.
         */
        get: operations["listCallbackSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a callback
         * @description Requests a callback as soon as possible or at a slot or time. `consent` must be `true`.
         *     Accepts an optional `Idempotency-Key`. Rate limited (3 per hour per customer by default).
         *     Outside business hours an ASAP request is `409 outside_business_hours`.
         */
        post: operations["createCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/callbacks/{callbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callbackId: components["parameters"]["CallbackId"];
            };
            cookie?: never;
        };
        /** Get a callback */
        get: operations["getCallback"];
        put?: never;
        post?: never;
        /**
         * Cancel a callback
         * @description Cancels a requested or scheduled callback. Idempotent.
         */
        delete: operations["cancelCallback"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a web call
         * @description Starts a web call, optionally linked to a conversation (its context travels with it). The answer
         *     carries opaque, short-lived media join info for the SDK's media driver (`media.provider` picks the
         *     driver, e.g. `sip` for SIP over WebSocket). Call progress arrives as `call.state_changed`.
         *     Accepts an optional `Idempotency-Key`.
         */
        post: operations["createCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        /** Get a call */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calls/{callId}:hangup": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hang up a call
         * @description Ends the call. Idempotent.
         */
        post: operations["hangupCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get the conversation's survey
         * @description The survey offered for this conversation (see `survey.offered`); `404` when none.
         */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{conversationId}/survey/responses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the survey
         * @description Idempotent per survey: the first submission is stored (`201`, then `survey.completed`); any later
         *     submission returns the stored response with `200`. An expired survey is `409`.
         */
        post: operations["submitSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the knowledge base
         * @description Full-text search. Each search gets a `searchId` for feedback and outcome reporting. Guests are
         *     limited to 60 requests per minute by default.
         */
        get: operations["searchKnowledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Title suggestions (autocomplete) */
        get: operations["suggestKnowledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: components["parameters"]["ArticleId"];
            };
            cookie?: never;
        };
        /**
         * Read an article
         * @description The article as sanitized HTML plus plain text.
         */
        get: operations["getKnowledgeArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/articles/{articleId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: components["parameters"]["ArticleId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate an article
         * @description Helpful or not, with an optional reason and comment. One vote per session and article; a later vote replaces it.
         */
        post: operations["sendArticleFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/knowledge/searches/{searchId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                searchId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report how a search ended
         * @description Reports deflection - whether the search resolved the customer's question, and which article did it. A later report replaces an earlier one.
         */
        post: operations["reportSearchOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the customer's profile */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update contact preferences and callback numbers
         * @description JSON merge patch (RFC 7396) of the editable parts of the profile: contact preferences, callback
         *     numbers and locale. `callbackNumbers`, when present, replaces the whole list. Other fields are
         *     read-only and ignored.
         */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/v1/me/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the customer's cases */
        get: operations["listCases"];
        put?: never;
        /**
         * Open a case
         * @description Accepts an optional `Idempotency-Key`; `clientCaseId` deduplicates like `clientConversationId` (`200` on a repeat).
         */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        /** Get a case */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{caseId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        /** List a case's comments */
        get: operations["listCaseComments"];
        put?: never;
        /**
         * Comment on a case
         * @description Accepts an optional `Idempotency-Key`. Text is limited like messages (`limits.text.maxCodePoints`).
         */
        post: operations["addCaseComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/cases/{caseId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare an attachment for a case
         * @description Step 1 of the same three-step upload as conversation attachments; continue with the upload and
         *     `POST /v1/attachments/{attachmentId}:complete`. Once `available`, the file is listed on the case.
         */
        post: operations["createCaseAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Interaction history
         * @description Every contact of the customer across channels, newest first.
         */
        get: operations["listInteractions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/interactions/{interactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        /** Get an interaction */
        get: operations["getInteraction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/interactions/{interactionId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        /**
         * Get an interaction's transcript
         * @description The transcript as messages; `404` when `transcriptAvailable` is false.
         */
        get: operations["getInteractionTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Agent sign-in
         * @description Signs a live agent in with the e-mail and password of a seeded agent account. Passwords are stored
         *     hashed (a memory-hard hash such as Argon2id or scrypt) and compared in constant time; a wrong e-mail and
         *     a wrong password give the same `401 invalid_credentials`, so accounts cannot be enumerated. Repeated
         *     failures are rate limited per account and per client address (`429 rate_limited`).
         *
         *     Returns an agent session: a short-lived bearer JWT for the `agentAuth` scheme (about 15 minutes),
         *     a `refreshToken`, the queues the agent is a member of and the agent's chat capacity. The agent starts
         *     `offline`; set `available` with `PUT /v1/agent/me/presence` to receive offers. Agent tokens are not
         *     accepted by customer operations and customer tokens are not accepted by agent operations
         *     (`401 invalid_token`).
         */
        post: operations["createAgentSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/sessions/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the agent access token
         * @description Exchanges the agent `refreshToken` for a new access token (and a rotated refresh token). A refresh
         *     token is single-use; reusing one revokes the session (`401 session_expired`).
         */
        post: operations["refreshAgentSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Agent sign-out
         * @description Signs the agent out: revokes the tokens and sets presence to `offline`. Pending offers to the agent are
         *     withdrawn and their conversations go back to the head of their queue. Conversations the agent is
         *     working stay assigned to the agent (they can be transferred or ended after signing in again) unless the
         *     server's policy re-queues them; the desk receives `assignment.ended` for each one re-queued.
         */
        delete: operations["deleteAgentSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/me/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the agent presence
         * @description The agent's presence, how many chats the agent is working and the capacity.
         */
        get: operations["getAgentPresence"];
        /**
         * Set the agent presence
         * @description Sets `available`, `away` or `offline`. Only `available` agents with free capacity
         *     (`activeChats < maxConcurrentChats`) receive offers. Going `away` or `offline` keeps the chats the
         *     agent is working but withdraws pending offers (`offer.withdrawn`, reason `presence_changed`); their
         *     conversations go back to the head of their queue. Presence also drops to `offline` when every desk
         *     stream (`GET /v1/agent/events`) of the agent has been disconnected for longer than the server's grace
         *     period (suggested 30 seconds); pending offers are then withdrawn the same way.
         */
        put: operations["setAgentPresence"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queues of the agent
         * @description The queues the agent is a member of, with the number of waiting conversations, the oldest wait and
         *     the estimated wait time. Also pushed as `queue.changed` events on the desk stream.
         */
        get: operations["listAgentQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Waiting conversations
         * @description The conversations waiting in the agent's queues (or in `queueId`), in routing order: highest
         *     `priority` first, then longest waiting. Priority comes from the customer's tier where it is known
         *     (for example `premier` ahead of `standard`, and both ahead of guests); a conversation re-queued after an
         *     offer timed out or a desk disconnected keeps its original `waitingSince` and goes back to the head of
         *     its priority band (`requeued: true`). The list is informational: conversations are assigned by offers,
         *     not picked from the list.
         */
        get: operations["listAgentQueueEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending offers to the agent
         * @description The conversations currently offered to this agent, each with its `expiresAt`. The server offers the
         *     head of a queue to an `available` agent of that queue with free capacity (`offer.created` on the desk
         *     stream, which the desk uses to alert the agent). The agent has until `expiresAt` (suggested 30 seconds)
         *     to accept; otherwise the offer expires (`offer.expired`) and the conversation goes back to the
         *     **head** of its queue (keeping its original wait time) to be offered to the next agent. The same
         *     happens when the agent declines, or when the desk disconnects (see `setAgentPresence`). An agent who
         *     lets offers expire repeatedly may be set `away` by the server.
         */
        get: operations["listAgentOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}:accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an offer
         * @description Accepts the pending offer for this conversation: the agent joins it (`participant.joined` on the
         *     conversation, `assignment.created` on the desk), the conversation becomes `connected` and counts against
         *     the agent's capacity. Idempotent for the agent already assigned (`200` with the same view).
         *     A left message (`leftMessage` in the queue listing) in one of the agent's queues is taken the same way,
         *     without an offer. `409 offer_not_available` when there is no pending offer to this agent for the
         *     conversation (expired, withdrawn, or accepted by another desk); `409 agent_at_capacity` when the agent already works
         *     `maxConcurrentChats` chats.
         */
        post: operations["acceptAgentOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}:decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline an offer
         * @description Declines the pending offer; the conversation goes back to the head of its queue and is not offered
         *     to this agent again for a while. `409 offer_not_available` when there is no such pending offer.
         */
        post: operations["declineAgentOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversations of the agent
         * @description The conversations assigned to the agent (`status=assigned`, the default: the chats being worked,
         *     several at once up to `maxConcurrentChats`, oldest first) or ended by or for the agent
         *     (`status=ended`, newest first). Paged: pass the `nextCursor` of a page as `cursor` for the next one;
         *     no `nextCursor` means the last page. A cursor of the other list is `400 invalid_request`.
         */
        get: operations["listAgentConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * A conversation with its customer context
         * @description Everything the desk shows beside a chat: the conversation, the customer (identity and tier when the
         *     customer is signed in), the context the SDK sent (page, product, ...), the bot transcript before the
         *     hand-over, the customer's knowledge searches and earlier interactions. Readable by the assigned agent
         *     and by an agent holding a pending offer for it; otherwise `404 not_found`.
         */
        get: operations["getAgentConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Read the transcript (agent)
         * @description Same paging and shapes as `listMessages` on the customer side.
         */
        get: operations["listAgentConversationMessages"];
        put?: never;
        /**
         * Send an agent reply
         * @description Sends an agent message: text, markdown, quick replies or a card, plus `attachmentIds` of
         *     `available` attachments of the conversation; `cannedResponseId` records which canned response the
         *     reply came from (the parts are sent as given; the desk may have edited them). Same idempotency and
         *     `clientMessageId` rules as `sendMessage`: `Idempotency-Key` required, `201` stored now, `200` already
         *     stored. Only the assigned agent may send (`403 forbidden`); `409 conversation_ended` after the end.
         */
        post: operations["sendAgentMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Replay persisted events (agent gap fill)
         * @description Same as `listConversationEvents` on the customer side, for a conversation the agent is assigned to
         *     or was offered.
         */
        get: operations["listAgentConversationEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}/typing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the agent's typing state
         * @description Fire-and-forget; the customer sees `typing.started`/`typing.stopped` with the agent as participant.
         *     The customer's typing reaches the desk the same way, as `typing.*` events on the desk stream.
         */
        post: operations["sendAgentTyping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the agent's read horizon
         * @description Marks everything up to and including `upToSeq` as read by the agent (`receipt.read` with the agent
         *     as participant). The horizon only moves forward.
         */
        post: operations["markAgentRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}:transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer to another queue
         * @description Hands the conversation to another queue: the agent leaves (`participant.left`, `assignment.ended`
         *     with reason `transferred`), the conversation is queued in `queueId` with its original priority and
         *     the `note` is shown to the next agent, and the customer sees `transfer.succeeded`. On failure
         *     (`transfer.failed`) the conversation stays with the agent. `404 not_found` for an unknown queue;
         *     `409 conversation_ended` after the end.
         */
        post: operations["transferAgentConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}:end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a conversation (agent)
         * @description Ends the conversation on the agent's behalf (`conversation.ended` with reason `agent`) and frees the
         *     capacity (`assignment.ended`). Idempotent: ending an ended conversation returns it unchanged.
         */
        post: operations["endAgentConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}:hold": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a chat on hold
         * @description The agent puts a `connected` chat on hold (`conversation.state_changed` to `on_hold`, to the
         *     customer's and the desk's streams). The agent keeps the chat and its capacity slot; the customer's
         *     messages still arrive, and idle warnings pause while on hold. Holding a chat that is already on hold
         *     returns it unchanged. `409 conversation_ended` after the end, `409 conversation_state_conflict` in
         *     any other state; `403 forbidden` for a chat that is not assigned to the agent, `404 not_found` for
         *     an unknown one.
         */
        post: operations["holdAgentConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}:resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a chat on hold
         * @description The agent takes a chat off hold (`conversation.state_changed` from `on_hold` to `connected`).
         *     Resuming a `connected` chat returns it unchanged. `409 conversation_ended` after the end,
         *     `409 conversation_state_conflict` in any other state; `403`/`404` as for `:hold`.
         */
        post: operations["resumeAgentConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/canned-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Canned responses
         * @description The canned responses available to the agent, optionally filtered by `q` (matched against title,
         *     shortcut and text). The desk inserts one into the composer and sends it with `sendAgentMessage`.
         */
        get: operations["listCannedResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The desk's callback list
         * @description Callbacks requested by customers (ASAP or scheduled) in the agent's queues, soonest first, optionally
         *     filtered by `status`. New ones also arrive as `callback.created` on the desk stream.
         */
        get: operations["listAgentCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/callbacks/{callbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callbackId: components["parameters"]["CallbackId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Record a callback attempt or outcome
         * @description Moves a callback to `attempting`, `completed` or `failed` (with an optional note). The customer sees
         *     the matching `callback.*` event. `409` when the callback was cancelled or is already final.
         */
        patch: operations["updateAgentCallback"];
        trace?: never;
    };
    "/v1/agent/conversations/{conversationId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare an agent attachment (step 1 of 3)
         * @description The agent side of `createAttachment`: same limits, errors and idempotency, for a conversation
         *     assigned to the agent (`403 forbidden` otherwise). The upload URL points at
         *     `uploadAgentAttachmentContent`.
         */
        post: operations["createAgentAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Download an attachment's bytes (agent)
         * @description Any available attachment of a conversation the agent may read (the customer's or an agent's).
         *     Same headers as `downloadAttachment`: `application/octet-stream`, `Content-Disposition: attachment`,
         *     `X-Content-Type-Options: nosniff`.
         */
        get: operations["downloadAgentAttachment"];
        /**
         * Upload an agent attachment's bytes (step 2, proxy mode)
         * @description The agent side of `uploadAttachmentContent`: the raw file, as long as declared. Only the uploading
         *     agent, while the conversation is assigned to them.
         */
        put: operations["uploadAgentAttachmentContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/attachments/{attachmentId}:complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish an agent upload (step 3 of 3)
         * @description The agent side of `completeAttachment`: scans the bytes; idempotent. Rejected files (magic bytes,
         *     extension, size or checksum mismatch) are `409 attachment_rejected`.
         */
        post: operations["completeAgentAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Get an attachment (agent)
         * @description Status, and the agent download URL once `available`, for a conversation the agent may read.
         */
        get: operations["getAgentAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Desk event stream (SSE)
         * @description The agent desk's Server-Sent Events stream, with the same framing, envelope, cursor, ping and
         *     `Last-Event-ID` resume rules as `GET /v1/events`. It carries (1) every persisted and ephemeral event of
         *     the conversations assigned to the agent (messages, `typing.*` of the customer, receipts, participants,
         *     `conversation.ended`, ...), resumable by cursor, and (2) desk events, which are all ephemeral (no `seq`,
         *     no SSE `id:`, not replayed; re-read the state with the GET operations after a reconnect): `offer.created`,
         *     `offer.expired`, `offer.withdrawn`, `queue.changed`, `assignment.created`, `assignment.ended`,
         *     `callback.created` and `presence.changed`.
         *
         *     The stream is also the desk's liveness signal: when every desk stream of the agent has been gone for
         *     longer than the grace period, pending offers are withdrawn (back to the head of the queue) and the
         *     agent is set `offline`.
         */
        get: operations["streamAgentEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description RFC 9457 problem details with Foyer extensions. Clients act on `code` and `action`:
         *
         *     | code | usual status | retryable | action |
         *     |---|---|---|---|
         *     | invalid_request | 400 | no | none |
         *     | malformed_json | 400 | no | none |
         *     | message_too_long | 400 | no | shorten |
         *     | context_too_large | 400 | no | shorten |
         *     | attachment_type_blocked | 400 | no | reattach |
         *     | attachment_too_large | 400 (declared) / 413 (bytes) | no | reattach |
         *     | idempotency_key_required | 400 | no | none |
         *     | auth_required | 401 / 403 (guest on customer-only) | no | reauthenticate |
         *     | invalid_token | 401 | no | reauthenticate |
         *     | session_expired | 401 | no | reauthenticate |
         *     | forbidden | 403 | no | none |
         *     | not_found | 404 | no | none |
         *     | method_not_allowed | 405 | no | none |
         *     | conversation_ended | 409 | no | none |
         *     | conversation_state_conflict | 409 | no | none |
         *     | downgrade_not_allowed | 409 | no | none |
         *     | idempotency_key_in_flight | 409 | yes | retry |
         *     | attachment_rejected | 409 | no | reattach |
         *     | outside_business_hours | 409 | no | none |
         *     | no_agents_available | 409 / 503 | yes | retry |
         *     | resume_window_expired | 410 | no | none |
         *     | payload_too_large | 413 | no | shorten |
         *     | unsupported_media_type | 415 | no | none |
         *     | idempotency_key_reuse | 422 | no | none |
         *     | rate_limited | 429 | yes | retry |
         *     | internal_error | 500 | yes | retry |
         *     | not_implemented | 501 | no | none |
         *     | upstream_unavailable | 503 (or 502) | yes | retry |
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description Identifies the problem type (`about:blank` or a documentation URI). Clients key off `code`.
             */
            type: string;
            /** @description Short human-readable summary (not localised; the UI localises by `code`). */
            title: string;
            status: number;
            detail?: string;
            /** Format: uri-reference */
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            /** @description Whether repeating the same request unchanged can succeed. */
            retryable: boolean;
            /** @description Seconds to wait before retrying; mirrors `Retry-After`. */
            retryAfterSeconds?: number;
            /**
             * @description What the client should do next.
             * @enum {string}
             */
            action: "retry" | "reauthenticate" | "shorten" | "reattach" | "check_network" | "none";
            /** @description Correlates with server logs. */
            traceId?: string;
            /** @description Field-level errors. */
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        ProblemFieldError: {
            /** @description RFC 6901 JSON pointer into the request body, e.g. `/parts/0/text`. */
            pointer: string;
            /** @description A `ProblemCode` or a finer validation code (`required`, `type`, `enum`, `too_long`, ...). */
            code: string;
            detail?: string;
        };
        /**
         * @description Stable error code. The list may grow; unknown codes are treated by their `action`.
         * @enum {string}
         */
        ProblemCode: "message_too_long" | "attachment_type_blocked" | "attachment_too_large" | "attachment_rejected" | "session_expired" | "auth_required" | "downgrade_not_allowed" | "conversation_ended" | "resume_window_expired" | "idempotency_key_reuse" | "rate_limited" | "outside_business_hours" | "no_agents_available" | "upstream_unavailable" | "invalid_request" | "malformed_json" | "unsupported_media_type" | "payload_too_large" | "invalid_token" | "forbidden" | "not_found" | "method_not_allowed" | "idempotency_key_required" | "idempotency_key_in_flight" | "not_implemented" | "internal_error" | "context_too_large" | "invalid_credentials" | "offer_not_available" | "agent_at_capacity" | "callback_closed" | "conversation_state_conflict";
        Health: {
            /** @constant */
            status: "ok";
            /** @description Server version. */
            version?: string;
        };
        /** @enum {string} */
        SessionKind: "guest" | "customer";
        /**
         * @description `idToken` is required when `kind` is `customer`; without it the server answers
         *     `400 invalid_request` with an error at `/idToken`. (Not expressed as `if`/`then`: code generators
         *     ignore it and the linter cannot see through it.)
         */
        SessionCreateRequest: {
            kind: components["schemas"]["SessionKind"];
            /** @description Host-issued identity JWT (checked against the host's JWKS). Required for `customer`. */
            idToken?: string;
            /** @description The `resumeToken` of an earlier session, to resume it. */
            resumeToken?: string;
            /** @description BCP 47 language tag, e.g. `en-GB`. */
            locale?: string;
            /** @description A stable id the SDK keeps per browser, for analytics and abuse limits. */
            deviceId?: string;
        };
        RefreshRequest: {
            refreshToken: string;
        };
        UpgradeRequest: {
            /** @description Host-issued identity JWT of the customer. */
            idToken: string;
        };
        Customer: {
            id: string;
            displayName?: string;
            /** @description Service tier from the host identity (for priority routing), e.g. `premier`. */
            tier?: string;
        };
        Session: {
            sessionId: string;
            kind: components["schemas"]["SessionKind"];
            /** @description Bearer JWT, about 15 minutes. */
            accessToken: string;
            refreshToken: string;
            /** @description Opaque, long-lived; the SDK stores it to resume the session after a reload. */
            resumeToken: string;
            /**
             * Format: date-time
             * @description When `accessToken` expires.
             */
            expiresAt: string;
            customer?: components["schemas"]["Customer"];
            capabilities: components["schemas"]["Capabilities"];
            limits: components["schemas"]["Limits"];
        };
        Capabilities: {
            /** @description The contract revision the server implements (`info.version` of this document). */
            apiRevision: string;
            /**
             * @description Feature flags. Known names: `escalation`, `attachments`, `callbacks`, `calls`, `knowledge`,
             *     `surveys`, `portal`, `secureMessages`, `websocket`, `markdown`. A missing flag means false.
             */
            features: {
                [key: string]: boolean;
            };
        };
        Limits: {
            text: {
                /** @description Maximum text of one message (text and markdown parts together), in Unicode code points. */
                maxCodePoints: number;
            };
            context: {
                /** @description Maximum size of a `context` map, as UTF-8 JSON bytes. */
                maxBytes: number;
            };
            attachments: {
                maxBytes: number;
                maxPerMessage: number;
                allowedMimeTypes: string[];
                /** @description Lower-case extensions without the dot, e.g. `exe`. */
                blockedExtensions: string[];
            };
            rateLimits: {
                messagesPerSecond: number;
                messagesBurst: number;
            };
        };
        StreamTicket: {
            ticket: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description Relative URL to open, e.g. `/v1/ws?ticket=...`. */
            url?: string;
        };
        /** @enum {string} */
        ConversationChannel: "chat" | "secure_message";
        /** @enum {string} */
        ConversationState: "bot" | "queued" | "connected" | "on_hold" | "ended";
        /** @enum {string} */
        EndReason: "customer" | "agent" | "idle_timeout" | "system" | "transferred";
        /** @description Flat string map (at most `limits.context.maxBytes`), handed to agents and adapters. */
        ContextMap: {
            [key: string]: string;
        };
        Participant: {
            /** @enum {string} */
            role: "customer" | "bot" | "agent" | "system";
            id: string;
            displayName?: string;
        };
        ConversationCreate: {
            /**
             * Format: uuid
             * @description Client-generated; a repeat within the session returns the existing conversation.
             */
            clientConversationId: string;
            /**
             * @description Defaults to `chat`.
             * @default chat
             */
            channel?: components["schemas"]["ConversationChannel"];
            topic?: string;
            /** @description Subject line (secure messages). */
            subject?: string;
            context?: components["schemas"]["ContextMap"];
            initialMessage?: {
                /** Format: uuid */
                clientMessageId?: string;
                parts: components["schemas"]["CustomerMessagePart"][];
            };
        };
        ConversationEnd: {
            /** @description Free text from the customer (e.g. "resolved"); the ended event's reason is `customer`. */
            reason?: string;
        };
        Conversation: {
            id: string;
            clientConversationId?: string;
            channel: components["schemas"]["ConversationChannel"];
            state: components["schemas"]["ConversationState"];
            topic?: string;
            subject?: string;
            context: components["schemas"]["ContextMap"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            endedAt?: string;
            endReason?: components["schemas"]["EndReason"];
            /** @description The `seq` of the conversation's latest persisted event (0 before any). */
            lastSeq: number;
            participants: components["schemas"]["Participant"][];
            queue?: components["schemas"]["QueueSnapshot"];
        };
        ConversationList: {
            items: components["schemas"]["Conversation"][];
        };
        TypingRequest: {
            /** @enum {string} */
            state: "started" | "stopped";
        };
        ReadRequest: {
            upToSeq: number;
        };
        MessageCreate: {
            /**
             * Format: uuid
             * @description Client-generated (UUIDv7), unique per conversation; also the outbox key.
             */
            clientMessageId: string;
            parts: components["schemas"]["CustomerMessagePart"][];
            /** @description Ids of `available` attachments of this conversation (at most `limits.attachments.maxPerMessage`). */
            attachmentIds?: string[];
            /** @description Id of the message this one answers. */
            replyTo?: string;
        };
        Message: {
            id: string;
            /** @description The `seq` of this message's `message.created` event. */
            seq: number;
            clientMessageId?: string;
            conversationId: string;
            author: components["schemas"]["Participant"];
            /** Format: date-time */
            createdAt: string;
            parts: components["schemas"]["MessagePart"][];
            attachments: components["schemas"]["AttachmentRef"][];
            /**
             * @description Delivery state of a customer message as seen by the other side.
             * @enum {string}
             */
            status: "sent" | "delivered" | "read";
            replyTo?: string;
        };
        MessagePage: {
            items: components["schemas"]["Message"][];
            hasMore: boolean;
        };
        /** @description The parts a customer may send. */
        CustomerMessagePart: components["schemas"]["TextPart"] | components["schemas"]["QuickReplySelectionPart"] | components["schemas"]["FormSubmissionPart"];
        /**
         * @description A typed part of a message. Clients render unknown part types as nothing (or as their `text`
         *     fallback where one exists).
         */
        MessagePart: components["schemas"]["TextPart"] | components["schemas"]["MarkdownPart"] | components["schemas"]["QuickRepliesPart"] | components["schemas"]["CardPart"] | components["schemas"]["CarouselPart"] | components["schemas"]["TimeSlotsPart"] | components["schemas"]["FormPart"] | components["schemas"]["QuickReplySelectionPart"] | components["schemas"]["FormSubmissionPart"];
        TextPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @description Plain text; counted in Unicode code points against `limits.text.maxCodePoints`. */
            text: string;
        };
        MarkdownPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "markdown";
            /** @description CommonMark without raw HTML; clients sanitize before rendering. */
            markdown: string;
        };
        QuickReply: {
            id: string;
            label: string;
            /** @description Machine value sent back with the selection (defaults to `label`). */
            value?: string;
        };
        QuickRepliesPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "quick_replies";
            prompt?: string;
            replies: components["schemas"]["QuickReply"][];
        };
        CardAction: {
            id: string;
            label: string;
            /**
             * @description `postback` answers with a quick-reply selection (`replyId` = this id); `link` opens `url`.
             * @enum {string}
             */
            kind: "postback" | "link";
            value?: string;
            /** Format: uri */
            url?: string;
        };
        Card: {
            title: string;
            subtitle?: string;
            text?: string;
            /** Format: uri */
            imageUrl?: string;
            imageAlt?: string;
            actions?: components["schemas"]["CardAction"][];
        };
        CardPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "card";
            card: components["schemas"]["Card"];
        };
        CarouselPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "carousel";
            cards: components["schemas"]["Card"][];
        };
        TimeSlot: {
            id: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            label?: string;
        };
        /** @description A slot picker; the customer answers with a `quick_reply_selection` whose `replyId` is the slot id. */
        TimeSlotsPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "time_slots";
            prompt?: string;
            /** @description IANA time zone to display the slots in. */
            timezone?: string;
            slots: components["schemas"]["TimeSlot"][];
        };
        FormField: {
            id: string;
            label: string;
            /** @enum {string} */
            kind: "text" | "textarea" | "email" | "tel" | "number" | "date" | "select" | "checkbox";
            required?: boolean;
            placeholder?: string;
            maxLength?: number;
            pattern?: string;
            /** @description For `select`. */
            options?: {
                value: string;
                label: string;
            }[];
        };
        /** @description A form; the customer answers with a `form_submission` carrying the same `formId`. */
        FormPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "form";
            formId: string;
            title?: string;
            fields: components["schemas"]["FormField"][];
            submitLabel?: string;
        };
        QuickReplySelectionPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "quick_reply_selection";
            /** @description The chosen reply's (or slot's, or card action's) id. */
            replyId: string;
            /** @description What the customer's bubble shows (the reply's label). */
            text: string;
        };
        FormSubmissionPart: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "form_submission";
            formId: string;
            /** @description Field id to value (checkboxes as `"true"`/`"false"`). */
            values: {
                [key: string]: string;
            };
        };
        /** @enum {string} */
        AttachmentStatus: "uploading" | "scanning" | "available" | "rejected";
        AttachmentCreate: {
            name: string;
            mimeType: string;
            sizeBytes: number;
            /** @description Hex SHA-256 of the bytes, checked on completion when given. */
            sha256?: string;
        };
        AttachmentUpload: {
            attachmentId: string;
            status: components["schemas"]["AttachmentStatus"];
            upload: components["schemas"]["UploadTarget"];
        };
        /** @description Where to send the bytes. */
        UploadTarget: components["schemas"]["PresignedUpload"] | components["schemas"]["ProxyUpload"];
        PresignedUpload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            mode: "presigned";
            /** @enum {string} */
            method: "PUT" | "POST";
            /** Format: uri */
            url: string;
            /** @description Headers to send with the upload, exactly as given. */
            headers: {
                [key: string]: string;
            };
            /** @description For `POST` (form upload) only; form fields to send before the file. */
            fields?: {
                [key: string]: string;
            };
            /** Format: date-time */
            expiresAt: string;
        };
        ProxyUpload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            mode: "proxy";
            /** @constant */
            method: "PUT";
            /** @description Relative API URL, `/v1/attachments/{attachmentId}/content`; send the bearer token. */
            url: string;
            /** Format: date-time */
            expiresAt?: string;
        };
        Attachment: {
            id: string;
            conversationId?: string;
            caseId?: string;
            name: string;
            mimeType: string;
            sizeBytes: number;
            sha256?: string;
            status: components["schemas"]["AttachmentStatus"];
            /** @description Why it was rejected (e.g. `malware`, `type_mismatch`, `size_mismatch`). */
            reason?: string;
            /** @description Short-lived URL (absolute, or relative to the API) once `available`. */
            downloadUrl?: string;
            /** Format: date-time */
            downloadUrlExpiresAt?: string;
            /** Format: date-time */
            createdAt: string;
        };
        AttachmentRef: {
            id: string;
            name: string;
            mimeType: string;
            sizeBytes: number;
            status: components["schemas"]["AttachmentStatus"];
        };
        InvitationRuleList: {
            /** @description The locale the messages are in. */
            locale: string;
            rules: components["schemas"]["InvitationRule"][];
        };
        InvitationRule: {
            id: string;
            page: components["schemas"]["InvitationPageMatch"];
            /** @description Seconds on a matching page before the invitation shows. */
            secondsOnPage: number;
            message: string;
            /** @description Topic for the conversation started from the invitation. */
            topic?: string;
            queue?: string;
            /** @description A cap hint for the launcher (applied only where the host allows storage). */
            frequency: {
                maxPerDay: number;
                minIntervalSeconds: number;
            };
        };
        /** @description Exactly one of `pathPrefix` (e.g. `/loans`) or `glob` (e.g. `/loans/*\/apply`). */
        InvitationPageMatch: {
            pathPrefix?: string;
            glob?: string;
        } & (unknown | unknown);
        /** @description Every field but `ewtSource` and `updatedAt` is optional; show what is known. */
        QueueSnapshot: {
            /** @description 1 = next. */
            position?: number;
            /** @description Estimated wait time. */
            ewtSeconds?: number;
            /**
             * @description `platform`: reported by the contact-centre platform; `estimated`: computed by the server.
             * @enum {string}
             */
            ewtSource: "platform" | "estimated";
            queueName?: string;
            /**
             * @description True when the conversation waits in the queue's asynchronous inbox (the customer left a message):
             *     it has no position or wait, is not offered, and an agent answers in the same transcript when one
             *     takes it. Absent otherwise.
             */
            leftMessage?: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        EscalationCreate: {
            reason?: string;
            skill?: string;
            /**
             * @description The customer's preferred way to reach an agent (defaults to `chat`). `message` leaves a message:
             *     the conversation waits in the queue's asynchronous inbox (also outside business hours), is not
             *     offered to agents, and an agent answers in the same transcript when one takes it.
             * @enum {string}
             */
            preferred?: "chat" | "callback" | "call" | "message";
        };
        /** @description Another way to get help when chat agents are not available. */
        Alternative: {
            /** @enum {string} */
            kind: "callback" | "call" | "secure_message" | "knowledge";
            available?: boolean;
            /** Format: date-time */
            nextOpenAt?: string;
            label?: string;
        };
        Escalation: {
            escalationId: string;
            /** @enum {string} */
            status: "queued" | "no_agents" | "closed";
            /**
             * @description Why the customer is not simply queued: `closed` for `outside_business_hours`; `no_agents` when
             *     nobody of the queue is signed in (`no_agents_signed_in`) or the estimate passes the queue's
             *     maximum wait (`over_max_wait`); `queued` with `no_agents_available` when every agent of the
             *     queue is signed in but away: the customer waits, with `alternatives` offered alongside.
             * @enum {string}
             */
            reason?: "outside_business_hours" | "no_agents_signed_in" | "no_agents_available" | "over_max_wait";
            queue?: components["schemas"]["QueueSnapshot"];
            alternatives: components["schemas"]["Alternative"][];
        };
        ChannelAvailability: {
            available: boolean;
            /**
             * @description Why it is not available (absent when available).
             * @enum {string}
             */
            reason?: "outside_business_hours" | "no_agents_available" | "no_agents_signed_in" | "at_capacity" | "disabled";
            ewtSeconds?: number;
            /** @enum {string} */
            ewtSource?: "platform" | "estimated";
        };
        OpeningInterval: {
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
        };
        DayHours: {
            /** Format: date */
            date: string;
            /** @description Opening intervals of the day (empty when closed). */
            intervals: components["schemas"]["OpeningInterval"][];
            /** @description E.g. the holiday that closes or shortens the day. */
            note?: string;
        };
        Availability: {
            /** @description IANA time zone of the contact centre. */
            timezone: string;
            now: {
                chat: components["schemas"]["ChannelAvailability"];
                callback: components["schemas"]["ChannelAvailability"];
                call: components["schemas"]["ChannelAvailability"];
                /**
                 * @description Whether a person can take the chat over from the bot now. `chat` stays available while the
                 *     queue is open (the bot answers); `agent` says `no_agents_signed_in` when nobody of the queue
                 *     is signed in (an escalation then answers `no_agents` with the alternatives, and `chat` carries
                 *     no wait estimate) and `no_agents_available` when agents are signed in but away (the customer
                 *     may queue, and is offered the alternatives alongside).
                 */
                agent?: components["schemas"]["ChannelAvailability"];
            };
            /**
             * Format: date-time
             * @description Next opening when closed now.
             */
            nextOpenAt?: string;
            days: components["schemas"]["DayHours"][];
        };
        CallbackSlot: {
            id: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            /** @description Capacity left in the slot, when known. */
            remaining?: number;
        };
        CallbackSlotList: {
            timezone: string;
            slots: components["schemas"]["CallbackSlot"][];
        };
        /** @description As soon as possible, a slot from `GET /v1/callbacks/slots`, or a time. */
        CallbackWhen: components["schemas"]["CallbackWhenAsap"] | components["schemas"]["CallbackWhenSlot"] | components["schemas"]["CallbackWhenAt"];
        CallbackWhenAsap: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "asap";
        };
        CallbackWhenSlot: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "slot";
            slotId: string;
        };
        CallbackWhenAt: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "at";
            /** Format: date-time */
            at: string;
        };
        CallbackCreate: {
            phoneE164: string;
            when: components["schemas"]["CallbackWhen"];
            topic?: string;
            /** @description The conversation whose context and transcript the agent should see. */
            conversationId?: string;
            /**
             * @description The customer agreed to be called on this number.
             * @constant
             */
            consent: true;
            context?: components["schemas"]["ContextMap"];
        };
        /** @enum {string} */
        CallbackStatus: "requested" | "scheduled" | "attempting" | "completed" | "failed" | "cancelled";
        Callback: {
            id: string;
            status: components["schemas"]["CallbackStatus"];
            phoneE164: string;
            asap?: boolean;
            slotId?: string;
            /** Format: date-time */
            scheduledFor?: string;
            topic?: string;
            conversationId?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt?: string;
            failureReason?: string;
        };
        /** @enum {string} */
        CallState: "initiating" | "ringing" | "queued" | "connected" | "on_hold" | "ended" | "failed";
        CallCreate: {
            topic?: string;
            /** @description Links the call to a conversation (its context and transcript go with it). */
            conversationId?: string;
            context?: components["schemas"]["ContextMap"];
        };
        IceServer: {
            urls: string | string[];
            username?: string;
            credential?: string;
        };
        CallMedia: {
            /** @description Picks the SDK media driver. Known values - `sip` (SIP over WebSocket), `chime`, `twilio`, `genesys`. */
            provider: string;
            /** @description Opaque to the SDK core; only the media driver for `provider` reads it. */
            joinInfo: {
                [key: string]: unknown;
            };
            iceServers?: components["schemas"]["IceServer"][];
            /**
             * Format: date-time
             * @description Join before this time.
             */
            expiresAt: string;
        };
        Call: {
            callId: string;
            state: components["schemas"]["CallState"];
            topic?: string;
            conversationId?: string;
            media?: components["schemas"]["CallMedia"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            endedAt?: string;
        };
        SurveyQuestion: {
            id: string;
            /**
             * @description `csat`: integer 1-5; `nps`: integer 0-10; `yes_no`: boolean; `free_text`: string.
             * @enum {string}
             */
            type: "csat" | "nps" | "yes_no" | "free_text";
            prompt: string;
            required: boolean;
            /** @description For `free_text`, in code points. */
            maxLength?: number;
        };
        Survey: {
            id: string;
            conversationId: string;
            /** @enum {string} */
            status: "offered" | "completed" | "expired";
            title?: string;
            questions: components["schemas"]["SurveyQuestion"][];
            /** Format: date-time */
            expiresAt?: string;
        };
        SurveyAnswer: {
            questionId: string;
            value: number | boolean | string;
        };
        SurveyResponseCreate: {
            surveyId: string;
            answers: components["schemas"]["SurveyAnswer"][];
        };
        SurveyResponse: {
            surveyId: string;
            answers: components["schemas"]["SurveyAnswer"][];
            /** Format: date-time */
            submittedAt: string;
        };
        KnowledgeHit: {
            articleId: string;
            title: string;
            /** @description Plain text excerpt (no HTML). */
            snippet: string;
            /** @description The article on the bank's help site, if public. */
            url?: string;
            category?: string;
            /** Format: date-time */
            updatedAt?: string;
            score?: number;
        };
        KnowledgeSearchResult: {
            searchId: string;
            results: components["schemas"]["KnowledgeHit"][];
            nextCursor?: string;
        };
        KnowledgeSuggestions: {
            suggestions: {
                text: string;
                articleId?: string;
            }[];
        };
        KnowledgeArticle: {
            id: string;
            title: string;
            locale: string;
            /** @description Sanitized HTML (safe to insert). */
            html: string;
            /** @description Plain-text rendering. */
            text: string;
            url?: string;
            category?: string;
            /** Format: date-time */
            updatedAt?: string;
            related?: {
                articleId: string;
                title: string;
            }[];
        };
        ArticleFeedback: {
            helpful: boolean;
            /** @description E.g. `outdated`, `unclear`, `not_relevant`. */
            reason?: string;
            comment?: string;
            searchId?: string;
        };
        SearchOutcome: {
            selectedArticleId?: string;
            resolved: boolean;
        };
        CallbackNumber: {
            id?: string;
            phoneE164: string;
            label?: string;
            primary?: boolean;
        };
        ContactPreferences: {
            /** @enum {string} */
            preferredChannel?: "chat" | "voice" | "callback" | "email" | "secure_message" | "sms";
            allowEmail?: boolean;
            allowSms?: boolean;
            allowPhone?: boolean;
            quietHours?: {
                /** @description Local time `HH:MM`. */
                start: string;
                /** @description Local time `HH:MM`. */
                end: string;
                timezone?: string;
            };
        };
        Profile: {
            customerId: string;
            displayName?: string;
            email?: string;
            locale?: string;
            tier?: string;
            contactPreferences: components["schemas"]["ContactPreferences"];
            callbackNumbers: components["schemas"]["CallbackNumber"][];
            /** Format: date-time */
            updatedAt?: string;
        };
        ProfilePatch: {
            locale?: string;
            contactPreferences?: components["schemas"]["ContactPreferences"];
            callbackNumbers?: components["schemas"]["CallbackNumber"][];
        };
        /** @enum {string} */
        CaseStatus: "new" | "in_progress" | "awaiting_customer" | "resolved" | "closed";
        Case: {
            id: string;
            /** @description Human-readable case number. */
            number: string;
            subject: string;
            description?: string;
            category?: string;
            status: components["schemas"]["CaseStatus"];
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            conversationId?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            closedAt?: string;
            attachments: components["schemas"]["AttachmentRef"][];
        };
        CaseList: {
            items: components["schemas"]["Case"][];
            nextCursor?: string;
        };
        CaseCreate: {
            /** Format: uuid */
            clientCaseId?: string;
            subject: string;
            description: string;
            category?: string;
            /** @description The conversation the case comes from. */
            conversationId?: string;
            attachmentIds?: string[];
        };
        CaseComment: {
            id: string;
            author: components["schemas"]["Participant"];
            text: string;
            /** Format: date-time */
            createdAt: string;
            attachments: components["schemas"]["AttachmentRef"][];
        };
        CaseCommentList: {
            items: components["schemas"]["CaseComment"][];
            nextCursor?: string;
        };
        CaseCommentCreate: {
            text: string;
            attachmentIds?: string[];
        };
        /** @enum {string} */
        InteractionChannel: "chat" | "voice" | "callback" | "email" | "secure_message" | "branch";
        Interaction: {
            id: string;
            channel: components["schemas"]["InteractionChannel"];
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            endedAt?: string;
            /** @enum {string} */
            status: "active" | "completed" | "missed" | "abandoned";
            subject?: string;
            caseId?: string;
            conversationId?: string;
            transcriptAvailable: boolean;
        };
        InteractionList: {
            items: components["schemas"]["Interaction"][];
            nextCursor?: string;
        };
        Transcript: {
            interactionId: string;
            channel: components["schemas"]["InteractionChannel"];
            messages: components["schemas"]["Message"][];
        };
        EventPage: {
            events: components["schemas"]["Event"][];
            hasMore: boolean;
            /** @description The conversation's current last `seq`. */
            lastSeq: number;
        };
        /**
         * @description Fields shared by every event. `data` is defined per type. Persisted events carry `conversationId`
         *     and `seq`; ephemeral events carry neither `seq` nor an SSE `id:` and are not replayed.
         */
        EventEnvelope: {
            /** @description Unique id of this event (for logs and de-duplication); not the stream cursor. */
            id: string;
            /** @description The event type; unknown types are ignored by clients. */
            type: string;
            conversationId?: string;
            /** @description Gapless per-conversation sequence number (persisted events only). */
            seq?: number;
            /** Format: date-time */
            occurredAt: string;
            actor?: components["schemas"]["Participant"];
            /** @description True for events that are not persisted (typing, queue, session, auth, stream). */
            ephemeral?: boolean;
            /**
             * @description WebSocket binding only: the session cursor after this event (what SSE puts in `id:`).
             *     Absent on SSE frames and in gap-fill pages.
             */
            cursor?: string;
        };
        /**
         * @description Every event the server emits, on the SSE stream, the WebSocket binding and in gap-fill pages.
         *     Clients ignore types they do not know.
         */
        Event: components["schemas"]["ConversationCreatedEvent"] | components["schemas"]["ConversationStateChangedEvent"] | components["schemas"]["ConversationEndedEvent"] | components["schemas"]["ConversationRehydratedEvent"] | components["schemas"]["MessageCreatedEvent"] | components["schemas"]["MessageUpdatedEvent"] | components["schemas"]["MessageDeletedEvent"] | components["schemas"]["ReceiptDeliveredEvent"] | components["schemas"]["ReceiptReadEvent"] | components["schemas"]["TypingStartedEvent"] | components["schemas"]["TypingStoppedEvent"] | components["schemas"]["ParticipantJoinedEvent"] | components["schemas"]["ParticipantLeftEvent"] | components["schemas"]["ParticipantUpdatedEvent"] | components["schemas"]["ParticipantIdleEvent"] | components["schemas"]["ParticipantAutoDisconnectWarningEvent"] | components["schemas"]["EscalationRequestedEvent"] | components["schemas"]["EscalationFailedEvent"] | components["schemas"]["TransferSucceededEvent"] | components["schemas"]["TransferFailedEvent"] | components["schemas"]["QueueUpdatedEvent"] | components["schemas"]["CallbackOfferedEvent"] | components["schemas"]["CallbackScheduledEvent"] | components["schemas"]["CallbackAttemptingEvent"] | components["schemas"]["CallbackCompletedEvent"] | components["schemas"]["CallbackFailedEvent"] | components["schemas"]["CallStateChangedEvent"] | components["schemas"]["AuthRequestedEvent"] | components["schemas"]["AuthSucceededEvent"] | components["schemas"]["AuthFailedEvent"] | components["schemas"]["SessionExpiringEvent"] | components["schemas"]["SessionExpiredEvent"] | components["schemas"]["SurveyOfferedEvent"] | components["schemas"]["SurveyCompletedEvent"] | components["schemas"]["AttachmentStatusChangedEvent"] | components["schemas"]["StreamResetEvent"] | components["schemas"]["StreamReconnectEvent"] | components["schemas"]["OfferCreatedEvent"] | components["schemas"]["OfferExpiredEvent"] | components["schemas"]["OfferWithdrawnEvent"] | components["schemas"]["QueueChangedEvent"] | components["schemas"]["AssignmentCreatedEvent"] | components["schemas"]["AssignmentEndedEvent"] | components["schemas"]["CallbackCreatedEvent"] | components["schemas"]["PresenceChangedEvent"];
        ParticipantData: {
            participant: components["schemas"]["Participant"];
        };
        CallbackData: {
            callback: components["schemas"]["Callback"];
        };
        ReceiptData: {
            /** @description Everything up to and including this `seq` is delivered/read by `participant`. */
            upToSeq: number;
            participant: components["schemas"]["Participant"];
        };
        /** @description Persisted. A conversation was created (always `seq` 1). */
        ConversationCreatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "conversation.created";
            data: {
                conversation: components["schemas"]["Conversation"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.created";
        };
        /** @description Persisted. The conversation moved between bot, queued, connected, on_hold and ended. */
        ConversationStateChangedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "conversation.state_changed";
            data: {
                state: components["schemas"]["ConversationState"];
                previousState: components["schemas"]["ConversationState"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.state_changed";
        };
        /** @description Persisted. The conversation ended. */
        ConversationEndedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "conversation.ended";
            data: {
                reason: components["schemas"]["EndReason"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.ended";
        };
        /**
         * @description Persisted. A persistent conversation was continued after a restart or from an earlier segment;
         *     earlier messages are available through the transcript.
         */
        ConversationRehydratedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "conversation.rehydrated";
            data: {
                /** @description The earlier segment this one continues, when there is one. */
                sourceConversationId?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.rehydrated";
        };
        /** @description Persisted. A message was stored; `message.seq` equals the event's `seq`. */
        MessageCreatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "message.created";
            data: {
                message: components["schemas"]["Message"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.created";
        };
        /** @description Persisted. A message changed (attachment scan result, redaction, status); replace it by `message.id`. */
        MessageUpdatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "message.updated";
            data: {
                message: components["schemas"]["Message"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.updated";
        };
        /** @description Persisted. A message was deleted. */
        MessageDeletedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "message.deleted";
            data: {
                messageId: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.deleted";
        };
        /** @description Persisted. Messages up to `upToSeq` reached `participant`. */
        ReceiptDeliveredEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "receipt.delivered";
            data: components["schemas"]["ReceiptData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "receipt.delivered";
        };
        /** @description Persisted. `participant` read messages up to `upToSeq`. */
        ReceiptReadEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "receipt.read";
            data: components["schemas"]["ReceiptData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "receipt.read";
        };
        /** @description Ephemeral. `participant` is typing; treat as stopped after 10 seconds without a repeat. */
        TypingStartedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "typing.started";
            data: components["schemas"]["ParticipantData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "typing.started";
        };
        /** @description Ephemeral. `participant` stopped typing. */
        TypingStoppedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "typing.stopped";
            data: components["schemas"]["ParticipantData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "typing.stopped";
        };
        /** @description Persisted. A participant (e.g. an agent) joined. */
        ParticipantJoinedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "participant.joined";
            data: components["schemas"]["ParticipantData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "participant.joined";
        };
        /** @description Persisted. A participant left. */
        ParticipantLeftEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "participant.left";
            data: components["schemas"]["ParticipantData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "participant.left";
        };
        /** @description Persisted. A participant's details (e.g. display name) changed. */
        ParticipantUpdatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "participant.updated";
            data: components["schemas"]["ParticipantData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "participant.updated";
        };
        /** @description Persisted. A participant (usually the customer) went idle. */
        ParticipantIdleEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "participant.idle";
            data: components["schemas"]["ParticipantData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "participant.idle";
        };
        /**
         * @description Persisted. `participant` will be disconnected for inactivity in `secondsRemaining` seconds. The server
         *     sends it for a `connected` chat whose customer wrote or typed nothing for the configured time (not in
         *     the bot, the queue or on hold); a message or typing from the customer before the time runs out keeps
         *     the chat, otherwise it ends with reason `idle_timeout`.
         */
        ParticipantAutoDisconnectWarningEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "participant.auto_disconnect_warning";
            data: {
                participant: components["schemas"]["Participant"];
                secondsRemaining: number;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "participant.auto_disconnect_warning";
        };
        /** @description Persisted. A hand-over to a live agent was requested. */
        EscalationRequestedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "escalation.requested";
            data: {
                escalationId?: string;
                reason?: string;
                skill?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "escalation.requested";
        };
        /** @description Persisted. The hand-over failed. */
        EscalationFailedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "escalation.failed";
            data: {
                escalationId?: string;
                /** @enum {string} */
                reason: "no_agents" | "closed" | "error";
                alternatives?: components["schemas"]["Alternative"][];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "escalation.failed";
        };
        /** @description Persisted. The conversation was transferred to another agent or queue. */
        TransferSucceededEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "transfer.succeeded";
            data: {
                from?: components["schemas"]["Participant"];
                to?: components["schemas"]["Participant"];
                queueName?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "transfer.succeeded";
        };
        /** @description Persisted. A transfer failed; the conversation stays where it was. */
        TransferFailedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "transfer.failed";
            data: {
                reason?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "transfer.failed";
        };
        /** @description Ephemeral. A new queue snapshot (also readable with `GET .../queue`). */
        QueueUpdatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "queue.updated";
            data: components["schemas"]["QueueSnapshot"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "queue.updated";
        };
        /** @description Persisted. The server offers a callback (e.g. long queue or closing time). */
        CallbackOfferedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "callback.offered";
            data: {
                /** @description E.g. `long_wait`, `closing`, `no_agents`. */
                reason?: string;
                ewtSeconds?: number;
                slots?: components["schemas"]["CallbackSlot"][];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "callback.offered";
        };
        /** @description Persisted when tied to a conversation. A callback was booked. */
        CallbackScheduledEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "callback.scheduled";
            data: components["schemas"]["CallbackData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "callback.scheduled";
        };
        /** @description Persisted when tied to a conversation. The contact centre is calling now. */
        CallbackAttemptingEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "callback.attempting";
            data: components["schemas"]["CallbackData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "callback.attempting";
        };
        /** @description Persisted when tied to a conversation. The callback took place. */
        CallbackCompletedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "callback.completed";
            data: components["schemas"]["CallbackData"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "callback.completed";
        };
        /** @description Persisted when tied to a conversation. The callback could not be made. */
        CallbackFailedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "callback.failed";
            data: {
                callback: components["schemas"]["Callback"];
                reason?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "callback.failed";
        };
        /** @description Persisted when tied to a conversation. A web call changed state. */
        CallStateChangedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "call.state_changed";
            data: {
                callId: string;
                state: components["schemas"]["CallState"];
                previousState?: components["schemas"]["CallState"];
                reason?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "call.state_changed";
        };
        /**
         * @description Ephemeral (session-scoped; `conversationId` set when a conversation asked). Step-up: the agent or
         *     bot asks the customer to sign in; the SDK obtains an `idToken` from the host and calls
         *     `POST /v1/sessions/current/upgrade`.
         */
        AuthRequestedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "auth.requested";
            data: {
                requestId?: string;
                reason?: string;
                deadlineSeconds?: number;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "auth.requested";
        };
        /** @description Ephemeral. The session is now a customer session. */
        AuthSucceededEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "auth.succeeded";
            data: {
                requestId?: string;
                customer?: components["schemas"]["Customer"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "auth.succeeded";
        };
        /** @description Ephemeral. Authentication failed or was abandoned. */
        AuthFailedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "auth.failed";
            data: {
                requestId?: string;
                reason?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "auth.failed";
        };
        /** @description Ephemeral. The access token expires soon; refresh it. */
        SessionExpiringEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "session.expiring";
            data: {
                /** Format: date-time */
                expiresAt: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "session.expiring";
        };
        /** @description Ephemeral. The session ended (tokens expired or revoked); the stream closes after it. */
        SessionExpiredEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "session.expired";
            data: {
                reason?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "session.expired";
        };
        /** @description Persisted. A survey is offered for the conversation. */
        SurveyOfferedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "survey.offered";
            data: {
                survey: components["schemas"]["Survey"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "survey.offered";
        };
        /** @description Persisted. The survey was answered. */
        SurveyCompletedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "survey.completed";
            data: {
                surveyId: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "survey.completed";
        };
        /** @description Persisted (conversation attachments). An attachment moved through uploading, scanning, available or rejected. */
        AttachmentStatusChangedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "attachment.status_changed";
            data: {
                attachmentId: string;
                status: components["schemas"]["AttachmentStatus"];
                reason?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "attachment.status_changed";
        };
        /**
         * @description Ephemeral. The stream could not resume `data.conversationId` from the cursor (`cursor_expired`:
         *     older than the retained log; `invalid_cursor`: undecodable). Reload the transcript and continue from
         *     the conversation's `lastSeq`.
         */
        StreamResetEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "stream.reset";
            data: {
                conversationId: string;
                /** @enum {string} */
                reason: "cursor_expired" | "invalid_cursor";
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "stream.reset";
        };
        /** @description Ephemeral. The server is about to close the stream; reconnect with the last cursor. */
        StreamReconnectEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "stream.reconnect";
            data: {
                /** @description E.g. `token_expiring`, `server_shutdown`, `rebalance`. */
                reason?: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "stream.reconnect";
        };
        AgentSessionCreate: {
            /** Format: email */
            email: string;
            /**
             * Format: password
             * @description Compared against the stored hash; never logged or echoed.
             */
            password: string;
        };
        AgentQueueRef: {
            id: string;
            name: string;
        };
        AgentSession: {
            agentId: string;
            /** @description The name customers see. */
            displayName: string;
            /** @description Bearer JWT for `agentAuth`, about 15 minutes. Not accepted by customer operations. */
            accessToken: string;
            refreshToken: string;
            /**
             * Format: date-time
             * @description When `accessToken` expires.
             */
            expiresAt: string;
            /** @description The queues the agent is a member of. */
            queues: components["schemas"]["AgentQueueRef"][];
            /** @description How many chats the agent works at once; no offers are made beyond it. */
            maxConcurrentChats: number;
        };
        /** @enum {string} */
        AgentPresenceStatus: "available" | "away" | "offline";
        AgentPresence: {
            status: components["schemas"]["AgentPresenceStatus"];
            /** Format: date-time */
            since: string;
            /** @description Conversations currently assigned to the agent. */
            activeChats: number;
            maxConcurrentChats: number;
        };
        AgentPresenceUpdate: {
            status: components["schemas"]["AgentPresenceStatus"];
        };
        AgentQueue: {
            id: string;
            name: string;
            /** @description Conversations waiting (not counting those with a pending offer). */
            waiting: number;
            /** @description Conversations with a pending offer. */
            offered?: number;
            /** Format: date-time */
            oldestWaitingSince?: string;
            /** @description Estimated wait time for a conversation joining now. */
            ewtSeconds?: number;
            agentsAvailable?: number;
        };
        AgentQueueList: {
            items: components["schemas"]["AgentQueue"][];
        };
        /**
         * @description Who the customer is, as far as known: `kind: customer` for a signed-in customer (with `id`,
         *     `displayName` and `tier` from the host identity), `kind: guest` otherwise.
         */
        CustomerSummary: {
            kind: components["schemas"]["SessionKind"];
            id?: string;
            displayName?: string;
            /** @description Service tier, e.g. `premier`; drives queue priority. */
            tier?: string;
        };
        AgentQueueEntry: {
            conversationId: string;
            queueId: string;
            /**
             * Format: date-time
             * @description When the conversation first joined the queue (kept across re-queues).
             */
            waitingSince: string;
            /** @description Higher is served first; derived from the customer's tier (guests lowest). */
            priority: number;
            customer: components["schemas"]["CustomerSummary"];
            topic?: string;
            /** @description True when it came back after an expired or declined offer or a desk disconnect. */
            requeued?: boolean;
            /** @description The agent currently holding an offer for it, if any. */
            offeredTo?: string;
            /**
             * @description A left message (escalation with `preferred: message`): not offered, but any agent of the queue may
             *     take it with `acceptAgentOffer` and answer in the same transcript.
             */
            leftMessage?: boolean;
        };
        AgentQueueEntryList: {
            items: components["schemas"]["AgentQueueEntry"][];
        };
        AgentOffer: {
            id: string;
            conversationId: string;
            queueId: string;
            /** Format: date-time */
            offeredAt: string;
            /**
             * Format: date-time
             * @description Accept before this; afterwards the conversation goes back to the head of its queue.
             */
            expiresAt: string;
            customer: components["schemas"]["CustomerSummary"];
            topic?: string;
            priority?: number;
        };
        AgentOfferList: {
            items: components["schemas"]["AgentOffer"][];
        };
        AgentOfferDecline: {
            reason?: string;
        };
        AgentConversationSummary: {
            conversation: components["schemas"]["Conversation"];
            customer: components["schemas"]["CustomerSummary"];
            queueId?: string;
            /** Format: date-time */
            assignedAt?: string;
            /** @description Customer messages after the agent's read horizon. */
            unreadCount?: number;
        };
        AgentConversationList: {
            items: components["schemas"]["AgentConversationSummary"][];
            nextCursor?: string;
        };
        /**
         * @description Where the customer was, taken from the conversation's `context` map: the well-known keys are
         *     lifted out, and `raw` keeps the whole map.
         */
        CustomerContext: {
            pageUrl?: string;
            pageTitle?: string;
            product?: string;
            locale?: string;
            device?: string;
            raw: components["schemas"]["ContextMap"];
        };
        CustomerSearch: {
            query: string;
            /** Format: date-time */
            at: string;
            /** @description The article the customer opened from the results, if any. */
            selectedArticleId?: string;
            /**
             * @description Where the search ran: `bot_faq` for free text the bot looked up in its own FAQ entries,
             *     `knowledge` for the knowledge base.
             * @enum {string}
             */
            source?: "bot_faq" | "knowledge";
            /** @description For `bot_faq`, the FAQ entry the bot found and offered; absent when nothing matched. */
            faqId?: string;
            /** @description The question of that FAQ entry, in the customer's language. */
            faqTitle?: string;
        };
        EarlierInteraction: {
            id: string;
            channel: components["schemas"]["InteractionChannel"];
            /** Format: date-time */
            startedAt: string;
            subject?: string;
            conversationId?: string;
        };
        AgentConversationView: {
            conversation: components["schemas"]["Conversation"];
            customer: components["schemas"]["CustomerSummary"];
            queueId?: string;
            /** Format: date-time */
            assignedAt?: string;
            context: components["schemas"]["CustomerContext"];
            /** @description The messages before the hand-over to a live agent. */
            botTranscript: components["schemas"]["Message"][];
            /** @description What the customer searched in the knowledge base before and during the conversation. */
            searches: components["schemas"]["CustomerSearch"][];
            /** @description Earlier contacts of a known customer (empty for guests), newest first. */
            earlierInteractions: components["schemas"]["EarlierInteraction"][];
            /** @description The note of the agent who transferred the conversation here, if any. */
            transferNote?: string;
        };
        /** @description The parts an agent may send. */
        AgentMessagePart: components["schemas"]["TextPart"] | components["schemas"]["MarkdownPart"] | components["schemas"]["QuickRepliesPart"] | components["schemas"]["CardPart"];
        AgentMessageCreate: {
            /**
             * Format: uuid
             * @description Desk-generated (UUIDv7), unique per conversation.
             */
            clientMessageId: string;
            parts: components["schemas"]["AgentMessagePart"][];
            /** @description Ids of `available` attachments of this conversation. */
            attachmentIds?: string[];
            replyTo?: string;
            /** @description The canned response the reply was built from, for reporting. */
            cannedResponseId?: string;
        };
        AgentTransfer: {
            queueId: string;
            /** @description Shown to the next agent, not to the customer. */
            note?: string;
        };
        AgentConversationEnd: {
            /** @description Free text (wrap-up note); the ended event's reason is `agent`. */
            reason?: string;
        };
        CannedResponse: {
            id: string;
            title: string;
            /** @description E.g. `/greet`. */
            shortcut?: string;
            locale?: string;
            parts: components["schemas"]["AgentMessagePart"][];
        };
        CannedResponseList: {
            items: components["schemas"]["CannedResponse"][];
        };
        AgentCallback: {
            callback: components["schemas"]["Callback"];
            customer: components["schemas"]["CustomerSummary"];
            queueId?: string;
            /** @description The latest note recorded by an agent. */
            note?: string;
        };
        AgentCallbackList: {
            items: components["schemas"]["AgentCallback"][];
            nextCursor?: string;
        };
        AgentCallbackUpdate: {
            /** @enum {string} */
            status: "attempting" | "completed" | "failed";
            note?: string;
        };
        /**
         * @description Ephemeral (desk stream). A conversation is offered to this agent; alert the agent. Accept with
         *     `POST /v1/agent/conversations/{conversationId}:accept` before `offer.expiresAt`.
         */
        OfferCreatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "offer.created";
            data: {
                offer: components["schemas"]["AgentOffer"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "offer.created";
        };
        /**
         * @description Ephemeral (desk stream). The offer was not accepted in time; the conversation went back to the
         *     head of its queue.
         */
        OfferExpiredEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "offer.expired";
            data: {
                offerId: string;
                conversationId: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "offer.expired";
        };
        /**
         * @description Ephemeral (desk stream). The offer is no longer valid: the customer left, the agent declined or
         *     changed presence, the desk disconnected, or the conversation was transferred.
         */
        OfferWithdrawnEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "offer.withdrawn";
            data: {
                offerId: string;
                conversationId: string;
                /** @description E.g. `customer_left`, `declined`, `presence_changed`, `desk_disconnected`, `transferred`. */
                reason: string;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "offer.withdrawn";
        };
        /** @description Ephemeral (desk stream). The waiting count or estimated wait of one of the agent's queues changed. */
        QueueChangedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "queue.changed";
            data: {
                queueId: string;
                waiting: number;
                ewtSeconds?: number;
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "queue.changed";
        };
        /**
         * @description Ephemeral (desk stream). A conversation was assigned to this agent (after `:accept`, possibly from
         *     another desk tab); its conversation events now flow on the desk stream.
         */
        AssignmentCreatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "assignment.created";
            data: {
                assignment: components["schemas"]["AgentConversationSummary"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "assignment.created";
        };
        /**
         * @description Ephemeral (desk stream). A conversation is no longer assigned to this agent (ended, transferred or
         *     re-queued); its capacity is free again.
         */
        AssignmentEndedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "assignment.ended";
            data: {
                conversationId: string;
                reason: components["schemas"]["EndReason"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "assignment.ended";
        };
        /** @description Ephemeral (desk stream). A customer requested a callback in one of the agent's queues. */
        CallbackCreatedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "callback.created";
            data: {
                callback: components["schemas"]["AgentCallback"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "callback.created";
        };
        /**
         * @description Ephemeral (desk stream). The agent's presence changed (from another desk tab, or by the server,
         *     e.g. `offline` after every desk stream disconnected).
         */
        PresenceChangedEvent: components["schemas"]["EventEnvelope"] & {
            /** @constant */
            type: "presence.changed";
            data: {
                presence: components["schemas"]["AgentPresence"];
            };
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "presence.changed";
        };
    };
    responses: {
        /**
         * @description The request is invalid: `invalid_request` (with `errors[]` naming each field by JSON pointer),
         *     `malformed_json`, `message_too_long`, `context_too_large`, `attachment_type_blocked`,
         *     `attachment_too_large`, `idempotency_key_required`.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Message too long",
                 *       "status": 400,
                 *       "code": "message_too_long",
                 *       "retryable": false,
                 *       "action": "shorten",
                 *       "errors": [
                 *         {
                 *           "pointer": "/parts/0/text",
                 *           "code": "message_too_long",
                 *           "detail": "1200 code points; the limit is 1024."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description No usable credentials: `auth_required` (no `Authorization`), `invalid_token`, `session_expired`
         *     (refresh, or create a session again with the resume token). Action `reauthenticate`.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Authenticated but not allowed: `forbidden`, or `auth_required` when a guest session calls a
         *     customer-only operation (portal, secure messages).
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_found`: no such resource, or it belongs to another session. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The client does not accept `text/event-stream` (`invalid_request`). */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The request conflicts with the resource's state: `conversation_ended`, `idempotency_key_in_flight`
         *     (retryable), `downgrade_not_allowed`, `attachment_rejected`, `outside_business_hours`,
         *     `no_agents_available`, `conversation_state_conflict` (e.g. holding a chat that is not connected).
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `resume_window_expired`: the requested position is older than the retained event log. */
        Gone: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `payload_too_large` (request body over the server limit) or `attachment_too_large` (uploaded bytes). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `unsupported_media_type`: the request body is not JSON (or not the documented type). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `idempotency_key_reuse`: the `Idempotency-Key` was already used with a different body. */
        UnprocessableContent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `rate_limited`: wait `Retry-After` seconds (also `retryAfterSeconds` in the body), then retry. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "code": "rate_limited",
                 *       "retryable": true,
                 *       "retryAfterSeconds": 1,
                 *       "action": "retry"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `internal_error`. Commands sent with an `Idempotency-Key` can be retried safely. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `not_implemented`: this server does not offer the feature (see `capabilities.features`). */
        NotImplemented: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `upstream_unavailable` (the contact-centre platform or a backing service is down) or `no_agents_available`. May carry `Retry-After`. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Any error, as a problem. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        ConversationId: string;
        AttachmentId: string;
        CallbackId: string;
        CallId: string;
        ArticleId: string;
        CaseId: string;
        InteractionId: string;
        /**
         * @description A client-chosen unique key for this command (the SDK sends the `clientMessageId`). Kept at least
         *     24 hours. Same key and body: the original response again; same key, other body:
         *     `422 idempotency_key_reuse`; same key while the first is still running: `409 idempotency_key_in_flight`.
         *     Missing: `400 idempotency_key_required`. Servers accept the value with or without the surrounding
         *     double quotes of the draft's structured-field string form.
         */
        IdempotencyKeyRequired: string;
        /** @description Optional; when present, the same semantics as on `sendMessage`. */
        IdempotencyKey: string;
        /**
         * @description The last SSE `id:` the client saw on any stream of this session: an opaque session cursor, sent back
         *     verbatim. The server replays every persisted event after it, then goes live.
         */
        LastEventId: string;
        /** @description BCP 47 language tag; defaults to the session's locale. */
        Locale: string;
        /** @description The `nextCursor` of the previous page. */
        Cursor: string;
        PageLimit: number;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying (RFC 9110). */
        RetryAfter: number;
        /**
         * @description Remaining quota of the policy that was exceeded, per draft-ietf-httpapi-ratelimit-headers,
         *     e.g. `"messages";r=0;t=1` (remaining 0, resets in 1 s).
         */
        RateLimit: string;
        /** @description The policy, per draft-ietf-httpapi-ratelimit-headers, e.g. `"messages";q=5;w=1` (quota 5 per 1 s window). */
        RateLimitPolicy: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
            "4XX": components["responses"]["Error"];
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreateRequest"];
            };
        };
        responses: {
            /** @description An existing session was resumed with `resumeToken`; fresh tokens are returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description A new session was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New tokens for the same session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    upgradeSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpgradeRequest"];
            };
        };
        responses: {
            /** @description The upgraded session with new tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createStreamTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A fresh ticket. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTicket"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotImplemented"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Same as `Last-Event-ID`, for clients that cannot set headers. When both are present the header wins. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The last SSE `id:` the client saw on any stream of this session: an opaque session cursor, sent back
                 *     verbatim. The server replays every persisted event after it, then goes live.
                 */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description An endless `text/event-stream`. The schema describes the JSON in each frame's `data:` field:
             *     one `Event` per frame.
             */
            200: {
                headers: {
                    /** @description Always `no-cache`. */
                    "Cache-Control"?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["Event"];
                };
            };
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    openWebSocket: {
        parameters: {
            query: {
                /** @description The single-use ticket from `POST /v1/stream-tickets` (valid 60 s). */
                ticket: string;
                /** @description The last session cursor seen, as for `Last-Event-ID` on the SSE stream. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols; the connection carries `Event` frames from now on. */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            501: components["responses"]["NotImplemented"];
            default: components["responses"]["Error"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description `active`: not yet ended; `ended`: ended. Both when omitted. */
                status?: "active" | "ended";
                channel?: components["schemas"]["ConversationChannel"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCreate"];
            };
        };
        responses: {
            /** @description A conversation with this `clientConversationId` already exists for the session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The conversation was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    endConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConversationEnd"];
            };
        };
        responses: {
            /** @description The ended conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listConversationEvents: {
        parameters: {
            query: {
                /** @description Return events with a `seq` strictly greater than this. */
                afterSeq: number;
                /** @description Maximum number of events to return. */
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the event log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                beforeSeq?: number;
                afterSeq?: number;
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A client-chosen unique key for this command (the SDK sends the `clientMessageId`). Kept at least
                 *     24 hours. Same key and body: the original response again; same key, other body:
                 *     `422 idempotency_key_reuse`; same key while the first is still running: `409 idempotency_key_in_flight`.
                 *     Missing: `400 idempotency_key_required`. Servers accept the value with or without the surrounding
                 *     double quotes of the draft's structured-field string form.
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCreate"];
            };
        };
        responses: {
            /** @description The message was already stored (same `clientMessageId`, or an idempotent replay). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The message was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    sendTyping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypingRequest"];
            };
        };
        responses: {
            /** @description Accepted; nothing is returned. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotImplemented"];
        };
    };
    markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadRequest"];
            };
        };
        responses: {
            /** @description The horizon was recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    downloadTranscript: {
        parameters: {
            query?: {
                format?: "text" | "html";
                /** @description BCP 47 language tag; defaults to the session's locale. */
                locale?: components["parameters"]["Locale"];
                /** @description IANA time zone for the times, e.g. `Asia/Taipei`. */
                timeZone?: string;
            };
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript. */
            200: {
                headers: {
                    /** @description `attachment; filename="transcript-….txt"` (or `.html`). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                    "text/html": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreate"];
            };
        };
        responses: {
            /** @description Upload instructions. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"; filename*=UTF-8''…` */
                    "Content-Disposition"?: string;
                    "X-Content-Type-Options"?: "nosniff";
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    uploadAttachmentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The bytes were stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    completeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment after completion. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EscalationCreate"];
            };
        };
        responses: {
            /** @description The escalation was accepted (see `status`). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueSnapshot"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getAvailability: {
        parameters: {
            query?: {
                topic?: string;
                /** @description How many days of hours to return, starting today. */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Availability. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description BCP 47 language tag for the messages; `en`, `zh-CN` and `zh-TW`, others fall back to `en`. */
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationRuleList"];
                };
            };
            400: components["responses"]["BadRequest"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listCallbackSlots: {
        parameters: {
            query?: {
                topic?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The slots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackSlotList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createCallback: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallbackCreate"];
            };
        };
        responses: {
            /** @description The callback. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Callback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callbackId: components["parameters"]["CallbackId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The callback. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Callback"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    cancelCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callbackId: components["parameters"]["CallbackId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallCreate"];
            };
        };
        responses: {
            /** @description The call, with media join info. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    hangupCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callId: components["parameters"]["CallId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ended call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Call"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The survey. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    submitSurveyResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseCreate"];
            };
        };
        responses: {
            /** @description The survey was already answered; the stored response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description The response was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    searchKnowledge: {
        parameters: {
            query: {
                q: string;
                /** @description BCP 47 language tag; defaults to the session's locale. */
                locale?: components["parameters"]["Locale"];
                category?: string;
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Results, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSearchResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    suggestKnowledge: {
        parameters: {
            query: {
                q: string;
                /** @description BCP 47 language tag; defaults to the session's locale. */
                locale?: components["parameters"]["Locale"];
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggestions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSuggestions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getKnowledgeArticle: {
        parameters: {
            query?: {
                /** @description BCP 47 language tag; defaults to the session's locale. */
                locale?: components["parameters"]["Locale"];
                /** @description The search the article was opened from, for analytics. */
                searchId?: string;
            };
            header?: never;
            path: {
                articleId: components["parameters"]["ArticleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeArticle"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    sendArticleFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                articleId: components["parameters"]["ArticleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleFeedback"];
            };
        };
        responses: {
            /** @description Recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    reportSearchOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                searchId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchOutcome"];
            };
        };
        responses: {
            /** @description Recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["ProfilePatch"];
                "application/json": components["schemas"]["ProfilePatch"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listCases: {
        parameters: {
            query?: {
                /** @description `open`: every status but `resolved` and `closed`. */
                status?: "open" | "resolved" | "closed";
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases, most recently updated first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseCreate"];
            };
        };
        responses: {
            /** @description A case with this `clientCaseId` already exists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The case was opened. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listCaseComments: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path: {
                caseId: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of comments, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    addCaseComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                caseId: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseCommentCreate"];
            };
        };
        responses: {
            /** @description The comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseComment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createCaseAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                caseId: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreate"];
            };
        };
        responses: {
            /** @description Upload instructions. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listInteractions: {
        parameters: {
            query?: {
                channel?: components["schemas"]["InteractionChannel"];
                from?: string;
                to?: string;
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of interactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getInteraction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The interaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getInteractionTranscript: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interactionId: components["parameters"]["InteractionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcript. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transcript"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createAgentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentSessionCreate"];
            };
        };
        responses: {
            /** @description The agent is signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    refreshAgentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description A renewed agent session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    deleteAgentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getAgentPresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The presence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentPresence"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    setAgentPresence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentPresenceUpdate"];
            };
        };
        responses: {
            /** @description The new presence. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentPresence"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listAgentQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queues. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentQueueList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listAgentQueueEntries: {
        parameters: {
            query?: {
                /** @description Only this queue (it must be one of the agent's queues, else `403 forbidden`). */
                queueId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The waiting conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentQueueEntryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listAgentOffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pending offers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentOfferList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    acceptAgentOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation, now assigned to the agent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentConversationView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    declineAgentOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentOfferDecline"];
            };
        };
        responses: {
            /** @description Declined. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listAgentConversations: {
        parameters: {
            query?: {
                status?: "assigned" | "ended";
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentConversationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getAgentConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentConversationView"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listAgentConversationMessages: {
        parameters: {
            query?: {
                beforeSeq?: number;
                afterSeq?: number;
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    sendAgentMessage: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description A client-chosen unique key for this command (the SDK sends the `clientMessageId`). Kept at least
                 *     24 hours. Same key and body: the original response again; same key, other body:
                 *     `422 idempotency_key_reuse`; same key while the first is still running: `409 idempotency_key_in_flight`.
                 *     Missing: `400 idempotency_key_required`. Servers accept the value with or without the surrounding
                 *     double quotes of the draft's structured-field string form.
                 */
                "Idempotency-Key": components["parameters"]["IdempotencyKeyRequired"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentMessageCreate"];
            };
        };
        responses: {
            /** @description The message was already stored (same `clientMessageId`, or an idempotent replay). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description The message was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listAgentConversationEvents: {
        parameters: {
            query: {
                /** @description Return events with a `seq` strictly greater than this. */
                afterSeq: number;
                /** @description Maximum number of events to return. */
                limit?: number;
            };
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the event log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["Gone"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    sendAgentTyping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TypingRequest"];
            };
        };
        responses: {
            /** @description Accepted; nothing is returned. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            501: components["responses"]["NotImplemented"];
        };
    };
    markAgentRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadRequest"];
            };
        };
        responses: {
            /** @description The horizon was recorded. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    transferAgentConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentTransfer"];
            };
        };
        responses: {
            /** @description The conversation, now queued in the target queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    endAgentConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AgentConversationEnd"];
            };
        };
        responses: {
            /** @description The ended conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    holdAgentConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation, now on hold. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    resumeAgentConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation, connected again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listCannedResponses: {
        parameters: {
            query?: {
                q?: string;
                /** @description BCP 47 language tag; defaults to the session's locale. */
                locale?: components["parameters"]["Locale"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canned responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CannedResponseList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    listAgentCallbacks: {
        parameters: {
            query?: {
                status?: components["schemas"]["CallbackStatus"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["Cursor"];
                limit?: components["parameters"]["PageLimit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The callbacks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentCallbackList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    updateAgentCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                callbackId: components["parameters"]["CallbackId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentCallbackUpdate"];
            };
        };
        responses: {
            /** @description The updated callback. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentCallback"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    createAgentAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional; when present, the same semantics as on `sendMessage`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                conversationId: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreate"];
            };
        };
        responses: {
            /** @description Upload instructions. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentUpload"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    downloadAgentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description `attachment; filename="…"; filename*=UTF-8''…` */
                    "Content-Disposition"?: string;
                    "X-Content-Type-Options"?: "nosniff";
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    uploadAgentAttachmentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The bytes were stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    completeAgentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment after completion. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    getAgentAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
    streamAgentEvents: {
        parameters: {
            query?: {
                /** @description Same as `Last-Event-ID`, for clients that cannot set headers. When both are present the header wins. */
                cursor?: string;
            };
            header?: {
                /**
                 * @description The last SSE `id:` the client saw on any stream of this session: an opaque session cursor, sent back
                 *     verbatim. The server replays every persisted event after it, then goes live.
                 */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless `text/event-stream`; each frame's `data:` holds one `Event`. */
            200: {
                headers: {
                    /** @description Always `no-cache`. */
                    "Cache-Control"?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["Event"];
                };
            };
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            501: components["responses"]["NotImplemented"];
        };
    };
}
