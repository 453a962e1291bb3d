import { standardName, type AuditReturn, type Framework, type ReturnEvent } from '@s11kit/schema';
import type { ChallengeThread } from '../store/challenges.js';
import type { CampaignRow } from '../store/rows.js';
import { selectField, textareaField } from './fields.js';
import { csrfField, errorSummary, textField } from './form.js';
import { historyTable } from './history-list.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import type { StaffView } from './staff-pages.js';
import { when } from './when.js';

const STATE_TEXT: Record<ChallengeThread['state'], { text: string; tag: string }> = {
  'awaiting-agency': { text: 'Awaiting your answer', tag: 'open' },
  'awaiting-staff': { text: 'Answered', tag: 'answered' },
  accepted: { text: 'Accepted', tag: 'closed' },
};
const STAFF_STATE_TEXT: Record<ChallengeThread['state'], { text: string; tag: string }> = {
  'awaiting-agency': { text: 'Awaiting the agency', tag: 'open' },
  'awaiting-staff': { text: 'Answered: decide', tag: 'answered' },
  accepted: { text: 'Accepted', tag: 'closed' },
};

/** "Standard 3, Safe recruitment", or that and the action challenged. */
export function targetName(framework: Framework, sector: string, thread: ChallengeThread, ret: AuditReturn | undefined): string {
  const standard = framework.standards.find((candidate) => candidate.id === thread.raised.standardId);
  const name = standard ? standardName(standard, sector) : thread.raised.standardId;
  const full = name.charAt(0).toUpperCase() + name.slice(1);
  if (!thread.raised.actionId) return full;
  const action = ret?.responses.find((response) => response.standardId === thread.raised.standardId)?.actions.find((candidate) => candidate.id === thread.raised.actionId);
  return `${full}, action: ${action?.action || thread.raised.actionId}`;
}

function steps(thread: ChallengeThread, agencyWord: string): Html {
  return html`<ul class="timeline">
<li><strong>${thread.raised.actor.kind === 'staff' ? thread.raised.actor.name : 'The partnership'}, ${when(thread.raised.at)}</strong> (version ${thread.raised.version}):<br><span class="quote">${thread.raised.text}</span></li>
${thread.steps.map((step) =>
  step.kind === 'challenge-answered'
    ? html`<li><strong>${agencyWord}, ${when(step.at)}</strong> (version ${step.version}):<br><span class="quote">${step.text}</span></li>`
    : step.kind === 'challenge-reopened'
      ? html`<li><strong>Challenged again by ${step.actor.kind === 'staff' ? step.actor.name : 'the partnership'}, ${when(step.at)}</strong>:<br><span class="quote">${step.text}</span></li>`
      : html`<li><strong>Accepted by ${step.actor.kind === 'staff' ? step.actor.name : 'the partnership'}, ${when(step.at)}</strong></li>`,
)}
</ul>`;
}

/** The agency page's list of challenges: open ones first, each with a link into the audit and a form to answer. */
export function challengesPanel(input: {
  token: string;
  csrf: string;
  framework: Framework;
  sector: string;
  threads: readonly ChallengeThread[];
  latest: AuditReturn | undefined;
}): Html | '' {
  if (!input.threads.length) return '';
  const open = input.threads.filter((thread) => thread.state === 'awaiting-agency');
  const rest = input.threads.filter((thread) => thread.state !== 'awaiting-agency');
  const item = (thread: ChallengeThread) => {
    const state = STATE_TEXT[thread.state];
    return html`<li class="inset" id="challenge-${thread.raised.challengeId}">
<h3 class="heading-s">${targetName(input.framework, input.sector, thread, input.latest)} <strong class="tag tag--${state.tag}">${state.text}</strong></h3>
${steps(thread, 'Your answer')}
<p><a href="#s11/standard/${thread.raised.standardId}">Change your answer to this standard</a> (then send your return again: a changed rating or new actions come as a new version).</p>
${
  thread.state === 'awaiting-agency'
    ? html`<form method="post" action="/a/${input.token}/challenges/${thread.raised.challengeId}/answer" novalidate>
  ${csrfField(input.csrf)}
  ${textareaField({ id: `answer-${thread.raised.challengeId}`, label: 'Your answer', hint: 'Say what you have changed, or what evidence answers the question.' })}
  <button class="button" type="submit">Send answer</button>
</form>`
    : ''
}
</li>`;
  };
  return html`<section class="section" id="challenges" aria-labelledby="challenges-title">
<h2 class="heading-m" id="challenges-title">Questions from the partnership</h2>
<p>${open.length ? `${open.length === 1 ? 'One question waits' : `${open.length} questions wait`} for your answer.` : 'You have answered every question.'}</p>
<ul class="list-plain">${open.map(item)}</ul>
${rest.length ? html`<details${open.length ? '' : ' open'}><summary>Answered questions (${rest.length})</summary><ul class="list-plain">${rest.map(item)}</ul></details>` : ''}
</section>`;
}

