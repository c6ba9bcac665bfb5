/**
 * The state-dependent parts of the panel (end confirmation, escalation choices, queue, idle warning,
 * ended, survey) as templates, loaded when first needed. They read snapshots and send events; nothing
 * here keeps state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConversationActor, EscalationActor, EscalationContext, EscalationErrorKey } from '@foyer/core';
import { asapTaken, escalationOffers, escalationReason } from '@foyer/core/escalation';
import type { LocalizeController, TranslationKey } from '@foyer/core/lit';

export { panesStyles } from './panes.styles.js';

type ConversationSnapshot = ReturnType<ConversationActor['getSnapshot']>;
type EscalationSnapshot = ReturnType<EscalationActor['getSnapshot']>;

const ERROR_KEYS: Record<EscalationErrorKey, TranslationKey> = {
  invalid_phone: 'invalidPhone',
  consent_required: 'consentRequired',
  choose_slot: 'chooseSlotRequired',
  empty_message: 'emptyMessage',
  request_failed: 'requestFailed',
};

/** What the panel hands the panes besides the conversation: the escalation, its own UI state and actions. */
export interface StepContext {
  escalation: EscalationSnapshot | undefined;
  escalationActor: EscalationActor | undefined;
  ratingMissing: boolean;
  onRatingMissing(): void;
  /** Downloads the transcript. */
  download(): void;
  startNew(): void;
  /** The panel's failed-end pane with its retry, `note` first. */
  endFailed(note?: string): TemplateResult;
}

/**
 * After a click that swaps the pane (the focused button goes with it): `field` takes focus once it shows
 * (a form's first field; Back, the button that opened the form), unless the customer has put focus
 * somewhere in the panel by then.
 */
function focusWhenShown(event: Event, field: string): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const observer = new MutationObserver(() => {
    const shown = root.querySelector<HTMLElement>(field);
    if (!shown) return;
    observer.disconnect();
    // Focus the removed button had falls to the page's body; anywhere else, the customer put it there.
    const onPage = document.activeElement;
    if (!root.activeElement && (!onPage || onPage === document.body)) shown.focus();
  });
  observer.observe(root, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 10_000); // the form never came (offline): stop looking
}

/** A one-line pane that screen readers announce. */
const statusLine = (text: string) => html`<p class="pane" role="status">${text}</p>`;

/** The pane of a step after the bot chat (escalation, queue, agent, idle warning, ended, survey); nothing for other steps. */
export function renderStep(t: LocalizeController, snapshot: ConversationSnapshot, actor: ConversationActor, step: StepContext): TemplateResult | typeof nothing {
  if (snapshot.matches({ live: 'escalating' })) return renderEscalation(t, step.escalation, step.escalationActor);
  if (snapshot.matches({ live: 'queued' })) {
    // A left message waits in the inbox: no position, no wait, nothing to leave; an agent replies here.
    if (messageWaits(snapshot)) return statusLine(t.term('messageLeft'));
    return renderQueue(t, snapshot, actor);
  }
  if (snapshot.matches({ live: 'on_hold' })) return statusLine(t.term('onHold'));
  if (snapshot.matches({ live: { connected: 'warning' } })) return renderIdleWarning(t, actor);
  if (snapshot.matches({ live: 'connected' }) && snapshot.context.agent) {
    // Who the customer is talking to now, in place of the queue figures.
    const name = snapshot.context.agent.displayName ?? t.term('agentFallbackName');
    return html`<p class="pane muted" role="status">${t.term('agentJoined', name)}</p>`;
  }
  if (snapshot.matches({ live: 'bot' })) {
    const outcome = snapshot.context.escalationOutcome;
    if (outcome?.kind === 'callback') return statusLine(t.term('callbackRequested'));
    if (outcome?.kind === 'message') return statusLine(t.term('messageLeft'));
    // The escalation could not start (its code did not load, offline): asking again tries again.
    if (snapshot.context.error)
      return html`<div class="pane" role="alert"><p class="error">${t.term('escalationUnavailable')}</p>
        <div class="actions"><button type="button" @click=${() => actor.send({ type: 'REQUEST_HUMAN' })}>${t.term('askForPersonAgain')}</button></div></div>`;
    return nothing;
  }
  if (snapshot.matches('survey') || snapshot.matches('submittingSurvey') || snapshot.matches('surveyFailed'))
    return renderSurvey(t, snapshot, actor, step.ratingMissing, step.onRatingMissing);
  if (snapshot.matches('ended') || snapshot.matches('done') || snapshot.matches('ending')) return renderEnded(t, snapshot, step);
  // With the confirmation of a callback booked from the queue (the panel shows a bare retry until the panes load).
  if (snapshot.matches('endFailed')) return step.endFailed(callbackBooked(t, snapshot));
  return nothing;
}

