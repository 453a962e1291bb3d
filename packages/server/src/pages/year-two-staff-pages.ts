import { standardName, type AuditReturn, type Framework, type ReturnEvent, type StatementOfCompliance } from '@s11kit/schema';
import type { YearTwoLink } from '../admin/year-two.js';
import type { AgencyRow, CampaignRow } from '../store/rows.js';
import type { YearTwoRow } from '../store/year-two.js';
import { csrfField, errorSummary } from './form.js';
import { dateInput } from './form-parts.js';
import { actorWords, historyTable, when } from './history-list.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import type { StaffView } from './staff-pages.js';

const campaignPath = (campaign: CampaignRow) => `/staff/campaigns/${campaign.id}`;
const home = { href: '/staff', text: 'Campaigns' };

/** On a campaign's progress page: the way to its year 2, or back to its year 1. */
export function yearTwoSection(staff: StaffView, campaign: CampaignRow, framework: Framework, links: { next?: string | undefined; previous?: string | undefined }): Html {
  if (links.previous)
    return html`<h2 class="heading-m">Year ${campaign.cycle_year}</h2><ul class="links"><li><a href="${campaignPath(campaign)}/year-two">What each agency did in year ${campaign.cycle_year}</a></li><li><a href="/staff/campaigns/${links.previous}">Year ${campaign.cycle_year - 1} of this cycle</a></li></ul>`;
  if (links.next)
    return html`<h2 class="heading-m">Year ${campaign.cycle_year + 1}</h2><p><a href="/staff/campaigns/${links.next}">Year ${campaign.cycle_year + 1} of this cycle is open</a>.</p>`;
  if (!staff.administrator || framework.cycle.yearTwo === 'none' || campaign.cycle_year >= framework.cycle.lengthYears) return html``;
  return html`<h2 class="heading-m">Year ${campaign.cycle_year + 1}</h2><p><a href="${campaignPath(campaign)}/year-two">Open year ${campaign.cycle_year + 1} of this cycle</a>: each agency gets a new link to carry on its action plan${
    framework.cycle.yearTwo === 'statement-of-compliance' ? ', or sign a statement of compliance, or do a full re-audit' : ''
  }.</p>`;
}

export function openYearTwoPage(staff: StaffView, campaign: CampaignRow, deadline: { day: string; month: string; year: string }, error?: string): string {
  return page({
    title: `${error ? 'Error: ' : ''}Open year ${campaign.cycle_year + 1}`,
    staff,
    breadcrumbs: [home, { href: campaignPath(campaign), text: campaign.title }],
    body: html`${error ? errorSummary({ 'deadline-day': error }) : ''}
<span class="caption">${campaign.title}</span>
<h1 class="heading-l">Open year ${campaign.cycle_year + 1}</h1>
<p>Every agency of this campaign gets a new link. An agency that made a return carries on its action plan; one that did not makes a full return. The links of year ${campaign.cycle_year} keep working for year ${campaign.cycle_year}.</p>
<form method="post" action="${campaignPath(campaign)}/year-two" novalidate>
${csrfField(staff.csrf)}
${dateInput({ id: 'deadline', legend: `Deadline of year ${campaign.cycle_year + 1}`, hint: 'For example, 30 6 2027', value: deadline, ...(error ? { error } : {}) })}
<button class="button" type="submit">Open year ${campaign.cycle_year + 1} and make the links</button>
</form>`,
  });
}

export function yearTwoLinksPage(staff: StaffView, campaign: CampaignRow, links: readonly YearTwoLink[], origin: string): string {
  return page({
    title: `${campaign.title}: links`,
    staff,
    breadcrumbs: [home, { href: campaignPath(campaign), text: campaign.title }],
    body: html`<div class="panel"><h1 class="panel__title">Year ${campaign.cycle_year} is open</h1><p>${campaign.title}</p></div>
<p>Copy the links now and send each to its agency: they are shown only once. You can make a new link for an agency later from the campaign's page.</p>
<table class="table"><caption class="visually-hidden">A link for every agency</caption>
<thead><tr><th scope="col">Agency</th><th scope="col">Year ${campaign.cycle_year}</th><th scope="col">Link</th></tr></thead>
<tbody>${links.map(
      (link) =>
        html`<tr><th scope="row">${link.name}</th><td>${link.carriesOn ? 'Carries on its action plan' : 'No return last year: a full return'}</td><td><code class="link-text" data-agency="${link.agencyId}">${origin}/a/${link.token}</code></td></tr>`,
    )}</tbody></table>
<p><a href="${campaignPath(campaign)}">Go to ${campaign.title}</a></p>`,
  });
}

const signedBy = (plan: YearTwoRow): StatementOfCompliance | undefined =>
  plan.statement_reference ? ((plan.value as AuditReturn).history ?? []).filter((entry) => entry.kind === 'statement-of-compliance').at(-1) : undefined;

/** What an agency did in year 2, in a few words. */
function yearTwoState(framework: Framework, plan: YearTwoRow | undefined, reference: string | null): Html {
  if (!plan)
    return reference
      ? html`<strong class="tag tag--returned">Full return</strong> ${reference}`
      : html`<strong class="tag tag--not-started">No year-1 return</strong> a full return is expected`;
  const statement = signedBy(plan);
  if (statement)
    return html`<strong class="tag tag--returned">Statement of compliance</strong> ${plan.statement_reference}, signed by ${statement.signedBy.name} (${statement.signedBy.role}), ${when(new Date(statement.at))}`;
  if (framework.cycle.yearTwo !== 'statement-of-compliance' || plan.choice === 'tracking') return html`<strong class="tag">Updating the action plan</strong>`;
  if (plan.choice === 'statement') return html`<strong class="tag tag--draft">Statement of compliance</strong> chosen, not signed yet`;
  if (plan.choice === 're-audit')
    return reference
      ? html`<strong class="tag tag--returned">Full re-audit</strong> ${reference}`
      : html`<strong class="tag tag--draft">Full re-audit</strong> chosen, not sent yet`;
  return html`<strong class="tag tag--not-started">Not chosen yet</strong>`;
}

