import type { Queryable } from '../db/database.js';
import { hashToken, newToken } from '../security/tokens.js';

export interface LinkTarget {
  readonly campaignId: string;
  readonly agencyId: string;
}

/**
 * A new link for an agency's return in a campaign. Only the token's hash is stored, so the link
 * can be shown once and never again; earlier links of the same agency and campaign stop working,
 * so there is only ever one link to guard. Drafts and returns belong to the agency, not the link:
 * a new link carries on where the old one was.
 */
export async function issueLink(db: Queryable, target: LinkTarget, now: Date): Promise<string> {
  await revokeLinks(db, target, now);
  const token = newToken();
  await db.query('insert into links (token_hash, campaign_id, agency_id, created_at) values ($1, $2, $3, $4)', [hashToken(token), target.campaignId, target.agencyId, now]);
  return token;
}

/** Stop every link of an agency in a campaign from working. Returns how many were live. */
export async function revokeLinks(db: Queryable, target: LinkTarget, now: Date): Promise<number> {
  const { rows } = await db.query(
    'update links set revoked_at = $3 where campaign_id = $1 and agency_id = $2 and revoked_at is null returning token_hash',
    [target.campaignId, target.agencyId, now],
  );
  return rows.length;
}

/** Where a token leads, if it is a live link. */
export async function resolveLink(db: Queryable, token: string): Promise<LinkTarget | undefined> {
  const { rows } = await db.query<{ campaign_id: string; agency_id: string }>(
    'select campaign_id, agency_id from links where token_hash = $1 and revoked_at is null',
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { campaignId: row.campaign_id, agencyId: row.agency_id } : undefined;
}