/** The page after an answer that needs correcting. */
export function answerErrorPage(input: { token: string; csrf: string; challengeId: string; error: string; value: string; agencyName: string }): string {
  const id = `answer-${input.challengeId}`;
  return page({
    title: 'Error: Answer the question',
    body: html`${errorSummary({ [id]: input.error })}<span class="caption">${input.agencyName}</span><h1 class="heading-l">Answer the question</h1>
<form method="post" action="/a/${input.token}/challenges/${input.challengeId}/answer" novalidate>
  ${csrfField(input.csrf)}
  ${textareaField({ id, label: 'Your answer', value: input.value, error: input.error })}
  <button class="button" type="submit">Send answer</button>
</form>
<p><a href="/a/${input.token}#challenges">Back to your return</a></p>`,
  });
}

const campaignPath = (campaign: CampaignRow) => `/staff/campaigns/${campaign.id}`;

export interface ReviewRow {
  readonly agencyId: string;
  readonly name: string;
  readonly sector: string;
  readonly returned: boolean;
  readonly review: { method: 'chosen' | 'random'; reason: string; at: string } | undefined;
  readonly counts: Record<ChallengeThread['state'], number>;
}

/** The quality assurance group's list: returns chosen for review, filters, and ways to choose more. */
export function reviewListPage(input: {
  staff: StaffView;
  campaign: CampaignRow;
  framework: Framework;
  rows: readonly ReviewRow[];
  filter: { sector: string; reason: string };
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): string {
  const { staff, campaign, framework } = input;
  const base = campaignPath(campaign);
  const errors = input.errors ?? {};
  const values = input.values ?? {};
  const sectorLabel = new Map(framework.sectors.map((sector) => [sector.id, sector.label]));
  const sectors = [{ value: '', label: 'Every sector' }, ...framework.sectors.map((sector) => ({ value: sector.id, label: sector.label }))];
  const shown = input.rows.filter(
    (row) =>
      row.returned &&
      (!input.filter.sector || row.sector === input.filter.sector) &&
      (!input.filter.reason || (row.review?.reason ?? '').toLowerCase().includes(input.filter.reason.toLowerCase())),
  );
  return page({
    title: `${Object.keys(errors).length ? 'Error: ' : ''}Review: ${campaign.title}`,
    staff,
    breadcrumbs: [
      { href: '/staff', text: 'Campaigns' },
      { href: base, text: campaign.title },
    ],
    body: html`${errorSummary(errors)}<span class="caption">${campaign.title}</span>
<h1 class="heading-l">Challenge and feedback</h1>
<p>Choose returns for the quality assurance group to review, by sector, by what you know of an agency, or at random for verification visits; then challenge an answer on the agency's review page.</p>
<form method="get" action="${base}/review">
  ${selectField({ id: 'sector', label: 'Sector', options: sectors, value: input.filter.sector })}
  ${textField({ id: 'reason', label: 'Reason for review contains', value: input.filter.reason })}
  <button class="button button--secondary" type="submit">Filter</button>
</form>
<table class="table"><caption class="visually-hidden">Returns received</caption>
<thead><tr><th scope="col">Agency</th><th scope="col">Sector</th><th scope="col">Review</th><th scope="col" class="numeric">Awaiting agency</th><th scope="col" class="numeric">Answered</th><th scope="col" class="numeric">Accepted</th></tr></thead>
<tbody>${shown.map(
      (row) => html`<tr><th scope="row"><a href="${base}/agencies/${row.agencyId}/review">${row.name}</a></th><td>${sectorLabel.get(row.sector) ?? row.sector}</td>
<td>${row.review ? html`${row.review.method === 'random' ? 'Random sample' : 'Chosen'}: ${row.review.reason}` : 'Not chosen'}</td>
<td class="numeric">${row.counts['awaiting-agency']}</td><td class="numeric">${row.counts['awaiting-staff']}</td><td class="numeric">${row.counts.accepted}</td></tr>`,
    )}</tbody></table>
<h2 class="heading-m">Choose returns by sector</h2>
<form method="post" action="${base}/review/choose" novalidate>
  ${csrfField(staff.csrf)}
  ${selectField({ id: 'choose-sector', label: 'Sector', options: framework.sectors.map((sector) => ({ value: sector.id, label: sector.label })), ...(values['choose-sector'] ? { value: values['choose-sector'] } : {}) })}
  ${textField({ id: 'choose-reason', label: 'Why the group is reviewing them', value: values['choose-reason'] ?? '', ...(errors['choose-reason'] ? { error: errors['choose-reason'] } : {}) })}
  <button class="button" type="submit">Choose every return of this sector</button>
</form>
<h2 class="heading-m">Choose a random sample</h2>
<form method="post" action="${base}/review/sample" novalidate>
  ${csrfField(staff.csrf)}
  ${textField({ id: 'size', label: 'How many returns', type: 'text', value: values.size ?? '', ...(errors.size ? { error: errors.size } : {}) })}
  ${selectField({ id: 'sample-sector', label: 'From', options: sectors, ...(values['sample-sector'] ? { value: values['sample-sector'] } : {}) })}
  ${textField({ id: 'sample-reason', label: 'Why', value: values['sample-reason'] ?? 'Verification visit', ...(errors['sample-reason'] ? { error: errors['sample-reason'] } : {}) })}
  <button class="button" type="submit">Choose at random</button>
</form>`,
  });
}

/** One agency's return for the group: its answers, its challenges, and forms to challenge, accept or challenge again. */
export function agencyReviewPage(input: {
  staff: StaffView;
  campaign: CampaignRow;
  framework: Framework;
  agency: { id: string; name: string; sector: string };
  latest: { number: number; value: AuditReturn };
  ratingAt: (version: number, standardId: string) => string | null | undefined;
  threads: readonly ChallengeThread[];
  /** The return's whole history, of which the threads are part. */
  history: readonly ReturnEvent[];
  review: { method: 'chosen' | 'random'; reason: string; at: string } | undefined;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}): string {
  const { staff, campaign, framework, agency, latest } = input;
  const base = `${campaignPath(campaign)}/agencies/${agency.id}`;
  const errors = input.errors ?? {};
  const values = input.values ?? {};
  const levelLabel = new Map(framework.scale.levels.map((level) => [level.id, level.label]));
  const rating = (id: string | null | undefined) => (id === undefined ? 'no answer' : id === null ? 'not rated' : (levelLabel.get(id) ?? id));
  const targets = latest.value.responses.flatMap((response) => {
    const standard = framework.standards.find((candidate) => candidate.id === response.standardId);
    if (!standard) return [];
    const name = `Standard ${standard.number}: ${standard.title}`;
    return [
      { value: response.standardId, label: `${name} (${rating(response.rating)})` },
      ...response.actions.map((action) => ({ value: `${response.standardId}/${action.id}`, label: `${name}, action: ${action.action.slice(0, 80) || action.id}` })),
    ];
  });
  const thread = (t: ChallengeThread) => {
    const state = STAFF_STATE_TEXT[t.state];
    const then = input.ratingAt(t.raised.version, t.raised.standardId);
    const now = input.ratingAt(latest.number, t.raised.standardId);
    return html`<li class="inset">
<h3 class="heading-s">${targetName(framework, agency.sector, t, latest.value)} <strong class="tag tag--${state.tag}">${state.text}</strong></h3>
<p>Rating challenged: ${rating(then)} (version ${t.raised.version}). ${then !== now ? html`<strong>Changed to ${rating(now)} in version ${latest.number}.</strong>` : html`Still ${rating(now)} in version ${latest.number}.`}</p>
${historyTable(framework, [t.raised, ...t.steps], `The challenge on ${targetName(framework, agency.sector, t, latest.value)}, oldest first`, { ret: latest.value, history: input.history })}
${
  t.state === 'awaiting-staff'
    ? html`<form method="post" action="${base}/challenges/${t.raised.challengeId}/accept">${csrfField(staff.csrf)}<button class="button" type="submit">Accept the answer</button></form>
<form method="post" action="${base}/challenges/${t.raised.challengeId}/reopen" novalidate>
  ${csrfField(staff.csrf)}
  ${textareaField({ id: `reopen-${t.raised.challengeId}`, label: 'Or challenge again', hint: 'Say what is still missing.', ...(errors[`reopen-${t.raised.challengeId}`] ? { error: errors[`reopen-${t.raised.challengeId}`]! } : {}) })}
  <button class="button button--secondary" type="submit">Challenge again</button>
</form>`
    : ''
}
</li>`;
  };
  return page({
    title: `${Object.keys(errors).length ? 'Error: ' : ''}Review: ${agency.name}`,
    staff,
    breadcrumbs: [
      { href: '/staff', text: 'Campaigns' },
      { href: campaignPath(campaign), text: campaign.title },
      { href: `${campaignPath(campaign)}/review`, text: 'Challenge and feedback' },
    ],
    body: html`${errorSummary(errors)}<span class="caption">${campaign.title}, version ${latest.number}</span>
<h1 class="heading-l">${agency.name}</h1>
${
  input.review
    ? html`<p>Chosen for review ${input.review.method === 'random' ? 'in a random sample' : ''} on ${when(input.review.at)}: ${input.review.reason}</p>`
    : html`<form method="post" action="${base}/review" novalidate>${csrfField(staff.csrf)}
  ${textField({ id: 'reason', label: 'Why the group is reviewing this return', value: values.reason ?? '', ...(errors.reason ? { error: errors.reason } : {}) })}
  <button class="button button--secondary" type="submit">Choose for review</button></form>`
}
<h2 class="heading-m">Challenges</h2>
${input.threads.length ? html`<ul class="list-plain">${input.threads.map(thread)}</ul>` : html`<p>No challenges yet.</p>`}
<h2 class="heading-m">Challenge an answer</h2>
<form method="post" action="${base}/challenges" novalidate>
  ${csrfField(staff.csrf)}
  ${selectField({ id: 'target', label: 'The standard or action', options: targets, ...(values.target ? { value: values.target } : {}), ...(errors.target ? { error: errors.target } : {}) })}
  ${textareaField({ id: 'text', label: 'Your challenge', hint: 'For example, the evidence the group would expect to see.', value: values.text ?? '', ...(errors.text ? { error: errors.text } : {}) })}
  <button class="button" type="submit">Send challenge</button>
</form>
<h2 class="heading-m">History</h2>
${historyTable(framework, input.history, `What happened to the return of ${agency.name}, oldest first`, { ret: latest.value })}`,
  });
}

/** An answer that cannot be taken: the question is closed or answered already (another tab), or not on this return. */
export function answerRefusedPage(input: { token: string; agencyName: string; missing: boolean }): string {
  return page({
    title: input.missing ? 'There is no such question' : 'This question is not waiting for your answer',
    body: html`<span class="caption">${input.agencyName}</span><h1 class="heading-l">${input.missing ? 'There is no such question' : 'This question is not waiting for your answer'}</h1>
<p>${input.missing ? 'The link may have been copied incompletely.' : 'It has been answered already, perhaps in another tab, or the partnership has closed it. Nothing was changed.'}</p>
<p><a href="/a/${input.token}#challenges">Back to your return</a> to see where each question stands.</p>`,
  });
}
