import type { Queryable } from '../db/database.js';
import type { ReturnDigest } from '../digest/digest.js';
import { earlierDigests, previousCampaigns } from '../store/previous.js';
import type { CampaignRow } from '../store/rows.js';

/**
 * The digests of the cycle before a campaign, for the report's comparison (the SDK's `previous`):
 * the latest of each agency reporting to the partnership, from its campaigns of the same framework
 * (a comparison of ratings across frameworks would not compare like with like). Undefined when
 * there is no earlier cycle, so that the report says nothing about one.
 */
export async function previousDigests(db: Queryable, campaign: CampaignRow, partnershipId: string): Promise<ReturnDigest[] | undefined> {
  const earlier = (await previousCampaigns(db, campaign, partnershipId)).filter((c) => c.framework_id === campaign.framework_id);
  if (!earlier.length) return undefined;
  return earlierDigests<ReturnDigest>(
    db,
    earlier.map((c) => c.id),
    partnershipId,
  );
}
