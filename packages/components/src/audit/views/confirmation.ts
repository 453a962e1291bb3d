import { html, nothing } from 'lit';
import type { AuditReturn } from '@s11kit/schema';
import type { AuditStrings } from '../../strings/audit-strings.js';
import type { Receipt } from '../receipt-store.js';
import { savedWhen } from '../../internal/draft-notices.js';

export interface ConfirmationOptions {
  readonly receipt: Receipt;
  readonly text: AuditStrings;
  /** The return as it was sent, while this page still holds it (not after a reload). */
  readonly sent: AuditReturn | undefined;
  readonly download: () => void;
  readonly actionPlan: unknown;
}

/** The GOV.UK confirmation page: a panel with the reference, what happens next, and a copy to keep. */
export function renderConfirmation({ receipt, text, sent, download, actionPlan }: ConfirmationOptions) {
  const received = Number.isFinite(Date.parse(receipt.receivedAt)) ? savedWhen(receipt.receivedAt) : '';
  return html`
    <div class="panel" part="panel">
      <h2 class="panel__title" tabindex="-1" data-view-title>${text.submittedTitle}</h2>
      <p class="panel__body">
        ${text.referenceLabel}<br />
        <strong class="panel__reference" part="reference">${receipt.reference}</strong>
      </p>
    </div>
    ${received ? html`<p class="body">${text.receivedOn(received)}</p>` : nothing}
    <h3 class="section-title">${text.whatHappensNextTitle}</h3>
    <p class="body">${text.whatHappensNext}</p>
    ${
      sent
        ? html`<div class="button-group">
            <button class="button button--secondary" type="button" @click=${download}>${text.downloadCopy}</button>
            <button class="button button--secondary" type="button" @click=${() => print()}>${text.print}</button>
          </div>
          ${actionPlan}`
        : nothing
    }
  `;
}
