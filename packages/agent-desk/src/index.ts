/**
 * @foyer/agent-desk: the live agent console. Classes, functions and types only; elements are
 * registered by the modules in ./define (and the static app in ./app).
 */

/** The published version of @foyer/agent-desk, for diagnostics and version-mismatch warnings. */
export const version = '0.1.0';

export { FoyerDeskApp } from './components/app/app.js';
export { FoyerDeskSignIn } from './components/sign-in/sign-in.js';
export { FoyerDeskPresence } from './components/presence/presence.js';
export { FoyerDeskQueue } from './components/queue/queue.js';
export { FoyerDeskChat } from './components/chat/chat.js';
export { FoyerDeskTranscript } from './components/transcript/transcript.js';
export { FoyerDeskComposer } from './components/composer/composer.js';
export { FoyerDeskContextPanel } from './components/context-panel/context-panel.js';
export { FoyerDeskCallbacks } from './components/callbacks/callbacks.js';
export { FoyerDeskHistory } from './components/history/history.js';
export { DeskStore, type DeskStoreOptions } from './state/desk-store.js';
export type { ChatState, DeskState, DeskView } from './state/desk-state.js';
export { BrowserOfferAlerts, type OfferAlerts } from './state/offer-alert.js';
export { DeskApi, type DeskApiOptions } from './api/desk-api.js';
export { DeskStream, type DeskStreamOptions, type StreamStatus } from './api/desk-stream.js';
export { SessionStore, type SignOutReason } from './api/session-store.js';
export { DeskLocalizeController, registerDeskTranslation } from './localize/desk-localize.js';
export type { DeskTranslation, DeskTranslationOverride } from './localize/desk-translation.js';
