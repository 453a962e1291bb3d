import { html, nothing } from 'lit';
import type { Response } from '@s11kit/schema';
import type { DraftEnvelope } from './draft-store.js';
import type { S11StorageProblem } from '../events/storage-error.js';
import type { CoreStrings } from '../strings/core-strings.js';

/** What an element with a saved draft (`<s11-audit>`, `<s11-action-tracker>`) tells the person about it. */
export interface Notices {
  /** When the restored draft was saved; set after a restore. */
  readonly restoredAt?: string | undefined;
  readonly confirmingStartAgain: boolean;
  readonly storage?: S11StorageProblem | undefined;
  readonly conflict?: DraftEnvelope | undefined;
  /** Answers to standards this framework version does not have. */
  readonly setAside: readonly Response[];
  /** A stored copy that could not be read, kept for the person to download. */
  readonly unreadable?: { readonly text: string; readonly keptAs: string | undefined } | undefined;
  /** A draft older than `draft-days` was deleted: when it was saved. */
  readonly expired?: string | undefined;
}

/** The words of the notices: an element may give its own for the ones that name what is saved. */
export type NoticeWords = Pick<
  CoreStrings,
  | 'storageFull'
  | 'storageUnavailable'
  | 'storageConflict'
  | 'loadOtherCopy'
  | 'keepThisCopy'
  | 'draftRestored'
  | 'startAgain'
  | 'startAgainConfirm'
  | 'startAgainYes'
  | 'startAgainNo'
  | 'setAside'
  | 'showSetAside'
  | 'draftUnreadable'
  | 'downloadUnreadable'
  | 'draftExpired'
>;

let savedWhenFormat: Intl.DateTimeFormat | undefined;

/**
 * When a draft was saved, as the restored notice says it: "20 November 2026 at 14:05". One
 * formatter, made on first use: `toLocaleString` would make a new one each time.
 */
export const savedWhen = (iso: string) =>
  (savedWhenFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' })).format(new Date(iso));

/** Offer text as a file to save, as a link with `download` does. Works under a strict CSP: no script is loaded. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface NoticeActions {
  startAgain(): void;
  confirmStartAgain(yes: boolean): void;
  resolveConflict(useTheirs: boolean): void;
  when(iso: string): string;
}

/** GOV.UK notification banners about the draft: restored, kept aside, not saving, changed elsewhere. */
export function renderNotices(notices: Notices, text: NoticeWords, actions: NoticeActions) {
  const storageMessage = notices.storage === 'full' ? text.storageFull : notices.storage === 'unavailable' ? text.storageUnavailable : undefined;
  return html`
    ${
      notices.unreadable
        ? html`<div class="banner banner--warning" role="alert" part="notice">
          <p class="banner__text">${text.draftUnreadable}</p>
          <button class="button button--secondary" type="button" @click=${() => downloadText('s11kit-unreadable-draft.txt', notices.unreadable!.text, 'text/plain')}>
            ${text.downloadUnreadable}
          </button>
        </div>`
        : nothing
    }
    ${notices.expired ? html`<div class="banner" role="status" part="notice"><p class="banner__text">${text.draftExpired(actions.when(notices.expired))}</p></div>` : nothing}
    ${
      storageMessage
        ? html`<div class="banner banner--warning" role="alert" part="notice">
          <p class="banner__text">${storageMessage}</p>
        </div>`
        : nothing
    }
    ${
      notices.conflict
        ? html`<div class="banner banner--warning" role="alert" part="notice">
          <p class="banner__text">${text.storageConflict}</p>
          <div class="button-group">
            <button class="button button--secondary" type="button" @click=${() => actions.resolveConflict(true)}>${text.loadOtherCopy}</button>
            <button class="button button--secondary" type="button" @click=${() => actions.resolveConflict(false)}>${text.keepThisCopy}</button>
          </div>
        </div>`
        : nothing
    }
    ${
      notices.restoredAt
        ? html`<div class="banner" role="region" aria-labelledby="restored" part="notice">
          <p class="banner__text" id="restored">${text.draftRestored(actions.when(notices.restoredAt))}</p>
          ${
            notices.confirmingStartAgain
              ? html`<p class="banner__text warning">${text.startAgainConfirm}</p>
                <div class="button-group">
                  <button class="button button--warning" type="button" @click=${() => actions.confirmStartAgain(true)}>${text.startAgainYes}</button>
                  <button class="button button--secondary" type="button" @click=${() => actions.confirmStartAgain(false)}>${text.startAgainNo}</button>
                </div>`
              : html`<button class="link-button" type="button" @click=${() => actions.startAgain()}>${text.startAgain}</button>`
          }
        </div>`
        : nothing
    }
    ${
      notices.setAside.length
        ? html`<div class="banner" role="region" aria-labelledby="set-aside" part="notice">
          <p class="banner__text" id="set-aside">${text.setAside(notices.setAside.length)}</p>
          <details class="details">
            <summary class="details__summary"><span class="details__summary-text">${text.showSetAside}</span></summary>
            <div class="details__text">
              ${notices.setAside.map(
                (response) => html`<h4 class="summary-title">${response.standardId}</h4>
                  <p class="pre-wrap">${[response.rating, response.evidence, response.explanation, ...response.actions.map((a) => `${a.action} (${a.lead}, ${a.due})`)].filter(Boolean).join('\n\n')}</p>`,
              )}
            </div>
          </details>
        </div>`
        : nothing
    }
  `;
}
