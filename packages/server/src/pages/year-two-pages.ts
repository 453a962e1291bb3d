import {
  applicableItems,
  dateParts,
  formatLongDate,
  londonDate,
  rollUpOf,
  standardName,
  type AuditReturn,
  type Framework,
  type ReturnEvent,
  type StatementOfCompliance,
} from '@s11kit/schema';
import { answeredStandards, anchor, field, type StatementFields } from '../cycle/statement-form.js';
import type { YearTwoChoice } from '../store/year-two.js';
import { csrfField, errorSummary } from './form.js';
import { dateInput, radios, textarea, textInput } from './form-parts.js';
import { historyTable, when } from './history-list.js';
import { html, type Html } from './html.js';

/** What every page of an agency's link shows in its header. */
export interface AgencyFrame {
  readonly token: string;
  readonly campaignTitle: string;
  readonly agencyName: string;
}

const day = (iso: string) => formatLongDate(londonDate(iso) ?? iso.slice(0, 10));

/** An agency's page: the header names the campaign and the agency; scripts only from the collector (CSP). */
export function agencyLayout(frame: AgencyFrame, input: { title: string; body: Html; scripts?: readonly string[] }): string {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${input.title}: ${frame.agencyName}</title>
<link rel="stylesheet" href="/assets/collector.css">
${(input.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header"><div class="width"><span class="header__service">${frame.campaignTitle}</span><span class="header__who">${frame.agencyName}</span></div></header>
<div class="width">
<main id="main" class="main">
${input.body}
</main>
</div>
</body>
</html>
`.text;
}

const CHOICES = (framework: Framework, cycleStart: number) => [
  {
    value: 'tracking',
    label: 'Update the action plan',
    hint: `Report progress on the actions of your ${cycleStart} self-assessment: notes, new dates with reasons, completion with evidence.`,
  },
  {
    value: 'statement',
    label: 'Sign a statement of compliance',
    hint: `Confirm that the standards of ${framework.title} are still met as you rated them, naming any rating that has changed, with evidence for a higher rating and an action for a lower one.`,
  },
  { value: 're-audit', label: 'Do a full re-audit', hint: 'Answer every standard again, as in year 1.' },
];

/** Year 2 where the framework offers a statement of compliance: what the agency will do. */
export function choicePage(frame: AgencyFrame, input: { csrf: string; framework: Framework; cycleStart: number; checked: YearTwoChoice | null; error?: string }): string {
  const base = `/a/${frame.token}`;
  return agencyLayout(frame, {
    title: `${input.error ? 'Error: ' : ''}Year 2`,
    body: html`${input.error ? errorSummary({ 'choice--tracking': input.error }) : ''}
<form method="post" action="${base}/year-two/choice" novalidate>
${csrfField(input.csrf)}
${radios({
  name: 'choice',
  legend: html`<h1 class="heading-l">What will your organisation do for year 2?</h1>`,
  hint: `Year 2 of the ${input.cycleStart} cycle of ${input.framework.title}. Your partnership sees which you chose. You can choose again until you sign a statement or send a re-audit.`,
  choices: CHOICES(input.framework, input.cycleStart),
  checked: input.checked,
  ...(input.error ? { error: input.error } : {}),
})}
<button class="button" type="submit">Continue</button>
</form>`,
  });
}

const changeLink = (frame: AgencyFrame) => html`<p><a href="/a/${frame.token}/year-two/choice">Choose something else for year 2</a></p>`;

/** The year-1 action plan in `<s11-action-tracker>`, saving each update on the collector. */
export function trackerPage(
  frame: AgencyFrame,
  input: { framework: Framework; ret: AuditReturn; storageKey: string; history: readonly ReturnEvent[]; canChoose: boolean; cycleStart: number },
): string {
  const base = `/a/${frame.token}`;
  const updates = input.history.filter((entry) => entry.kind === 'action-updated');
  return agencyLayout(frame, {
    title: 'Year 2: your action plan',
    scripts: ['/assets/year-two/tracker.js'],
    body: html`<span class="caption">Year 2 of the ${input.cycleStart} cycle</span>
<h1 class="heading-l">Your action plan</h1>
<p>Record progress on the actions of your ${input.cycleStart} self-assessment: a progress note, a new due date with its reason, or completion with its evidence. Each update is saved on the collector with the time it was made, and your partnership sees it.</p>
${input.canChoose ? changeLink(frame) : ''}
<p id="load-status" role="status">Loading your action plan…</p>
<s11-action-tracker data-src="${base}/year-two/plan.json" update-url="${base}/year-two/updates" storage-key="${input.storageKey}"></s11-action-tracker>
<h2 class="heading-m">Updates saved</h2>
${historyTable(input.framework, updates, 'Updates saved on the collector, oldest first', { ret: input.ret, history: input.history })}`,
  });
}

/** The statement of compliance as a form: ratings now, evidence for higher ones, actions for lower ones, and the signer. */
export function statementPage(
  frame: AgencyFrame,
  input: {
    csrf: string;
    framework: Framework;
    cycleStart: number;
    yearOneReference: string;
    current: AuditReturn;
    fields?: StatementFields;
    errors?: Readonly<Record<string, string>>;
  },
): string {
  const { framework, current } = input;
  const fields = input.fields;
  const errors = input.errors ?? {};
  const sector = current.organisation.sector || undefined;
  const levels = framework.scale.levels.map((level) => ({ value: level.id, label: level.label }));
  const label = (rating: string | null) => framework.scale.levels.find((level) => level.id === rating)?.label ?? 'not rated';
  const typed = (name: string, fallback = '') => fields?.[name] ?? fallback;
  const standards = answeredStandards(framework, current).map(({ standard, response }) => {
    const name = standardName(standard, sector);
    const items = rollUpOf(standard) === 'worst-item' ? applicableItems(standard, sector) : [];
    // Open when it holds something typed or a problem, so that nothing entered is hidden.
    const inside = [
      field.evidence(standard.id),
      field.action(standard.id),
      field.lead(standard.id),
      field.due(standard.id, 'day'),
      field.due(standard.id, 'month'),
      field.due(standard.id, 'year'),
    ];
    const changed = inside.some((f) => errors[f] !== undefined || (fields?.[f] ?? '').trim() !== '');
    const due = fields ? { day: typed(field.due(standard.id, 'day')), month: typed(field.due(standard.id, 'month')), year: typed(field.due(standard.id, 'year')) } : dateParts('');
    const ratings = items.length
      ? items.map((item) => {
          const name_ = field.item(standard.id, item.id);
          const year1 = response.items?.find((answer) => answer.itemId === item.id)?.rating ?? null;
          const error = errors[anchor.choice(name_, framework)];
          return radios({
            name: name_,
            legend: html`${item.title}`,
            hint: `Year 1: ${label(year1)}`,
            choices: levels,
            checked: typed(name_, year1 ?? ''),
            small: true,
            ...(error ? { error } : {}),
          });
        })
      : [
          (() => {
            const error = errors[anchor.choice(field.rating(standard.id), framework)];
            return radios({
              name: field.rating(standard.id),
              legend: html`Rating now`,
              hint: `Year 1: ${label(response.rating)}`,
              choices: levels,
              checked: typed(field.rating(standard.id), response.rating ?? ''),
              ...(error ? { error } : {}),
            });
          })(),
        ];
    return html`<div class="standard-block">
<h3 class="heading-s">${name[0]!.toUpperCase()}${name.slice(1)}</h3>
${items.length ? html`<p class="hint">Its rating is the lowest of its items: year 1, ${label(response.rating)}.</p>` : ''}
${ratings}
<details class="details"${changed ? html` open` : ''}>
<summary>If its rating is now different</summary>
<div class="details__text">
${textarea({ id: field.evidence(standard.id), label: 'Evidence for a higher rating', hint: 'What shows the standard is now met at the higher level.', value: typed(field.evidence(standard.id)), ...(errors[field.evidence(standard.id)] ? { error: errors[field.evidence(standard.id)]! } : {}) })}
<p class="label">A new action, for a lower rating</p>
${textInput({ id: field.action(standard.id), label: 'What will be done', value: typed(field.action(standard.id)), ...(errors[field.action(standard.id)] ? { error: errors[field.action(standard.id)]! } : {}) })}
${textInput({ id: field.lead(standard.id), label: 'Who leads it', value: typed(field.lead(standard.id)), ...(errors[field.lead(standard.id)] ? { error: errors[field.lead(standard.id)]! } : {}) })}
${dateInput({ id: `due--${standard.id}`, legend: 'By when', hint: 'For example, 31 3 2027', value: due, ...(errors[field.due(standard.id, 'day')] ? { error: errors[field.due(standard.id, 'day')]! } : {}) })}
</div>
</details>
</div>`;
  });
  const base = `/a/${frame.token}`;
  return agencyLayout(frame, {
    title: `${Object.keys(errors).length ? 'Error: ' : ''}Statement of compliance`,
    body: html`${errorSummary(errors)}
<span class="caption">Year 2 of the ${input.cycleStart} cycle</span>
<h1 class="heading-l">Statement of compliance</h1>
<p>You confirm that the standards of ${framework.title} are still met as your organisation rated them in its ${input.cycleStart} self-assessment (return ${input.yearOneReference}).</p>
<p>If a rating has changed, give the rating now. A standard rated higher needs the evidence for it; one rated lower needs an action plan: what will be done, who leads it and by when.</p>
${changeLink(frame)}
<form method="post" action="${base}/year-two/statement" novalidate>
${csrfField(input.csrf)}
<h2 class="heading-m">Ratings</h2>
${standards}
<h2 class="heading-m">Sign the statement</h2>
${textInput({ id: field.signerName, label: 'Your name', autocomplete: 'name', value: typed(field.signerName), ...(errors[field.signerName] ? { error: errors[field.signerName]! } : {}) })}
${textInput({ id: field.signerRole, label: 'Your role', hint: 'Such as Chief executive, or Chair of governors', autocomplete: 'organization-title', value: typed(field.signerRole), ...(errors[field.signerRole] ? { error: errors[field.signerRole]! } : {}) })}
<button class="button" type="submit">Sign the statement of compliance</button>
</form>`,
  });
}

/** What the agency sees once it has signed: the statement as signed, with its reference. */
export function statementSignedPage(frame: AgencyFrame, input: { framework: Framework; entry: StatementOfCompliance; reference: string; sector: string }): string {
  const { framework, entry } = input;
  const label = (rating: string | null) => framework.scale.levels.find((level) => level.id === rating)?.label ?? 'not rated';
  const name = (id: string) => {
    const standard = framework.standards.find((s) => s.id === id);
    return standard ? standardName(standard, input.sector || undefined) : id;
  };
  return agencyLayout(frame, {
    title: 'Statement of compliance signed',
    body: html`<div class="panel"><h1 class="panel__title">Statement of compliance signed</h1><p>Your reference<br><strong>${input.reference}</strong></p></div>
<p>Your partnership has your statement. Keep the reference in case you need to ask about it.</p>
<dl class="summary-list">
<div><dt>Signed by</dt><dd>${entry.signedBy.name}, ${entry.signedBy.role}</dd></div>
<div><dt>Signed on</dt><dd>${when(new Date(entry.at))}</dd></div>
<div><dt>Statement</dt><dd class="pre-wrap">${entry.statement}</dd></div>
</dl>
${
  entry.changedStandards.length
    ? html`<h2 class="heading-m">Ratings that changed</h2><ul>${entry.changedStandards.map(
        (change) =>
          html`<li>${name(change.standardId)}: from ${label(change.from)} to ${label(change.to)}${change.evidence ? html`. Evidence: <span class="pre-wrap">${change.evidence}</span>` : ''}</li>`,
      )}</ul>`
    : ''
}
<p>Signed statements are kept on the collector as they were signed. Statement made ${day(entry.at)}.</p>`,
  });
}

/** Above the audit when the agency chose a full re-audit for year 2. */
export function reAuditBanner(frame: AgencyFrame, canChoose: boolean): Html {
  return html`<div class="banner" role="region" aria-labelledby="re-audit-title"><h2 class="banner__title" id="re-audit-title">Year 2: full re-audit</h2>
<div class="banner__content"><p>You chose to answer every standard again for year 2.${canChoose ? html` <a href="/a/${frame.token}/year-two/choice">Choose something else</a>` : ''}</p></div></div>`;
}
