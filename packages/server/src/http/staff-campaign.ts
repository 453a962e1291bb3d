import type { FastifyReply, FastifyRequest } from 'fastify';
import { campaignFor } from '../store/campaigns.js';
import type { CampaignRow } from '../store/rows.js';
import type { Context } from './context.js';
import { requireStaff, type SignedIn } from './staff-session.js';

export interface StaffCampaign extends SignedIn {
  readonly campaign: CampaignRow;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const looksLikeId = (value: string): boolean => UUID.test(value);

/**
 * The signed-in member of staff and a campaign shared with their partnership. A campaign of
 * another partnership answers 404, the same as one that does not exist: staff never learn what
 * other partnerships run.
 */
export async function staffCampaign(
  context: Context,
  request: FastifyRequest<{ Params: { campaignId: string } }>,
  reply: FastifyReply,
  options: { page?: boolean; role?: 'administrator' } = {},
): Promise<StaffCampaign | undefined> {
  const who = await requireStaff(context, request, reply, options);
  if (!who) return undefined;
  const { campaignId } = request.params;
  const campaign = looksLikeId(campaignId) ? await campaignFor(context.db, campaignId, who.partnership.id) : undefined;
  if (!campaign) {
    reply.status(404).send({ message: 'There is no such campaign for your partnership' });
    return undefined;
  }
  return { ...who, campaign };
}
