import { isMappingId, loadMapping } from '@s11kit/frameworks';
import { translateReturn, type AuditReturn, type Framework } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import { latestEarlierReturn, previousCampaigns } from '../store/previous.js';
import type { AgencyIdentifier, CampaignRow } from '../store/rows.js';

export type PreviousReturn = { readonly value: AuditReturn } | { readonly missing: string };

/**
 * What the agency answered last time, to show beside each standard of this campaign: its latest
 * return of the campaigns just before (see `previousCampaigns`), matched by agency or identifier.
 * A return made with another framework is translated into this one through the built-in mapping,
 * so that each answer sits beside the standard it maps to; the standards the mapping cannot
 * answer are simply left without one.
 */
export async function previousReturn(
  db: Queryable,
  campaign: CampaignRow,
  framework: Framework,
  agency: { readonly id: string; readonly partnershipId: string; readonly identifier: AgencyIdentifier | undefined },
  frameworkOf: (campaign: CampaignRow) => Framework,
  now: Date,
): Promise<PreviousReturn> {
  const earlier = await previousCampaigns(db, campaign);
  if (!earlier.length) return { missing: 'There is no earlier cycle of this audit on the collector' };
  const found = await latestEarlierReturn(
    db,
    earlier.map((c) => c.id),
    agency,
  );
  if (!found) return { missing: 'Your organisation made no return in the last cycle on this collector' };
  const value = found.value as AuditReturn;
  if (value.framework.id === framework.id) return { value };
  const from = frameworkOf(earlier.find((c) => c.id === found.campaign_id)!);
  if (!isMappingId(`${from.id}--${framework.id}`))
    return { missing: `Your last return was made with ${from.title}, which cannot be shown beside the standards of ${framework.title}` };
  const translated = translateReturn(value, await loadMapping(from.id, framework.id), { from, to: framework, now });
  if (!translated.ok) return { missing: `Your last return, made with ${from.title}, could not be translated into ${framework.title}` };
  return { value: translated.value };
}
