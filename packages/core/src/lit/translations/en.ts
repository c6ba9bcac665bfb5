import type { Translation } from '../translation.js';

const minutes = new Intl.NumberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'long' });

const en: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Connection lost. Reconnecting…',
  offline: 'You are offline',
  send: 'Send',
  sending: 'Sending…',
  retry: 'Retry',
  discard: 'Discard',
  notSent: 'Not sent',
  queuePosition: (position) => `You are number ${position} in the queue`,
  estimatedWait: (n) => `Estimated wait: ${minutes.format(n)}`,
};

export default en;
