// Registers every desk element (for the app entry, tests and stories); each registration lives in ./define.
import './define/foyer-desk-transcript.js';
import './define/foyer-desk-context-panel.js';
import './define/foyer-desk-composer.js';
import './define/foyer-desk-chat.js';
import './define/foyer-desk-presence.js';
import './define/foyer-desk-queue.js';
import './define/foyer-desk-callbacks.js';
import './define/foyer-desk-history.js';
import './define/foyer-desk-sign-in.js';
import './define/foyer-desk-app.js';
