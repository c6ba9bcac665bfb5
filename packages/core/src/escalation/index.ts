/**
 * @foyer/core/escalation: "talk to a person" (the escalation machine, its API wiring and the offer
 * rules). Apart from the main entry because it loads on demand: the conversation machine fetches it when
 * the customer first asks for a person (`loadEscalation`), so a page that never escalates never loads it.
 */
export { asapTaken, escalationMachine, escalationOffers, escalationReason, DEFAULT_MAX_WAIT_SECONDS, type EscalationMachine } from '../machines/escalation/escalation.machine.js';
export { escalationActorsFor, type EscalationActorOptions, type EscalationActors, type EscalationApi } from '../machines/escalation/escalation.wiring.js';
export { isE164, normalizePhone } from '../machines/escalation/phone.js';
