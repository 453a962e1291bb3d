import { html, nothing } from 'lit';
import {
  actionPlan,
  applicableItems,
  appliesToSector,
  checkResponse,
  formatLongDate,
  isBlank,
  isCalendarDate,
  isEmptyAction,
  standardWording,
  type Response,
  type Standard,
} from '@s11kit/schema';
import { toneIcon } from '../../styles/tone.js';
import { follow, type AuditHost } from '../host.js';
import type { AuditView } from '../view.js';
import type { AuditStrings } from '../../strings/audit-strings.js';

type Mode = 'check' | 'print';

function row(host: AuditHost, key: string, value: unknown, change: AuditView | undefined, changeWhat: string) {
  return html`<div class="summary-list__row">
    <dt class="summary-list__key">${key}</dt>
    <dd class="summary-list__value">${value}</dd>
    ${
      change
        ? html`<dd class="summary-list__actions">
          <a class="link" href=${host.href(change)} @click=${follow(() => host.go(change))}>${host.text.change}<span class="visually-hidden"> ${changeWhat}</span></a>
        </dd>`
        : nothing
    }
  </div>`;
}

/** A due date as people read it; an unfinished one as typed, and said to be unfinished. */
export function dueText(text: AuditStrings, due: string): string {
  if (due === '') return '–';
  if (isCalendarDate(due)) return formatLongDate(due);
  return text.dateUnfinished(due.split('-').reverse().join(' ').trim());
}

const multiline = (text: string, empty: string) => (!isBlank(text) ? html`<span class="pre-wrap">${text}</span>` : html`<span class="muted">${empty}</span>`);

function ratingValue(host: AuditHost, rating: string | null | undefined) {
  const level = host.framework.scale.levels.find((l) => l.id === rating);
  if (!level) return html`<span class="muted">${host.text.notAnswered}</span>`;
  return html`<span class="tag tone--${level.tone}">${toneIcon(level.tone)}${level.label}</span>`;
}

