/**
 * The lazy chunk behind the launcher: the panel element (registered), the client and the machines.
 * Nothing here runs before the launcher asks for it.
 */
import '../define/foyer-chat.js';

export { createChatHost } from '@foyer/core';
export type PanelRuntime = typeof import('./panel-runtime.js');
