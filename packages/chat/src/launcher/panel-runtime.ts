/**
 * The lazy chunk behind the launcher: the panel element (registered), the client and the machines.
 * Nothing here runs before the launcher asks for it.
 */
import { conversationMachine } from '@foyer/core';
import { loadTranslation } from '@foyer/core/lit';
import '../define/foyer-chat.js';

// The page's language arrives with the panel, not after it (the panel's first render waits for it).
void loadTranslation(document.documentElement.lang || 'en');

/**
 * Builds the conversation machine ahead of the first open, in an idle moment (building it is the longest
 * step of loading the panel). The escalation machine loads and builds when the customer asks for a person.
 */
export function warmUp(whenIdle: (step: () => void) => void): void {
  whenIdle(() => void conversationMachine());
}

export { createChatHost } from '@foyer/core';
export type PanelRuntime = typeof import('./panel-runtime.js');
