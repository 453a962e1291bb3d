import { randomInt } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditReturn, EventActor } from '@s11kit/schema';
import type { Queryable } from '../../db/database.js';
import { audit } from '../../store/audit-log.js';
import { allowedNext, challengeThreads, reviewOf } from '../../store/challenges.js';
import { appendEvent, campaignEvents, eventsOf, lockReturn, type NewEvent } from '../../store/events.js';
import type { LinkTarget } from '../../store/links.js';
import { campaignProgress } from '../../store/progress.js';
import { latestVersion, versionBody } from '../../store/versions.js';
import { versionRatings } from '../../store/version-ratings.js';
import { newId, hashToken } from '../../security/tokens.js';
import { agencyReviewPage, answerErrorPage, answerRefusedPage, reviewListPage, type ReviewRow } from '../../pages/challenge-pages.js';
import { signerLinkNotFoundPage } from '../../pages/sign-off-pages.js';
import { linkedReturn } from '../agency-link.js';
import type { Context } from '../context.js';
import { staffAgency, type AgencyParams } from '../staff-agency.js';
import { staffCampaign, type StaffCampaign } from '../staff-campaign.js';
import type { SignedIn } from '../staff-session.js';
import { sendPage } from '../send-page.js';
import { staffView } from '../staff-session.js';

type Form = Record<string, string | undefined>;
type CampaignParams = { Params: { campaignId: string } };
type ChallengeParams = { Params: { campaignId: string; agencyId: string; challengeId: string } };

const MAX_TEXT = 5000;
const MAX_REASON = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const staffActor = (who: SignedIn): EventActor => ({ kind: 'staff', staffId: who.staff.id, name: who.staff.name });

/** Why a text field will not do, or undefined. */
const textProblem = (text: string, empty: string, max = MAX_TEXT) => (!text ? empty : text.length > max ? `Enter ${max} characters or fewer` : undefined);

/**
 * A step on a challenge, judged under the return's lock against the history as it is: a step the
 * challenge's state does not allow (a second accept from another tab, an answer to a closed
 * challenge) is refused, and nothing is written.
 */
async function stepOnChallenge(
  tx: Queryable,
  target: LinkTarget,
  challengeId: string,
  make: (version: number) => NewEvent<'challenge-answered' | 'challenge-accepted' | 'challenge-reopened'>,
  now: Date,
) {
  await lockReturn(tx, target);
  const thread = challengeThreads(await eventsOf(tx, target)).find((candidate) => candidate.raised.challengeId === challengeId);
  if (!thread) return 'missing' as const;
  const latest = await latestVersion(tx, target);
  const event = make(latest?.number ?? thread.raised.version);
  if (!allowedNext(thread.state).includes(event.kind)) return 'refused' as const;
  await appendEvent(tx, target, event, now);
  return 'done' as const;
}

