import type { Customer } from '../auth/host-identity.js';
import type { RoutingOptions } from './options.js';

/** The session columns a routing query selects beside a conversation. */
export interface SessionCustomerRow { session_kind: 'guest' | 'customer'; session_customer: Customer | null }

/** The contract's CustomerSummary: identity and tier only when the customer signed in. */
export function customerSummary(row: SessionCustomerRow) {
  const c = row.session_customer;
  return {
    kind: row.session_kind,
    ...(c?.id ? { id: c.id } : {}),
    ...(c?.displayName ? { displayName: c.displayName } : {}),
    ...(c?.tier ? { tier: c.tier } : {}),
  };
}

/** Queue priority from the customer's tier claim; guests lowest. */
export function priorityOf(options: RoutingOptions, row: SessionCustomerRow): number {
  if (row.session_kind !== 'customer' || !row.session_customer) return options.guestPriority;
  const tier = row.session_customer.tier;
  return tier !== undefined && options.tierPriorities[tier] !== undefined ? options.tierPriorities[tier]! : options.customerPriority;
}