function fieldErrors(t: LocalizeController, errors: readonly EscalationErrorKey[]) {
  return errors.length ? html`<div class="error" role="alert">${errors.map((e) => html`<p>${t.term(ERROR_KEYS[e] as 'invalidPhone')}</p>`)}</div>` : nothing;
}

/** Why the queue is not (simply) offered, in a sentence; undefined when nothing stands in the way. */
function reasonSentence(t: LocalizeController, context: EscalationContext): string | undefined {
  const why = escalationReason(context);
  if (!why) return undefined;
  if (why.reason === 'outside_business_hours')
    return why.nextOpenAt ? t.term('reasonClosedUntil', t.formatDate(why.nextOpenAt, { weekday: 'long', hour: 'numeric', minute: '2-digit' })) : t.term('reasonClosed');
  if (why.reason === 'no_agents_signed_in') return t.term('reasonNoAgentsSignedIn');
  return why.overMinutes ? t.term('reasonOverMaxWait', why.overMinutes) : t.term('reasonAgentsBusy');
}

function renderEscalation(t: LocalizeController, snapshot: EscalationSnapshot | undefined, actor: EscalationActor | undefined): TemplateResult {
  if (!snapshot || !actor || snapshot.matches('checking')) return statusLine(t.term('checkingAvailability'));
  const send = actor.send.bind(actor);
  const c = snapshot.context;
  const failed = (retry: boolean) =>
    html`<p class="error" role="alert">${t.term('requestFailed')}</p>
      ${retry ? html`<button type="button" @click=${() => send({ type: 'RETRY' })}>${t.term('retry')}</button>` : nothing}`;
  if (snapshot.matches('checkFailed'))
    // From the queue, giving up goes back to it, not to the assistant.
    return html`<div class="pane">${failed(true)}<button type="button" @click=${() => send({ type: 'CANCEL' })}>${t.term(c.fromQueue ? 'back' : 'backToAssistant')}</button></div>`;
  if (snapshot.matches('choosing') || snapshot.matches('joining') || snapshot.matches('joinFailed')) {
    const offers = escalationOffers(c);
    const ewt = c.availability?.now.chat.ewtSeconds;
    const reason = reasonSentence(t, c);
    // While the queue request is out, no other choice can be taken.
    const joining = snapshot.matches('joining');
    return html`<section class="pane" aria-labelledby="choose">
      <h2 id="choose">${t.term('chooseHowToContinue')}</h2>
      ${!offers.queue || reason ? html`<p>${reason ?? t.term('agentsUnavailable')}</p>` : nothing}
      ${snapshot.matches('joinFailed') ? failed(true) : nothing}
      <div class="actions">
        ${offers.queue
          ? html`<button type="button" class="primary" ?disabled=${joining} @click=${() => send({ type: 'JOIN_QUEUE' })}>
              ${t.term('joinQueue')}${ewt !== undefined ? html`<span class="hint">&nbsp;(${t.term('estimatedWait', Math.max(1, Math.ceil(ewt / 60)))})</span>` : nothing}
            </button>`
          : nothing}
        ${offers.callback
          ? html`<button type="button" id="open-cb" class=${offers.queue ? '' : 'primary'} ?disabled=${joining}
              @click=${(e: Event) => (focusWhenShown(e, '#phone'), send({ type: 'CHOOSE_CALLBACK' }))}>${t.term('requestCallback')}</button>`
          : nothing}
        <button type="button" id="open-lm" ?disabled=${joining} @click=${(e: Event) => (focusWhenShown(e, '#lm-text'), send({ type: 'CHOOSE_MESSAGE' }))}>${t.term('leaveMessage')}</button>
        <button type="button" ?disabled=${joining} @click=${() => send({ type: 'CANCEL' })}>${t.term('backToAssistant')}</button>
      </div>
    </section>`;
  }
  if (snapshot.matches('callback')) {
    const busy = snapshot.matches({ callback: 'submitting' }) || snapshot.matches({ callback: 'loadingSlots' });
    return html`<form class="pane" aria-labelledby="cb" @submit=${(e: Event) => (e.preventDefault(), send({ type: 'SUBMIT' }))}>
      <h2 id="cb">${t.term('requestCallback')}</h2>
      <label for="phone">${t.term('phoneLabel')}</label>
      <input id="phone" type="tel" autocomplete="tel" inputmode="tel" .value=${c.phone}
        aria-invalid=${c.fieldErrors.includes('invalid_phone') ? 'true' : 'false'}
        @input=${(e: Event) => send({ type: 'SET_PHONE', phone: (e.target as HTMLInputElement).value })} />
      <label class="check"><input type="checkbox" .checked=${c.consent}
        @change=${(e: Event) => send({ type: 'SET_CONSENT', consent: (e.target as HTMLInputElement).checked })} /> ${t.term('consentLabel')}</label>
      <fieldset>
        <legend class="sr-only">${t.term('requestCallback')}</legend>
        ${asapTaken(c)
          ? html`<label class="check"><input type="radio" name="when" .checked=${c.when.type === 'asap'} @change=${() => send({ type: 'CHOOSE_ASAP' })} /> ${t.term('asSoonAsPossible')}</label>
              <label class="check"><input type="radio" name="when" .checked=${c.when.type === 'slot'} @change=${() => send({ type: 'LOAD_SLOTS' })} /> ${t.term('chooseSlot')}</label>`
          : nothing /* closed now: only the times below (they load with the form) */}
        ${c.slots.length
          ? html`<div class="chips" role="group" aria-label=${t.term('chooseSlot')}>
              ${c.slots.map(
                (s) => html`<button type="button" class="chip" aria-pressed=${c.when.type === 'slot' && c.when.slotId === s.id ? 'true' : 'false'}
                  @click=${() => send({ type: 'CHOOSE_SLOT', slotId: s.id })}>${t.formatDate(s.start, { dateStyle: 'medium', timeStyle: 'short' })}</button>`,
              )}
            </div>`
          : nothing}
      </fieldset>
      ${fieldErrors(t, c.fieldErrors)}
      ${snapshot.matches({ callback: 'submitFailed' }) || snapshot.matches({ callback: 'slotsFailed' }) ? failed(true) : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${busy}>${t.term('submitCallback')}</button>
        <button type="button" @click=${(e: Event) => (focusWhenShown(e, '#open-cb'), send({ type: 'BACK' }))}>${t.term('back')}</button>
      </div>
    </form>`;
  }
  if (snapshot.matches('message')) {
    const busy = snapshot.matches({ message: 'sending' });
    return html`<form class="pane" aria-labelledby="lm" @submit=${(e: Event) => (e.preventDefault(), send({ type: 'SUBMIT' }))}>
      <h2 id="lm">${t.term('leaveMessage')}</h2>
      <label for="lm-text">${t.term('messageTextLabel')}</label>
      <textarea id="lm-text" rows="4" .value=${c.messageText} @input=${(e: Event) => send({ type: 'SET_MESSAGE', text: (e.target as HTMLTextAreaElement).value })}></textarea>
      ${fieldErrors(t, c.fieldErrors)}
      ${snapshot.matches({ message: 'sendFailed' }) ? failed(true) : nothing}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${busy}>${t.term('sendMessage')}</button>
        <button type="button" @click=${(e: Event) => (focusWhenShown(e, '#open-lm'), send({ type: 'BACK' }))}>${t.term('back')}</button>
      </div>
    </form>`;
  }
  return statusLine(t.term('checkingAvailability'));
}

