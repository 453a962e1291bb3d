import type { Queryable } from '../db/database.js';
import { newId } from '../security/tokens.js';
import type { AgencyIdentifier, AgencyRow } from './rows.js';

const COLUMNS = 'a.id, a.partnership_id, a.name, a.sector, a.identifier_scheme, a.identifier_value';

export interface NewAgency {
  readonly partnershipId: string;
  readonly name: string;
  readonly sector: string;
  readonly identifier?: AgencyIdentifier;
  /** The partnerships it reports to; the one adding it is always one of them. */
  readonly reportsTo?: readonly string[];
}

export async function createAgency(db: Queryable, input: NewAgency, now: Date): Promise<AgencyRow> {
  const id = newId();
  const row: AgencyRow = {
    id,
    partnership_id: input.partnershipId,
    name: input.name,
    sector: input.sector,
    identifier_scheme: input.identifier?.scheme ?? null,
    identifier_value: input.identifier?.value ?? null,
  };
  await db.query(
    'insert into agencies (id, partnership_id, name, sector, identifier_scheme, identifier_value, created_at) values ($1, $2, $3, $4, $5, $6, $7)',
    [id, row.partnership_id, row.name, row.sector, row.identifier_scheme, row.identifier_value, now],
  );
  for (const partnershipId of new Set([input.partnershipId, ...(input.reportsTo ?? [])]))
    await db.query('insert into agency_partnerships (agency_id, partnership_id) values ($1, $2)', [id, partnershipId]);
  return row;
}

export async function agencyByIdentifier(db: Queryable, partnershipId: string, identifier: AgencyIdentifier): Promise<AgencyRow | undefined> {
  const { rows } = await db.query<AgencyRow>(
    `select ${COLUMNS} from agencies a where a.identifier_scheme = $1 and a.identifier_value = $2
     and (a.identifier_scheme <> 'local' or a.partnership_id = $3)`,
    [identifier.scheme, identifier.value, partnershipId],
  );
  return rows[0];
}

export async function agencyById(db: Queryable, id: string): Promise<AgencyRow | undefined> {
  const { rows } = await db.query<AgencyRow>(`select ${COLUMNS} from agencies a where a.id = $1`, [id]);
  return rows[0];
}

/** Expect a return from the agency in the campaign (nothing happens when it already is). */
export async function addToCampaign(db: Queryable, campaignId: string, agencyId: string, now: Date): Promise<void> {
  await db.query('insert into campaign_agencies (campaign_id, agency_id, added_at) values ($1, $2, $3) on conflict do nothing', [campaignId, agencyId, now]);
}

/** An agency of a campaign as one partnership's staff may see it. */
export async function campaignAgencyFor(db: Queryable, campaignId: string, agencyId: string, partnershipId: string): Promise<AgencyRow | undefined> {
  const { rows } = await db.query<AgencyRow>(
    `select ${COLUMNS} from agencies a
     join campaign_agencies ca on ca.agency_id = a.id and ca.campaign_id = $1
     join agency_partnerships ap on ap.agency_id = a.id and ap.partnership_id = $3
     join campaign_partnerships cp on cp.campaign_id = ca.campaign_id and cp.partnership_id = $3
     where a.id = $2`,
    [campaignId, agencyId, partnershipId],
  );
  return rows[0];
}
