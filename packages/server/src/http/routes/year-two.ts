import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isCalendarDate, type AuditReturn } from '@s11kit/schema';
import { AdminError } from '../../admin/admin-error.js';
import { openYearTwo } from '../../admin/year-two.js';
import { applyYearTwoUpdate, readUpdateBody, type UpdateOutcome } from '../../cycle/apply-update.js';
import { signFromForm, type StatementFields } from '../../cycle/statement-form.js';
import { digestReturn } from '../../digest/digest.js';
import { campaignAgencyFor } from '../../store/agencies.js';
import { audit } from '../../store/audit-log.js';
import { appendEvent, campaignEvents, eventsOf } from '../../store/events.js';
import { latestVersion } from '../../store/versions.js';
import { newReference } from '../../security/reference.js';
import { nextCampaignId, previousCampaignId, saveYearTwo, setChoice, yearTwoOf, yearTwoOfCampaign, type YearTwoChoice } from '../../store/year-two.js';
import { choicePage, statementPage } from '../../pages/year-two-pages.js';
import { openYearTwoPage, yearTwoAgencyPage, yearTwoLinksPage, yearTwoOverviewPage } from '../../pages/year-two-staff-pages.js';
import { digestAgencyOf, linkNotFound, linkRateLimit, linkResolver, MESSAGE, TOKEN_PARAMS, type TokenParams } from '../linked-agency.js';
import { baseReturn, canChoose, frameOf } from '../agency-view.js';
import { idempotencyKey } from '../receive-return.js';
import type { Context } from '../context.js';
import { looksLikeId, staffCampaign } from '../staff-campaign.js';
import { sendPage } from '../send-page.js';
import { staffView } from '../staff-session.js';

type CampaignParams = { Params: { campaignId: string } };
type AgencyParams = { Params: { campaignId: string; agencyId: string } };
type Form = Record<string, string | undefined>;

const CHOICES: readonly YearTwoChoice[] = ['tracking', 'statement', 're-audit'];

/** The answer to an update, as protocol.md has it: the return with the update applied (`{ value }`). */
function answer(reply: FastifyReply, outcome: UpdateOutcome) {
  switch (outcome.kind) {
    case 'stored':
      return reply.status(201).send({ value: outcome.value });
    case 'replay':
      return reply.status(200).send({ value: outcome.value });
    case 'key-reused':
      return reply.status(409).send({ message: 'This Idempotency-Key was already used for a different update: make a new key for a new update' });
    case 'issues':
      return reply.status(422).send({ issues: outcome.issues });
    default:
      return reply.status(404).send({ message: 'There is no year-1 action plan to update here' });
  }
}

/**
 * Year 2 of a cycle: staff (or `s11 admin year-two`) open it; each agency's link then carries on
 * its year-1 action plan in `<s11-action-tracker update-url>`, or (City and Hackney) lets it sign
 * a statement of compliance or choose a full re-audit instead. Every step is a history entry.
 */
