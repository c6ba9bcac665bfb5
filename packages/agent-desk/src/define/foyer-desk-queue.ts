import { FoyerDeskQueue } from '../components/queue/queue.js';

FoyerDeskQueue.define('foyer-desk-queue');
