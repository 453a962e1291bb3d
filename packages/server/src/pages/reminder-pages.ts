import type { AgencyProgress } from '../store/progress.js';
import type { ReminderGroup } from '../store/reminders.js';
import type { CampaignRow } from '../store/rows.js';
import { csrfField, errorSummary } from './form.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import type { StaffView } from './staff-pages.js';
import { day } from './when.js';

const GROUP_TEXT: Record<AgencyProgress['state'], string> = { 'not-started': 'Not started', draft: 'Draft started', returned: 'Submitted' };

export const deadlineText = (days: number, deadline: Date): string =>
  days > 1
    ? `${days} days to the deadline (${day(deadline)})`
    : days === 1
      ? `1 day to the deadline (${day(deadline)})`
      : days === 0
        ? `The deadline is today (${day(deadline)})`
        : `The deadline passed ${-days === 1 ? '1 day' : `${-days} days`} ago (${day(deadline)})`;

function groupTable(state: AgencyProgress['state'], agencies: readonly AgencyProgress[], contacts: ReadonlyMap<string, string>): Html {
  const rows = agencies.filter((agency) => agency.state === state);
  return html`<h2 class="heading-m">${GROUP_TEXT[state]} (${rows.length})</h2>
${
  rows.length
    ? html`<table class="table"><caption class="visually-hidden">${GROUP_TEXT[state]}</caption>
<thead><tr><th scope="col">Agency</th><th scope="col">Contact email</th></tr></thead>
<tbody>${rows.map((agency) => html`<tr><th scope="row">${agency.name}</th><td>${contacts.get(agency.agencyId) ?? html`<span class="hint">None: add one with s11 admin agency contact</span>`}</td></tr>`)}</tbody></table>`
    : html`<p>None.</p>`
}`;
}

const groupBoxes = (id: string) =>
  html`<fieldset class="fieldset form-group"><legend class="fieldset__legend">Remind agencies that have</legend>
<div class="checkbox"><input type="checkbox" id="${id}" name="not-started" value="yes" checked><label for="${id}">Not started</label></div>
<div class="checkbox"><input type="checkbox" id="${id}-draft" name="draft" value="yes" checked><label for="${id}-draft">A draft started</label></div></fieldset>`;

/** Who has not started, who has a draft, who has submitted, with the days left; and the two ways to remind. */
export function remindersPage(input: {
  staff: StaffView;
  campaign: CampaignRow;
  days: number;
  agencies: readonly AgencyProgress[];
  contacts: ReadonlyMap<string, string>;
  canSend: boolean;
  error?: string;
}): string {
  const base = `/staff/campaigns/${input.campaign.id}`;
  return page({
    title: `${input.error ? 'Error: ' : ''}Reminders: ${input.campaign.title}`,
    staff: input.staff,
    breadcrumbs: [
      { href: '/staff', text: 'Campaigns' },
      { href: base, text: input.campaign.title },
    ],
    body: html`${input.error ? errorSummary({ 'not-started': input.error }) : ''}<span class="caption">${input.campaign.title}</span>
<h1 class="heading-l">Reminders</h1>
<p class="notice">${deadlineText(input.days, input.campaign.deadline_at)}</p>
${groupTable('not-started', input.agencies, input.contacts)}
${groupTable('draft', input.agencies, input.contacts)}
${groupTable('returned', input.agencies, input.contacts)}
${
  input.staff.administrator
    ? html`<h2 class="heading-m">Send reminders</h2>
<p>The collector keeps only a fingerprint of each agency's link, never the link itself, so a reminder carries a new link: the agencies reminded get a new link, and the link they have now stops working. Their drafts are kept.</p>
${
  input.canSend
    ? html`<form method="post" action="${base}/reminders/send">${csrfField(input.staff.csrf)}${groupBoxes('send-not-started')}<button class="button" type="submit">Email the reminders</button></form>`
    : html`<p>No mail relay is set up for this collector (s11 serve --smtp), so download the reminders and send them with your own mail merge.</p>`
}
<form method="post" action="${base}/reminders.csv">${csrfField(input.staff.csrf)}${groupBoxes('not-started')}<button class="button button--secondary" type="submit">Download a mail-merge file (CSV) with new links</button></form>`
    : html`<p>An administrator of your partnership can send reminders.</p>`
}`,
  });
}

/** What an emailing run did: who was sent one, who has no address, and any the relay refused. */
export function remindersSentPage(input: {
  staff: StaffView;
  campaign: CampaignRow;
  sent: readonly { name: string; to: string }[];
  noAddress: readonly string[];
  failed: readonly { name: string; to: string }[];
}): string {
  const base = `/staff/campaigns/${input.campaign.id}`;
  return page({
    title: `Reminders sent: ${input.campaign.title}`,
    staff: input.staff,
    breadcrumbs: [
      { href: '/staff', text: 'Campaigns' },
      { href: base, text: input.campaign.title },
    ],
    body: html`<h1 class="heading-l">${input.sent.length === 1 ? '1 reminder sent' : `${input.sent.length} reminders sent`}</h1>
${input.sent.length ? html`<ul>${input.sent.map((one) => html`<li>${one.name}: ${one.to}</li>`)}</ul>` : ''}
${
  input.failed.length
    ? html`<h2 class="heading-m">Not sent: the mail relay refused them</h2><p>Their links have not changed. Try again later, or download the mail-merge file.</p><ul>${input.failed.map((one) => html`<li>${one.name}: ${one.to}</li>`)}</ul>`
    : ''
}
${input.noAddress.length ? html`<h2 class="heading-m">Not sent: no contact email</h2><ul>${input.noAddress.map((name) => html`<li>${name}</li>`)}</ul>` : ''}
<p><a href="${base}/reminders">Back to reminders</a></p>`,
  });
}

export type { ReminderGroup };
