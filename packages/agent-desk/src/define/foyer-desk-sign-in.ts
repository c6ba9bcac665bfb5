import { FoyerDeskSignIn } from '../components/sign-in/sign-in.js';

FoyerDeskSignIn.define('foyer-desk-sign-in');
