import { ConfigError } from './queues.js';

/** How conversations are routed to agents: the tunables of the config file's `routing` section. */
export interface RoutingOptions {
  /** How long an agent has to accept an offer. */
  offerTimeoutSeconds: number;
  /** How long every desk stream of an agent may be gone before the agent goes offline and offers are withdrawn. */
  deskGraceSeconds: number;
  /** Chats an agent works at once unless the account says otherwise. */
  maxConcurrentChats: number;
  /** Queue priority by the customer's `tier` claim; a higher number is served first. */
  tierPriorities: Record<string, number>;
  /** Priority of a signed-in customer whose tier is not listed, and of a guest. */
  customerPriority: number;
  guestPriority: number;
  /** Handle time assumed for the wait estimate while a queue has no recent history. */
  defaultHandleSeconds: number;
  /** How long a declined conversation is not offered to the same agent again. */
  declineCooldownSeconds: number;
  /** How often offers are swept (expiry, disconnected desks) and queues re-offered. */
  dispatchIntervalMs: number;
  /** Callback slots: length and how many callbacks one slot takes. */
  callbackSlotMinutes: number;
  callbackSlotCapacity: number;
}

export const DEFAULT_ROUTING_OPTIONS: RoutingOptions = {
  offerTimeoutSeconds: 30,
  deskGraceSeconds: 30,
  maxConcurrentChats: 3,
  tierPriorities: { private: 30, premier: 20, standard: 10 },
  customerPriority: 10,
  guestPriority: 0,
  defaultHandleSeconds: 180,
  declineCooldownSeconds: 60,
  dispatchIntervalMs: 1000,
  callbackSlotMinutes: 30,
  callbackSlotCapacity: 2,
};

const NUMBER_KEYS = [
  'offerTimeoutSeconds', 'deskGraceSeconds', 'maxConcurrentChats', 'customerPriority', 'guestPriority', 'defaultHandleSeconds',
  'declineCooldownSeconds', 'dispatchIntervalMs', 'callbackSlotMinutes', 'callbackSlotCapacity',
] as const;

/** Reads the routing tunables from the `routing` section (other keys there belong to queues.ts). */
export function parseRoutingOptions(v: Record<string, unknown>, path = 'routing'): RoutingOptions {
  const options: RoutingOptions = { ...DEFAULT_ROUTING_OPTIONS, tierPriorities: { ...DEFAULT_ROUTING_OPTIONS.tierPriorities } };
  for (const key of NUMBER_KEYS) {
    const value = v[key];
    if (value === undefined) continue;
    const min = key === 'maxConcurrentChats' || key === 'callbackSlotMinutes' || key === 'callbackSlotCapacity' || key === 'dispatchIntervalMs' ? 1 : 0;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) throw new ConfigError(`${path}.${key}: must be a number of at least ${min}`);
    options[key] = value;
  }
  if (v.tierPriorities !== undefined) {
    const tiers = v.tierPriorities;
    if (typeof tiers !== 'object' || tiers === null || Array.isArray(tiers)) throw new ConfigError(`${path}.tierPriorities: must be an object of tier → priority`);
    for (const [tier, p] of Object.entries(tiers)) {
      if (typeof p !== 'number' || !Number.isInteger(p) || p < 0) throw new ConfigError(`${path}.tierPriorities.${tier}: must be a non-negative integer`);
    }
    options.tierPriorities = tiers as Record<string, number>;
  }
  return options;
}
