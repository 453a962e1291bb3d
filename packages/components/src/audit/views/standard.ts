import { html, nothing } from 'lit';
import { emptyResponse, isBlank, type Issue, type Response } from '@s11kit/schema';
import { follow, type AuditHost } from '../host.js';
import { viewOfIssue } from '../issue-view.js';

const NO_ISSUES: readonly Issue[] = [];

const prefixed = (prefix: string, parts: string) => parts.split(' ').map((part) => `${prefix}${part}`);
/** Every part of the card, re-exposed on the audit: its own as `card-*`, its children's as they are. */
const CARD_PARTS = [
  ...['base', 'caption', 'title', 'about', 'needed', 'rolled-up', 'items', 'items-error', 'item', 'copied', 'quotation'].map((part) => `${part}: card-${part}`),
  ...prefixed('rater-', 'base legend hint error option option-label option-hint control'),
  ...prefixed('item-rater-', 'base legend hint error option option-label option-hint control'),
  ...prefixed('evidence-', 'base label hint error control count prompts'),
  ...prefixed('explanation-', 'base label hint error control count'),
  ...prefixed('item-explanation-', 'base label error control count'),
  ...prefixed('plan-', 'base legend hint error list row add-button'),
].join(', ');

/** The previous cycle's answer, read-only, under the card: what the organisation said last time. */
function renderPrevious(host: AuditHost, standardId: string) {
  const previous = host.previous(standardId);
  if (!previous) return nothing;
  const { text, framework } = host;
  const level = framework.scale.levels.find((l) => l.id === previous.rating);
  const actions = previous.actions.filter((a) => !isBlank(a.action));
  return html`<details class="details previous" part="previous">
    <summary class="details__summary"><span class="details__summary-text">${text.previousTitle}</span></summary>
    <div class="details__text">
      ${
        previous.rating === null && isBlank(previous.evidence)
          ? html`<p class="body">${text.previousNotAnswered}</p>`
          : html`<dl class="summary-list">
            <div class="summary-list__row"><dt class="summary-list__key">${text.rating}</dt><dd class="summary-list__value">${level?.label ?? previous.rating ?? text.notAnswered}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">${text.evidence}</dt><dd class="summary-list__value pre-wrap">${previous.evidence || text.notAnswered}</dd></div>
            ${
              actions.length
                ? html`<div class="summary-list__row"><dt class="summary-list__key">${text.actions}</dt><dd class="summary-list__value">
                  <ol class="list">${actions.map((a) => html`<li class="pre-wrap">${a.action}</li>`)}</ol></dd></div>`
                : nothing
            }
          </dl>`
      }
    </div>
  </details>`;
}

/** One standard per page, GOV.UK style: the card, then "Save and continue" to the next one. */
export function renderStandard(host: AuditHost, standardId: string, fromCheck = false) {
  const { framework, draft, text } = host;
  const position = host.applicable.findIndex((standard) => standard.id === standardId);
  const next = host.applicable[position + 1];
  const response = draft.responses.find((r) => r.standardId === standardId) ?? emptyResponse(standardId);
  // By the standard the issue names, never by its place in `responses`: a server's answer (or a
  // draft changed since) may number the responses differently.
  const found = host.issues.filter((issue) => {
    const view = viewOfIssue(issue, (i) => draft.responses[i]?.standardId);
    return view?.kind === 'standard' && view.standardId === standardId;
  });
  // No problems is the same list each time: the card need not redo its fields' errors on each key.
  const issues = found.length ? found : NO_ISSUES;
  const onChange = (event: Event) => {
    event.stopPropagation();
    host.setResponse((event.currentTarget as HTMLElement & { response: Response }).response, event.type === 'change' ? 'change' : 'input');
  };
  return html`
    <s11-standard-card
      exportparts=${CARD_PARTS}
      .framework=${framework}
      .standardId=${standardId}
      .response=${response}
      .sector=${draft.organisation.sector}
      .issues=${issues}
      .strings=${host.strings}
      .now=${host.nowIso}
      ?disabled=${host.controlsDisabled}
      @input=${onChange}
      @change=${onChange}
    ></s11-standard-card>
    ${renderPrevious(host, standardId)}
    <div class="button-group">
      <button
        class="button"
        type="button"
        ?disabled=${host.controlsDisabled}
        @click=${() => host.go(next && !fromCheck ? { kind: 'standard', standardId: next.id } : { kind: 'check' })}
      >
        ${text.saveAndContinue}
      </button>
      <a class="link" href=${host.href({ kind: 'tasks' })} @click=${follow(() => host.go({ kind: 'tasks' }))}>${text.backToTasks}</a>
    </div>
  `;
}
