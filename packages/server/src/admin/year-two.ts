import { formatLongDate, isCalendarDate, londonDate, parseFramework, type EventActor } from '@s11kit/schema';
import { addToCampaign } from '../store/agencies.js';
import { audit } from '../store/audit-log.js';
import { campaignById, createCampaign } from '../store/campaigns.js';
import { appendEvent } from '../store/events.js';
import { issueLink } from '../store/links.js';
import type { CampaignRow } from '../store/rows.js';
import { insertYearTwo, nextCampaignId } from '../store/year-two.js';
import { AdminError } from './admin-error.js';
import { endOfLondonDay, type AdminContext } from './admin.js';

export interface YearTwoInput {
  /** The year-1 campaign. */
  readonly campaign: string;
  /** `YYYY-MM-DD`: the end of that London day. */
  readonly deadline: string;
  readonly title?: string;
}

export interface YearTwoLink {
  readonly agencyId: string;
  readonly name: string;
  readonly token: string;
  /** Whether it carries on a year-1 return (its action plan); otherwise the agency makes a full return. */
  readonly carriesOn: boolean;
}

export interface OpenedYearTwo {
  readonly campaign: CampaignRow;
  /** A new link for every agency of year 1, shown once. */
  readonly links: readonly YearTwoLink[];
}

/**
 * Open the next year of a cycle: a campaign for year 2 with the same framework, partnerships and
 * agencies, where each agency carries on its latest year-1 return (its action plan, and where the
 * framework says so a statement of compliance or a re-audit). Every agency gets a new link; the
 * year-1 links keep working for year 1.
 */
export async function openYearTwo(admin: AdminContext, input: YearTwoInput, by?: EventActor): Promise<OpenedYearTwo> {
  const yearOne = await campaignById(admin.db, input.campaign);
  if (!yearOne) throw new AdminError(`there is no campaign "${input.campaign}": s11 admin campaign list shows their ids`);
  const parsed = parseFramework(yearOne.framework);
  if (!parsed.ok) throw new AdminError(`the campaign's stored framework does not parse: ${parsed.issues[0]?.message}`);
  const framework = parsed.value;
  if (framework.cycle.yearTwo === 'none' || yearOne.cycle_year + 1 > framework.cycle.lengthYears)
    throw new AdminError(`${yearOne.title} is year ${yearOne.cycle_year} of a ${framework.cycle.lengthYears}-year cycle of ${framework.title}: there is no next year to open`);
  if (!isCalendarDate(input.deadline)) throw new AdminError(`--deadline "${input.deadline}": use a date that exists, such as 2027-06-30`);
  const deadlineAt = endOfLondonDay(input.deadline);
  if (deadlineAt.getTime() <= yearOne.deadline_at.getTime())
    throw new AdminError(
      `--deadline "${input.deadline}": year ${yearOne.cycle_year + 1} must end after year ${yearOne.cycle_year}, whose deadline is ${formatLongDate(londonDate(yearOne.deadline_at.toISOString())!)}`,
    );
  const existing = await nextCampaignId(admin.db, yearOne.id);
  if (existing) throw new AdminError(`year ${yearOne.cycle_year + 1} of ${yearOne.title} is already open: campaign ${existing}`);

  const actor: EventActor = by ?? ('cli' in admin.actor ? { kind: 'cli', login: admin.actor.cli } : { kind: 'collector' });
  const now = admin.now();
  return admin.db.transaction(async (tx) => {
    // One year 2 for a year 1, even when two administrators press the button at once.
    await tx.query('select 1 from campaigns where id = $1 for update', [yearOne.id]);
    if (await nextCampaignId(tx, yearOne.id)) throw new AdminError(`year ${yearOne.cycle_year + 1} of ${yearOne.title} is already open`);
    const { rows: shared } = await tx.query<{ partnership_id: string }>('select partnership_id from campaign_partnerships where campaign_id = $1 and partnership_id <> $2', [
      yearOne.id,
      yearOne.partnership_id,
    ]);
    const campaign = await createCampaign(
      tx,
      {
        partnershipId: yearOne.partnership_id,
        title: input.title?.trim() || `${yearOne.title}, year ${yearOne.cycle_year + 1}`,
        framework,
        builtIn: yearOne.built_in,
        cycleStart: yearOne.cycle_start,
        cycleYear: yearOne.cycle_year + 1,
        deadlineAt,
        sharedWith: shared.map((row) => row.partnership_id),
      },
      now,
    );
    await tx.query('insert into campaign_follows (campaign_id, previous_campaign_id) values ($1, $2)', [campaign.id, yearOne.id]);
    const { rows: agencies } = await tx.query<{ id: string; name: string; version_id: string | null; reference: string | null; body: unknown; digest: unknown }>(
      `select a.id, a.name, v.id as version_id, v.reference, v.body, v.digest
       from campaign_agencies ca join agencies a on a.id = ca.agency_id
       left join lateral (
         select id, reference, body, digest from return_versions
         where campaign_id = ca.campaign_id and agency_id = a.id order by number desc limit 1
       ) v on true
       where ca.campaign_id = $1 order by a.name, a.id`,
      [yearOne.id],
    );
    const links: YearTwoLink[] = [];
    for (const agency of agencies) {
      const target = { campaignId: campaign.id, agencyId: agency.id };
      await addToCampaign(tx, campaign.id, agency.id, now);
      if (agency.version_id) {
        await insertYearTwo(tx, target, { baseVersionId: agency.version_id, value: agency.body, digest: agency.digest }, now);
        await appendEvent(tx, target, { kind: 'year-two-opened', actor, data: { yearOneCampaignId: yearOne.id, from: agency.reference ?? '' } }, now);
      }
      links.push({ agencyId: agency.id, name: agency.name, token: await issueLink(tx, target, now), carriesOn: agency.version_id !== null });
    }
    await audit(tx, admin.actor, { action: 'campaign.year-two', campaignId: campaign.id, detail: { yearOne: yearOne.id, agencies: agencies.length } }, now);
    return { campaign, links };
  });
}
