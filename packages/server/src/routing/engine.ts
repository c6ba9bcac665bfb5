import type { AppContext } from '../app-context.js';
import type { Queryable } from '../storage/database.js';
import { newId, nowIso } from '../domain/ids.js';
import { routingOf } from '../agents/accounts.js';
import { customerSummary, type SessionCustomerRow } from './customers.js';
import type { Queue } from './business-hours.js';

const ROUTING_LOCK = 7_441_002;
/** How many recent handled chats of a queue the wait estimate averages. */
const HANDLE_SAMPLE = 20;

/** An ephemeral event for some fan-out audience, sent once the routing transaction commits. */
export interface Notice { audience: string[]; type: string; data: Record<string, unknown>; conversationId?: string }

export function ephemeralJson(n: Notice): string {
  return JSON.stringify({ id: newId(), type: n.type, ...(n.conversationId ? { conversationId: n.conversationId } : {}), occurredAt: nowIso(), ephemeral: true, data: n.data });
}

export async function sendNotices(app: AppContext, notices: Notice[]): Promise<void> {
  for (const n of notices) await app.fanout.ephemeral(n.audience, ephemeralJson(n));
}

export interface QueueEntryRow {
  conversation_id: string; escalation_id: string; queue_id: string; priority: number; waiting_since: string | Date; requeued: boolean; left_message: boolean;
  transfer_note: string | null; offer_id: string | null; offered_to: string | null; offered_at: string | Date | null; offer_expires_at: string | Date | null;
  declined: Record<string, string>; last_position: number | null; last_ewt: number | null;
}

const iso = (v: string | Date) => new Date(v).toISOString();

/** The wait estimate of a queue: recent handle times (or the configured default) over the available capacity. */
export async function waitModel(app: AppContext, db: Queryable, queueId: string): Promise<{ handleSeconds: number; capacity: number; ewt(position: number): number }> {
  const [h] = await db.query<{ avg: number | null; n: number }>(
    `SELECT avg(secs) AS avg, count(*) AS n FROM (SELECT EXTRACT(EPOCH FROM ended_at - assigned_at)::float8 AS secs FROM assignments
      WHERE queue_id = $1 AND ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT ${HANDLE_SAMPLE}) t`,
    [queueId],
  );
  const handleSeconds = Number(h?.n ?? 0) > 0 ? Math.max(1, Number(h!.avg)) : app.config.routingOptions.defaultHandleSeconds;
  const [c] = await db.query<{ capacity: number | null }>("SELECT sum(max_concurrent) AS capacity FROM agents WHERE presence = 'available' AND queues ? $1", [queueId]);
  const capacity = Math.max(1, Number(c?.capacity ?? 0));
  return { handleSeconds, capacity, ewt: (position) => Math.round((position * handleSeconds) / capacity) };
}

export function snapshot(queue: Queue, position: number | undefined, ewtSeconds: number | undefined) {
  return {
    ...(position !== undefined ? { position } : {}),
    ...(ewtSeconds !== undefined ? { ewtSeconds } : {}),
    ewtSource: 'estimated' as const,
    queueName: queue.name,
    updatedAt: nowIso(),
  };
}

export async function agentsOfQueue(db: Queryable, queueId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>('SELECT id FROM agents WHERE queues ? $1', [queueId]);
  return rows.map((r) => `a:${r.id}`);
}

/** The desk's view of an offer. */
export function offerView(e: QueueEntryRow & SessionCustomerRow & { topic: string | null }) {
  return {
    id: e.offer_id!,
    conversationId: e.conversation_id,
    queueId: e.queue_id,
    offeredAt: iso(e.offered_at!),
    expiresAt: iso(e.offer_expires_at!),
    customer: customerSummary(e),
    ...(e.topic ? { topic: e.topic } : {}),
    priority: Number(e.priority),
  };
}

