import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { agencyById, campaignAgencyFor } from '../../store/agencies.js';
import { audit, auditLogOf } from '../../store/audit-log.js';
import { campaignsFor } from '../../store/campaigns.js';
import { issueLink, revokeLinks } from '../../store/links.js';
import { campaignProgress, countProgress, progressBySector } from '../../store/progress.js';
import { eventsOf } from '../../store/events.js';
import { versionsOf } from '../../store/versions.js';
import { agencyReturnPage, auditLogPage, campaignsPage, heatmapPage, newLinkPage, progressPage } from '../../pages/staff-pages.js';
import type { Context } from '../context.js';
import { looksLikeId, staffCampaign } from '../staff-campaign.js';
import { progressExtras } from '../progress-extras.js';
import { requireStaff } from '../staff-session.js';
import { sendPage } from '../send-page.js';
import { staffView } from '../staff-session.js';

type CampaignParams = { Params: { campaignId: string } };
type AgencyParams = { Params: { campaignId: string; agencyId: string } };

/** Where the collector is reached, for links shown to administrators. */
const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export const staffRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;

    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/staff', 303));

    app.get('/staff', { schema: { hide: true } }, async (request, reply) => {
      const who = await requireStaff(context, request, reply, { page: true });
      if (!who) return reply;
      return sendPage(reply, campaignsPage(staffView(who, reply), await campaignsFor(db, who.partnership.id)));
    });

    app.get<CampaignParams>('/staff/campaigns/:campaignId', { schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { page: true });
      if (!found) return reply;
      const framework = context.framework(found.campaign);
      const agencies = await campaignProgress(db, found.campaign.id, found.partnership.id);
      const staff = staffView(found, reply);
      return sendPage(
        reply,
        progressPage(
          staff,
          found.campaign,
          framework,
          countProgress(agencies),
          progressBySector(agencies, framework.sectors),
          agencies,
          now(),
          await progressExtras(context, found, staff),
        ),
      );
    });

    app.get<CampaignParams>('/staff/campaigns/:campaignId/heatmap', { schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { page: true });
      if (!found) return reply;
      return sendPage(reply, heatmapPage(staffView(found, reply), found.campaign));
    });

    /** An agency of the campaign that the staff member's partnership may see, or 404. */
    async function staffAgency(request: FastifyRequest<AgencyParams>, reply: FastifyReply, options: { page?: boolean; role?: 'administrator' } = {}) {
      const found = await staffCampaign(context, request, reply, options);
      if (!found) return undefined;
      const { agencyId } = request.params;
      const agency = looksLikeId(agencyId) ? await campaignAgencyFor(db, found.campaign.id, agencyId, found.partnership.id) : undefined;
      if (!agency) {
        reply.status(404).send({ message: 'There is no such agency in this campaign for your partnership' });
        return undefined;
      }
      return { ...found, agency };
    }

    app.get<AgencyParams>('/staff/campaigns/:campaignId/agencies/:agencyId', { schema: { hide: true } }, async (request, reply) => {
      const found = await staffAgency(request, reply, { page: true });
      if (!found) return reply;
      const target = { campaignId: found.campaign.id, agencyId: found.agency.id };
      const versions = await versionsOf(db, target);
      if (!versions.length) return reply.status(404).send({ message: 'This agency has not returned yet' });
      const history = await eventsOf(db, target);
      return sendPage(
        reply,
        agencyReturnPage(staffView(found, reply), found.campaign, context.framework(found.campaign), { name: found.agency.name, id: found.agency.id }, versions, history),
      );
    });

    app.post<AgencyParams>('/staff/campaigns/:campaignId/agencies/:agencyId/link', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await staffAgency(request, reply, { role: 'administrator' });
      if (!found) return reply;
      const target = { campaignId: found.campaign.id, agencyId: found.agency.id };
      const { token, replaced } = await db.transaction(async (tx) => {
        const live = await revokeLinks(tx, target, now());
        const token = await issueLink(tx, target, now());
        await audit(tx, found.actor, { action: 'link.issue', campaignId: target.campaignId, agencyId: target.agencyId, detail: { replaced: live } }, now());
        return { token, replaced: live };
      });
      const agency = await agencyById(db, found.agency.id);
      return sendPage(reply, newLinkPage(staffView(found, reply), found.campaign, agency?.name ?? '', `${origin(request)}/a/${token}`, replaced));
    });

    app.post<AgencyParams>('/staff/campaigns/:campaignId/agencies/:agencyId/revoke', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await staffAgency(request, reply, { role: 'administrator' });
      if (!found) return reply;
      const target = { campaignId: found.campaign.id, agencyId: found.agency.id };
      await db.transaction(async (tx) => {
        const live = await revokeLinks(tx, target, now());
        await audit(tx, found.actor, { action: 'link.revoke', campaignId: target.campaignId, agencyId: target.agencyId, detail: { revoked: live } }, now());
      });
      return reply.redirect(`/staff/campaigns/${found.campaign.id}`, 303);
    });

    app.get('/staff/audit-log', { schema: { hide: true } }, async (request, reply) => {
      const who = await requireStaff(context, request, reply, { page: true, role: 'administrator' });
      if (!who) return reply;
      return sendPage(reply, auditLogPage(staffView(who, reply), await auditLogOf(db, who.partnership.id)));
    });
  };
