import { html } from 'lit';
import { emptyResponse, type Issue, type Response } from '@s11kit/schema';
import { follow, type AuditHost } from '../host.js';

const NO_ISSUES: readonly Issue[] = [];

/** One standard per page, GOV.UK style: the card, then "Save and continue" to the next one. */
export function renderStandard(host: AuditHost, standardId: string, fromCheck = false) {
  const { framework, draft, text } = host;
  const position = host.applicable.findIndex((standard) => standard.id === standardId);
  const next = host.applicable[position + 1];
  const response = draft.responses.find((r) => r.standardId === standardId) ?? emptyResponse(standardId);
  const responseIndex = draft.responses.findIndex((r) => r.standardId === standardId);
  const found = host.issues.filter(
    (issue) => issue.standardId === standardId || (responseIndex >= 0 && issue.path[0] === 'responses' && issue.path[1] === responseIndex),
  );
  // No problems is the same list each time: the card need not redo its fields' errors on each key.
  const issues = found.length ? found : NO_ISSUES;
  const onChange = (event: Event) => {
    event.stopPropagation();
    host.setResponse((event.currentTarget as HTMLElement & { response: Response }).response, event.type === 'change' ? 'change' : 'input');
  };
  return html`
    <s11-standard-card
      exportparts="base: card-base, caption: card-caption, title: card-title, about: card-about, needed: card-needed, rater-base, rater-legend, rater-hint, rater-error, rater-option, rater-option-label, rater-option-hint, rater-control, evidence-base, evidence-label, evidence-hint, evidence-error, evidence-control, evidence-count, evidence-prompts, explanation-base, explanation-label, explanation-control, plan-base, plan-legend, plan-hint, plan-list, plan-row, plan-add-button"
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