/** Clears the pending offers of an agent (presence change, sign-out, lost desk); they go back to the head of their queue. */
export async function withdrawOffersOf(tx: Queryable, agentId: string, reason: string, notices: Notice[]): Promise<void> {
  const rows = await tx.query<{ conversation_id: string; offer_id: string }>(
    `UPDATE queue_entries q SET offer_id = NULL, offered_to = NULL, offered_at = NULL, offer_expires_at = NULL, requeued = true
       FROM (SELECT conversation_id, offer_id FROM queue_entries WHERE offered_to = $1 FOR UPDATE) old
      WHERE q.conversation_id = old.conversation_id RETURNING q.conversation_id, old.offer_id`,
    [agentId],
  );
  for (const r of rows) notices.push({ audience: [`a:${agentId}`], type: 'offer.withdrawn', data: { offerId: r.offer_id, conversationId: r.conversation_id, reason } });
}

export async function presenceView(db: Queryable, agentId: string) {
  const [row] = await db.query<{ presence: string; presence_since: string | Date; max_concurrent: number; active: number }>(
    `SELECT presence, presence_since, max_concurrent, (SELECT count(*) FROM assignments s WHERE s.agent_id = a.id AND s.ended_at IS NULL) AS active
       FROM agents a WHERE id = $1`,
    [agentId],
  );
  return { status: row!.presence, since: iso(row!.presence_since), activeChats: Number(row!.active), maxConcurrentChats: Number(row!.max_concurrent) };
}

/**
 * Routing: one dispatcher at a time across every process (an advisory lock), run on a timer and
 * whenever something changes. It drops lost desks, expires offers, offers the head of each queue to
 * the available agent idle longest with free capacity, and tells waiting customers and desks what moved.
 */
export class RoutingEngine {
  private running: Promise<void> | undefined;
  private again = false;
  private pendingFull = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly desks = new Map<string, number>();
  private readonly queueSignatures = new Map<string, string>();

  constructor(private readonly app: AppContext) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.app.config.routingOptions.dispatchIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** A desk stream of the agent opened here; the agent counts as connected while one is open anywhere. */
  async deskOpened(agentId: string): Promise<void> {
    this.desks.set(agentId, (this.desks.get(agentId) ?? 0) + 1);
    await this.app.db.query('UPDATE agents SET desk_seen_at = now() WHERE id = $1', [agentId]);
  }

  deskClosed(agentId: string): void {
    const n = (this.desks.get(agentId) ?? 1) - 1;
    if (n <= 0) this.desks.delete(agentId);
    else this.desks.set(agentId, n);
  }

  private async tick(): Promise<void> {
    try {
      if (this.desks.size) await this.app.db.query('UPDATE agents SET desk_seen_at = now() WHERE id = ANY($1::text[])', [[...this.desks.keys()]]);
      await this.kick(false);
    } catch (error) {
      this.app.log.warn('routing tick failed', { error: String(error) });
    }
  }

