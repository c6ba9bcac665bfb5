import { FoyerChat } from '../chat/chat.js';
import { FoyerComposer } from '../composer/composer.js';
import { FoyerTranscript } from '../transcript/transcript.js';

// Sub-elements first: the panel renders them.
FoyerTranscript.define('foyer-transcript');
FoyerComposer.define('foyer-composer');
FoyerChat.define('foyer-chat');
