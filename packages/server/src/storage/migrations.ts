import type { Database } from './database.js';

/**
 * Schema migrations, applied in order, once, under an advisory lock so that several processes
 * starting together on one PostgreSQL do not race. The SQL stays within PostgreSQL 15 (Debian's
 * server), since PGlite is 17.
 */
const migrations: string[] = [
  /* 1: sessions, conversations, the event log, messages, idempotency, rate limits, signing keys */ `
  CREATE TABLE signing_keys (
    kid text PRIMARY KEY,
    secret text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE sessions (
    id text PRIMARY KEY,
    kind text NOT NULL,
    customer jsonb,
    locale text,
    device_id text,
    resume_token_hash text NOT NULL UNIQUE,
    refresh_token_hash text NOT NULL UNIQUE,
    refresh_expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz
  );
  CREATE TABLE conversations (
    id text PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions(id),
    client_conversation_id text NOT NULL,
    channel text NOT NULL,
    state text NOT NULL,
    topic text,
    subject text,
    context jsonb NOT NULL DEFAULT '{}',
    participants jsonb NOT NULL DEFAULT '[]',
    created_at timestamptz NOT NULL,
    ended_at timestamptz,
    end_reason text,
    last_seq integer NOT NULL DEFAULT 0,
    UNIQUE (session_id, client_conversation_id)
  );
  CREATE INDEX conversations_by_session ON conversations (session_id, created_at);
  CREATE TABLE events (
    conversation_id text NOT NULL REFERENCES conversations(id),
    seq integer NOT NULL,
    type text NOT NULL,
    occurred_at timestamptz NOT NULL,
    envelope text NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  );
  CREATE INDEX events_by_time ON events (occurred_at);
  CREATE TABLE messages (
    id text PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations(id),
    seq integer NOT NULL,
    client_message_id text,
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (conversation_id, client_message_id),
    UNIQUE (conversation_id, seq)
  );
  CREATE TABLE idempotency_keys (
    session_id text NOT NULL,
    key text NOT NULL,
    request_hash text NOT NULL,
    status integer NOT NULL,
    response text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_id, key)
  );
  CREATE INDEX idempotency_keys_by_time ON idempotency_keys (created_at);
  CREATE TABLE rate_buckets (
    key text PRIMARY KEY,
    tokens double precision NOT NULL,
    updated_at timestamptz NOT NULL
  );
  CREATE TABLE read_horizons (
    conversation_id text NOT NULL REFERENCES conversations(id),
    participant_id text NOT NULL,
    up_to_seq integer NOT NULL,
    PRIMARY KEY (conversation_id, participant_id)
  );
  CREATE TABLE retention_marks (
    conversation_id text PRIMARY KEY REFERENCES conversations(id),
    purged_through_seq integer NOT NULL
  );`,
  /* 2: post-chat surveys, offered when a chat ends, answered once */ `
  CREATE TABLE surveys (
    id text PRIMARY KEY,
    conversation_id text NOT NULL UNIQUE REFERENCES conversations(id),
    offered_at timestamptz NOT NULL DEFAULT now(),
    answers jsonb,
    submitted_at timestamptz
  );`,
  /* 3: live agents, their sessions, queues with offers, assignments, callbacks (routing) */ `
  CREATE TABLE agents (
    id text PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    queues jsonb NOT NULL,
    max_concurrent integer NOT NULL,
    presence text NOT NULL DEFAULT 'offline',
    presence_since timestamptz NOT NULL DEFAULT now(),
    idle_since timestamptz NOT NULL DEFAULT now(),
    desk_seen_at timestamptz
  );
  CREATE TABLE agent_sessions (
    id text PRIMARY KEY,
    agent_id text NOT NULL REFERENCES agents(id),
    refresh_token_hash text NOT NULL UNIQUE,
    previous_refresh_token_hash text,
    refresh_expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz
  );
  CREATE INDEX agent_sessions_by_previous ON agent_sessions (previous_refresh_token_hash);
  CREATE TABLE queue_entries (
    conversation_id text PRIMARY KEY REFERENCES conversations(id),
    escalation_id text NOT NULL,
    queue_id text NOT NULL,
    priority integer NOT NULL,
    waiting_since timestamptz NOT NULL,
    requeued boolean NOT NULL DEFAULT false,
    left_message boolean NOT NULL DEFAULT false,
    transfer_note text,
    offer_id text,
    offered_to text,
    offered_at timestamptz,
    offer_expires_at timestamptz,
    declined jsonb NOT NULL DEFAULT '{}',
    last_position integer,
    last_ewt integer
  );
  CREATE INDEX queue_entries_by_queue ON queue_entries (queue_id, priority DESC, waiting_since);
  CREATE TABLE assignments (
    id text PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations(id),
    agent_id text NOT NULL REFERENCES agents(id),
    queue_id text NOT NULL,
    escalation_id text,
    transfer_note text,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz,
    end_reason text
  );
  CREATE INDEX assignments_by_agent ON assignments (agent_id, ended_at);
  CREATE INDEX assignments_by_queue ON assignments (queue_id, ended_at);
  CREATE TABLE callbacks (
    id text PRIMARY KEY,
    session_id text NOT NULL REFERENCES sessions(id),
    queue_id text NOT NULL,
    status text NOT NULL,
    phone_e164 text NOT NULL,
    asap boolean NOT NULL,
    slot_id text,
    scheduled_for timestamptz,
    topic text,
    conversation_id text,
    context jsonb NOT NULL DEFAULT '{}',
    note text,
    failure_reason text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX callbacks_by_queue ON callbacks (queue_id, status);
  ALTER TABLE conversations ADD COLUMN queue_id text;
  ALTER TABLE conversations ADD COLUMN assigned_agent_id text;
  ALTER TABLE conversations ADD COLUMN handover_seq integer;
  CREATE INDEX conversations_by_agent ON conversations (assigned_agent_id) WHERE assigned_agent_id IS NOT NULL;`,
  /* 3: where each conversation is in the bot script */ `
  CREATE TABLE bot_states (
    conversation_id text PRIMARY KEY REFERENCES conversations(id),
    state jsonb NOT NULL,
    updated_at timestamptz NOT NULL
  );`,
  /* 4: attachments; the bytes in the database, so every process of a PostgreSQL deployment can serve them */ `
  CREATE TABLE attachments (
    id text PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations(id),
    uploader_role text NOT NULL,
    uploader_id text NOT NULL,
    name text NOT NULL,
    mime_type text NOT NULL,
    size_bytes integer NOT NULL,
    sha256 text,
    status text NOT NULL,
    reason text,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX attachments_by_conversation ON attachments (conversation_id);
  CREATE TABLE attachment_contents (
    attachment_id text PRIMARY KEY REFERENCES attachments(id),
    bytes bytea NOT NULL
  );`,
  /* 5: the customer's last sign of life in a live chat and the idle warning sent, for the idle sweep */ `
  ALTER TABLE conversations ADD COLUMN customer_active_at timestamptz;
  ALTER TABLE conversations ADD COLUMN idle_warned_at timestamptz;
  UPDATE conversations SET customer_active_at = now() WHERE state IN ('connected', 'on_hold');
  CREATE INDEX conversations_idle ON conversations (customer_active_at) WHERE state = 'connected';`,
  /* 6: what the customer asked the bot in free text and the FAQ entry it found, for the agent's context panel */ `
  CREATE TABLE bot_searches (
    id bigserial PRIMARY KEY,
    conversation_id text NOT NULL REFERENCES conversations(id),
    query text NOT NULL,
    faq_id text,
    faq_title text,
    searched_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX bot_searches_by_conversation ON bot_searches (conversation_id, id);`,
];

const MIGRATION_LOCK = 7_441_001;

export async function migrate(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const [row] = await tx.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = Number(row?.v ?? 0);
    for (let v = current + 1; v <= migrations.length; v++) {
      for (const statement of migrations[v - 1]!.split(/;\s*$/m).map((x) => x.trim()).filter(Boolean)) {
        await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v]);
    }
    return migrations.length;
  });
}