  /**
   * Runs the dispatcher now (or once more after the run in progress). A timer tick (`full` false) only
   * sweeps and offers; queue figures are recomputed after a change, or when the sweep found something.
   */
  kick(full = true): Promise<void> {
    this.pendingFull ||= full;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const runFull = this.pendingFull;
        this.pendingFull = false;
        await this.dispatch(runFull);
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async dispatch(full: boolean): Promise<void> {
    const notices: Notice[] = [];
    const options = this.app.config.routingOptions;
    await this.app.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [ROUTING_LOCK]);
      const lost = await tx.query<{ id: string }>(
        `UPDATE agents SET presence = 'offline', presence_since = now()
          WHERE presence <> 'offline' AND (desk_seen_at IS NULL OR desk_seen_at < now() - make_interval(secs => $1)) RETURNING id`,
        [options.deskGraceSeconds],
      );
      for (const { id } of lost) {
        await withdrawOffersOf(tx, id, 'desk_disconnected', notices);
        notices.push({ audience: [`a:${id}`], type: 'presence.changed', data: { presence: await presenceView(tx, id) } });
      }
      const expired = await tx.query<{ conversation_id: string; offer_id: string; offered_to: string }>(
        `UPDATE queue_entries q SET offer_id = NULL, offered_to = NULL, offered_at = NULL, offer_expires_at = NULL, requeued = true
           FROM (SELECT conversation_id, offer_id, offered_to FROM queue_entries WHERE offer_expires_at <= now() FOR UPDATE) old
          WHERE q.conversation_id = old.conversation_id RETURNING q.conversation_id, old.offer_id, old.offered_to`,
      );
      for (const e of expired) notices.push({ audience: [`a:${e.offered_to}`], type: 'offer.expired', data: { offerId: e.offer_id, conversationId: e.conversation_id } });
      await this.offer(tx, notices);
      if (full || lost.length || expired.length) await this.refreshQueues(tx, notices);
    });
    await sendNotices(this.app, notices);
  }

  private async offer(tx: Queryable, notices: Notice[]): Promise<void> {
    const agents = await tx.query<{ id: string; queues: string[]; max_concurrent: number; idle_since: string | Date; load: number }>(
      `SELECT id, queues, max_concurrent, idle_since,
              (SELECT count(*) FROM assignments s WHERE s.agent_id = a.id AND s.ended_at IS NULL)
            + (SELECT count(*) FROM queue_entries q WHERE q.offered_to = a.id) AS load
         FROM agents a WHERE presence = 'available' ORDER BY idle_since, id`,
    );
    if (!agents.length) return;
    const free = agents.map((a) => ({ ...a, load: Number(a.load), idle: new Date(a.idle_since).getTime() })).filter((a) => a.load < a.max_concurrent);
    if (!free.length) return;
    const waiting = await tx.query<QueueEntryRow>(
      'SELECT * FROM queue_entries WHERE offered_to IS NULL AND NOT left_message ORDER BY priority DESC, waiting_since, conversation_id FOR UPDATE',
    );
    const now = Date.now();
    for (const entry of waiting) {
      const declined = entry.declined ?? {};
      const agent = free
        .filter((a) => a.load < a.max_concurrent && a.queues.includes(entry.queue_id) && !(declined[a.id] && Date.parse(declined[a.id]!) > now))
        .sort((x, y) => x.idle - y.idle)[0];
      if (!agent) continue;
      agent.load++;
      agent.idle = now; // the next offer prefers another idle agent
      const [offered] = await tx.query<QueueEntryRow & SessionCustomerRow & { topic: string | null }>(
        `UPDATE queue_entries q SET offer_id = $2, offered_to = $3, offered_at = now(), offer_expires_at = now() + make_interval(secs => $4)
           FROM conversations c JOIN sessions s ON s.id = c.session_id
          WHERE q.conversation_id = $1 AND c.id = q.conversation_id
          RETURNING q.*, c.topic, s.kind AS session_kind, s.customer AS session_customer`,
        [entry.conversation_id, newId(), agent.id, this.app.config.routingOptions.offerTimeoutSeconds],
      );
      notices.push({ audience: [`a:${agent.id}`], type: 'offer.created', data: { offer: offerView(offered!) } });
    }
  }

  /** Positions and estimates of every waiting customer; `queue.updated` to those whose figures moved, `queue.changed` to desks. */
  private async refreshQueues(tx: Queryable, notices: Notice[]): Promise<void> {
    for (const queue of routingOf(this.app).queues) {
      const entries = await tx.query<{ conversation_id: string; session_id: string; last_position: number | null; last_ewt: number | null }>(
        `SELECT q.conversation_id, c.session_id, q.last_position, q.last_ewt FROM queue_entries q JOIN conversations c ON c.id = q.conversation_id
          WHERE q.queue_id = $1 AND NOT q.left_message ORDER BY q.priority DESC, q.waiting_since, q.conversation_id`,
        [queue.id],
      );
      const model = await waitModel(this.app, tx, queue.id);
      for (const [i, e] of entries.entries()) {
        const position = i + 1;
        const ewt = model.ewt(position);
        if (e.last_position === position && e.last_ewt === ewt) continue;
        await tx.query('UPDATE queue_entries SET last_position = $2, last_ewt = $3 WHERE conversation_id = $1', [e.conversation_id, position, ewt]);
        notices.push({ audience: [`s:${e.session_id}`], type: 'queue.updated', conversationId: e.conversation_id, data: snapshot(queue, position, ewt) });
      }
      const nextEwt = model.ewt(entries.length + 1);
      const signature = `${entries.length}:${nextEwt}`;
      if (this.queueSignatures.get(queue.id) !== signature) {
        this.queueSignatures.set(queue.id, signature);
        const audience = await agentsOfQueue(tx, queue.id);
        if (audience.length) notices.push({ audience, type: 'queue.changed', data: { queueId: queue.id, waiting: entries.length, ewtSeconds: nextEwt } });
      }
    }
  }
}
