import type { AppContext } from '../app-context.js';
import type { AgentCaller } from '../auth/signing-keys.js';
import { Problem } from '../http/problem.js';
import { presenceView, sendNotices, waitModel, withdrawOffersOf, offerView, type Notice, type QueueEntryRow } from '../routing/engine.js';
import { customerSummary, type SessionCustomerRow } from '../routing/customers.js';
import { loadAgent, queuesOfAgent } from './accounts.js';

const iso = (v: string | Date) => new Date(v).toISOString();

export const getPresence = (app: AppContext, agent: AgentCaller) => presenceView(app.db, agent.agentId);

/** Away or offline withdraws pending offers (back to the head of their queue); available makes the agent routable. */
export async function setPresence(app: AppContext, agent: AgentCaller, status: 'available' | 'away' | 'offline') {
  const notices: Notice[] = [];
  const presence = await app.db.transaction(async (tx) => {
    const row = await loadAgent(tx, agent.agentId, true);
    if (row.presence !== status) {
      // Becoming available counts as a desk sign of life, so the grace period starts now.
      await tx.query(
        `UPDATE agents SET presence = $2, presence_since = now(), idle_since = CASE WHEN $2 = 'available' THEN now() ELSE idle_since END,
                desk_seen_at = CASE WHEN $2 = 'offline' THEN desk_seen_at ELSE greatest(desk_seen_at, now()) END WHERE id = $1`,
        [agent.agentId, status],
      );
      if (status !== 'available') await withdrawOffersOf(tx, agent.agentId, 'presence_changed', notices);
    }
    const view = await presenceView(tx, agent.agentId);
    if (row.presence !== status) notices.push({ audience: [`a:${agent.agentId}`], type: 'presence.changed', data: { presence: view } });
    return view;
  });
  await sendNotices(app, notices);
  await app.routing.kick();
  return presence;
}

export async function signOutAgent(app: AppContext, agent: AgentCaller): Promise<void> {
  await setPresence(app, agent, 'offline');
}

export async function listQueues(app: AppContext, agent: AgentCaller) {
  const row = await loadAgent(app.db, agent.agentId);
  const items = [];
  for (const queue of queuesOfAgent(app, row)) {
    const [stats] = await app.db.query<{ waiting: number; offered: number; oldest: string | Date | null }>(
      `SELECT count(*) FILTER (WHERE NOT left_message) AS waiting, count(offered_to) AS offered, min(waiting_since) AS oldest FROM queue_entries WHERE queue_id = $1`,
      [queue.id],
    );
    const [agents] = await app.db.query<{ n: number }>("SELECT count(*) AS n FROM agents WHERE presence = 'available' AND queues ? $1", [queue.id]);
    const waiting = Number(stats?.waiting ?? 0);
    items.push({
      id: queue.id,
      name: queue.name,
      waiting,
      offered: Number(stats?.offered ?? 0),
      ...(stats?.oldest ? { oldestWaitingSince: iso(stats.oldest) } : {}),
      ewtSeconds: (await waitModel(app, app.db, queue.id)).ewt(waiting + 1),
      agentsAvailable: Number(agents?.n ?? 0),
    });
  }
  return { items };
}

type EntryWithCustomer = QueueEntryRow & SessionCustomerRow & { topic: string | null };
const ENTRY_SELECT = `SELECT q.*, c.topic, s.kind AS session_kind, s.customer AS session_customer
  FROM queue_entries q JOIN conversations c ON c.id = q.conversation_id JOIN sessions s ON s.id = c.session_id`;

/** Waiting conversations in routing order; left messages (the asynchronous inbox) are flagged `leftMessage`. */
export async function listQueueEntries(app: AppContext, agent: AgentCaller, queueId?: string) {
  const row = await loadAgent(app.db, agent.agentId);
  const mine = queuesOfAgent(app, row).map((q) => q.id);
  if (queueId !== undefined && !mine.includes(queueId)) throw new Problem('forbidden', `queue ${queueId} is not one of this agent's queues`);
  const rows = await app.db.query<EntryWithCustomer>(`${ENTRY_SELECT} WHERE q.queue_id = ANY($1::text[]) ORDER BY q.priority DESC, q.waiting_since, q.conversation_id`, [
    queueId !== undefined ? [queueId] : mine,
  ]);
  return {
    items: rows.map((e) => ({
      conversationId: e.conversation_id,
      queueId: e.queue_id,
      waitingSince: iso(e.waiting_since),
      priority: Number(e.priority),
      customer: customerSummary(e),
      ...(e.topic ? { topic: e.topic } : {}),
      requeued: e.requeued,
      leftMessage: e.left_message,
      ...(e.offered_to ? { offeredTo: e.offered_to } : {}),
    })),
  };
}

export async function listOffers(app: AppContext, agent: AgentCaller) {
  const rows = await app.db.query<EntryWithCustomer>(`${ENTRY_SELECT} WHERE q.offered_to = $1 AND q.offer_expires_at > now() ORDER BY q.offered_at`, [agent.agentId]);
  return { items: rows.map(offerView) };
}

/** Declining puts the conversation back at the head of its queue and keeps it from this agent for a while. */
export async function declineOffer(app: AppContext, agent: AgentCaller, conversationId: string): Promise<void> {
  const until = new Date(Date.now() + app.config.routingOptions.declineCooldownSeconds * 1000).toISOString();
  const rows = await app.db.query<{ offer_id: string }>(
    `UPDATE queue_entries q SET offer_id = NULL, offered_to = NULL, offered_at = NULL, offer_expires_at = NULL, requeued = true,
            declined = declined || jsonb_build_object($2::text, $3::text)
       FROM (SELECT offer_id FROM queue_entries WHERE conversation_id = $1 AND offered_to = $2 FOR UPDATE) old
      WHERE q.conversation_id = $1 RETURNING old.offer_id`,
    [conversationId, agent.agentId, until],
  );
  if (!rows.length) throw new Problem('offer_not_available', 'there is no pending offer to this agent for the conversation');
  await sendNotices(app, [{ audience: [`a:${agent.agentId}`], type: 'offer.withdrawn', data: { offerId: rows[0]!.offer_id, conversationId, reason: 'declined' } }]);
  await app.routing.kick();
}