function renderQueue(t: LocalizeController, snapshot: ConversationSnapshot, actor: ConversationActor): TemplateResult {
  const queue = snapshot.context.queue;
  return html`<section class="pane" role="status" aria-live="polite">
    <p><strong>${t.term('waitingForAgent')}</strong></p>
    ${snapshot.context.error ? html`<p class="error" role="alert">${t.term('requestFailed')}</p>` : nothing}
    ${queue?.position !== undefined ? html`<p>${t.term('queuePosition', queue.position)}</p>` : nothing}
    ${queue?.ewtSeconds !== undefined ? html`<p>${t.term('estimatedWait', Math.max(1, Math.ceil(queue.ewtSeconds / 60)))}</p>` : nothing}
    <div class="actions">
      <button type="button" id="open-cb" @click=${(e: Event) => (focusWhenShown(e, '#phone'), actor.send({ type: 'REQUEST_CALLBACK' }))}>${t.term('callbackInstead')}</button>
      <button type="button" @click=${() => actor.send({ type: 'LEAVE_QUEUE' })}>${t.term('leaveQueue')}</button>
    </div>
  </section>`;
}

/**
 * A message left for the team waits in their inbox (no queue position): an agent replies in this chat.
 * The server's queue figures say so; until they come, the escalation's outcome (which stays after an
 * agent took the message and a transfer queued the chat again).
 */
