import { EMAIL, normaliseAddress } from '../mail/mailer.js';
import { agencyById, setContactEmail } from '../store/agencies.js';
import { audit } from '../store/audit-log.js';
import { campaignById } from '../store/campaigns.js';
import { markClosed, purge, purgePlan, PurgeChangedError, type PurgePlan } from '../store/retention.js';
import { AdminError } from './admin-error.js';
import type { AdminContext } from './admin.js';

/** An agency's contact address, checked: one mailbox, lower case. */
export function contactEmail(text: string, where = '--email'): string {
  const email = normaliseAddress(text);
  if (email.length > 254 || !EMAIL.test(email)) throw new AdminError(`${where} "${text}": enter one email address, such as safeguarding@agency.example`);
  return email;
}

/** Set or change where an agency's reminders go (`null` removes the address). */
export async function setAgencyContact(admin: AdminContext, agencyId: string, email: string | null): Promise<void> {
  const agency = await agencyById(admin.db, agencyId);
  if (!agency) throw new AdminError(`there is no agency "${agencyId}": s11 admin agency list --campaign <id> shows their ids`);
  const checked = email === null ? null : contactEmail(email);
  await admin.db.transaction(async (tx) => {
    await setContactEmail(tx, agency.id, checked);
    await audit(tx, admin.actor, { action: 'agency.contact', agencyId: agency.id, detail: { set: checked !== null } }, admin.now());
  });
}

/** Close a campaign: every link stops working, and its data is kept for its retention years, then purged. */
export async function closeCampaign(admin: AdminContext, campaignId: string): Promise<{ purgeAfter: Date }> {
  const campaign = await campaignById(admin.db, campaignId);
  if (!campaign) throw new AdminError(`there is no campaign "${campaignId}": s11 admin campaign list shows their ids`);
  const at = admin.now();
  const closed = await admin.db.transaction(async (tx) => {
    const done = await markClosed(tx, campaign.id, at);
    if (done) await audit(tx, admin.actor, { action: 'campaign.close', campaignId: campaign.id }, at);
    return done;
  });
  if (!closed) throw new AdminError(`${campaign.title} is closed already`);
  const { rows } = await admin.db.query<{ due: Date }>('select closed_at + make_interval(years => retention_years) as due from campaigns where id = $1', [campaign.id]);
  return { purgeAfter: rows[0]!.due };
}

/** What a purge now would delete, without deleting anything. */
export async function purgeDryRun(admin: AdminContext): Promise<PurgePlan> {
  return purgePlan(admin.db, admin.now());
}

/**
 * Delete every campaign closed longer ago than its retention, with all its returns, drafts,
 * history and log lines, provided that is exactly what the dry run `planId` listed.
 */
export async function purgeCampaigns(admin: AdminContext, planId: string): Promise<PurgePlan> {
  try {
    return await purge(admin.db, admin.now(), planId, async (tx, plan) => {
      // The purge's own line names no campaign, so that it is kept.
      await audit(tx, admin.actor, { action: 'retention.purge', detail: { plan: plan.id, campaigns: plan.campaigns.map((c) => ({ id: c.id, rows: c.rows })) } }, admin.now());
    });
  } catch (error) {
    if (error instanceof PurgeChangedError) throw new AdminError(`nothing was deleted: ${error.message}. Run s11 admin purge --dry-run again and check what it lists`);
    throw error;
  }
}
