import type { Queryable } from '../db/database.js';
import type { IdentifierScheme } from './rows.js';

/** Where one expected agency has got to. */
export interface AgencyProgress {
  readonly agencyId: string;
  readonly name: string;
  readonly sector: string;
  readonly identifier: { scheme: IdentifierScheme; value: string } | null;
  readonly state: 'returned' | 'draft' | 'not-started';
  /** The latest version, when it has returned. */
  readonly latest: { number: number; reference: string; receivedAt: Date; late: boolean } | null;
  readonly draftSavedAt: Date | null;
  readonly hasLink: boolean;
}

interface Row {
  id: string;
  name: string;
  sector: string;
  identifier_scheme: IdentifierScheme | null;
  identifier_value: string | null;
  number: number | null;
  reference: string | null;
  received_at: Date | null;
  late: boolean | null;
  saved_at: Date | null;
  has_link: boolean;
}

/** Every agency expected in the campaign that reports to the partnership, by name. */
export async function campaignProgress(db: Queryable, campaignId: string, partnershipId: string): Promise<AgencyProgress[]> {
  const { rows } = await db.query<Row>(
    `select a.id, a.name, a.sector, a.identifier_scheme, a.identifier_value,
            v.number, v.reference, v.received_at, v.late, d.saved_at,
            exists (select 1 from links l where l.campaign_id = ca.campaign_id and l.agency_id = a.id and l.revoked_at is null) as has_link
     from campaign_agencies ca
     join agencies a on a.id = ca.agency_id
     join agency_partnerships ap on ap.agency_id = a.id and ap.partnership_id = $2
     join campaign_partnerships cp on cp.campaign_id = ca.campaign_id and cp.partnership_id = $2
     left join drafts d on d.campaign_id = ca.campaign_id and d.agency_id = a.id
     left join lateral (
       select number, reference, received_at, late from return_versions
       where campaign_id = ca.campaign_id and agency_id = a.id order by number desc limit 1
     ) v on true
     where ca.campaign_id = $1
     order by a.name, a.id`,
    [campaignId, partnershipId],
  );
  return rows.map((row) => ({
    agencyId: row.id,
    name: row.name,
    sector: row.sector,
    identifier: row.identifier_scheme && row.identifier_value ? { scheme: row.identifier_scheme, value: row.identifier_value } : null,
    state: row.number !== null ? 'returned' : row.saved_at !== null ? 'draft' : 'not-started',
    latest: row.number !== null ? { number: row.number, reference: row.reference!, receivedAt: row.received_at!, late: row.late === true } : null,
    draftSavedAt: row.saved_at,
    hasLink: row.has_link,
  }));
}

export interface ProgressCounts {
  readonly expected: number;
  readonly returned: number;
  readonly draft: number;
  readonly notStarted: number;
  readonly late: number;
}

export function countProgress(agencies: readonly AgencyProgress[]): ProgressCounts {
  const count = (state: AgencyProgress['state']) => agencies.filter((agency) => agency.state === state).length;
  return {
    expected: agencies.length,
    returned: count('returned'),
    draft: count('draft'),
    notStarted: count('not-started'),
    late: agencies.filter((agency) => agency.latest?.late).length,
  };
}

/** The counts for each sector, in the order the sectors are given. */
export function progressBySector(agencies: readonly AgencyProgress[], sectors: readonly { id: string; label: string }[]): { id: string; label: string; counts: ProgressCounts }[] {
  const known = new Set(sectors.map((sector) => sector.id));
  const groups = sectors.map((sector) => ({ ...sector, counts: countProgress(agencies.filter((agency) => agency.sector === sector.id)) }));
  const other = agencies.filter((agency) => !known.has(agency.sector));
  if (other.length) groups.push({ id: '', label: 'Other sectors', counts: countProgress(other) });
  return groups.filter((group) => group.counts.expected > 0);
}
