import type { FastifyReply, FastifyRequest } from 'fastify';
import { campaignAgencyFor } from '../store/agencies.js';
import type { AgencyRow } from '../store/rows.js';
import type { Context } from './context.js';
import { looksLikeId, staffCampaign, type StaffCampaign } from './staff-campaign.js';

export type AgencyParams = { Params: { campaignId: string; agencyId: string } };

/** An agency of a campaign that the member of staff's partnership may see, or undefined after answering 404. */
export async function staffAgency(
  context: Context,
  request: FastifyRequest<AgencyParams>,
  reply: FastifyReply,
  options: { page?: boolean; role?: 'administrator' } = {},
): Promise<(StaffCampaign & { agency: AgencyRow }) | undefined> {
  const found = await staffCampaign(context, request, reply, options);
  if (!found) return undefined;
  const { agencyId } = request.params;
  const agency = looksLikeId(agencyId) ? await campaignAgencyFor(context.db, found.campaign.id, agencyId, found.partnership.id) : undefined;
  if (!agency) {
    reply.status(404).send({ message: 'There is no such agency in this campaign for your partnership' });
    return undefined;
  }
  return { ...found, agency };
}
