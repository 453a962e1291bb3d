import { formatLongDate, londonDate, type Framework, type ReturnEvent } from '@s11kit/schema';
import type { AgencyProgress, ProgressCounts } from '../store/progress.js';
import type { CampaignRow, VersionRow } from '../store/rows.js';
import type { AuditLogRow } from '../store/audit-log.js';
import { historyTable } from './history-list.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { csrfField } from './form.js';
import { deadlineText } from './reminder-pages.js';
import { daysToDeadline } from '../store/reminders.js';

export interface StaffView {
  readonly name: string;
  readonly partnership: string;
  readonly csrf: string;
  readonly administrator: boolean;
}

const day = (date: Date) => formatLongDate(londonDate(date.toISOString()) ?? date.toISOString().slice(0, 10));
const when = (date: Date) => `${day(date)}, ${date.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' })}`;

const campaignPath = (campaign: CampaignRow) => `/staff/campaigns/${campaign.id}`;
const home = { href: '/staff', text: 'Campaigns' };

export function campaignsPage(staff: StaffView, campaigns: readonly CampaignRow[]): string {
  return page({
    title: 'Campaigns',
    staff,
    body: html`<h1 class="heading-l">Campaigns</h1>
${
  campaigns.length
    ? html`<table class="table"><caption class="visually-hidden">Campaigns shared with ${staff.partnership}</caption>
<thead><tr><th scope="col">Campaign</th><th scope="col">Framework</th><th scope="col">Cycle</th><th scope="col">Deadline</th></tr></thead>
<tbody>${campaigns.map(
        (c) =>
          html`<tr><th scope="row"><a href="${campaignPath(c)}">${c.title}</a></th><td>${c.framework_id} ${c.framework_version}</td><td>${c.cycle_start}, year ${c.cycle_year}</td><td>${day(c.deadline_at)}</td></tr>`,
      )}</tbody></table>`
    : html`<p>No campaigns are shared with ${staff.partnership} yet. An administrator creates one with <code>s11 admin campaign create</code>.</p>`
}${staff.administrator ? html`<p><a href="/staff/audit-log">Audit log</a></p>` : ''}`,
  });
}

const STATE_TEXT: Record<AgencyProgress['state'], string> = { returned: 'Returned', draft: 'Draft started', 'not-started': 'Not started' };

function countsList(counts: ProgressCounts): Html {
  return html`<dl class="counts">
<div><dt>Expected</dt><dd>${counts.expected}</dd></div>
<div><dt>Returned</dt><dd>${counts.returned}</dd></div>
<div><dt>Drafts started</dt><dd>${counts.draft}</dd></div>
<div><dt>Not started</dt><dd>${counts.notStarted}</dd></div>
<div><dt>Returned late</dt><dd>${counts.late}</dd></div>
</dl>`;
}

export function progressPage(
  staff: StaffView,
  campaign: CampaignRow,
  framework: Framework,
  counts: ProgressCounts,
  bySector: readonly { label: string; counts: ProgressCounts }[],
  agencies: readonly AgencyProgress[],
  now: Date = new Date(),
  /** More sections after the links: year 2, returns from other partnerships. */
  extra: Html | '' = '',
): string {
  const base = campaignPath(campaign);
  const sectorLabel = new Map(framework.sectors.map((sector) => [sector.id, sector.label]));
  return page({
    title: campaign.title,
    staff,
    breadcrumbs: [home],
    body: html`<span class="caption">${framework.title}, cycle ${campaign.cycle_start} year ${campaign.cycle_year}</span>
<h1 class="heading-l">${campaign.title}</h1>
<p>Deadline: ${when(campaign.deadline_at)}. ${deadlineText(daysToDeadline(campaign.deadline_at, now), campaign.deadline_at)}.</p>
${countsList(counts)}
<ul class="links">
  <li><a href="${base}/heatmap">Heatmap of ratings</a></li>
  <li><a href="${base}/report.html" download>Board report (HTML)</a></li>
  <li><a href="${base}/responses.csv" download>Responses (CSV)</a></li>
  <li><a href="${base}/actions.csv" download>Actions (CSV)</a></li>
  <li><a href="${base}/events.csv" download>History of every return: sign-off, review, reminders (CSV)</a></li>
  <li><a href="${base}/reminders">Reminders: who has not started, who has a draft</a></li>
  <li><a href="${base}/review">Challenge and feedback</a></li>
</ul>
${extra}
<h2 class="heading-m">By sector</h2>
<table class="table"><caption class="visually-hidden">Progress by sector</caption>
<thead><tr><th scope="col">Sector</th><th scope="col" class="numeric">Expected</th><th scope="col" class="numeric">Returned</th><th scope="col" class="numeric">Drafts started</th><th scope="col" class="numeric">Not started</th></tr></thead>
<tbody>${bySector.map(
      (group) =>
        html`<tr><th scope="row">${group.label}</th><td class="numeric">${group.counts.expected}</td><td class="numeric">${group.counts.returned}</td><td class="numeric">${group.counts.draft}</td><td class="numeric">${group.counts.notStarted}</td></tr>`,
    )}</tbody></table>
<h2 class="heading-m">Agencies</h2>
<table class="table"><caption class="visually-hidden">Every agency expected to return</caption>
<thead><tr><th scope="col">Agency</th><th scope="col">Sector</th><th scope="col">Status</th><th scope="col">Latest return</th>${staff.administrator ? html`<th scope="col">Link</th>` : ''}</tr></thead>
<tbody>${agencies.map(
      (agency) => html`<tr>
<th scope="row">${agency.state === 'returned' ? html`<a href="${base}/agencies/${agency.agencyId}">${agency.name}</a>` : agency.name}${
        agency.identifier ? html`<br><span class="hint">${agency.identifier.scheme.toUpperCase()} ${agency.identifier.value}</span>` : ''
      }</th>
<td>${sectorLabel.get(agency.sector) ?? agency.sector}</td>
<td><strong class="tag tag--${agency.state}">${STATE_TEXT[agency.state]}</strong>${agency.latest?.late ? html` <strong class="tag tag--late">Late</strong>` : ''}</td>
<td>${agency.latest ? html`${agency.latest.reference}, ${when(agency.latest.receivedAt)}${agency.latest.number > 1 ? html` (version ${agency.latest.number})` : ''}` : agency.draftSavedAt ? html`Draft saved ${when(agency.draftSavedAt)}` : ''}</td>
${staff.administrator ? html`<td>${linkForms(staff, base, agency)}</td>` : ''}
</tr>`,
    )}</tbody></table>`,
  });
}

