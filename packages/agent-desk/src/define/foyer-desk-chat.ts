import { FoyerDeskChat } from '../components/chat/chat.js';

FoyerDeskChat.define('foyer-desk-chat');
