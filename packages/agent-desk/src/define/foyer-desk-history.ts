import { FoyerDeskHistory } from '../components/history/history.js';

FoyerDeskHistory.define('foyer-desk-history');
