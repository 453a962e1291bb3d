import { isMappingId, loadMapping } from '@s11kit/frameworks';
import { translateReturn, type AuditReturn, type Framework } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import { appendEvent } from '../store/events.js';
import type { LinkTarget } from '../store/links.js';
import type { CampaignRow, VersionRow } from '../store/rows.js';
import { insertCopy, refreshCopy, sharedCopyOf } from '../store/shared-copies.js';

export interface SharedSource {
  /** The campaign the return was submitted to, and its framework. */
  readonly campaign: CampaignRow;
  readonly framework: Framework;
  readonly version: VersionRow;
  readonly value: AuditReturn;
  readonly agencyId: string;
}

/**
 * The campaigns of the same cycle and year, run on another built-in framework, by partnerships
 * the agency reports to: each of them gets the return in its own framework.
 */
async function otherCampaigns(tx: Queryable, source: SharedSource): Promise<CampaignRow[]> {
  const { rows } = await tx.query<CampaignRow>(
    `select c.id, c.partnership_id, c.title, c.framework_id, c.framework_version, c.framework, c.built_in, c.cycle_start, c.cycle_year, c.deadline_at, c.created_at
     from campaigns c
     where exists (select 1 from campaign_partnerships cp join agency_partnerships ap on ap.partnership_id = cp.partnership_id and ap.agency_id = $2 where cp.campaign_id = c.id)
       and c.id <> $1 and c.framework_id <> $3 and c.built_in and $6::boolean
       and c.cycle_start = $4 and c.cycle_year = $5
       and not exists (select 1 from return_versions v where v.campaign_id = c.id and v.agency_id = $2)
     order by c.id`,
    [source.campaign.id, source.agencyId, source.campaign.framework_id, source.campaign.cycle_start, source.campaign.cycle_year, source.campaign.built_in],
  );
  return rows;
}

/**
 * One return, several partnerships: translate a stored return, in the transaction that stored
 * it, into the framework of every other partnership the agency reports to that runs a campaign
 * on another framework this year, through the built-in mapping. Standards the mapping cannot
 * answer are left for the agency (`needsAnswer`), never guessed. A copy the agency has begun to
 * complete, or has completed, is left as it is; an untouched one follows the newer return.
 * Where there is no built-in mapping between the two frameworks, nothing is made.
 */
export async function shareReturn(tx: Queryable, source: SharedSource, frameworkOf: (campaign: CampaignRow) => Framework, now: Date): Promise<void> {
  for (const campaign of await otherCampaigns(tx, source)) {
    const to = frameworkOf(campaign);
    const mappingId = `${source.framework.id}--${to.id}`;
    if (!isMappingId(mappingId)) continue;
    const result = translateReturn(source.value, await loadMapping(source.framework.id, to.id), { from: source.framework, to, now });
    if (!result.ok) continue;
    const target: LinkTarget = { campaignId: campaign.id, agencyId: source.agencyId };
    const copy = {
      sourceVersionId: source.version.id,
      mappingId,
      translated: result.value,
      needsAnswer: result.needsAnswer,
      sectorNeedsAnswer: result.sectorNeedsAnswer,
    };
    const data = { from: source.version.reference, fromCampaignId: source.campaign.id, mapping: mappingId, needsAnswer: result.needsAnswer.map((gap) => gap.standardId) };
    const existing = await sharedCopyOf(tx, target, { lock: true });
    if (!existing) {
      await insertCopy(tx, target, copy, now);
      await appendEvent(tx, target, { kind: 'translation-made', actor: { kind: 'collector' }, data }, now);
    } else if (await refreshCopy(tx, target, copy, now)) {
      await appendEvent(tx, target, { kind: 'translation-refreshed', actor: { kind: 'collector' }, data }, now);
    }
  }
}
