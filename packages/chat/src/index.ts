/**
 * @foyer/chat: the customer chat widgets. Classes and functions only; registration lives in
 * `@foyer/chat/define/*` (the package's only side effects).
 */

/** The published version of @foyer/chat, for diagnostics and version-mismatch warnings. */
export const version = '0.1.0';

export { FoyerLauncher } from './launcher/launcher.js';
export { registerLauncherStrings, type LauncherStrings } from './launcher/launcher.strings.js';
export { FoyerChat } from './chat/chat.js';
export { FoyerTranscript, VIRTUAL_THRESHOLD } from './transcript/transcript.js';
export { FoyerComposer, DEFAULT_MAX_CODE_POINTS } from './composer/composer.js';
export { renderMarkdown, renderInline, safeHref } from './chat/markdown.js';
export { maskCardNumbers, passesLuhn, codePointLength } from './chat/card-numbers.js';
export type {
  FoyerAvailabilityDetail,
  FoyerConversationDetail,
  FoyerInvitationDetail,
  FoyerInvitationDismissedDetail,
  FoyerUnreadDetail,
} from './events/events.js';
export { globToRegExp, pageMatches, type InvitationRule, type InvitationPageMatch } from './launcher/invitation-rules.js';