function linkForms(staff: StaffView, base: string, agency: AgencyProgress): Html {
  const issue = html`<form method="post" action="${base}/agencies/${agency.agencyId}/link">${csrfField(staff.csrf)}<button class="link-button" type="submit">${
    agency.hasLink ? 'Replace link' : 'Make link'
  }<span class="visually-hidden"> for ${agency.name}</span></button></form>`;
  const revoke = agency.hasLink
    ? html`<form method="post" action="${base}/agencies/${agency.agencyId}/revoke">${csrfField(staff.csrf)}<button class="link-button" type="submit">Stop link<span class="visually-hidden"> for ${agency.name}</span></button></form>`
    : '';
  return html`${issue}${revoke}`;
}

export function newLinkPage(staff: StaffView, campaign: CampaignRow, agencyName: string, url: string, replaced: number): string {
  return page({
    title: `Link for ${agencyName}`,
    staff,
    breadcrumbs: [home, { href: campaignPath(campaign), text: campaign.title }],
    body: html`<div class="panel"><h1 class="heading-l">Link for ${agencyName}</h1><p class="link-text"><code>${url}</code></p></div>
<p>Copy it now and send it to the agency: it is shown only once. ${replaced ? 'The previous link no longer works. ' : ''}Drafts and returns already made are kept.</p>
<p><a href="${campaignPath(campaign)}">Back to ${campaign.title}</a></p>`,
  });
}

export function heatmapPage(staff: StaffView, campaign: CampaignRow): string {
  return page({
    title: `Heatmap: ${campaign.title}`,
    staff,
    breadcrumbs: [home, { href: campaignPath(campaign), text: campaign.title }],
    scripts: ['/assets/staff/heatmap.js'],
    body: html`<h1 class="heading-l">Heatmap: ${campaign.title}</h1>
<p id="load-status" role="status">Loading the figures…</p>
<s11-summary data-src="${campaignPath(campaign)}/summary.json" caption="Ratings by agency and standard"></s11-summary>`,
  });
}

/** One agency's return for staff: its versions, its action plan, and its history (every step, of every kind). */
export function agencyReturnPage(
  staff: StaffView,
  campaign: CampaignRow,
  framework: Framework,
  agency: { name: string; id: string },
  versions: readonly VersionRow[],
  history: readonly ReturnEvent[],
): string {
  const { name: agencyName, id: agencyId } = agency;
  const base = `${campaignPath(campaign)}/agencies/${agencyId}`;
  return page({
    title: `${agencyName}: ${campaign.title}`,
    staff,
    breadcrumbs: [home, { href: campaignPath(campaign), text: campaign.title }],
    scripts: ['/assets/staff/tracker.js'],
    body: html`<span class="caption">${campaign.title}</span>
<h1 class="heading-l">${agencyName}</h1>
<h2 class="heading-m">Versions received</h2>
<table class="table"><caption class="visually-hidden">Every version ${agencyName} submitted, latest first</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Reference</th><th scope="col">Received</th></tr></thead>
<tbody>${versions.map((v, i) => html`<tr><th scope="row">${v.number}${i === 0 ? ' (counts)' : ''}</th><td>${v.reference}</td><td>${when(v.received_at)}${v.late ? ' (late)' : ''}</td></tr>`)}</tbody></table>
<h2 class="heading-m">Action plan</h2>
<p>Updates made here are kept in this browser only, not on the collector: the return as received stays as it is.</p>
<p id="load-status" role="status">Loading the return…</p>
<s11-action-tracker data-src="${base}/return.json" storage-key="${campaign.id}-${agencyId}"></s11-action-tracker>
<h2 class="heading-m">History</h2>
${historyTable(framework, history, `What happened to the return of ${agencyName}, oldest first`)}`,
  });
}

export function auditLogPage(staff: StaffView, rows: readonly AuditLogRow[]): string {
  return page({
    title: 'Audit log',
    staff,
    breadcrumbs: [home],
    body: html`<h1 class="heading-l">Audit log</h1>
<p>Every read of a return and every export by your partnership's staff, latest first (the last 200).</p>
<table class="table"><caption class="visually-hidden">Audit log</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Campaign</th><th scope="col">Agency</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><td>${when(row.at)}</td><td>${row.staff_id ?? row.actor}</td><td>${row.action}</td><td>${row.campaign_id ?? ''}</td><td>${row.agency_id ?? ''}</td></tr>`)}</tbody></table>`,
  });
}
