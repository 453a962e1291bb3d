import { html, nothing } from 'lit';
import type { CoreStrings } from '../../strings/core-strings.js';
import type { ServerCopy } from '../server-draft.js';
import { savedWhen } from '../../internal/draft-notices.js';

/** Why a return was not sent: no receipt came back, or the page gives the audit nowhere to send it. */
export type SendProblem = 'failed' | 'not-configured';

/**
 * "Your return has not been sent", said only when true, with what is true about the answers: saved
 * in this browser, or only on this page. Focused when it appears, like a GOV.UK error summary.
 */
export function renderSendProblem(text: CoreStrings, problem: SendProblem, savedHere: boolean, tryAgain: () => void) {
  return html`<div class="send-problem banner banner--error" role="alert" tabindex="-1" part="notice">
    <h2 class="banner__title">${text.notSentTitle}</h2>
    ${
      problem === 'not-configured'
        ? html`<p class="banner__text">${text.notConfigured}</p>
          <p class="banner__text">${savedHere ? text.notSentSaved : text.notSentUnsaved}</p>`
        : html`<p class="banner__text">${savedHere ? text.notSentSaved : text.notSentUnsaved}</p>
          <p class="banner__text">${text.notSentHelp}</p>
          <button class="button" type="button" @click=${tryAgain}>${text.tryAgain}</button>`
    }
  </div>`;
}

/** A submission left with no confirmation back (a crash, a lost answer, Back after a form post). */
export function renderUnconfirmed(text: CoreStrings, when: string, sendAgain: () => void) {
  return html`<div class="banner banner--warning" role="region" aria-labelledby="unconfirmed-title" part="notice">
    <h2 class="banner__title" id="unconfirmed-title">${text.unconfirmedTitle}</h2>
    <p class="banner__text">${text.unconfirmed(when)}</p>
    <button class="button" type="button" @click=${sendAgain}>${text.sendAgain}</button>
  </div>`;
}

export interface ServerNoticeState {
  /** Saving to the server keeps failing while this browser has changes it lacks. */
  readonly failing: boolean;
  /** Someone saved another copy on the server: the person chooses. */
  readonly conflict: ServerCopy | undefined;
  readonly resolve: (useTheirs: boolean) => void;
}

/** Notices about the copy kept on the server (`draft-url`). */
export function renderServerNotices(text: CoreStrings, { failing, conflict, resolve }: ServerNoticeState) {
  return html`
    ${
      conflict
        ? html`<div class="banner banner--warning" role="alert" part="notice">
          <p class="banner__text">${text.serverConflict(savedWhen(conflict.savedAt))}</p>
          <div class="button-group">
            <button class="button button--secondary" type="button" @click=${() => resolve(true)}>${text.loadOtherCopy}</button>
            <button class="button button--secondary" type="button" @click=${() => resolve(false)}>${text.keepThisCopy}</button>
          </div>
        </div>`
        : nothing
    }
    ${failing && !conflict ? html`<div class="banner" role="status" part="notice"><p class="banner__text">${text.serverSaveFailed}</p></div>` : nothing}
  `;
}
