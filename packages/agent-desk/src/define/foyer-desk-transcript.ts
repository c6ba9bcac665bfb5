import { FoyerDeskTranscript } from '../components/transcript/transcript.js';

FoyerDeskTranscript.define('foyer-desk-transcript');
