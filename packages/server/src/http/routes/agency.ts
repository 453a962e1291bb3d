import type { FastifyPluginAsync } from 'fastify';
import { validateReturn } from '@s11kit/schema';
import { getDraft, saveDraft } from '../../store/drafts.js';
import { latestVersion } from '../../store/versions.js';
import { agencyPage, linkNotFoundPage } from '../../pages/agency-page.js';
import { cyclePanels, submitWithHistory } from '../agency-panels.js';
import { shareReturn } from '../../cycle/share-return.js';
import { agencyView } from '../agency-view.js';
import { digestAgencyOf, linkNotFound as notFound, linkRateLimit, linkResolver, MESSAGE as message, TOKEN_PARAMS as params } from '../linked-agency.js';
import { idempotencyKey, receiptOf, receiveReturn, RECEIPT_SCHEMA as receipt } from '../receive-return.js';
import type { Context } from '../context.js';

export const agencyRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;
    const linked = linkResolver(context);
    // Each link has its own budget, so fifty agencies behind one council proxy never block each other.
    const rateLimit = linkRateLimit(context);

    app.get<{ Params: { token: string } }>('/a/:token', { config: { rateLimit }, schema: { summary: "The agency's audit page", params } }, async (request, reply) => {
      const found = await linked(request);
      if (!found) return reply.status(404).type('text/html; charset=utf-8').send(linkNotFoundPage());
      const { campaign, target } = found;
      // Year 2, a return for another partnership, the last cycle: see agency-view.ts.
      const view = await agencyView(context, request.params.token, found, () => reply.generateCsrf());
      if ('page' in view) return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(view.page);
      const [draft, latest] = await Promise.all([getDraft(db, target), latestVersion(db, target)]);
      const showReceipt = latest && (!draft || latest.received_at.getTime() >= draft.saved_at.getTime());
      reply.header('cache-control', 'no-store');
      const panels = await cyclePanels(context, { campaign, target, token: request.params.token, csrf: reply.generateCsrf() });
      return reply.type('text/html; charset=utf-8').send(
        agencyPage({
          panels,
          token: request.params.token,
          campaignTitle: campaign.title,
          agencyName: target.agencyName,
          sector: target.sector,
          storageKey: `${campaign.id}-${target.agencyId}`,
          builtInFramework: campaign.built_in ? campaign.framework_id : undefined,
          receipt: showReceipt ? receiptOf(latest) : undefined,
          ...view,
        }),
      );
    });

    app.get<{ Params: { token: string } }>(
      '/a/:token/framework.json',
      { config: { rateLimit }, schema: { summary: "The campaign's framework, for a framework that is not built in", params } },
      async (request, reply) => {
        const found = await linked(request);
        if (!found) return notFound(reply);
        return context.framework(found.campaign);
      },
    );

    app.get<{ Params: { token: string } }>(
      '/a/:token/draft',
      {
        config: { rateLimit },
        schema: {
          summary: 'The draft saved on the server',
          params,
          response: { 200: { type: 'object', properties: { revision: { type: 'integer' }, savedAt: { type: 'string' }, value: {} } }, 204: { type: 'null' }, 404: message },
        },
      },
      async (request, reply) => {
        const found = await linked(request);
        if (!found) return notFound(reply);
        const draft = await getDraft(db, found.target);
        reply.header('cache-control', 'no-store');
        // 204, not 404: "nothing saved yet" is the normal first visit, and browsers log every 404 as an error.
        if (!draft) return reply.status(204).send();
        return { revision: draft.revision, savedAt: draft.saved_at.toISOString(), value: draft.value };
      },
    );

    app.put<{ Params: { token: string }; Body: { revision?: unknown; value?: unknown } }>(
      '/a/:token/draft',
      {
        config: { rateLimit },
        schema: {
          summary: 'Save the draft over the revision this copy is based on; 409 with the server copy when it is stale',
          params,
          body: { type: 'object' },
          response: { 200: { type: 'object', properties: { revision: { type: 'integer' }, savedAt: { type: 'string' } } } },
        },
      },
      async (request, reply) => {
        const found = await linked(request);
        if (!found) return notFound(reply);
        const { revision, value } = request.body ?? {};
        if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0)
          return reply.status(400).send({ message: 'Send "revision": the server revision this copy is based on, 0 when it has never seen one' });
        const framework = context.framework(found.campaign);
        const checked = validateReturn(framework, value, { mode: 'draft' });
        if (!checked.ok) return reply.status(422).send({ issues: checked.issues });
        const saved = await saveDraft(db, found.target, revision, value, now());
        if ('conflict' in saved) {
          const { conflict } = saved;
          return reply.status(409).send({ revision: conflict.revision, savedAt: conflict.saved_at.toISOString(), value: conflict.value });
        }
        return { revision: saved.saved.revision, savedAt: saved.saved.savedAt.toISOString() };
      },
    );

    app.post<{ Params: { token: string }; Body: unknown }>(
      '/a/:token/returns',
      {
        config: { rateLimit },
        schema: {
          summary: 'Submit the return: stored as a new immutable version, idempotent on Idempotency-Key',
          params,
          headers: { type: 'object', properties: { 'idempotency-key': { type: 'string' } } },
          response: { 200: receipt, 201: receipt, 400: message, 404: message, 409: message },
        },
      },
      async (request, reply) => {
        const key = idempotencyKey(request, reply);
        if (!key) return reply;
        const found = await linked(request);
        if (!found) return notFound(reply);
        const { target, campaign } = found;
        const framework = context.framework(campaign);
        return receiveReturn(context, reply, {
          key,
          body: request.body,
          campaign,
          target,
          agency: digestAgencyOf(target),
          store: (tx, value, insert, at) =>
            submitWithHistory(tx, context, {
              campaign,
              target,
              value,
              now: at,
              insert: async () => {
                const version = await insert();
                // Every other partnership the agency reports to that runs another framework gets it translated, in the same transaction.
                if (version) await shareReturn(tx, { campaign, framework, version, value, agencyId: target.agencyId }, context.framework, at);
                return version;
              },
            }),
        });
      },
    );
  };