/** Each item of the standard that applies to the sector, with its rating (and why, when written). */
function itemsValue(host: AuditHost, standard: Standard, response: Response | undefined) {
  const items = applicableItems(standard, host.draft.organisation.sector || undefined);
  return html`<ul class="list answer-items">
    ${items.map((item) => {
      const answer = response?.items?.find((a) => a.itemId === item.id);
      return html`<li>
        <span class="answer-items__title">${item.title}</span> ${ratingValue(host, answer?.rating)}
        ${answer && !isBlank(answer.explanation) ? html`<br /><span class="pre-wrap muted">${answer.explanation}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/**
 * The evidence, with what the person chose or has still to check about it: not to be quoted, and
 * copied from another return (with the schema's warning, which the submit does not block on).
 */
function evidenceValue(host: AuditHost, response: Response | undefined) {
  const { text } = host;
  const copied = response?.copiedFrom
    ? checkResponse(host.framework, response, { sector: host.draft.organisation.sector, now: host.nowIso }).find((issue) => issue.code === 'evidence_copied')
    : undefined;
  return html`${multiline(response?.evidence ?? '', text.notAnswered)}
    ${
      response?.notForQuotation || response?.copiedFrom
        ? html`<span class="answer-marks">
          ${response.notForQuotation ? html`<strong class="tag answer-mark" part="answer-mark">${text.notForQuotationMark}</strong>` : nothing}
          ${response.copiedFrom ? html`<strong class="tag answer-mark" part="answer-mark">${text.copiedMark}</strong>` : nothing}
        </span>`
        : nothing
    }
    ${copied ? html`<span class="answer-warning" part="answer-warning"><span class="visually-hidden">${text.warningPrefix}</span>${copied.message}</span>` : nothing}`;
}

function actionsValue(host: AuditHost, response: Response | undefined) {
  const actions = response?.actions.filter((a) => !isEmptyAction(a)) ?? [];
  if (actions.length === 0) return html`<span class="muted">${host.text.noActionPlan}</span>`;
  return html`<ol class="list">
    ${actions.map(
      (action) => html`<li>
        <span class="pre-wrap">${action.action}</span><br />
        <span class="muted">${host.text.actionLead}: ${action.lead || '–'}; ${host.text.actionDue}: ${dueText(host.text, action.due)};
          ${host.text.actionStatus[action.status]}</span>
      </li>`,
    )}
  </ol>`;
}

function standardSummary(host: AuditHost, standard: Standard, mode: Mode) {
  const { draft, text } = host;
  const sector = draft.organisation.sector || undefined;
  const response = draft.responses.find((r) => r.standardId === standard.id);
  const title = `${standard.number}. ${standardWording(standard, sector).title}`;
  const change: AuditView | undefined = mode === 'check' ? { kind: 'standard', standardId: standard.id, from: 'check' } : undefined;
  return html`
    <h4 class="summary-title">${title}</h4>
    <dl class="summary-list">
      ${row(host, text.rating, ratingValue(host, response?.rating), change, `${text.rating}: ${title}`)}
      ${standard.items?.length ? row(host, text.itemRatings, itemsValue(host, standard, response), change, `${text.itemRatings}: ${title}`) : nothing}
      ${row(host, text.evidence, evidenceValue(host, response), change, `${text.evidence}: ${title}`)}
      ${response && !isBlank(response.explanation) ? row(host, text.explanation, multiline(response.explanation, ''), change, `${text.explanation}: ${title}`) : nothing}
      ${row(host, text.actions, actionsValue(host, response), change, `${text.actions}: ${title}`)}
    </dl>
  `;
}

function organisationSummary(host: AuditHost, mode: Mode) {
  const { framework, draft, text } = host;
  const change: AuditView | undefined = mode === 'check' ? { kind: 'organisation', from: 'check' } : undefined;
  const sector = framework.sectors.find((s) => s.id === draft.organisation.sector)?.label ?? '';
  const partnerships = framework.partnerships.filter((p) => draft.organisation.partnerships.includes(p.id)).map((p) => p.name);
  const value = (v: string) => multiline(v, text.notAnswered);
  return html`
    <dl class="summary-list">
      ${row(host, text.organisationName, value(draft.organisation.name), change, text.organisationName)}
      ${
        draft.organisation.identifiers?.length
          ? row(
              host,
              text.identifiers,
              html`<ul class="list">${draft.organisation.identifiers.map((i) => html`<li>${text.identifiersAnswer(text.identifierSchemes[i.scheme] ?? i.scheme, i.id)}</li>`)}</ul>`,
              change,
              text.identifiers,
            )
          : nothing
      }
      ${row(host, text.sector, value(sector), change, text.sector)}
      ${row(host, text.partnerships, value(partnerships.join(', ')), change, text.partnerships)}
      ${row(host, text.respondentName, value(draft.respondent.name), change, text.respondentName)}
      ${row(host, text.respondentRole, value(draft.respondent.role), change, text.respondentRole)}
      ${row(host, text.respondentEmail, value(draft.respondent.email), change, text.respondentEmail)}
      ${framework.coverSheet.map((field) => row(host, field.label, value(draft.cover[field.id] ?? ''), change, field.label))}
    </dl>
  `;
}

/**
 * Every action of the return, soonest due first: the plan the partnership tracks. A table where
 * there is room, and one summary list per action in a narrow column (a phone, a CMS sidebar), so
 * that nothing scrolls sideways or breaks mid-word. CSS picks one by the audit's own width.
 */
export function renderActionPlan(host: AuditHost) {
  const items = actionPlan(host.framework, host.draft, { now: host.nowIso }).filter((item) => !isEmptyAction(item.action));
  const { text } = host;
  if (items.length === 0) return html`<h3 class="section-title">${text.actionPlanTitle}</h3><p class="body">${text.noActionPlan}</p>`;
  return html`
    <h3 class="section-title">${text.actionPlanTitle}</h3>
    <table class="table action-plan--wide" part="action-plan">
      <thead>
        <tr>
          <th scope="col">${text.standardsSection}</th>
          <th scope="col">${text.actionText}</th>
          <th scope="col">${text.actionLead}</th>
          <th scope="col">${text.actionDue}</th>
          <th scope="col">${text.actionStatusLabel}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) => html`<tr>
            <td>${item.standardNumber}. ${item.standardTitle}</td>
            <td class="pre-wrap">${item.action.action}</td>
            <td>${item.action.lead}</td>
            <td>${dueText(text, item.action.due)}</td>
            <td>${text.actionStatus[item.action.status]}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <ol class="action-plan--narrow" part="action-plan-list">
      ${items.map(
        (item) => html`<li>
          <h4 class="summary-title">${item.standardNumber}. ${item.standardTitle}</h4>
          <dl class="summary-list">
            <div class="summary-list__row"><dt class="summary-list__key">${text.actionText}</dt><dd class="summary-list__value pre-wrap">${item.action.action}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">${text.actionLead}</dt><dd class="summary-list__value">${item.action.lead}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">${text.actionDue}</dt><dd class="summary-list__value">${dueText(text, item.action.due)}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">${text.actionStatusLabel}</dt><dd class="summary-list__value">${text.actionStatus[item.action.status]}</dd></div>
          </dl>
        </li>`,
      )}
    </ol>
  `;
}

/** "Check your answers": every answer with a Change link, then Submit. Also the printed return. */
export function renderCheckAnswers(host: AuditHost, mode: Mode = 'check') {
  const { framework, draft, text } = host;
  const sector = draft.organisation.sector;
  const notApplicable = sector ? framework.standards.filter((s) => !appliesToSector(s, sector) && draft.responses.some((r) => r.standardId === s.id)) : [];
  return html`
    <h2 class="title" tabindex="-1" data-view-title>${mode === 'check' ? text.checkAnswersTitle : framework.title}</h2>
    <h3 class="section-title">${text.organisationSection}</h3>
    ${organisationSummary(host, mode)}
    <h3 class="section-title">${text.standardsSection}</h3>
    ${host.applicable.map((standard) => standardSummary(host, standard, mode))}
    ${
      notApplicable.length
        ? html`<h3 class="section-title">${text.notApplicableAnswers}</h3>
          <p class="body hint">${text.notApplicableAnswersHint}</p>
          ${notApplicable.map((standard) => standardSummary(host, standard, mode))}`
        : nothing
    }
    ${mode === 'print' ? renderActionPlan(host) : nothing}
    ${
      mode === 'check'
        ? html`<div class="button-group">
          <button class="button" type="button" part="submit-button" ?disabled=${host.controlsDisabled} aria-disabled=${host.sending ? 'true' : nothing} @click=${() => host.submit()}>
            ${host.sending ? text.submitting : text.submit}
          </button>
          <a class="link" href=${host.href({ kind: 'tasks' })} @click=${follow(() => host.go({ kind: 'tasks' }))}>${text.backToTasks}</a>
        </div>`
        : nothing
    }
  `;
}