export const yearTwoRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;
    const linked = linkResolver(context);
    const rateLimit = linkRateLimit(context);

    /** A year-2 link with a year-1 return to carry on, or undefined after answering 404. */
    async function linkedPlan(request: FastifyRequest<TokenParams>, reply: FastifyReply) {
      const found = await linked(request);
      const plan = found ? await yearTwoOf(db, found.target) : undefined;
      if (!found || !plan) {
        linkNotFound(reply);
        return undefined;
      }
      return { found, plan };
    }

    // ---- the agency, through its link ----------------------------------------------------------

    app.get<TokenParams>(
      '/a/:token/year-two/plan.json',
      { config: { rateLimit }, schema: { summary: 'The year-1 return as carried on in year 2, for <s11-action-tracker>', params: TOKEN_PARAMS, response: { 404: MESSAGE } } },
      async (request, reply) => {
        const linkedTo = await linkedPlan(request, reply);
        if (!linkedTo) return reply;
        reply.header('cache-control', 'no-store');
        return { framework: context.framework(linkedTo.found.campaign), value: linkedTo.plan.value };
      },
    );

    app.post<TokenParams & { Body: unknown }>(
      '/a/:token/year-two/updates',
      {
        config: { rateLimit },
        schema: {
          summary: 'Save one year-2 update of an action (protocol.md): 201 { value } stored, 200 a replay of its key, 409 key reused, 422 issues',
          params: TOKEN_PARAMS,
          headers: { type: 'object', properties: { 'idempotency-key': { type: 'string' } } },
          response: { 400: MESSAGE, 404: MESSAGE, 409: MESSAGE },
        },
      },
      async (request, reply) => {
        const key = idempotencyKey(request, reply);
        if (!key) return reply;
        const found = await linked(request);
        if (!found) return linkNotFound(reply);
        const body = readUpdateBody(request.body);
        if (typeof body === 'string') return reply.status(400).send({ message: body });
        const outcome = await applyYearTwoUpdate(db, {
          framework: context.framework(found.campaign),
          target: found.target,
          agency: digestAgencyOf(found.target),
          key,
          body,
          actor: { kind: 'agency', name: found.target.agencyName },
          now: now(),
        });
        return answer(reply, outcome);
      },
    );

    app.get<TokenParams>('/a/:token/year-two/choice', { config: { rateLimit }, schema: { hide: true } }, async (request, reply) => {
      const linkedTo = await linkedPlan(request, reply);
      if (!linkedTo) return reply;
      const { found, plan } = linkedTo;
      if (!(await canChoose(context, found, plan))) return reply.redirect(`/a/${request.params.token}`, 303);
      return sendPage(
        reply,
        choicePage(frameOf(request.params.token, found), {
          csrf: reply.generateCsrf(),
          framework: context.framework(found.campaign),
          cycleStart: found.campaign.cycle_start,
          checked: plan.choice,
        }),
      );
    });

    app.post<TokenParams & { Body: Form }>(
      '/a/:token/year-two/choice',
      { config: { rateLimit }, preHandler: app.csrfProtection, schema: { hide: true } },
      async (request, reply) => {
        const linkedTo = await linkedPlan(request, reply);
        if (!linkedTo) return reply;
        const { found, plan } = linkedTo;
        const framework = context.framework(found.campaign);
        const token = request.params.token;
        if (!(await canChoose(context, found, plan))) return reply.redirect(`/a/${token}`, 303);
        const choice = request.body?.choice as YearTwoChoice | undefined;
        if (!choice || !CHOICES.includes(choice))
          return sendPage(
            reply,
            choicePage(frameOf(token, found), {
              csrf: reply.generateCsrf(),
              framework,
              cycleStart: found.campaign.cycle_start,
              checked: null,
              error: 'Choose what your organisation will do for year 2',
            }),
            400,
          );
        if (choice !== plan.choice)
          await db.transaction(async (tx) => {
            await setChoice(tx, found.target, choice, now());
            await appendEvent(tx, found.target, { kind: 'year-two-chosen', actor: { kind: 'agency', name: found.target.agencyName }, data: { choice, was: plan.choice } }, now());
          });
        return reply.redirect(`/a/${token}`, 303);
      },
    );

    app.post<TokenParams & { Body: StatementFields }>(
      '/a/:token/year-two/statement',
      { config: { rateLimit }, preHandler: app.csrfProtection, schema: { hide: true } },
      async (request, reply) => {
        const linkedTo = await linkedPlan(request, reply);
        if (!linkedTo) return reply;
        const { found, plan } = linkedTo;
        const token = request.params.token;
        const framework = context.framework(found.campaign);
        // Signed already (a second press of the button): the signed statement is what it shows.
        if (plan.statement_reference || plan.choice !== 'statement' || framework.cycle.yearTwo !== 'statement-of-compliance') return reply.redirect(`/a/${token}`, 303);
        const yearOne = await baseReturn(context, plan);
        const at = now();
        const fields = request.body ?? {};
        const outcome = signFromForm(framework, yearOne, plan.value as AuditReturn, fields, at);
        if (!outcome.ok) {
          const { rows } = await db.query<{ reference: string }>('select reference from return_versions where id = $1', [plan.base_version_id]);
          return sendPage(
            reply,
            statementPage(frameOf(token, found), {
              csrf: reply.generateCsrf(),
              framework,
              cycleStart: found.campaign.cycle_start,
              yearOneReference: rows[0]?.reference ?? '',
              current: plan.value as AuditReturn,
              fields,
              errors: outcome.errors,
            }),
            400,
          );
        }
        await db.transaction(async (tx) => {
          // Two presses at once: the first signs, the second finds it signed and shows that.
          const locked = await yearTwoOf(tx, found.target, { lock: true });
          if (!locked || locked.statement_reference) return;
          const reference = newReference();
          await saveYearTwo(
            tx,
            found.target,
            { value: outcome.signed, digest: digestReturn(framework, outcome.signed, digestAgencyOf(found.target)), statementReference: reference },
            at,
          );
          await appendEvent(
            tx,
            found.target,
            { kind: 'statement-signed', actor: { kind: 'agency', name: found.target.agencyName }, data: { reference, statement: outcome.entry } },
            at,
          );
        });
        return reply.redirect(`/a/${token}`, 303);
      },
    );

    // ---- staff ----------------------------------------------------------------------------------

    /** Open year 2 of a campaign: a form for its deadline, then every agency's new link, shown once. */
    app.post<CampaignParams & { Body: Form }>('/staff/campaigns/:campaignId/year-two', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { role: 'administrator' });
      if (!found) return reply;
      const { day = '', month = '', year = '' } = { day: request.body?.['deadline-day'], month: request.body?.['deadline-month'], year: request.body?.['deadline-year'] };
      const deadline = `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
      const again = (error: string) => sendPage(reply, openYearTwoPage(staffView(found, reply), found.campaign, { day, month, year }, error), 400);
      if (!isCalendarDate(deadline)) return again('Enter the deadline of year 2 as a real date, such as 30 6 2027');
      try {
        const opened = await openYearTwo(
          { db, now, actor: found.actor },
          { campaign: found.campaign.id, deadline },
          { kind: 'staff', staffId: found.staff.id, name: found.staff.name },
        );
        return sendPage(reply, yearTwoLinksPage(staffView(found, reply), opened.campaign, opened.links, `${request.protocol}://${request.host}`));
      } catch (error) {
        if (error instanceof AdminError) return again(error.message.replace(/^--deadline "[^"]*": /, ''));
        throw error;
      }
    });

    app.get<CampaignParams>('/staff/campaigns/:campaignId/year-two', { schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { page: true });
      if (!found) return reply;
      const yearOneId = await previousCampaignId(db, found.campaign.id);
      if (yearOneId === undefined) {
        // A year-1 campaign: the form to open its year 2, or the way to it.
        const next = await nextCampaignId(db, found.campaign.id);
        if (next) return reply.redirect(`/staff/campaigns/${next}/year-two`, 303);
        if (found.staff.role !== 'administrator') return reply.status(404).send({ message: 'Year 2 of this campaign has not been opened' });
        return sendPage(reply, openYearTwoPage(staffView(found, reply), found.campaign, { day: '', month: '', year: '' }));
      }
      const rows = await yearTwoOfCampaign(db, found.campaign.id);
      const entries = await campaignEvents(db, found.campaign.id, found.partnership.id, ['year-two-chosen', 'action-updated', 'statement-signed']);
      const { rows: agencies } = await db.query<{ id: string; name: string; reference: string | null }>(
        `select a.id, a.name, (select reference from return_versions v where v.campaign_id = ca.campaign_id and v.agency_id = a.id order by number desc limit 1) as reference
         from campaign_agencies ca join agencies a on a.id = ca.agency_id
         join agency_partnerships ap on ap.agency_id = a.id and ap.partnership_id = $2
         where ca.campaign_id = $1 order by a.name, a.id`,
        [found.campaign.id, found.partnership.id],
      );
      return sendPage(reply, yearTwoOverviewPage(staffView(found, reply), found.campaign, context.framework(found.campaign), agencies, rows, entries));
    });

    /** An agency of a year-2 campaign that the member of staff's partnership may see. */
    async function staffPlan(request: FastifyRequest<AgencyParams>, reply: FastifyReply, options: { page?: boolean } = {}) {
      const found = await staffCampaign(context, request, reply, options);
      if (!found) return undefined;
      const { agencyId } = request.params;
      const agency = looksLikeId(agencyId) ? await campaignAgencyFor(db, found.campaign.id, agencyId, found.partnership.id) : undefined;
      const plan = agency ? await yearTwoOf(db, { campaignId: found.campaign.id, agencyId: agency.id }) : undefined;
      if (!agency || !plan) {
        reply.status(404).send({ message: 'There is no year-2 action plan of this agency for your partnership' });
        return undefined;
      }
      return { ...found, agency, plan, target: { campaignId: found.campaign.id, agencyId: agency.id } };
    }

    app.get<AgencyParams>('/staff/campaigns/:campaignId/agencies/:agencyId/year-two', { schema: { hide: true } }, async (request, reply) => {
      const found = await staffPlan(request, reply, { page: true });
      if (!found) return reply;
      const framework = context.framework(found.campaign);
      const csrf = reply.generateCsrf();
      const re = await latestVersion(db, found.target);
      await audit(db, found.actor, { action: 'year-two.read', campaignId: found.campaign.id, agencyId: found.agency.id }, now());
      return sendPage(
        reply,
        yearTwoAgencyPage(
          { ...staffView(found, reply), csrf },
          found.campaign,
          framework,
          found.agency,
          found.plan,
          await eventsOf(db, found.target),
          re ? { reference: re.reference, receivedAt: re.received_at } : undefined,
        ),
      );
    });

    app.get<AgencyParams>(
      '/staff/campaigns/:campaignId/agencies/:agencyId/year-two/plan.json',
      { schema: { summary: "An agency's year-2 return, for <s11-action-tracker>", tags: ['staff'] } },
      async (request, reply) => {
        const found = await staffPlan(request, reply);
        if (!found) return reply;
        await audit(
          db,
          found.actor,
          { action: 'year-two.read', campaignId: found.campaign.id, agencyId: found.agency.id, detail: { yearTwoRevision: found.plan.revision } },
          now(),
        );
        reply.header('cache-control', 'no-store');
        return { framework: context.framework(found.campaign), value: found.plan.value };
      },
    );

    // The tracker posts JSON and sends no form field, so the CSRF token rides in the update-url's query.
    app.post<AgencyParams & { Body: unknown; Querystring: { _csrf?: string } }>(
      '/staff/campaigns/:campaignId/agencies/:agencyId/year-two/updates',
      { preHandler: app.csrfProtection, schema: { summary: "Record a year-2 update for an agency, in the member of staff's name", tags: ['staff'] } },
      async (request, reply) => {
        const key = idempotencyKey(request, reply);
        if (!key) return reply;
        const found = await staffPlan(request, reply);
        if (!found) return reply;
        const body = readUpdateBody(request.body);
        if (typeof body === 'string') return reply.status(400).send({ message: body });
        const { rows } = await db.query<{ slug: string }>(
          'select p.slug from agency_partnerships ap join partnerships p on p.id = ap.partnership_id where ap.agency_id = $1 order by p.slug',
          [found.agency.id],
        );
        const identifier =
          found.agency.identifier_scheme && found.agency.identifier_value ? { scheme: found.agency.identifier_scheme, value: found.agency.identifier_value } : undefined;
        const outcome = await applyYearTwoUpdate(db, {
          framework: context.framework(found.campaign),
          target: found.target,
          agency: { key: found.agency.id, name: found.agency.name, partnerships: rows.map((row) => row.slug), identifier },
          key,
          body,
          actor: { kind: 'staff', staffId: found.staff.id, name: found.staff.name },
          now: now(),
        });
        return answer(reply, outcome);
      },
    );
  };
