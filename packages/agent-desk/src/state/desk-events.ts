/** How each desk-stream event changes the desk's state. Unknown types are ignored (the contract says so). */
import type { DeskEvent } from '../api/types.js';
import type { DeskStore } from './desk-store.js';

export function applyDeskEvent(store: DeskStore, event: DeskEvent): void {
  const state = store.getSnapshot();
  switch (event.type) {
    case 'offer.created': {
      const offer = event.data.offer;
      if (state.offers.some((o) => o.id === offer.id)) return;
      store.set({ offers: [...state.offers.filter((o) => o.conversationId !== offer.conversationId), offer] });
      store.announce({ kind: 'offer', name: offer.customer.displayName ?? '' });
      return;
    }
    case 'offer.expired':
    case 'offer.withdrawn':
      store.set({ offers: state.offers.filter((o) => o.id !== event.data.offerId) });
      return;
    case 'queue.changed': {
      const { queueId, waiting, ewtSeconds } = event.data;
      store.set({
        queues: state.queues.map((q) => (q.id === queueId ? { ...q, waiting, ...(ewtSeconds !== undefined ? { ewtSeconds } : {}) } : q)),
      });
      store.scheduleEntriesReload();
      return;
    }
    case 'assignment.created': {
      const summary = event.data.assignment;
      const id = summary.conversation.id;
      store.removeOffer(id);
      if (store.chat(id)) store.updateChat(id, { summary, ended: false });
      else
        store.set({
          chats: [...store.getSnapshot().chats, { id, summary, messages: [], unread: summary.unreadCount ?? 0, customerTyping: false, ended: false, readSeq: 0 }],
        });
      void store.loadMessages(id).catch(() => undefined);
      return;
    }
    case 'assignment.ended':
      if (store.chat(event.data.conversationId)) store.updateChat(event.data.conversationId, { ended: true, customerTyping: false });
      store.refreshPresence();
      return;
    case 'callback.created':
      if (!state.callbacks.some((c) => c.callback.id === event.data.callback.callback.id)) store.set({ callbacks: [event.data.callback, ...state.callbacks] });
      return;
    case 'presence.changed':
      store.set({ presence: event.data.presence });
      return;
    case 'message.created':
      if (event.conversationId) store.addMessage(event.conversationId, event.data.message);
      return;
    case 'message.updated':
      if (event.conversationId && store.chat(event.conversationId)) {
        const updated = event.data.message;
        store.updateChat(event.conversationId, (chat) => ({ messages: chat.messages.map((m) => (m.id === updated.id ? updated : m)) }));
      }
      return;
    case 'typing.started':
    case 'typing.stopped':
      if (event.conversationId && store.chat(event.conversationId) && event.data.participant.role === 'customer') {
        store.setCustomerTyping(event.conversationId, event.type === 'typing.started');
      }
      return;
    case 'conversation.state_changed':
      if (event.conversationId) store.setConversationState(event.conversationId, event.data.state);
      return;
    case 'participant.auto_disconnect_warning':
      if (event.conversationId && store.chat(event.conversationId) && event.data.participant.role === 'customer') {
        store.updateChat(event.conversationId, { idleWarningSeconds: event.data.secondsRemaining });
      }
      return;
    case 'conversation.ended':
      if (event.conversationId && store.chat(event.conversationId)) store.updateChat(event.conversationId, { ended: true, customerTyping: false });
      return;
    default:
      return;
  }
}
