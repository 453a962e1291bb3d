import { campaignById } from '../store/campaigns.js';
import { resolveLinkedAgency, type LinkedAgency } from '../store/links.js';
import type { CampaignRow } from '../store/rows.js';
import { looksLikeToken } from '../security/tokens.js';
import type { Context } from './context.js';

export interface LinkedReturn {
  readonly target: LinkedAgency;
  readonly campaign: CampaignRow;
}

/** The agency and campaign a link token leads to, or undefined for a token that does not work. */
export async function linkedReturn(context: Context, token: string): Promise<LinkedReturn | undefined> {
  if (!looksLikeToken(token)) return undefined;
  const target = await resolveLinkedAgency(context.db, token);
  if (!target) return undefined;
  const campaign = await campaignById(context.db, target.campaignId);
  return campaign ? { target, campaign } : undefined;
}
