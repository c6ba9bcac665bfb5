import type { PaneStrings } from '../translation.js';
import { minutes } from './minutes.js';

/**
 * The strings of the panel's lazily loaded panes: every step after the bot chat (escalation offers,
 * callback, message, queue, agent, idle warning, ended, survey) and the end confirmation.
 */
const enPanes: PaneStrings = {
  queuePosition: (position) => `You are number ${position} in the queue`,
  estimatedWait: (n) => `Estimated wait: ${minutes('en', n)}`,
  chooseHowToContinue: 'How would you like to continue?',
  joinQueue: 'Chat with an agent',
  requestCallback: 'Request a callback',
  leaveMessage: 'Leave a message',
  backToAssistant: 'Back to the assistant',
  back: 'Back',
  phoneLabel: 'Phone number with country code',
  consentLabel: 'I agree to be called on this number',
  asSoonAsPossible: 'As soon as possible',
  chooseSlot: 'At a time I choose',
  submitCallback: 'Request callback',
  messageTextLabel: 'Your message',
  sendMessage: 'Send message',
  invalidPhone: 'Enter the number in international format, for example +85291234567.',
  consentRequired: 'Please agree to be called.',
  emptyMessage: 'Write your message first.',
  agentsUnavailable: 'Chat agents are not available right now.',
  leaveQueue: 'Leave the queue',
  surveyTitle: 'How did we do?',
  ratingLabel: (rating, max) => `${rating} of ${max}`,
  surveyComment: 'Anything else you would like to tell us? (optional)',
  submitSurvey: 'Send feedback',
  skipSurvey: 'Skip',
  ratingRequired: 'Choose a rating first.',
  idleWarning: 'Are you still there? The chat will end soon.',
  stillHere: 'I am still here',
  chatEnded: 'The chat has ended.',
  startNewChat: 'Start a new chat',
  downloadTranscript: 'Download the transcript',
  surveyThanks: 'Thank you for your feedback.',
  endConfirmQuestion: 'End this chat?',
  keepChatting: 'Keep chatting',
  checkingAvailability: 'Checking who is available…',
  callbackRequested: 'Thank you. We will call you back.',
  messageLeft: 'Your message was sent. We will reply here.',
  waitingForAgent: 'Waiting for an agent…',
  agentJoined: (name) => `${name} joined the chat`,
  onHold: 'The agent has put the chat on hold. Please wait.',
};

export default enPanes;
