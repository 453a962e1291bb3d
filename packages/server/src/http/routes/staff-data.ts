import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { actionsCsvHeader, actionsCsvRows, boardReport, responsesCsvHeader, responsesCsvRows, type AuditReturn } from '@s11kit/schema';
import { aggregateDigests } from '../../digest/aggregate-digests.js';
import { previousDigests } from '../../cycle/previous-digests.js';
import type { ReturnDigest } from '../../digest/digest.js';
import { campaignAgencyFor } from '../../store/agencies.js';
import { audit } from '../../store/audit-log.js';
import { latestOfCampaign, latestVersion, versionBody } from '../../store/versions.js';
import { campaignChallenges, eventsDownload } from '../cycle-data.js';
import type { Context } from '../context.js';
import { looksLikeId, staffCampaign, type StaffCampaign } from '../staff-campaign.js';

type CampaignParams = { Params: { campaignId: string } };
type AgencyParams = { Params: { campaignId: string; agencyId: string } };

// Excel reads a CSV as UTF-8 only when it starts with a byte order mark.
const BOM = '\uFEFF';

/** A file name from a campaign title: letters, digits and hyphens. */
const fileStem = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'campaign';

export const staffDataRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;

    const figures = async (found: StaffCampaign) => {
      const framework = context.framework(found.campaign);
      const rows = await latestOfCampaign<ReturnDigest>(db, found.campaign.id, found.partnership.id, 'digest');
      // The cycle before, for the report's "Since the last cycle" (the SDK's comparison).
      const previous = await previousDigests(db, found.campaign, found.partnership.id);
      return {
        framework,
        result: aggregateDigests(
          framework,
          rows.map((row) => row.value),
          { now: now(), ...(previous ? { previous } : {}) },
        ),
      };
    };

    const download = (reply: FastifyReply, type: string, name: string, body: string) =>
      reply.type(type).header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store').send(body);

    app.get<CampaignParams>(
      '/staff/campaigns/:campaignId/summary.json',
      { schema: { summary: "The campaign's figures over the latest return of each agency, for <s11-summary>", tags: ['staff'] } },
      async (request, reply) => {
        const found = await staffCampaign(context, request, reply);
        if (!found) return reply;
        reply.header('cache-control', 'no-store');
        return figures(found);
      },
    );

    app.get<CampaignParams>('/staff/campaigns/:campaignId/report.html', { schema: { summary: 'The board report', tags: ['staff'] } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply);
      if (!found) return reply;
      const { framework, result } = await figures(found);
      await audit(db, found.actor, { action: 'export.report', campaignId: found.campaign.id, detail: { counted: result.counted } }, now());
      // The report is one self-contained file with its own <style>: a policy of its own.
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      const challenges = await campaignChallenges(context, found);
      return download(
        reply,
        'text/html; charset=utf-8',
        `${fileStem(found.campaign.title)}-report.html`,
        boardReport(framework, result, { title: `${found.campaign.title}: ${found.partnership.name}`, challenges }),
      );
    });

    const csv = (name: 'responses' | 'actions') => async (request: FastifyRequest<CampaignParams>, reply: FastifyReply) => {
      const found = await staffCampaign(context, request, reply);
      if (!found) return reply;
      const framework = context.framework(found.campaign);
      const rows = await latestOfCampaign<AuditReturn>(db, found.campaign.id, found.partnership.id, 'body');
      const at = now();
      const lines = [BOM + (name === 'responses' ? responsesCsvHeader() : actionsCsvHeader())];
      for (const row of rows) lines.push(...(name === 'responses' ? responsesCsvRows(framework, row.value) : actionsCsvRows(framework, row.value, { now: at })));
      await audit(db, found.actor, { action: `export.${name}-csv`, campaignId: found.campaign.id, detail: { returns: rows.length } }, at);
      return download(reply, 'text/csv; charset=utf-8', `${fileStem(found.campaign.title)}-${name}.csv`, lines.join(''));
    };
    app.get('/staff/campaigns/:campaignId/responses.csv', { schema: { summary: 'One row a response, latest return of each agency', tags: ['staff'] } }, csv('responses'));
    app.get('/staff/campaigns/:campaignId/actions.csv', { schema: { summary: 'One row an action, latest return of each agency', tags: ['staff'] } }, csv('actions'));

    app.get<CampaignParams>(
      '/staff/campaigns/:campaignId/events.csv',
      { schema: { summary: 'Every step of every return: sign-off, submits, review and challenge, reminders', tags: ['staff'] } },
      async (request, reply) => {
        const found = await staffCampaign(context, request, reply);
        if (!found) return reply;
        const { csv: body, count } = await eventsDownload(context, found);
        await audit(db, found.actor, { action: 'export.events-csv', campaignId: found.campaign.id, detail: { events: count } }, now());
        return download(reply, 'text/csv; charset=utf-8', `${fileStem(found.campaign.title)}-events.csv`, body);
      },
    );

    app.get<AgencyParams>(
      '/staff/campaigns/:campaignId/agencies/:agencyId/return.json',
      { schema: { summary: "An agency's latest return, for <s11-action-tracker>", tags: ['staff'] } },
      async (request, reply) => {
        const found = await staffCampaign(context, request, reply);
        if (!found) return reply;
        const { agencyId } = request.params;
        const agency = looksLikeId(agencyId) ? await campaignAgencyFor(db, found.campaign.id, agencyId, found.partnership.id) : undefined;
        const latest = agency ? await latestVersion(db, { campaignId: found.campaign.id, agencyId: agency.id }) : undefined;
        if (!agency || !latest) return reply.status(404).send({ message: 'There is no return from this agency for your partnership' });
        await audit(db, found.actor, { action: 'return.read', campaignId: found.campaign.id, agencyId: agency.id, versionId: latest.id }, now());
        reply.header('cache-control', 'no-store');
        return {
          framework: context.framework(found.campaign),
          version: { number: latest.number, reference: latest.reference, receivedAt: latest.received_at.toISOString() },
          value: await versionBody(db, latest.id),
        };
      },
    );
  };
