import type { RatingAt } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import type { ReturnDigest } from '../digest/digest.js';

/**
 * The rating of each standard in every version of a campaign's returns, read from the digests
 * stored at submit: what challenge figures compare a challenged rating with.
 */
export async function versionRatings(db: Queryable, campaignId: string, agencyId?: string): Promise<RatingAt> {
  const { rows } = await db.query<{ agency_id: string; number: number; digest: ReturnDigest }>(
    `select agency_id, number, digest from return_versions where campaign_id = $1 ${agencyId ? 'and agency_id = $2' : ''} order by agency_id, number`,
    agencyId ? [campaignId, agencyId] : [campaignId],
  );
  const byAgency = new Map<string, { latest: number; versions: Map<number, Map<string, string | null>> }>();
  for (const row of rows) {
    const entry = byAgency.get(row.agency_id) ?? { latest: 0, versions: new Map() };
    entry.latest = Math.max(entry.latest, row.number);
    entry.versions.set(row.number, new Map(row.digest.responses.map((response) => [response.standardId, response.rating])));
    byAgency.set(row.agency_id, entry);
  }
  return (agency, version, standardId) => {
    const entry = byAgency.get(agency);
    if (!entry) return undefined;
    const ratings = entry.versions.get(version === 'latest' ? entry.latest : version);
    return ratings?.has(standardId) ? ratings.get(standardId) : undefined;
  };
}