const messageWaits = (snapshot: ConversationSnapshot) =>
  snapshot.matches({ live: 'queued' }) && (snapshot.context.queue ? !!snapshot.context.queue.leftMessage : snapshot.context.escalationOutcome?.kind === 'message');

/** "End the chat?", answered by ending it or by `close` (which the end calls too; keeping the chat puts focus back on End chat). */
export function renderEndConfirmation(t: LocalizeController, actor: ConversationActor, close: () => void): TemplateResult {
  const withdraws = messageWaits(actor.getSnapshot());
  return html`<div class="pane confirm" role="alertdialog" aria-labelledby="confirm-q" aria-describedby=${withdraws ? 'confirm-why' : nothing}>
    <p id="confirm-q">${t.term('endConfirmQuestion')}</p>
    ${withdraws ? html`<p id="confirm-why">${t.term('endWithdrawsMessage')}</p>` : nothing}
    <div class="actions">
      <button type="button" class="primary" @click=${() => (close(), actor.send({ type: 'END' }))}>${t.term('endChat')}</button>
      <button type="button" @click=${(e: Event) => (focusWhenShown(e, 'header button'), close())}>${t.term('keepChatting')}</button>
    </div>
  </div>`;
}

function renderIdleWarning(t: LocalizeController, actor: ConversationActor): TemplateResult {
  return html`<div class="pane" role="alert">
    <p>${t.term('idleWarning')}</p>
    <div class="actions"><button type="button" class="primary" @click=${() => actor.send({ type: 'ACTIVITY' })}>${t.term('stillHere')}</button></div>
  </div>`;
}

/** A chat ended by a callback booked from the queue says so first, whether the survey or the end shows. */
function callbackBooked(t: LocalizeController, snapshot: ConversationSnapshot): string | undefined {
  return snapshot.context.escalationOutcome?.kind === 'callback' ? t.term('callbackRequested') : undefined;
}

function renderEnded(t: LocalizeController, snapshot: ConversationSnapshot, step: StepContext): TemplateResult {
  const booked = callbackBooked(t, snapshot);
  return html`<div class="pane" role="status">
    ${booked ? html`<p>${booked}</p>` : nothing}
    <p>${snapshot.matches('done') && snapshot.context.surveyAnswers ? t.term('surveyThanks') : t.term('chatEnded')}</p>
    <div class="actions">
      ${snapshot.context.conversationId ? html`<button type="button" @click=${step.download}>${t.term('downloadTranscript')}</button>` : nothing}
      <button type="button" class="primary" @click=${step.startNew}>${t.term('startNewChat')}</button>
    </div>
  </div>`;
}

function renderSurvey(t: LocalizeController, snapshot: ConversationSnapshot, actor: ConversationActor, ratingMissing: boolean, onMissing: () => void): TemplateResult {
  const survey = snapshot.context.survey;
  const question = survey?.questions.find((q) => q.type === 'csat');
  const busy = snapshot.matches('submittingSurvey');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const rating = Number(data.get('rating'));
    if (!rating) return onMissing();
    const comment = String(data.get('comment') ?? '').trim();
    const commentQuestion = survey?.questions.find((q) => q.type === 'free_text');
    actor.send({
      type: 'SUBMIT_SURVEY',
      answers: [{ questionId: question?.id ?? 'csat', value: rating }, ...(comment && commentQuestion ? [{ questionId: commentQuestion.id, value: comment }] : [])],
    });
  };
  const booked = callbackBooked(t, snapshot);
  return html`<form class="pane" aria-labelledby="survey" @submit=${submit}>
    ${booked ? html`<p role="status">${booked}</p>` : nothing}
    <h2 id="survey">${question?.prompt ?? t.term('surveyTitle')}</h2>
    <fieldset class="rating">
      <legend class="sr-only">${question?.prompt ?? t.term('surveyTitle')}</legend>
      ${[1, 2, 3, 4, 5].map(
        (n) => html`<label class="star"><input type="radio" name="rating" value=${n} /><span aria-hidden="true">${n}</span><span class="sr-only">${t.term('ratingLabel', n, 5)}</span></label>`,
      )}
    </fieldset>
    ${ratingMissing ? html`<p class="error" role="alert">${t.term('ratingRequired')}</p>` : nothing}
    <label for="comment">${t.term('surveyComment')}</label>
    <textarea id="comment" name="comment" rows="3"></textarea>
    ${snapshot.matches('surveyFailed') ? html`<p class="error" role="alert">${t.term('requestFailed')}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${busy}>${t.term('submitSurvey')}</button>
      <button type="button" @click=${() => actor.send({ type: 'SKIP_SURVEY' })}>${t.term('skipSurvey')}</button>
    </div>
  </form>`;
}
