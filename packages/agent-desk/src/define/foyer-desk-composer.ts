import { FoyerDeskComposer } from '../components/composer/composer.js';

FoyerDeskComposer.define('foyer-desk-composer');
