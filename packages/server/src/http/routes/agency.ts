import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { validateReturn, type AuditReturn, type Issue } from '@s11kit/schema';
import { digestReturn } from '../../digest/digest.js';
import { campaignById } from '../../store/campaigns.js';
import { getDraft, saveDraft } from '../../store/drafts.js';
import { resolveLinkedAgency, type LinkedAgency } from '../../store/links.js';
import type { CampaignRow, VersionRow } from '../../store/rows.js';
import { insertVersion, latestVersion, versionByKey } from '../../store/versions.js';
import { hashToken, looksLikeToken } from '../../security/tokens.js';
import { agencyPage, linkNotFoundPage } from '../../pages/agency-page.js';
import { cyclePanels, submitWithHistory } from '../agency-panels.js';
import { shareReturn } from '../../cycle/share-return.js';
import { agencyView } from '../agency-view.js';
import { bodyHash } from '../canonical-json.js';
import type { Context } from '../context.js';

/** 1–200 printable ASCII characters, no spaces (protocol.md). */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

interface Linked {
  readonly target: LinkedAgency;
  readonly campaign: CampaignRow;
}

const receiptOf = (version: VersionRow) => ({ reference: version.reference, receivedAt: version.received_at.toISOString() });

const notFound = (reply: FastifyReply) => reply.status(404).send({ message: 'This link does not work: it may have been replaced or stopped. Ask the partnership for a new link' });

const statusIssue = (status: unknown): Issue => ({
  path: ['status'],
  code: 'invalid_value',
  severity: 'error',
  message: `Send the return with status "submitted" to submit it, not ${JSON.stringify(status)}`,
});

export const agencyRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;
    const campaigns = new Map<string, CampaignRow>();

    /** The link a request names, or undefined after answering 404. */
    async function linked(request: FastifyRequest<{ Params: { token: string } }>): Promise<Linked | undefined> {
      const { token } = request.params;
      if (!looksLikeToken(token)) return undefined;
      const target = await resolveLinkedAgency(db, token);
      if (!target) return undefined;
      // Campaigns never change once made: one query a process, then the cache.
      const campaign = campaigns.get(target.campaignId) ?? (await campaignById(db, target.campaignId));
      if (!campaign) return undefined;
      campaigns.set(campaign.id, campaign);
      return { target, campaign };
    }

    // Each link has its own budget, so fifty agencies behind one council proxy never block each other.
    const rateLimit = {
      max: context.limits.linkPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (request: FastifyRequest) => `link:${hashToken((request.params as { token?: string }).token ?? '')}`,
    };
    const params = { type: 'object', properties: { token: { type: 'string' } }, required: ['token'] } as const;
    const message = { type: 'object', properties: { message: { type: 'string' } } } as const;
    const receipt = { type: 'object', properties: { reference: { type: 'string' }, receivedAt: { type: 'string', format: 'date-time' } } } as const;

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
        const key = request.headers['idempotency-key'];
        if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key))
          return reply.status(400).send({ message: 'Send an Idempotency-Key header of 1 to 200 printable ASCII characters without spaces' });
        const found = await linked(request);
        if (!found) return notFound(reply);
        const { target, campaign } = found;
        const hash = bodyHash(request.body);

        const replay = async (version: VersionRow) =>
          version.body_hash === hash
            ? reply.status(200).send(receiptOf(version))
            : reply.status(409).send({ message: 'This Idempotency-Key was already used for a different return: make a new key for new answers' });

        const earlier = await versionByKey(db, target, key);
        if (earlier) return replay(earlier);

        const framework = context.framework(campaign);
        const at = now();
        // Judged at the server's time, not the submittedAt the browser wrote.
        const checked = validateReturn(framework, request.body, { mode: 'submit', now: at });
        if (!checked.ok) return reply.status(422).send({ issues: checked.issues });
        const value: AuditReturn = checked.value;
        if (value.status !== 'submitted') return reply.status(422).send({ issues: [statusIssue(value.status)] });

        const digest = digestReturn(framework, value, { key: target.agencyId, name: target.agencyName, partnerships: target.partnerships, identifier: target.identifier });
        const stored = await db.transaction((tx) =>
          submitWithHistory(tx, context, {
            campaign,
            target,
            value,
            now: at,
            insert: async () => {
              const version = await insertVersion(tx, target, { key, bodyHash: hash, body: value, digest, late: at.getTime() > campaign.deadline_at.getTime() }, at);
              // Every other partnership the agency reports to that runs another framework gets it translated, in the same transaction.
              if (version) await shareReturn(tx, { campaign, framework, version, value, agencyId: target.agencyId }, context.framework, at);
              return version;
            },
          }),
        );
        if (stored && 'issue' in stored) return reply.status(422).send({ issues: [stored.issue] });
        if (!stored) {
          // The same key was stored while this request was checking: answer as a replay.
          const raced = await versionByKey(db, target, key);
          if (raced) return replay(raced);
          throw new Error('a version vanished after its key was seen');
        }
        return reply.status(201).send(receiptOf(stored));
      },
    );
  };
