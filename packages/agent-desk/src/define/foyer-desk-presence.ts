import { FoyerDeskPresence } from '../components/presence/presence.js';

FoyerDeskPresence.define('foyer-desk-presence');
