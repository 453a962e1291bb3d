import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { validateReturn } from '@s11kit/schema';
import { addToCampaign } from '../../store/agencies.js';
import { audit } from '../../store/audit-log.js';
import { campaignById } from '../../store/campaigns.js';
import { appendEvent, eventsOf } from '../../store/events.js';
import type { CampaignRow } from '../../store/rows.js';
import { completeCopy, copiesForStaff, saveCopyDraft, sharedCopyOf, type SharedCopyRow } from '../../store/shared-copies.js';
import { sharedCopyPage } from '../../pages/shared-pages.js';
import { digestAgencyOf, linkNotFound, linkRateLimit, linkResolver, MESSAGE, type Linked } from '../linked-agency.js';
import { idempotencyKey, receiveReturn } from '../receive-return.js';
import type { Context } from '../context.js';
import { looksLikeId, staffCampaign } from '../staff-campaign.js';
import { staffView } from '../staff-session.js';

type CopyParams = { Params: { token: string; campaignId: string } };
type StaffCopyParams = { Params: { campaignId: string; agencyId: string } };

const PARAMS = { type: 'object', properties: { token: { type: 'string' }, campaignId: { type: 'string' } }, required: ['token', 'campaignId'] } as const;
/**
 * One return, several partnerships. The agency completes, on its own link, the copy of its return
 * translated for another partnership's campaign (a second audit on its page, with its own draft
 * and submit endpoints); that partnership's staff see the copy marked as translated, with what it
 * still needs, until the agency completes it.
 */
export const sharedReturnRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;
    const linked = linkResolver(context);
    const rateLimit = linkRateLimit(context);
    const campaigns = new Map<string, CampaignRow>();

    /** The copy the link's agency may complete: made from a return it sent on this link's campaign. */
    async function linkedCopy(request: FastifyRequest<CopyParams>): Promise<{ found: Linked; copy: SharedCopyRow; campaign: CampaignRow } | undefined> {
      const found = await linked(request);
      const { campaignId } = request.params;
      if (!found || !looksLikeId(campaignId)) return undefined;
      const copy = await sharedCopyOf(db, { campaignId, agencyId: found.target.agencyId });
      if (!copy) return undefined;
      const { rows } = await db.query<{ campaign_id: string }>('select campaign_id from return_versions where id = $1', [copy.source_version_id]);
      if (rows[0]?.campaign_id !== found.campaign.id) return undefined;
      const campaign = campaigns.get(campaignId) ?? (await campaignById(db, campaignId));
      if (!campaign) return undefined;
      campaigns.set(campaignId, campaign);
      return { found, copy, campaign };
    }

    app.get<CopyParams>(
      '/a/:token/shared/:campaignId/framework.json',
      { config: { rateLimit }, schema: { summary: "The other partnership's framework, for a copy whose framework is not built in", params: PARAMS } },
      async (request, reply) => {
        const shared = await linkedCopy(request);
        if (!shared) return linkNotFound(reply);
        return context.framework(shared.campaign);
      },
    );

    app.get<CopyParams>(
      '/a/:token/shared/:campaignId/draft',
      {
        config: { rateLimit },
        schema: { summary: 'The translated copy as the agency last saved it (revision 1: as translated)', params: PARAMS, response: { 404: MESSAGE } },
      },
      async (request, reply) => {
        const shared = await linkedCopy(request);
        if (!shared) return linkNotFound(reply);
        reply.header('cache-control', 'no-store');
        return { revision: shared.copy.draft_revision, savedAt: shared.copy.draft_saved_at.toISOString(), value: shared.copy.draft };
      },
    );

    app.put<CopyParams & { Body: { revision?: unknown; value?: unknown } }>(
      '/a/:token/shared/:campaignId/draft',
      {
        config: { rateLimit },
        schema: { summary: 'Save the agency’s work on the translated copy; 409 with the server copy when stale', params: PARAMS, body: { type: 'object' } },
      },
      async (request, reply) => {
        const shared = await linkedCopy(request);
        if (!shared) return linkNotFound(reply);
        const { revision, value } = request.body ?? {};
        if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0)
          return reply.status(400).send({ message: 'Send "revision": the server revision this copy is based on, 0 when it has never seen one' });
        const checked = validateReturn(context.framework(shared.campaign), value, { mode: 'draft' });
        if (!checked.ok) return reply.status(422).send({ issues: checked.issues });
        const saved = await saveCopyDraft(db, { campaignId: shared.campaign.id, agencyId: shared.found.target.agencyId }, revision, value, now());
        if ('missing' in saved) return linkNotFound(reply);
        if ('conflict' in saved) {
          const { conflict } = saved;
          return reply.status(409).send({ revision: conflict.draft_revision, savedAt: conflict.draft_saved_at.toISOString(), value: conflict.draft });
        }
        return { revision: saved.saved.revision, savedAt: saved.saved.savedAt.toISOString() };
      },
    );

    app.post<CopyParams & { Body: unknown }>(
      '/a/:token/shared/:campaignId/returns',
      {
        config: { rateLimit },
        schema: {
          summary: "Send the completed copy to the other partnership's campaign: idempotent on Idempotency-Key, as a submit",
          params: PARAMS,
          response: { 400: MESSAGE, 404: MESSAGE, 409: MESSAGE },
        },
      },
      async (request, reply) => {
        const key = idempotencyKey(request, reply);
        if (!key) return reply;
        const shared = await linkedCopy(request);
        if (!shared) return linkNotFound(reply);
        const { found, campaign } = shared;
        const target = { campaignId: campaign.id, agencyId: found.target.agencyId };
        return receiveReturn(context, reply, {
          key,
          body: request.body,
          campaign,
          target,
          agency: digestAgencyOf(found.target),
          store: async (tx, _value, insert, at) => {
            // The other partnership now expects this agency's return: it has one.
            await addToCampaign(tx, campaign.id, target.agencyId, at);
            const version = await insert();
            const copy = await sharedCopyOf(tx, target, { lock: true });
            if (!version) return version;
            const agency = { kind: 'agency', name: found.target.agencyName } as const;
            await appendEvent(tx, target, { kind: 'return-submitted', actor: agency, data: { version: version.number, reference: version.reference, signOffRequestId: null } }, at);
            if (copy && !copy.completed_version_id) {
              await completeCopy(tx, target, version.id);
              await appendEvent(tx, target, { kind: 'translation-completed', actor: agency, data: { reference: version.reference } }, at);
            }
            return version;
          },
        });
      },
    );

    // ---- staff of the other partnership ---------------------------------------------------------

    app.get<StaffCopyParams>('/staff/campaigns/:campaignId/shared/:agencyId', { schema: { hide: true } }, async (request, reply: FastifyReply) => {
      const found = await staffCampaign(context, request, reply, { page: true });
      if (!found) return reply;
      const { agencyId } = request.params;
      const [copy] = looksLikeId(agencyId) ? await copiesForStaff(db, found.campaign.id, found.partnership.id, agencyId) : [];
      if (!copy) return reply.status(404).send({ message: 'There is no translated return of this agency for your partnership' });
      await audit(db, found.actor, { action: 'shared-copy.read', campaignId: found.campaign.id, agencyId }, now());
      const view = staffView(found, reply);
      const history = await eventsOf(db, { campaignId: found.campaign.id, agencyId });
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(sharedCopyPage(view, found.campaign, context.framework(found.campaign), copy, history));
    });
  };
