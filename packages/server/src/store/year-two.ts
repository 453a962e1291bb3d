import type { Queryable } from '../db/database.js';
import type { LinkTarget } from './links.js';

export type YearTwoChoice = 'tracking' | 'statement' | 're-audit';

export interface YearTwoRow {
  campaign_id: string;
  agency_id: string;
  base_version_id: string;
  choice: YearTwoChoice | null;
  revision: number;
  value: unknown;
  updated_at: Date;
  statement_reference: string | null;
}

const COLUMNS = 'campaign_id, agency_id, base_version_id, choice, revision, value, updated_at, statement_reference';

/** The campaign a campaign follows (year 1 for a year 2), if any. */
export async function previousCampaignId(db: Queryable, campaignId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ previous_campaign_id: string }>('select previous_campaign_id from campaign_follows where campaign_id = $1', [campaignId]);
  return rows[0]?.previous_campaign_id;
}

/** The campaign that follows a campaign (year 2 of a year 1), if it has been opened. */
export async function nextCampaignId(db: Queryable, campaignId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ campaign_id: string }>('select campaign_id from campaign_follows where previous_campaign_id = $1', [campaignId]);
  return rows[0]?.campaign_id;
}

export async function yearTwoOf(db: Queryable, target: LinkTarget, options: { lock?: boolean } = {}): Promise<YearTwoRow | undefined> {
  const { rows } = await db.query<YearTwoRow>(`select ${COLUMNS} from year_two_returns where campaign_id = $1 and agency_id = $2${options.lock ? ' for update' : ''}`, [
    target.campaignId,
    target.agencyId,
  ]);
  return rows[0];
}

export async function insertYearTwo(tx: Queryable, target: LinkTarget, input: { baseVersionId: string; value: unknown; digest: unknown }, now: Date): Promise<void> {
  await tx.query(
    `insert into year_two_returns (campaign_id, agency_id, base_version_id, choice, revision, value, digest, updated_at)
     values ($1, $2, $3, null, 1, $4, $5, $6)`,
    [target.campaignId, target.agencyId, input.baseVersionId, JSON.stringify(input.value), JSON.stringify(input.digest), now],
  );
}

/** Replace the year-2 return with its next revision; the caller holds the row's lock. */
export async function saveYearTwo(tx: Queryable, target: LinkTarget, input: { value: unknown; digest: unknown; statementReference?: string }, now: Date): Promise<number> {
  const { rows } = await tx.query<{ revision: number }>(
    `update year_two_returns set revision = revision + 1, value = $3, digest = $4, updated_at = $5,
       statement_reference = coalesce($6, statement_reference)
     where campaign_id = $1 and agency_id = $2 returning revision`,
    [target.campaignId, target.agencyId, JSON.stringify(input.value), JSON.stringify(input.digest), now, input.statementReference ?? null],
  );
  return rows[0]!.revision;
}

export async function setChoice(tx: Queryable, target: LinkTarget, choice: YearTwoChoice, now: Date): Promise<void> {
  await tx.query('update year_two_returns set choice = $3, updated_at = $4 where campaign_id = $1 and agency_id = $2', [target.campaignId, target.agencyId, choice, now]);
}

/** Every agency's year 2 in a campaign, for the partnership's overview. */
export async function yearTwoOfCampaign(db: Queryable, campaignId: string): Promise<YearTwoRow[]> {
  const { rows } = await db.query<YearTwoRow>(`select ${COLUMNS} from year_two_returns where campaign_id = $1`, [campaignId]);
  return rows;
}

/** What a key was used for before, if anything. */
export async function updateKey(tx: Queryable, target: LinkTarget, key: string): Promise<{ body_hash: string; event_id: string } | undefined> {
  const { rows } = await tx.query<{ body_hash: string; event_id: string }>(
    'select body_hash, event_id from update_keys where campaign_id = $1 and agency_id = $2 and idempotency_key = $3',
    [target.campaignId, target.agencyId, key],
  );
  return rows[0];
}

export async function insertUpdateKey(tx: Queryable, target: LinkTarget, key: string, bodyHash: string, historyId: string): Promise<void> {
  await tx.query('insert into update_keys (campaign_id, agency_id, idempotency_key, body_hash, event_id) values ($1, $2, $3, $4, $5)', [
    target.campaignId,
    target.agencyId,
    key,
    bodyHash,
    historyId,
  ]);
}
