import { FoyerDeskApp } from '../components/app/app.js';

FoyerDeskApp.define('foyer-desk-app');
