import { FoyerDeskCallbacks } from '../components/callbacks/callbacks.js';

FoyerDeskCallbacks.define('foyer-desk-callbacks');
