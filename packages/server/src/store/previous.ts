import type { Queryable } from '../db/database.js';
import type { AgencyIdentifier, CampaignRow } from './rows.js';

const CAMPAIGN_COLUMNS = 'c.id, c.partnership_id, c.title, c.framework_id, c.framework_version, c.framework, c.built_in, c.cycle_start, c.cycle_year, c.deadline_at, c.created_at';

/**
 * The campaigns that came just before one, shared with a partnership (by default the one that
 * runs it): for year 2 and later, the earlier years of the same cycle; for year 1, every year of
 * the latest earlier cycle. Empty when there is none.
 */
export async function previousCampaigns(db: Queryable, campaign: CampaignRow, sharedWith: string = campaign.partnership_id): Promise<CampaignRow[]> {
  const { rows } = await db.query<CampaignRow>(
    `select ${CAMPAIGN_COLUMNS} from campaigns c join campaign_partnerships cp on cp.campaign_id = c.id and cp.partnership_id = $1
     where c.id <> $2 and (c.cycle_start < $3 or (c.cycle_start = $3 and c.cycle_year < $4))
     order by c.cycle_start desc, c.cycle_year desc, c.created_at desc`,
    [sharedWith, campaign.id, campaign.cycle_start, campaign.cycle_year],
  );
  const cycle = campaign.cycle_year > 1 ? campaign.cycle_start : rows.find((row) => row.cycle_start < campaign.cycle_start)?.cycle_start;
  return rows.filter((row) => row.cycle_start === cycle);
}

export interface EarlierReturn {
  campaign_id: string;
  agency_id: string;
  at: Date;
  value: unknown;
  reference: string | null;
}

/**
 * The rows an earlier cycle left for its agencies: every submitted version, and every year-2
 * return (a year-1 return carried on with its updates, and its statement of compliance once signed).
 * `column` picks the body or the digest.
 */
const earlierRows = (column: 'body' | 'digest') => `
  select v.campaign_id, v.agency_id, v.received_at as at, v.${column} as value, v.reference from return_versions v where v.campaign_id = any($1)
  union all
  select y.campaign_id, y.agency_id, y.updated_at as at, y.${column === 'body' ? 'value' : 'digest'} as value, y.statement_reference as reference from year_two_returns y where y.campaign_id = any($1)`;

/**
 * The agency's latest return in those campaigns: made by the same agency, by another agency with
 * its registered identifier (a local id only within the partnership that gave it), or carrying
 * the identifier in the return itself.
 */
export async function latestEarlierReturn(
  db: Queryable,
  campaignIds: readonly string[],
  agency: { readonly id: string; readonly partnershipId: string; readonly identifier: AgencyIdentifier | undefined },
): Promise<EarlierReturn | undefined> {
  const { rows } = await db.query<EarlierReturn>(
    `select e.campaign_id, e.agency_id, e.at, e.value, e.reference
     from (${earlierRows('body')}) e join agencies a on a.id = e.agency_id
     where e.agency_id = $2
        or (a.identifier_scheme = $3::text and a.identifier_value = $4::text and ($3::text <> 'local' or a.partnership_id = $5))
        or ($3::text <> 'local' and (e.value::jsonb -> 'organisation' -> 'identifiers') @> jsonb_build_array(jsonb_build_object('scheme', $3::text, 'id', $4::text)))
     order by e.at desc, e.campaign_id limit 1`,
    [campaignIds, agency.id, agency.identifier?.scheme ?? null, agency.identifier?.value ?? null, agency.partnershipId],
  );
  return rows[0];
}

/** The latest digest of each agency reporting to the partnership in those campaigns: the earlier cycle of the report. */
export async function earlierDigests<T>(db: Queryable, campaignIds: readonly string[], partnershipId: string): Promise<T[]> {
  if (!campaignIds.length) return [];
  const { rows } = await db.query<{ value: T }>(
    `select distinct on (e.agency_id) e.value from (${earlierRows('digest')}) e
     join agency_partnerships ap on ap.agency_id = e.agency_id and ap.partnership_id = $2
     order by e.agency_id, e.at desc`,
    [campaignIds, partnershipId],
  );
  return rows.map((row) => row.value);
}
