import { standardName, type AuditReturn, type Framework, type ReturnEvent } from '@s11kit/schema';
import type { CampaignRow } from '../store/rows.js';
import type { CopyForAgency, CopyForStaff } from '../store/shared-copies.js';
import { historyTable, when } from './history-list.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import type { StaffView } from './staff-pages.js';
import type { AgencyFrame } from './year-two-pages.js';

const openList = (copy: { needs_answer: readonly { standard: string; reason: string }[]; sector_needs_answer: string | null }) =>
  html`<ul class="list">${copy.sector_needs_answer ? html`<li><strong>Your sector</strong>: ${copy.sector_needs_answer}</li>` : ''}${copy.needs_answer.map(
    (gap) => html`<li><strong>${gap.standard[0]!.toUpperCase()}${gap.standard.slice(1)}</strong>: ${gap.reason}</li>`,
  )}</ul>`;

/**
 * Below the agency's own audit: for each other partnership it reports to, its return translated
 * into that partnership's framework, with what needs a person's answer, in a second audit of its
 * own (its own addresses in the hash, so that the two share the page).
 */
export function sharedTasks(frame: AgencyFrame, copies: readonly CopyForAgency[], sector: string): Html {
  return html`${copies.map((copy) => {
    const base = `/a/${frame.token}/shared/${copy.campaign_id}`;
    const id = `task-${copy.campaign_id}`;
    const draft = copy.draft as AuditReturn;
    const source = copy.built_in ? html`framework="${copy.framework_id}"` : html`src="${base}/framework.json"`;
    const receipt = copy.completed_reference && copy.completed_at ? html` receipt="${copy.completed_reference}" received-at="${copy.completed_at.toISOString()}"` : '';
    return html`<section class="task" aria-labelledby="${id}">
<span class="caption">Also for ${copy.partnership_name}</span>
<h2 class="heading-l" id="${id}">Your return for ${copy.campaign_title}</h2>
${
  copy.completed_reference
    ? html`<p>You completed this return: reference ${copy.completed_reference}. ${copy.partnership_name} has it.</p>`
    : html`<p>${copy.partnership_name} uses another framework. Your answers have been translated into it for you, so that you answer once: check them, and answer what a translation cannot.</p>
${copy.needs_answer.length || copy.sector_needs_answer ? html`<h3 class="heading-s">Needs your answer</h3>${openList(copy)}` : html`<p>Every standard has an answer from your return: check them and send it.</p>`}`
}
<s11-audit ${source} route-prefix="${copy.partnership_slug}" document-title="off"
  submit-url="${base}/returns" draft-url="${base}/draft"
  storage-key="${copy.campaign_id}-${copy.agency_id}" sector="${draft.organisation.sector || sector}"${receipt}>
  <p>This audit needs JavaScript. Turn it on in your browser, or use another browser, to complete this return.</p>
</s11-audit>
</section>`;
  })}`;
}

const campaignPath = (campaign: CampaignRow) => `/staff/campaigns/${campaign.id}`;

/** On the campaign's progress page: returns that reached the partnership in translation. */
export function sharedCopiesSection(campaign: CampaignRow, copies: readonly CopyForStaff[]): Html {
  if (!copies.length) return html``;
  return html`<h2 class="heading-m">Returns translated from other partnerships</h2>
<p>Agencies that report to you and answered another partnership's framework. Their answers were translated into yours; a translated copy is not counted until the agency completes it.</p>
<table class="table"><caption class="visually-hidden">Returns translated from other partnerships' frameworks</caption>
<thead><tr><th scope="col">Agency</th><th scope="col">From</th><th scope="col">Status</th></tr></thead>
<tbody>${copies.map(
    (copy) => html`<tr><th scope="row"><a href="${campaignPath(campaign)}/shared/${copy.agency_id}">${copy.agency_name}</a></th>
<td>${copy.source_partnership_name}, ${copy.source_reference}</td>
<td>${
      copy.completed_reference
        ? html`<strong class="tag tag--returned">Completed</strong> ${copy.completed_reference}`
        : html`<strong class="tag tag--draft">Translated copy</strong> ${copy.needs_answer.length === 1 ? '1 standard needs' : `${copy.needs_answer.length} standards need`} the agency’s answer`
    }</td></tr>`,
  )}</tbody></table>`;
}

/** One translated copy as the other partnership's staff see it: marked as such, with its open standards. */
export function sharedCopyPage(staff: StaffView, campaign: CampaignRow, framework: Framework, copy: CopyForStaff, history: readonly ReturnEvent[]): string {
  const translated = copy.translated as AuditReturn;
  const sector = translated.organisation.sector || undefined;
  const open = new Map(copy.needs_answer.map((gap) => [gap.standardId, gap.reason]));
  const label = (rating: string | null) => framework.scale.levels.find((level) => level.id === rating)?.label ?? '';
  const rows = framework.standards.flatMap((standard) => {
    const response = translated.responses.find((r) => r.standardId === standard.id);
    if (!response) return [];
    const reason = open.get(standard.id);
    return [
      html`<tr><th scope="row">${standardName(standard, sector)}</th>
<td>${reason !== undefined ? html`<strong class="tag tag--not-started">Needs the agency’s answer</strong>${response.rating ? html` (${label(response.rating)})` : ''}<br><span class="hint">${reason}</span>` : label(response.rating)}</td>
<td class="pre-wrap">${response.evidence}</td></tr>`,
    ];
  });
  return page({
    title: `${copy.agency_name}: translated copy`,
    staff,
    breadcrumbs: [
      { href: '/staff', text: 'Campaigns' },
      { href: campaignPath(campaign), text: campaign.title },
    ],
    body: html`<span class="caption">${campaign.title}</span>
<h1 class="heading-l">${copy.agency_name}</h1>
${
  copy.completed_reference
    ? html`<div class="banner" role="region" aria-labelledby="copy-state"><h2 class="banner__title" id="copy-state">Completed by the agency</h2><div class="banner__content"><p>The agency checked this return and sent it: reference ${copy.completed_reference}. <a href="${campaignPath(campaign)}/agencies/${copy.agency_id}">See the return it sent</a>.</p></div></div>`
    : html`<div class="banner" role="region" aria-labelledby="copy-state"><h2 class="banner__title" id="copy-state">Translated copy: not yet checked by the agency</h2><div class="banner__content"><p>Translated from the return ${copy.source_reference} that the agency sent to ${copy.source_partnership_name} (${copy.source_campaign_title}) on ${when(copy.source_received_at)}, with the built-in mapping ${copy.mapping_id}. It is not counted in your figures until the agency completes it on its link.</p></div></div>`
}
<h2 class="heading-m">Needs the agency’s answer</h2>
${copy.needs_answer.length || copy.sector_needs_answer ? openList(copy) : html`<p>Nothing: every standard has an answer from the translation.</p>`}
<h2 class="heading-m">Answers as translated</h2>
<table class="table"><caption class="visually-hidden">Each standard of ${framework.title} as translated</caption>
<thead><tr><th scope="col">Standard</th><th scope="col">Rating</th><th scope="col">Evidence</th></tr></thead>
<tbody>${rows}</tbody></table>
<h2 class="heading-m">History</h2>
${historyTable(framework, history, 'What happened to this return, oldest first')}`,
  });
}
