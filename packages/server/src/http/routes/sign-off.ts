import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { signOffRoles, validateReturn, type Framework } from '@s11kit/schema';
import { EMAIL, normaliseAddress, sendWithinCampaign } from '../../mail/mailer.js';
import { campaignById } from '../../store/campaigns.js';
import { getDraft } from '../../store/drafts.js';
import { appendEvent, eventsOf, lockReturn } from '../../store/events.js';
import { agencyById } from '../../store/agencies.js';
import { campaignClosedAt } from '../../store/retention.js';
import { answersHash, insertSignOffRequest, requestByToken, requestValue, signerLinkState, signOffThreads, type SignOffRequestRow } from '../../store/sign-off.js';
import { hashToken, looksLikeToken } from '../../security/tokens.js';
import { signerLinkNotFoundPage, signerPage, signOffFormPage, signOffNotReadyPage, signOffSentPage, type SignerPageInput } from '../../pages/sign-off-pages.js';
import { linkedReturn } from '../agency-link.js';
import type { Context } from '../context.js';
import { sendPage } from '../send-page.js';

type Form = Record<string, string | undefined>;
type TokenParams = { Params: { token: string } };

const MAX_NAME = 200;
const MAX_COMMENT = 5000;

/** Where the collector is reached, for links in emails and on pages. */
const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** "Send for sign-off" on the agency's link, and the signer's own link (`/s/<token>`). */
export const signOffRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;
    const rateLimit = {
      max: context.limits.linkPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (request: FastifyRequest) => `link:${hashToken((request.params as { token?: string }).token ?? '')}`,
    };

    app.post<TokenParams & { Body: Form }>('/a/:token/sign-off', { config: { rateLimit }, preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await linkedReturn(context, request.params.token);
      if (!found) return sendPage(reply, signerLinkNotFoundPage(), 404);
      const { target, campaign } = found;
      const { token } = request.params;
      const framework = context.framework(campaign);
      const roles = signOffRoles(framework, target.sector);
      if (!roles.length) return reply.status(404).send({ message: 'This audit has no sign-off' });
      const body = request.body ?? {};
      const values = { name: (body.name ?? '').trim(), role: body.role ?? '', email: normaliseAddress(body.email ?? '') };
      const errors: Record<string, string> = {};
      if (!values.name) errors.name = 'Enter the name of the person signing off';
      else if (values.name.length > MAX_NAME) errors.name = `Enter a name of ${MAX_NAME} characters or fewer`;
      const role = roles.find((candidate) => candidate.id === values.role);
      if (!role) errors.role = `Select their role: ${roles.map((r) => r.label.toLowerCase()).join(' or ')}`;
      if (!values.email) errors.email = 'Enter their email address';
      else if (values.email.length > 254 || !EMAIL.test(values.email)) errors.email = 'Enter one email address in the correct format, like name@example.org';
      if (Object.keys(errors).length || !role)
        return sendPage(reply, signOffFormPage({ token, csrf: reply.generateCsrf(), roles, values, errors, agencyName: target.agencyName }), 400);

      const draft = await getDraft(db, target);
      const problems = !draft ? ['Save your answers: nothing has been saved on the collector yet.'] : readinessProblems(framework, draft.value, now());
      if (problems.length) return sendPage(reply, signOffNotReadyPage({ token, agencyName: target.agencyName, problems }), 409);

      const signer = { name: values.name, role: role.label, email: values.email };
      const made = await db.transaction(async (tx) => {
        await lockReturn(tx, target);
        // The snapshot is the draft as it is under the lock, not as it was read above.
        const current = await getDraft(tx, target);
        if (!current) return undefined;
        const request = await insertSignOffRequest(tx, target, { revision: current.revision, value: current.value, answersHash: answersHash(framework, current.value) }, now());
        await appendEvent(
          tx,
          target,
          { kind: 'sign-off-requested', actor: { kind: 'agency', name: target.agencyName }, data: { requestId: request.id, signer, revision: current.revision } },
          now(),
        );
        return request;
      });
      if (!made)
        return sendPage(reply, signOffNotReadyPage({ token, agencyName: target.agencyName, problems: ['Save your answers: nothing has been saved on the collector yet.'] }), 409);
      const link = `${origin(request)}/s/${made.token}`;
      let emailed = false;
      let mailProblem = false;
      if (context.mailer) {
        try {
          await sendWithinCampaign(db, context.mailer, campaign.id, {
            to: signer.email,
            subject: `Please sign off the Section 11 return of ${target.agencyName}`,
            text: signOffMail({ signer: signer.name, role: role.label, agency: target.agencyName, campaign: campaign.title, link }),
          });
          emailed = true;
        } catch (error) {
          mailProblem = true;
          request.log.warn({ err: { type: (error as Error).name } }, 'sign-off mail not sent');
        }
      }
      return sendPage(reply, signOffSentPage({ token, agencyName: target.agencyName, signer, link, emailed, mailProblem }));
    });

    /** The request a signer's token names, with everything its page needs; undefined for a link that does not work. */
    async function signerContext(token: string) {
      if (!looksLikeToken(token)) return undefined;
      const request = await requestByToken(db, token);
      if (!request) return undefined;
      const [campaign, agency, closedAt] = await Promise.all([campaignById(db, request.campaign_id), agencyById(db, request.agency_id), campaignClosedAt(db, request.campaign_id)]);
      if (!campaign || !agency || closedAt) return undefined;
      const target = { campaignId: campaign.id, agencyId: agency.id };
      const [events, draft] = await Promise.all([eventsOf(db, target), getDraft(db, target)]);
      const threads = signOffThreads(events);
      const thread = threads.find((candidate) => candidate.requested.requestId === request.id);
      if (!thread) return undefined;
      const framework = context.framework(campaign);
      return { request, campaign, agency, target, framework, thread, state: signerLinkState(threads, request.id, draft?.revision) };
    }

    const pageInput = (token: string, csrf: string, found: NonNullable<Awaited<ReturnType<typeof signerContext>>>): SignerPageInput => ({
      token,
      csrf,
      state: found.state,
      thread: found.thread,
      agencyName: found.agency.name,
      campaignTitle: found.campaign.title,
      builtInFramework: found.campaign.built_in ? found.campaign.framework_id : undefined,
      sector: found.agency.sector,
      roles: signOffRoles(found.framework, found.agency.sector),
    });

    app.get<TokenParams>('/s/:token', { config: { rateLimit }, schema: { hide: true } }, async (request, reply) => {
      const found = await signerContext(request.params.token);
      if (!found) return sendPage(reply, signerLinkNotFoundPage(), 404);
      return sendPage(reply, signerPage(pageInput(request.params.token, reply.generateCsrf(), found)));
    });

    app.get<TokenParams>(
      '/s/:token/draft',
      {
        config: { rateLimit },
        schema: { summary: 'The answers the signer was asked to sign, for <s11-audit readonly>', params: { type: 'object', properties: { token: { type: 'string' } } } },
      },
      async (request, reply) => {
        const found = await signerContext(request.params.token);
        if (!found) return reply.status(404).send({ message: 'This link does not work' });
        reply.header('cache-control', 'no-store');
        return { revision: found.request.revision, savedAt: found.request.created_at.toISOString(), value: await requestValue(db, found.request.id) };
      },
    );

    app.get<TokenParams>('/s/:token/framework.json', { config: { rateLimit }, schema: { hide: true } }, async (request, reply) => {
      const found = await signerContext(request.params.token);
      if (!found) return reply.status(404).send({ message: 'This link does not work' });
      return found.framework;
    });

    /** Sign or send back: judged again under the return's lock, so two tabs (or two people) cannot both answer. */
    async function answer(
      request: FastifyRequest<TokenParams & { Body: Form }>,
      reply: FastifyReply,
      check: (found: NonNullable<Awaited<ReturnType<typeof signerContext>>>, body: Form) => { errors: Record<string, string>; values: SignerPageInput['values'] },
      record: (found: NonNullable<Awaited<ReturnType<typeof signerContext>>>, body: Form) => Parameters<typeof appendEvent>[2],
    ) {
      const { token } = request.params;
      const found = await signerContext(token);
      if (!found) return sendPage(reply, signerLinkNotFoundPage(), 404);
      if (found.state !== 'open') return sendPage(reply, signerPage(pageInput(token, reply.generateCsrf(), found)), 409);
      const body = request.body ?? {};
      const { errors, values } = check(found, body);
      if (Object.keys(errors).length) return sendPage(reply, signerPage({ ...pageInput(token, reply.generateCsrf(), found), errors, ...(values ? { values } : {}) }), 400);
      const done = await db.transaction(async (tx) => {
        await lockReturn(tx, found.target);
        const [events, draft] = await Promise.all([eventsOf(tx, found.target), getDraft(tx, found.target)]);
        if (signerLinkState(signOffThreads(events), found.request.id, draft?.revision) !== 'open') return false;
        await appendEvent(tx, found.target, record(found, body), now());
        return true;
      });
      if (!done) {
        const again = await signerContext(token);
        return again ? sendPage(reply, signerPage(pageInput(token, reply.generateCsrf(), again)), 409) : sendPage(reply, signerLinkNotFoundPage(), 404);
      }
      return reply.redirect(`/s/${token}`, 303);
    }

    app.post<TokenParams & { Body: Form }>('/s/:token/sign', { config: { rateLimit }, preHandler: app.csrfProtection, schema: { hide: true } }, (request, reply) =>
      answer(
        request,
        reply,
        (found, body) => {
          const roles = signOffRoles(found.framework, found.agency.sector);
          const name = (body.name ?? '').trim();
          const errors: Record<string, string> = {};
          if (!name) errors.name = 'Enter your name';
          else if (name.length > MAX_NAME) errors.name = `Enter a name of ${MAX_NAME} characters or fewer`;
          if (!roles.some((role) => role.id === body.role)) errors.role = `Select your role: ${roles.map((r) => r.label.toLowerCase()).join(' or ')}`;
          if (body.confirm !== 'yes') errors.confirm = 'Confirm that you have read the return and sign it off';
          return { errors, values: { name, ...(body.role ? { role: body.role } : {}), confirm: body.confirm === 'yes' } };
        },
        (found, body) => {
          const role = signOffRoles(found.framework, found.agency.sector).find((candidate) => candidate.id === body.role)!;
          return {
            kind: 'signed-off',
            actor: { kind: 'signer', name: (body.name ?? '').trim(), role: role.label },
            data: { requestId: found.request.id, revision: found.request.revision, roleId: role.id },
          };
        },
      ),
    );

    app.post<TokenParams & { Body: Form }>('/s/:token/send-back', { config: { rateLimit }, preHandler: app.csrfProtection, schema: { hide: true } }, (request, reply) =>
      answer(
        request,
        reply,
        (_found, body) => {
          const comment = (body.comment ?? '').trim();
          const errors: Record<string, string> = {};
          if (!comment) errors.comment = 'Enter what needs to change before you can sign it off';
          else if (comment.length > MAX_COMMENT) errors.comment = `Enter ${MAX_COMMENT} characters or fewer`;
          return { errors, values: { comment } };
        },
        (found, body) => ({
          kind: 'sign-off-sent-back',
          actor: { kind: 'signer', name: found.thread.requested.signer.name, role: found.thread.requested.signer.role },
          data: { requestId: found.request.id, revision: found.request.revision, comment: (body.comment ?? '').trim() },
        }),
      ),
    );
  };

/** What stops the saved answers being sent: the same check a submit gets, in words. */
function readinessProblems(framework: Framework, value: unknown, at: Date): string[] {
  const candidate = { ...(value as Record<string, unknown>), status: 'submitted', submittedAt: at.toISOString() };
  const checked = validateReturn(framework, candidate, { mode: 'submit', now: at });
  const errors = checked.issues.filter((issue) => issue.severity === 'error');
  if (!errors.length) return [];
  const shown = errors.slice(0, 5).map((issue) => issue.message);
  return errors.length > shown.length ? [...shown, `and ${errors.length - shown.length} more: check your answers`] : shown;
}

function signOffMail(input: { signer: string; role: string; agency: string; campaign: string; link: string }): string {
  return [
    `Dear ${input.signer},`,
    '',
    `${input.agency} asks you, as ${input.role}, to read its Section 11 return for ${input.campaign} and sign it off, or send it back with a comment:`,
    '',
    input.link,
    '',
    'The link is for you alone: please do not forward it. If the answers change before you sign, the link stops working and you will be sent a new one.',
  ].join('\n');
}

export type { SignOffRequestRow };
