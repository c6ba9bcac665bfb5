/**
 * The desk's strings. Every locale implements all of it, so a missing key is a type error;
 * parameterised messages are functions (no concatenation, no plurals assembled from pieces).
 */
export interface DeskTranslation {
  $code: string;
  $name: string;
  $dir: 'ltr' | 'rtl';

  appTitle: string;
  signInHeading: string;
  email: string;
  password: string;
  signIn: string;
  signingIn: string;
  signOut: string;
  errorInvalidCredentials: string;
  errorRateLimited: (seconds: number) => string;
  errorNetwork: string;
  errorSessionExpired: string;
  errorRequired: string;
  errorGeneric: (code: string) => string;
  errorOfferGone: string;
  errorAtCapacity: string;
  errorMessageTooLong: string;
  errorCallbackClosed: string;
  errorConversationEnded: string;

  presenceLabel: string;
  presenceAvailable: string;
  presenceAway: string;
  presenceOffline: string;
  chatsInUse: (active: number, max: number) => string;
  soundAlerts: string;
  streamConnected: string;
  streamReconnecting: string;

  navLabel: string;
  navQueue: string;
  navCallbacks: string;
  navHistory: string;
  unreadCount: (count: number) => string;

  queuesHeading: string;
  waitingCount: (waiting: number) => string;
  estimatedWait: (text: string) => string;
  waitingHeading: string;
  queueEmpty: string;
  waitedFor: (text: string) => string;
  requeued: string;
  leftMessage: string;
  answerMessage: string;
  guest: string;
  /** A guest told apart by the end of the conversation id. */
  guestRef: (ref: string) => string;
  verified: string;
  tier: (tier: string) => string;
  topic: (topic: string) => string;

  offersHeading: string;
  noOffers: string;
  offerFrom: (name: string) => string;
  offerExpiresIn: (seconds: number) => string;
  offerExpired: string;
  accept: string;
  decline: string;
  titleOffers: (count: number) => string;
  announceOffer: (name: string) => string;

  noChats: string;
  chatEnded: string;
  closeChat: string;
  transcriptLabel: string;
  roleCustomer: string;
  roleBot: string;
  roleAgent: string;
  roleSystem: string;
  you: string;
  customerTyping: (name: string) => string;
  /** The server asked an inactive customer whether they are still there; the chat ends in `minutes` without an answer. */
  customerIdleWarned: (name: string, minutes: string) => string;
  announceMessage: (name: string, text: string) => string;
  quickRepliesOffered: string;
  cardLabel: (title: string) => string;
  /** An attachment line: file name, formatted size and localised status. */
  attachment: (name: string, size: string, status: string) => string;
  attachmentStatusNames: Record<'uploading' | 'scanning' | 'available' | 'rejected', string>;
  unsupportedPart: string;

  composerLabel: string;
  composerHint: string;
  send: string;
  sendFailed: string;
  attachButton: string;
  /** Accessible name of the list of files picked for the next message. */
  uploadsLabel: string;
  uploadProgress: (name: string) => string;
  uploadReady: string;
  uploadStillRunning: string;
  removeUpload: (name: string) => string;
  /** A file that could not be attached: the file name and why. */
  uploadFailed: (name: string, reason: string) => string;
  errorAttachmentTooLarge: string;
  errorAttachmentType: string;
  errorAttachmentRejected: string;
  downloadAttachment: (name: string, size: string) => string;
  downloadFailed: (name: string, reason: string) => string;
  cannedButton: string;
  cannedSearch: string;
  cannedNone: string;
  cannedInsert: (title: string) => string;
  quickRepliesButton: string;
  quickRepliesPrompt: string;
  quickRepliesOptions: string;
  quickRepliesOptionsHint: string;
  quickRepliesSend: string;
  cancel: string;

  transfer: string;
  /** Puts the chat on hold (the customer sees that the agent paused). */
  hold: string;
  resume: string;
  /** A chat's status in the chat list and its header. */
  onHold: string;
  transferTo: string;
  transferNote: string;
  transferConfirm: string;
  endChat: string;
  endConfirmQuestion: string;
  endConfirm: string;
  endNote: string;

  contextHeading: string;
  customerHeading: string;
  pageHeading: string;
  nameLabel: string;
  identityLabel: string;
  tierLabel: string;
  pageTitleLabel: string;
  pageUrlLabel: string;
  productLabel: string;
  botDetailsHeading: string;
  /** Names of the well-known `bot.*` context keys (others show their key). */
  botKeyNames: Record<'topic' | 'product' | 'question', string>;
  botTranscriptHeading: string;
  searchesHeading: string;
  /** Under a question the bot looked up: the FAQ entry it offered. */
  searchFoundFaq: (title: string) => string;
  searchNoMatch: string;
  earlierHeading: string;
  transferNoteHeading: string;
  channelNames: Record<'chat' | 'voice' | 'callback' | 'email' | 'secure_message' | 'branch', string>;
  none: string;

  historyHeading: string;
  historyEmpty: string;
  /** Loads the next page of ended chats. */
  historyMore: string;
  /** One ended chat: when it ended and why. */
  historyEnded: (when: string, reason: string) => string;
  endReasonNames: Record<'customer' | 'agent' | 'idle_timeout' | 'system' | 'transferred', string>;
  callbacksHeading: string;
  callbacksEmpty: string;
  callbackAsap: string;
  callbackAt: (when: string) => string;
  callbackStatus: string;
  callbackStatusIs: (status: string) => string;
  callbackNote: string;
  callbackUpdate: string;
  callbackStatusNames: Record<'requested' | 'scheduled' | 'attempting' | 'completed' | 'failed' | 'cancelled', string>;
  filterAll: string;
  refresh: string;
}

export type DeskTranslationOverride = Partial<DeskTranslation> & { $code: string };
export type DeskTranslationKey = Exclude<keyof DeskTranslation, '$code' | '$name' | '$dir' | 'callbackStatusNames' | 'channelNames' | 'botKeyNames' | 'attachmentStatusNames'>;
export type DeskTermArgs<K extends DeskTranslationKey> = DeskTranslation[K] extends (...args: infer A) => string ? A : [];
