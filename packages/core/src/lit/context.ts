import { createContext } from '@lit/context';
import type { FoyerClient } from '../client.js';
import type { ChatHost } from '../chat-host/chat-host.js';
import type { ConversationActor } from '../machines/conversation/conversation.machine.js';

/**
 * Context keys. Module-private symbols: two copies of @foyer/core on one page never hand each other
 * their (possibly incompatible) objects.
 */
export const foyerClientContext = createContext<FoyerClient>(Symbol('foyer-client'));
export const conversationActorContext = createContext<ConversationActor>(Symbol('foyer-conversation-actor'));
export const chatHostContext = createContext<ChatHost>(Symbol('foyer-chat-host'));
