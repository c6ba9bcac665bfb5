import type { AppContext } from '../app-context.js';
import type { AttachmentActor } from '../attachments/domain.js';
import type { AgentCaller } from '../auth/signing-keys.js';
import { loadAgent } from './accounts.js';
import { agentParticipant, loadForAgent } from './conversations.js';

export const agentContentUrl = (id: string) => `/v1/agent/attachments/${encodeURIComponent(id)}/content`;

/**
 * The agent as an attachment actor. Uploading (`write`) needs the conversation assigned to the agent;
 * reading also covers what the agent may read of the transcript (an offer, a left message).
 */
export async function agentActor(app: AppContext, agent: AgentCaller, access: 'read' | 'write'): Promise<AttachmentActor> {
  const participant = agentParticipant(await loadAgent(app.db, agent.agentId));
  return {
    participant,
    idempotencyScope: `agent:${agent.agentId}`,
    conversation: (db, id, forUpdate) => loadForAgent(db, agent, id, { write: access === 'write', ...(forUpdate ? { forUpdate } : {}) }),
    contentUrl: agentContentUrl,
  };
}