/** The quality assurance group's challenge and feedback: staff pages and the agency's answers on its link. */
export const challengeRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;

    async function reviewRows(found: StaffCampaign): Promise<ReviewRow[]> {
      const [agencies, events] = await Promise.all([campaignProgress(db, found.campaign.id, found.partnership.id), campaignEvents(db, found.campaign.id, found.partnership.id)]);
      return agencies.map((agency) => {
        const own = events.filter((event) => event.agencyId === agency.agencyId);
        const review = reviewOf(own);
        const counts = { 'awaiting-agency': 0, 'awaiting-staff': 0, accepted: 0 };
        for (const thread of challengeThreads(own)) counts[thread.state]++;
        return {
          agencyId: agency.agencyId,
          name: agency.name,
          sector: agency.sector,
          returned: agency.state === 'returned',
          review: review ? { method: review.method, reason: review.reason, at: review.at } : undefined,
          counts,
        };
      });
    }

    const listPage = async (
      found: StaffCampaign,
      reply: FastifyReply,
      filter: { sector: string; reason: string },
      status = 200,
      errors?: Record<string, string>,
      values?: Record<string, string>,
    ) =>
      sendPage(
        reply,
        reviewListPage({
          staff: staffView(found, reply),
          campaign: found.campaign,
          framework: context.framework(found.campaign),
          rows: await reviewRows(found),
          filter,
          ...(errors ? { errors } : {}),
          ...(values ? { values } : {}),
        }),
        status,
      );

    app.get<CampaignParams & { Querystring: { sector?: string; reason?: string } }>('/staff/campaigns/:campaignId/review', { schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { page: true });
      if (!found) return reply;
      return listPage(found, reply, { sector: String(request.query.sector ?? ''), reason: String(request.query.reason ?? '') });
    });

    /** Record that these returns are chosen for review; those chosen already keep their first reason. */
    async function choose(found: StaffCampaign, agencyIds: readonly string[], method: 'chosen' | 'random', reason: string) {
      await db.transaction(async (tx) => {
        for (const agencyId of agencyIds) {
          const target = { campaignId: found.campaign.id, agencyId };
          await lockReturn(tx, target);
          if (reviewOf(await eventsOf(tx, target))) continue;
          await appendEvent(tx, target, { kind: 'review-selected', actor: staffActor(found), data: { method, reason } }, now());
        }
      });
    }

    app.post<CampaignParams & { Body: Form }>('/staff/campaigns/:campaignId/review/choose', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply);
      if (!found) return reply;
      const body = request.body ?? {};
      const reason = (body['choose-reason'] ?? '').trim();
      const sector = body['choose-sector'] ?? '';
      const framework = context.framework(found.campaign);
      const errors: Record<string, string> = {};
      const problem = textProblem(reason, 'Enter why the group is reviewing these returns', MAX_REASON);
      if (problem) errors['choose-reason'] = problem;
      if (!framework.sectors.some((candidate) => candidate.id === sector)) errors['choose-sector'] = 'Select a sector of this framework';
      if (Object.keys(errors).length) return listPage(found, reply, { sector: '', reason: '' }, 400, errors, body as Record<string, string>);
      const rows = (await reviewRows(found)).filter((row) => row.returned && row.sector === sector);
      await choose(
        found,
        rows.map((row) => row.agencyId),
        'chosen',
        reason,
      );
      return reply.redirect(`/staff/campaigns/${found.campaign.id}/review?sector=${encodeURIComponent(sector)}`, 303);
    });

    app.post<CampaignParams & { Body: Form }>('/staff/campaigns/:campaignId/review/sample', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply);
      if (!found) return reply;
      const body = request.body ?? {};
      const reason = (body['sample-reason'] ?? '').trim();
      const sector = body['sample-sector'] ?? '';
      const sizeText = (body.size ?? '').trim();
      const size = /^\d{1,4}$/.test(sizeText) ? Number(sizeText) : NaN;
      const pool = (await reviewRows(found)).filter((row) => row.returned && !row.review && (!sector || row.sector === sector));
      const errors: Record<string, string> = {};
      if (!Number.isInteger(size) || size < 1) errors.size = 'Enter how many returns to choose, as a whole number such as 5';
      else if (size > pool.length)
        errors.size = pool.length ? `Enter ${pool.length} or fewer: only ${pool.length} received returns are not chosen yet` : 'Every received return is chosen already';
      const problem = textProblem(reason, 'Enter why the group is reviewing these returns', MAX_REASON);
      if (problem) errors['sample-reason'] = problem;
      if (Object.keys(errors).length) return listPage(found, reply, { sector: '', reason: '' }, 400, errors, body as Record<string, string>);
      // A fair draw: Fisher-Yates with the system's cryptographic random numbers, so nobody can steer which agencies are visited.
      const picked = [...pool];
      for (let i = picked.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [picked[i], picked[j]] = [picked[j]!, picked[i]!];
      }
      await choose(
        found,
        picked.slice(0, size).map((row) => row.agencyId),
        'random',
        reason,
      );
      return reply.redirect(`/staff/campaigns/${found.campaign.id}/review?reason=${encodeURIComponent(reason)}`, 303);
    });

    async function reviewPage(request: FastifyRequest<AgencyParams>, reply: FastifyReply, status = 200, errors?: Record<string, string>, values?: Record<string, string>) {
      const found = await staffAgency(context, request, reply, { page: true });
      if (!found) return reply;
      const target = { campaignId: found.campaign.id, agencyId: found.agency.id };
      const latest = await latestVersion(db, target);
      if (!latest) return reply.status(404).send({ message: 'This agency has not returned yet: there is nothing to review' });
      const [events, value, ratingAt] = await Promise.all([eventsOf(db, target), versionBody(db, latest.id), versionRatings(db, found.campaign.id, found.agency.id)]);
      await audit(db, found.actor, { action: 'return.read', campaignId: found.campaign.id, agencyId: found.agency.id, versionId: latest.id, detail: { for: 'review' } }, now());
      const review = reviewOf(events);
      return sendPage(
        reply,
        agencyReviewPage({
          staff: staffView(found, reply),
          campaign: found.campaign,
          framework: context.framework(found.campaign),
          agency: { id: found.agency.id, name: found.agency.name, sector: found.agency.sector },
          latest: { number: latest.number, value: value as AuditReturn },
          ratingAt: (version, standardId) => ratingAt(found.agency.id, version, standardId),
          threads: challengeThreads(events),
          history: events,
          review: review ? { method: review.method, reason: review.reason, at: review.at } : undefined,
          ...(errors ? { errors } : {}),
          ...(values ? { values } : {}),
        }),
        status,
      );
    }

    app.get<AgencyParams>('/staff/campaigns/:campaignId/agencies/:agencyId/review', { schema: { hide: true } }, (request, reply) => reviewPage(request, reply));

    app.post<AgencyParams & { Body: Form }>(
      '/staff/campaigns/:campaignId/agencies/:agencyId/review',
      { preHandler: app.csrfProtection, schema: { hide: true } },
      async (request, reply) => {
        const found = await staffAgency(context, request, reply);
        if (!found) return reply;
        const reason = (request.body?.reason ?? '').trim();
        const problem = textProblem(reason, 'Enter why the group is reviewing this return', MAX_REASON);
        if (problem) return reviewPage(request, reply, 400, { reason: problem }, { reason });
        await choose(found, [found.agency.id], 'chosen', reason);
        return reply.redirect(`/staff/campaigns/${found.campaign.id}/agencies/${found.agency.id}/review`, 303);
      },
    );

    app.post<AgencyParams & { Body: Form }>(
      '/staff/campaigns/:campaignId/agencies/:agencyId/challenges',
      { preHandler: app.csrfProtection, schema: { hide: true } },
      async (request, reply) => {
        const found = await staffAgency(context, request, reply);
        if (!found) return reply;
        const target = { campaignId: found.campaign.id, agencyId: found.agency.id };
        const body = request.body ?? {};
        const text = (body.text ?? '').trim();
        const [standardId, actionId, extra] = (body.target ?? '').split('/');
        const latest = await latestVersion(db, target);
        if (!latest) return reply.status(404).send({ message: 'This agency has not returned yet: there is nothing to challenge' });
        const value = (await versionBody(db, latest.id)) as AuditReturn;
        const response = value.responses.find((candidate) => candidate.standardId === standardId);
        const errors: Record<string, string> = {};
        if (!response || extra !== undefined || (actionId !== undefined && !response.actions.some((action) => action.id === actionId)))
          errors.target = 'Select a standard or an action of this return';
        const problem = textProblem(text, 'Enter your challenge');
        if (problem) errors.text = problem;
        if (Object.keys(errors).length) return reviewPage(request, reply, 400, errors, { text, target: body.target ?? '' });
        await db.transaction(async (tx) => {
          await lockReturn(tx, target);
          const version = (await latestVersion(tx, target))?.number ?? latest.number;
          await appendEvent(
            tx,
            target,
            { kind: 'challenge-raised', actor: staffActor(found), data: { challengeId: newId(), standardId: standardId!, actionId: actionId ?? null, text, version } },
            now(),
          );
        });
        return reply.redirect(`/staff/campaigns/${found.campaign.id}/agencies/${found.agency.id}/review`, 303);
      },
    );

    const decide = (kind: 'challenge-accepted' | 'challenge-reopened') => async (request: FastifyRequest<ChallengeParams & { Body: Form }>, reply: FastifyReply) => {
      const found = await staffAgency(context, request, reply);
      if (!found) return reply;
      const { challengeId } = request.params;
      const target = { campaignId: found.campaign.id, agencyId: found.agency.id };
      const text = (request.body?.[`reopen-${challengeId}`] ?? '').trim();
      if (kind === 'challenge-reopened') {
        const problem = textProblem(text, 'Enter what is still missing');
        if (problem) return reviewPage(request, reply, 400, { [`reopen-${challengeId}`]: problem });
      }
      const outcome = UUID.test(challengeId)
        ? await db.transaction((tx) =>
            stepOnChallenge(
              tx,
              target,
              challengeId,
              (version) =>
                kind === 'challenge-accepted'
                  ? { kind, actor: staffActor(found), data: { challengeId, version } }
                  : { kind, actor: staffActor(found), data: { challengeId, text, version } },
              now(),
            ),
          )
        : 'missing';
      if (outcome === 'missing') return reply.status(404).send({ message: 'There is no such challenge on this return' });
      if (outcome === 'refused') return reply.status(409).send({ message: 'This challenge is not waiting for a decision: reload the page to see where it stands' });
      return reply.redirect(`/staff/campaigns/${found.campaign.id}/agencies/${found.agency.id}/review`, 303);
    };
    app.post<ChallengeParams & { Body: Form }>(
      '/staff/campaigns/:campaignId/agencies/:agencyId/challenges/:challengeId/accept',
      { preHandler: app.csrfProtection, schema: { hide: true } },
      decide('challenge-accepted'),
    );
    app.post<ChallengeParams & { Body: Form }>(
      '/staff/campaigns/:campaignId/agencies/:agencyId/challenges/:challengeId/reopen',
      { preHandler: app.csrfProtection, schema: { hide: true } },
      decide('challenge-reopened'),
    );

    app.post<{ Params: { token: string; challengeId: string }; Body: Form }>(
      '/a/:token/challenges/:challengeId/answer',
      {
        config: {
          rateLimit: {
            max: context.limits.linkPerMinute,
            timeWindow: '1 minute',
            keyGenerator: (request: FastifyRequest) => `link:${hashToken((request.params as { token?: string }).token ?? '')}`,
          },
        },
        preHandler: app.csrfProtection,
        schema: { hide: true },
      },
      async (request, reply) => {
        const { token, challengeId } = request.params;
        const found = await linkedReturn(context, token);
        if (!found) return sendPage(reply, signerLinkNotFoundPage(), 404);
        const text = (request.body?.[`answer-${challengeId}`] ?? '').trim();
        const problem = textProblem(text, 'Enter your answer');
        if (problem)
          return sendPage(reply, answerErrorPage({ token, csrf: reply.generateCsrf(), challengeId, error: problem, value: text, agencyName: found.target.agencyName }), 400);
        const outcome = UUID.test(challengeId)
          ? await db.transaction((tx) =>
              stepOnChallenge(
                tx,
                found.target,
                challengeId,
                (version) => ({ kind: 'challenge-answered', actor: { kind: 'agency', name: found.target.agencyName }, data: { challengeId, text, version } }),
                now(),
              ),
            )
          : 'missing';
        if (outcome !== 'done')
          return sendPage(reply, answerRefusedPage({ token, agencyName: found.target.agencyName, missing: outcome === 'missing' }), outcome === 'missing' ? 404 : 409);
        return reply.redirect(`/a/${token}#challenge-${challengeId}`, 303);
      },
    );
  };
