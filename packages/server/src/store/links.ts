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
  const { rows } = await db.query('update links set revoked_at = $3 where campaign_id = $1 and agency_id = $2 and revoked_at is null returning token_hash', [
    target.campaignId,
    target.agencyId,
    now,
  ]);
  return rows.length;
}

/** Everything a request on a link needs, in one query: where it leads and who the agency is. */
export interface LinkedAgency extends LinkTarget {
  readonly agencyName: string;
  readonly sector: string;
  /** Slugs of the partnerships the agency reports to. */
  readonly partnerships: readonly string[];
  readonly identifier: { readonly scheme: string; readonly value: string } | undefined;
}

export async function resolveLinkedAgency(db: Queryable, token: string): Promise<LinkedAgency | undefined> {
  const { rows } = await db.query<{
    campaign_id: string;
    agency_id: string;
    name: string;
    sector: string;
    identifier_scheme: string | null;
    identifier_value: string | null;
    partnerships: string[] | null;
  }>(
    `select l.campaign_id, l.agency_id, a.name, a.sector, a.identifier_scheme, a.identifier_value,
            (select array_agg(p.slug order by p.slug) from agency_partnerships ap join partnerships p on p.id = ap.partnership_id where ap.agency_id = a.id) as partnerships
     from links l join agencies a on a.id = l.agency_id
     where l.token_hash = $1 and l.revoked_at is null`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    campaignId: row.campaign_id,
    agencyId: row.agency_id,
    agencyName: row.name,
    sector: row.sector,
    partnerships: row.partnerships ?? [],
    identifier: row.identifier_scheme && row.identifier_value ? { scheme: row.identifier_scheme, value: row.identifier_value } : undefined,
  };
}
