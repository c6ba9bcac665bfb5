/**
 * The lazy chunk behind the launcher: the panel element (registered), the client and the machines.
 * Nothing here runs before the launcher asks for it.
 */
import { loadTranslation } from '@foyer/core/lit';
import '../define/foyer-chat.js';

// The page's language arrives with the panel, not after it (the panel's first render waits for it).
void loadTranslation(document.documentElement.lang || 'en');

export { createChatHost } from '@foyer/core';
export type PanelRuntime = typeof import('./panel-runtime.js');
