import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { csvRow } from '@s11kit/schema';
import { sendWithinCampaign } from '../../mail/mailer.js';
import { audit } from '../../store/audit-log.js';
import { appendEvent, lockReturn } from '../../store/events.js';
import { issueLink } from '../../store/links.js';
import { campaignProgress, type AgencyProgress } from '../../store/progress.js';
import { contactEmails, daysToDeadline, REMINDER_GROUPS, remindable, type ReminderGroup } from '../../store/reminders.js';
import { remindersPage, remindersSentPage, deadlineText } from '../../pages/reminder-pages.js';
import type { Context } from '../context.js';
import { staffCampaign, type StaffCampaign } from '../staff-campaign.js';
import { sendPage } from '../send-page.js';
import { staffView } from '../staff-session.js';

type CampaignParams = { Params: { campaignId: string } };
type Form = Record<string, string | undefined>;

const BOM = '\uFEFF';
const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
const fileStem = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'campaign';

const groupsOf = (body: Form): ReminderGroup[] => REMINDER_GROUPS.filter((group) => body[group] === 'yes');

function reminderText(input: { agency: string; campaign: string; state: AgencyProgress['state']; deadline: string; link: string }): string {
  return [
    `Dear colleague at ${input.agency},`,
    '',
    `${input.campaign}: ${input.deadline}. ${input.state === 'draft' ? 'Your return is started but has not been sent yet.' : 'We have not yet received your return.'}`,
    '',
    'Carry on, or start, with this link (it replaces any link we sent before, which no longer works; anything you have saved is kept):',
    '',
    input.link,
    '',
    'The link is for your organisation: please do not share it outside it.',
  ].join('\n');
}

/** Campaign reminders: who has not started, who has a draft, who has submitted; a mail-merge file, or email through the relay. */
export const reminderRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;

    const render = async (found: StaffCampaign, reply: FastifyReply, status = 200, error?: string) => {
      const [agencies, contacts] = await Promise.all([campaignProgress(db, found.campaign.id, found.partnership.id), contactEmails(db, found.campaign.id)]);
      return sendPage(
        reply,
        remindersPage({
          staff: staffView(found, reply),
          campaign: found.campaign,
          days: daysToDeadline(found.campaign.deadline_at, now()),
          agencies,
          contacts,
          canSend: context.mailer !== undefined,
          ...(error ? { error } : {}),
        }),
        status,
      );
    };

    app.get<CampaignParams>('/staff/campaigns/:campaignId/reminders', { schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { page: true });
      if (!found) return reply;
      return render(found, reply);
    });

    app.post<CampaignParams & { Body: Form }>('/staff/campaigns/:campaignId/reminders.csv', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { role: 'administrator' });
      if (!found) return reply;
      const groups = groupsOf(request.body ?? {});
      if (!groups.length) return render(found, reply, 400, 'Select who to remind: agencies that have not started, or have a draft, or both');
      const at = now();
      const [agencies, contacts] = await Promise.all([campaignProgress(db, found.campaign.id, found.partnership.id), contactEmails(db, found.campaign.id)]);
      const chosen = remindable(agencies, groups);
      const lines = [BOM + csvRow(['agency', 'contact_email', 'status', 'deadline', 'days_to_deadline', 'link', 'note'])];
      // New links for everyone listed, in one transaction: the file and the links that work are the same set, or neither changes.
      await db.transaction(async (tx) => {
        for (const agency of chosen) {
          const target = { campaignId: found.campaign.id, agencyId: agency.agencyId };
          await lockReturn(tx, target);
          const token = await issueLink(tx, target, at);
          const to = contacts.get(agency.agencyId) ?? null;
          await appendEvent(
            tx,
            target,
            {
              kind: 'reminder-sent',
              actor: { kind: 'staff', staffId: found.staff.id, name: found.staff.name },
              data: { channel: 'mail-merge', to, state: agency.state as ReminderGroup },
            },
            at,
          );
          lines.push(
            csvRow([
              agency.name,
              to ?? '',
              agency.state === 'draft' ? 'draft started' : 'not started',
              found.campaign.deadline_at.toISOString().slice(0, 10),
              daysToDeadline(found.campaign.deadline_at, at),
              `${origin(request)}/a/${token}`,
              'A new link: the link sent before no longer works. Drafts are kept.',
            ]),
          );
        }
        await audit(tx, found.actor, { action: 'reminders.mail-merge', campaignId: found.campaign.id, detail: { agencies: chosen.length, groups } }, at);
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileStem(found.campaign.title)}-reminders.csv"`)
        .header('cache-control', 'no-store')
        .send(lines.join(''));
    });

    app.post<CampaignParams & { Body: Form }>('/staff/campaigns/:campaignId/reminders/send', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const found = await staffCampaign(context, request, reply, { role: 'administrator' });
      if (!found) return reply;
      const mailer = context.mailer;
      if (!mailer) return reply.status(409).send({ message: 'No mail relay is set up for this collector: download the mail-merge file instead' });
      const groups = groupsOf(request.body ?? {});
      if (!groups.length) return render(found, reply, 400, 'Select who to remind: agencies that have not started, or have a draft, or both');
      const [agencies, contacts] = await Promise.all([campaignProgress(db, found.campaign.id, found.partnership.id), contactEmails(db, found.campaign.id)]);
      const chosen = remindable(agencies, groups);
      const sent: { name: string; to: string }[] = [];
      const failed: { name: string; to: string }[] = [];
      const noAddress: string[] = [];
      for (const agency of chosen) {
        const to = contacts.get(agency.agencyId);
        if (!to) {
          noAddress.push(agency.name);
          continue;
        }
        const at = now();
        const target = { campaignId: found.campaign.id, agencyId: agency.agencyId };
        try {
          // The new link counts only once the relay has taken the message: if it refuses, the
          // transaction rolls back and the agency's current link still works.
          await db.transaction(async (tx) => {
            await lockReturn(tx, target);
            const token = await issueLink(tx, target, at);
            await sendWithinCampaign(tx, mailer, found.campaign.id, {
              to,
              subject: `Reminder: ${found.campaign.title}`,
              text: reminderText({
                agency: agency.name,
                campaign: found.campaign.title,
                state: agency.state,
                deadline: deadlineText(daysToDeadline(found.campaign.deadline_at, at), found.campaign.deadline_at),
                link: `${origin(request)}/a/${token}`,
              }),
            });
            await appendEvent(
              tx,
              target,
              {
                kind: 'reminder-sent',
                actor: { kind: 'staff', staffId: found.staff.id, name: found.staff.name },
                data: { channel: 'email', to, state: agency.state as ReminderGroup },
              },
              at,
            );
          });
          sent.push({ name: agency.name, to });
        } catch (error) {
          request.log.warn({ err: { type: (error as Error).name } }, 'reminder not sent');
          failed.push({ name: agency.name, to });
        }
      }
      await audit(
        db,
        found.actor,
        { action: 'reminders.email', campaignId: found.campaign.id, detail: { sent: sent.length, failed: failed.length, noAddress: noAddress.length, groups } },
        now(),
      );
      return sendPage(reply, remindersSentPage({ staff: staffView(found, reply), campaign: found.campaign, sent, noAddress, failed }));
    });
  };
