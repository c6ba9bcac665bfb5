import { FoyerDeskContextPanel } from '../components/context-panel/context-panel.js';

FoyerDeskContextPanel.define('foyer-desk-context-panel');
