/**
 * @foyer/core/lit: the Lit bridge. Selector controller, context keys, base element, localisation.
 * No top-level side effects: nothing is registered here.
 */
export {
  ActorSelectorController,
  clientStatus,
  fromObservable,
  selectFromContext,
  type Compare,
  type Subscribable,
  type Unsubscribe,
} from './selector-controller.js';
export { chatHostContext, conversationActorContext, foyerClientContext } from './context.js';
export { ContextConsumer, ContextProvider } from './context-controllers.js';
export { FoyerElement, type CustomEventName, type DefineResult, type EventDetail } from './foyer-element.js';
export { FALLBACK_LOCALE, LocalizeController, loadTranslation, pendingTranslation, registerTranslation, translationLoaded } from './localize-controller.js';
export type { BaseStrings, OnDemandKey, OnDemandStrings, StringGroup, TermArgs, Translation, TranslationKey, TranslationOverride } from './translation.js';
export { FOYER_LIT_VERSION } from './version.js';
