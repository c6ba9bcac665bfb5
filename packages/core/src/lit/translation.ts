/**
 * The strings Foyer's elements need. Every locale implements all of it, so a missing key is a type
 * error. Parameterised messages are functions: no concatenation, no plurals assembled from pieces.
 */
export interface Translation {
  /** BCP 47 code, for example `en` or `zh-TW`. */
  $code: string;
  /** The language's own name. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  connecting: string;
  reconnecting: string;
  offline: string;
  send: string;
  sending: string;
  retry: string;
  discard: string;
  notSent: string;
  /** Position 1 is next in line. */
  queuePosition: (position: number) => string;
  /** Estimated wait, whole minutes (formatted with Intl in the locale's own language). */
  estimatedWait: (minutes: number) => string;

  // The chat panel (@foyer/chat)
  chatTitle: string;
  minimise: string;
  endChat: string;
  endConfirmQuestion: string;
  /** With the end question while a message left for the team waits: ending takes it out of their inbox. */
  endWithdrawsMessage: string;
  keepChatting: string;
  pendingKept: string;
  transcriptLabel: string;
  you: string;
  assistant: string;
  agentFallbackName: string;
  system: string;
  delivered: string;
  read: string;
  typing: (name: string) => string;
  announceMessage: (author: string, text: string) => string;
  suggestedReplies: string;
  unsupportedPart: string;
  messageLabel: string;
  charactersLeft: (left: number, max: number) => string;
  tooLong: (over: number) => string;
  cardMasked: string;
  checkingAvailability: string;
  chooseHowToContinue: string;
  joinQueue: string;
  requestCallback: string;
  leaveMessage: string;
  backToAssistant: string;
  back: string;
  phoneLabel: string;
  consentLabel: string;
  asSoonAsPossible: string;
  chooseSlot: string;
  submitCallback: string;
  messageTextLabel: string;
  sendMessage: string;
  invalidPhone: string;
  consentRequired: string;
  /** Closed now: a callback needs a time from the list. */
  chooseSlotRequired: string;
  emptyMessage: string;
  requestFailed: string;
  callbackRequested: string;
  messageLeft: string;
  agentsUnavailable: string;
  waitingForAgent: string;
  leaveQueue: string;
  /** While queued: a callback instead of the wait. */
  callbackInstead: string;
  agentJoined: (name: string) => string;
  onHold: string;
  idleWarning: string;
  stillHere: string;
  chatEnded: string;
  startNewChat: string;
  downloadTranscript: string;
  startFailed: string;
  endFailed: string;
  surveyTitle: string;
  ratingLabel: (rating: number, max: number) => string;
  surveyComment: string;
  submitSurvey: string;
  skipSurvey: string;
  surveyThanks: string;
  ratingRequired: string;
  welcome: string;
  submitForm: string;
  opensInNewTab: string;
  attachFile: string;
  uploading: (name: string) => string;
  scanning: (name: string) => string;
  attachmentReady: (name: string) => string;
  attachmentTooLarge: (name: string, maxMegabytes: number) => string;
  attachmentTypeNotAllowed: (name: string) => string;
  attachmentRejected: (name: string) => string;
  attachmentFailed: (name: string) => string;
  removeAttachment: (name: string) => string;
  attachmentLabel: (name: string) => string;
  // Escalation: why no queue, a failed escalation load.
  reasonClosed: string;
  reasonClosedUntil: (opensAt: string) => string;
  reasonNoAgentsSignedIn: string;
  reasonAgentsBusy: string;
  reasonOverMaxWait: (minutes: number) => string;
  escalationUnavailable: string;
  askForPersonAgain: string;
}

/** A host override: any subset of the strings for one locale. */
export type TranslationOverride = Partial<Translation> & { $code: string };

export type TranslationKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;

export type TermArgs<K extends TranslationKey> = Translation[K] extends (...args: infer A) => string ? A : [];

/**
 * Groups in which a shipped locale loads: `base` with any element; `onDemand` (the strings of what
 * loads on demand: the panel's steps after the bot chat, its end confirmation, uploads, cards and
 * forms, the masked-card notice) only when an element asks for them (see LocalizeController.use),
 * so opening the panel does not load them.
 */
export type StringGroup = 'base' | 'onDemand';

/** The keys of the `onDemand` group. */
export type OnDemandKey =
  | 'queuePosition'
  | 'estimatedWait'
  | 'chooseHowToContinue'
  | 'joinQueue'
  | 'requestCallback'
  | 'leaveMessage'
  | 'backToAssistant'
  | 'back'
  | 'phoneLabel'
  | 'consentLabel'
  | 'asSoonAsPossible'
  | 'chooseSlot'
  | 'submitCallback'
  | 'messageTextLabel'
  | 'sendMessage'
  | 'invalidPhone'
  | 'consentRequired'
  | 'chooseSlotRequired'
  | 'emptyMessage'
  | 'agentsUnavailable'
  | 'leaveQueue'
  | 'callbackInstead'
  | 'surveyTitle'
  | 'ratingLabel'
  | 'surveyComment'
  | 'submitSurvey'
  | 'skipSurvey'
  | 'ratingRequired'
  | 'idleWarning'
  | 'stillHere'
  | 'chatEnded'
  | 'startNewChat'
  | 'downloadTranscript'
  | 'surveyThanks'
  | 'endConfirmQuestion'
  | 'endWithdrawsMessage'
  | 'keepChatting'
  | 'checkingAvailability'
  | 'waitingForAgent'
  | 'messageLeft'
  | 'callbackRequested'
  | 'onHold'
  | 'agentJoined'
  | 'uploading'
  | 'scanning'
  | 'attachmentReady'
  | 'attachmentTooLarge'
  | 'attachmentTypeNotAllowed'
  | 'attachmentRejected'
  | 'removeAttachment'
  | 'cardMasked'
  | 'submitForm'
  | 'opensInNewTab'
  | 'attachmentLabel'
  // Escalation: why no queue, a failed escalation load.
  | 'reasonClosed'
  | 'reasonClosedUntil'
  | 'reasonNoAgentsSignedIn'
  | 'reasonAgentsBusy'
  | 'reasonOverMaxWait'
  | 'escalationUnavailable'
  | 'askForPersonAgain';

/** A shipped locale's `base` group. */
export type BaseStrings = Omit<Translation, OnDemandKey>;
/** A shipped locale's `onDemand` group. */
export type OnDemandStrings = Pick<Translation, OnDemandKey>;