/** Year 2 of a campaign: what each agency chose and did, and who did it. */
export function yearTwoOverviewPage(
  staff: StaffView,
  campaign: CampaignRow,
  framework: Framework,
  agencies: readonly { id: string; name: string; reference: string | null }[],
  plans: readonly YearTwoRow[],
  entries: readonly ReturnEvent[],
): string {
  const planOf = new Map(plans.map((plan) => [plan.agency_id, plan]));
  const lastOf = new Map<string, ReturnEvent>();
  const updates = new Map<string, number>();
  for (const entry of entries) {
    lastOf.set(entry.agencyId, entry);
    if (entry.kind === 'action-updated') updates.set(entry.agencyId, (updates.get(entry.agencyId) ?? 0) + 1);
  }
  return page({
    title: `Year ${campaign.cycle_year}: ${campaign.title}`,
    staff,
    breadcrumbs: [home, { href: campaignPath(campaign), text: campaign.title }],
    body: html`<span class="caption">${framework.title}, cycle ${campaign.cycle_start}</span>
<h1 class="heading-l">Year ${campaign.cycle_year}: what each agency did</h1>
<table class="table"><caption class="visually-hidden">Each agency's year ${campaign.cycle_year}</caption>
<thead><tr><th scope="col">Agency</th><th scope="col">Year ${campaign.cycle_year}</th><th scope="col" class="numeric">Updates</th><th scope="col">Latest step</th></tr></thead>
<tbody>${agencies.map((agency) => {
      const plan = planOf.get(agency.id);
      const last = lastOf.get(agency.id);
      return html`<tr><th scope="row">${plan ? html`<a href="${campaignPath(campaign)}/agencies/${agency.id}/year-two">${agency.name}</a>` : agency.name}</th>
<td>${yearTwoState(framework, plan, agency.reference)}</td>
<td class="numeric">${updates.get(agency.id) ?? 0}</td>
<td>${last ? html`${when(last.at)} by ${actorWords(last.actor)}` : ''}</td></tr>`;
    })}</tbody></table>`,
  });
}

/** One agency's year 2 for staff: the action plan (updates recorded in the member of staff's name), and its history. */
export function yearTwoAgencyPage(
  staff: StaffView,
  campaign: CampaignRow,
  framework: Framework,
  agency: AgencyRow,
  plan: YearTwoRow,
  history: readonly ReturnEvent[],
  reAudit: { reference: string; receivedAt: Date } | undefined,
): string {
  const base = `${campaignPath(campaign)}/agencies/${agency.id}/year-two`;
  const ret = plan.value as AuditReturn;
  const statement = signedBy(plan);
  const label = (rating: string | null) => framework.scale.levels.find((level) => level.id === rating)?.label ?? 'not rated';
  const name = (id: string) => {
    const standard = framework.standards.find((s) => s.id === id);
    return standard ? standardName(standard, ret.organisation.sector || undefined) : id;
  };
  return page({
    title: `${agency.name}: year ${campaign.cycle_year}`,
    staff,
    breadcrumbs: [home, { href: campaignPath(campaign), text: campaign.title }, { href: `${campaignPath(campaign)}/year-two`, text: `Year ${campaign.cycle_year}` }],
    scripts: ['/assets/year-two/tracker.js'],
    body: html`<span class="caption">${campaign.title}</span>
<h1 class="heading-l">${agency.name}</h1>
<p>${yearTwoState(framework, plan, reAudit?.reference ?? null)}</p>
${
  statement
    ? html`<h2 class="heading-m">Statement of compliance</h2>
<dl class="summary-list">
<div><dt>Reference</dt><dd>${plan.statement_reference}</dd></div>
<div><dt>Signed by</dt><dd>${statement.signedBy.name}, ${statement.signedBy.role}</dd></div>
<div><dt>Signed on</dt><dd>${when(new Date(statement.at))}</dd></div>
<div><dt>Statement</dt><dd class="pre-wrap">${statement.statement}</dd></div>
${statement.changedStandards.map(
  (change) =>
    html`<div><dt>${name(change.standardId)}</dt><dd>From ${label(change.from)} to ${label(change.to)}${change.evidence ? html`<br><span class="pre-wrap">${change.evidence}</span>` : ''}</dd></div>`,
)}
</dl>`
    : ''
}
<h2 class="heading-m">Action plan</h2>
<p>An update you save here is kept on the collector in your name, with the time, as the agency's own updates are.</p>
<p id="load-status" role="status">Loading the action plan…</p>
<s11-action-tracker data-src="${base}/plan.json" update-url="${base}/updates?_csrf=${encodeURIComponent(staff.csrf)}" storage-key="staff-${campaign.id}-${agency.id}"></s11-action-tracker>
<h2 class="heading-m">History</h2>
${historyTable(framework, history, `What happened to the return of ${agency.name} in year ${campaign.cycle_year}, oldest first`, { ret })}`,
  });
}
