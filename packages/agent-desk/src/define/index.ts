// Registers every desk element; the only module with side effects besides the app entry.
import './foyer-desk-transcript.js';
import './foyer-desk-context-panel.js';
import './foyer-desk-composer.js';
import './foyer-desk-chat.js';
import './foyer-desk-presence.js';
import './foyer-desk-queue.js';
import './foyer-desk-callbacks.js';
import './foyer-desk-sign-in.js';
import './foyer-desk-app.js';
