import { FoyerLauncher } from '../launcher/launcher.js';

FoyerLauncher.define('foyer-launcher');
