import type { Queryable } from '../db/database.js';
import { newId } from '../security/tokens.js';
import { newReference } from '../security/reference.js';
import type { LinkTarget } from './links.js';
import type { VersionRow } from './rows.js';
import { lockReturn } from './events.js';

const COLUMNS = 'id, campaign_id, agency_id, number, reference, received_at, idempotency_key, body_hash, late';

export async function versionByKey(db: Queryable, target: LinkTarget, key: string): Promise<VersionRow | undefined> {
  const { rows } = await db.query<VersionRow>(`select ${COLUMNS} from return_versions where campaign_id = $1 and agency_id = $2 and idempotency_key = $3`, [
    target.campaignId,
    target.agencyId,
    key,
  ]);
  return rows[0];
}

export interface NewVersion {
  readonly key: string;
  readonly bodyHash: string;
  readonly body: unknown;
  readonly digest: unknown;
  readonly late: boolean;
}

/**
 * Store a submitted return as the agency's next version, or `undefined` when a version with the
 * same key was stored meanwhile (a retry racing the first try): the caller reads that one. Runs
 * in the caller's transaction.
 */
export async function insertVersion(tx: Queryable, target: LinkTarget, input: NewVersion, now: Date): Promise<VersionRow | undefined> {
  // Serialises versions of one agency, so two different submits at once get numbers 1 and 2.
  await lockReturn(tx, target);
  const id = newId();
  const reference = newReference();
  const { rows } = await tx.query<{ number: number }>(
    `insert into return_versions (id, campaign_id, agency_id, number, reference, received_at, idempotency_key, body_hash, body, digest, late)
     select $1, $2, $3, coalesce(max(number), 0) + 1, $4, $5, $6, $7, $8, $9, $10
     from return_versions where campaign_id = $2 and agency_id = $3
     on conflict (campaign_id, agency_id, idempotency_key) do nothing
     returning number`,
    [id, target.campaignId, target.agencyId, reference, now, input.key, input.bodyHash, JSON.stringify(input.body), JSON.stringify(input.digest), input.late],
  );
  const number = rows[0]?.number;
  if (number === undefined) return undefined;
  return {
    id,
    campaign_id: target.campaignId,
    agency_id: target.agencyId,
    number,
    reference,
    received_at: now,
    idempotency_key: input.key,
    body_hash: input.bodyHash,
    late: input.late,
  };
}

export async function latestVersion(db: Queryable, target: LinkTarget): Promise<VersionRow | undefined> {
  const { rows } = await db.query<VersionRow>(`select ${COLUMNS} from return_versions where campaign_id = $1 and agency_id = $2 order by number desc limit 1`, [
    target.campaignId,
    target.agencyId,
  ]);
  return rows[0];
}

export async function versionsOf(db: Queryable, target: LinkTarget): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(`select ${COLUMNS} from return_versions where campaign_id = $1 and agency_id = $2 order by number desc`, [
    target.campaignId,
    target.agencyId,
  ]);
  return rows;
}

export async function versionBody(db: Queryable, versionId: string): Promise<unknown> {
  const { rows } = await db.query<{ body: unknown }>('select body from return_versions where id = $1', [versionId]);
  return rows[0]?.body;
}

/**
 * The latest version of each agency of a campaign that reports to the partnership: the rows
 * its staff may see. `column` is `digest` for figures, `body` for exports.
 */
export async function latestOfCampaign<T>(
  db: Queryable,
  campaignId: string,
  partnershipId: string,
  column: 'digest' | 'body',
): Promise<{ agencyId: string; versionId: string; value: T }[]> {
  const { rows } = await db.query<{ agency_id: string; id: string; value: T }>(
    `select distinct on (v.agency_id) v.agency_id, v.id, v.${column} as value
     from return_versions v
     join agency_partnerships ap on ap.agency_id = v.agency_id and ap.partnership_id = $2
     join campaign_partnerships cp on cp.campaign_id = v.campaign_id and cp.partnership_id = $2
     where v.campaign_id = $1
     order by v.agency_id, v.number desc`,
    [campaignId, partnershipId],
  );
  return rows.map((row) => ({ agencyId: row.agency_id, versionId: row.id, value: row.value }));
}
