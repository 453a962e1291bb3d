import { isCalendarDate, type Framework } from '@s11kit/schema';
import type { Database, Queryable } from '../db/database.js';
import { addToCampaign, agencyById, agencyByIdentifier, createAgency, setContactEmail } from '../store/agencies.js';
import { contactEmail } from './cycle.js';
import { audit, type Actor } from '../store/audit-log.js';
import { campaignById, createCampaign } from '../store/campaigns.js';
import { issueLink, revokeLinks } from '../store/links.js';
import { createPartnership, partnershipBySlug } from '../store/partnerships.js';
import type { AgencyIdentifier, AgencyRow, CampaignRow, PartnershipRow, Role } from '../store/rows.js';
import { createStaff, issuePasswordLink, staffByEmail } from '../store/staff.js';
import { AdminError } from './admin-error.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The administrator's own clock and name, for the audit log. */
export interface AdminContext {
  readonly db: Database;
  readonly now: () => Date;
  readonly actor: Actor;
}

async function partnership(db: Queryable, slug: string): Promise<PartnershipRow> {
  const found = await partnershipBySlug(db, slug);
  if (!found) throw new AdminError(`there is no partnership "${slug}": create it with s11 admin partnership create --slug ${slug} --name "..."`);
  return found;
}

export async function addPartnership(admin: AdminContext, input: { slug: string; name: string }): Promise<PartnershipRow> {
  if (!SLUG.test(input.slug)) throw new AdminError(`--slug "${input.slug}": use lower-case letters, digits and single hyphens, such as portsmouth`);
  if (!input.name.trim()) throw new AdminError('--name: enter the partnership’s name');
  if (await partnershipBySlug(admin.db, input.slug)) throw new AdminError(`a partnership "${input.slug}" already exists`);
  return admin.db.transaction(async (tx) => {
    const row = await createPartnership(tx, { slug: input.slug, name: input.name.trim() }, admin.now());
    await audit(tx, admin.actor, { action: 'partnership.create', detail: { slug: row.slug } }, admin.now());
    return row;
  });
}

export interface CampaignInput {
  readonly partnership: string;
  readonly title?: string;
  readonly framework: Framework;
  readonly builtIn: boolean;
  readonly cycleStart: number;
  readonly cycleYear: number;
  /** `YYYY-MM-DD`: returns count as on time until the end of that day in London. */
  readonly deadline: string;
  readonly shareWith?: readonly string[];
  /** Years a closed campaign's data is kept before `s11 admin purge` deletes it. Default 6. */
  readonly retentionYears?: number;
}

/** The end of a London calendar day, as an instant. */
export function endOfLondonDay(date: string): Date {
  // Midnight after the date, in London: try both offsets London can have and keep the one that is midnight there.
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  for (const offset of [0, 1]) {
    const candidate = new Date(next.getTime() - offset * 3_600_000);
    const hour = Number(candidate.toLocaleString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hour12: false }));
    if (hour === 0 || hour === 24) return new Date(candidate.getTime() - 1);
  }
  return new Date(next.getTime() - 1);
}

export async function addCampaign(admin: AdminContext, input: CampaignInput): Promise<CampaignRow> {
  if (!isCalendarDate(input.deadline)) throw new AdminError(`--deadline "${input.deadline}": use a date that exists, such as 2026-06-30`);
  if (!Number.isInteger(input.cycleStart) || input.cycleStart < 2000 || input.cycleStart > 2100)
    throw new AdminError(`--cycle "${input.cycleStart}": use the first year of the cycle, such as 2026`);
  if (!Number.isInteger(input.cycleYear) || input.cycleYear < 1 || input.cycleYear > 5) throw new AdminError(`--year "${input.cycleYear}": use the year within the cycle, 1 to 5`);
  if (input.retentionYears !== undefined && (!Number.isInteger(input.retentionYears) || input.retentionYears < 1 || input.retentionYears > 100))
    throw new AdminError(`--retention-years "${input.retentionYears}": use a whole number of years from 1 to 100 (the default is 6)`);
  const owner = await partnership(admin.db, input.partnership);
  const shared: string[] = [];
  for (const slug of input.shareWith ?? []) shared.push((await partnership(admin.db, slug)).id);
  return admin.db.transaction(async (tx) => {
    const row = await createCampaign(
      tx,
      {
        partnershipId: owner.id,
        title: input.title?.trim() || `${input.framework.title} ${input.cycleStart}`,
        framework: input.framework,
        builtIn: input.builtIn,
        cycleStart: input.cycleStart,
        cycleYear: input.cycleYear,
        deadlineAt: endOfLondonDay(input.deadline),
        sharedWith: shared,
      },
      admin.now(),
    );
    if (input.retentionYears !== undefined) await tx.query('update campaigns set retention_years = $2 where id = $1', [row.id, input.retentionYears]);
    await audit(tx, admin.actor, { action: 'campaign.create', campaignId: row.id, detail: { framework: `${row.framework_id} ${row.framework_version}` } }, admin.now());
    return row;
  });
}

export interface AgencyInput {
  readonly partnership: string;
  readonly name: string;
  readonly sector: string;
  readonly identifier?: AgencyIdentifier;
  readonly reportsTo?: readonly string[];
  /** Expect a return from it in this campaign. */
  readonly campaign?: string;
  /** Where its reminders go; for an agency already known, replaces the address it had. */
  readonly contactEmail?: string;
}

/**
 * Add an agency, or find it again by its identifier (an agency with an ODS code is one agency
 * however many partnerships add it), and expect a return from it in a campaign.
 */
export async function addAgency(admin: AdminContext, input: AgencyInput): Promise<{ agency: AgencyRow; created: boolean }> {
  const name = input.name.trim();
  if (!name) throw new AdminError('--name: enter the agency’s name');
  if (name.length > 500) throw new AdminError('--name: use 500 characters or fewer');
  const owner = await partnership(admin.db, input.partnership);
  const reportsTo = [owner.id];
  for (const slug of input.reportsTo ?? []) reportsTo.push((await partnership(admin.db, slug)).id);
  const campaign = input.campaign === undefined ? undefined : await campaignById(admin.db, input.campaign);
  if (input.campaign !== undefined && !campaign) throw new AdminError(`there is no campaign "${input.campaign}": s11 admin campaign list shows their ids`);
  if (campaign) {
    const framework = campaign.framework as Framework;
    if (!framework.sectors.some((sector) => sector.id === input.sector))
      throw new AdminError(`--sector "${input.sector}": ${framework.title} has the sectors ${framework.sectors.map((s) => s.id).join(', ')}`);
  } else if (!SLUG.test(input.sector)) throw new AdminError(`--sector "${input.sector}": use a sector id such as statutory`);
  const email = input.contactEmail === undefined || input.contactEmail.trim() === '' ? undefined : contactEmail(input.contactEmail);
  return admin.db.transaction(async (tx) => {
    const existing = input.identifier ? await agencyByIdentifier(tx, owner.id, input.identifier) : undefined;
    const agency =
      existing ??
      (await createAgency(
        tx,
        {
          partnershipId: owner.id,
          name,
          sector: input.sector,
          ...(input.identifier ? { identifier: input.identifier } : {}),
          reportsTo,
          ...(email ? { contactEmail: email } : {}),
        },
        admin.now(),
      ));
    if (existing && email) await setContactEmail(tx, existing.id, email);
    if (existing)
      for (const id of reportsTo) await tx.query('insert into agency_partnerships (agency_id, partnership_id) values ($1, $2) on conflict do nothing', [existing.id, id]);
    if (campaign) await addToCampaign(tx, campaign.id, agency.id, admin.now());
    await audit(tx, admin.actor, { action: existing ? 'agency.update' : 'agency.create', agencyId: agency.id, ...(campaign ? { campaignId: campaign.id } : {}) }, admin.now());
    return { agency, created: !existing };
  });
}

async function campaignAgency(db: Queryable, campaignId: string, agencyId: string) {
  const campaign = await campaignById(db, campaignId);
  if (!campaign) throw new AdminError(`there is no campaign "${campaignId}": s11 admin campaign list shows their ids`);
  const agency = await agencyById(db, agencyId);
  if (!agency) throw new AdminError(`there is no agency "${agencyId}": s11 admin agency list --campaign ${campaignId} shows their ids`);
  const { rows } = await db.query('select 1 from campaign_agencies where campaign_id = $1 and agency_id = $2', [campaignId, agencyId]);
  if (!rows.length) throw new AdminError(`${agency.name} is not expected in ${campaign.title}: add it with s11 admin agency add --campaign ${campaignId} ...`);
  return { campaign, agency };
}

/** A new link for an agency in a campaign (earlier ones stop working): the token, shown once. */
export async function agencyLink(admin: AdminContext, campaignId: string, agencyId: string): Promise<{ token: string; replaced: number }> {
  await campaignAgency(admin.db, campaignId, agencyId);
  return admin.db.transaction(async (tx) => {
    const target = { campaignId, agencyId };
    const replaced = await revokeLinks(tx, target, admin.now());
    const token = await issueLink(tx, target, admin.now());
    await audit(tx, admin.actor, { action: 'link.issue', campaignId, agencyId, detail: { replaced } }, admin.now());
    return { token, replaced };
  });
}

export async function revokeAgencyLink(admin: AdminContext, campaignId: string, agencyId: string): Promise<number> {
  await campaignAgency(admin.db, campaignId, agencyId);
  return admin.db.transaction(async (tx) => {
    const revoked = await revokeLinks(tx, { campaignId, agencyId }, admin.now());
    await audit(tx, admin.actor, { action: 'link.revoke', campaignId, agencyId, detail: { revoked } }, admin.now());
    return revoked;
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Add a member of staff; the token is for their one-time set-password link. */
export async function addStaff(admin: AdminContext, input: { partnership: string; email: string; name: string; role: Role }): Promise<{ token: string }> {
  if (!EMAIL.test(input.email.trim())) throw new AdminError(`--email "${input.email}": enter an email address such as name@example.org`);
  if (!input.name.trim()) throw new AdminError('--name: enter the person’s name');
  if (input.role !== 'analyst' && input.role !== 'administrator') throw new AdminError(`--role "${String(input.role)}": use analyst or administrator`);
  const owner = await partnership(admin.db, input.partnership);
  if (await staffByEmail(admin.db, input.email))
    throw new AdminError(`${input.email} already has an account: s11 admin staff reset --email ${input.email} makes a new set-password link`);
  return admin.db.transaction(async (tx) => {
    const staff = await createStaff(tx, { partnershipId: owner.id, email: input.email, name: input.name.trim(), role: input.role }, admin.now());
    const token = await issuePasswordLink(tx, staff.id, admin.now());
    await audit(tx, admin.actor, { action: 'staff.create', detail: { staffId: staff.id, role: staff.role } }, admin.now());
    return { token };
  });
}

/** A new set-password link for an existing account (a forgotten password). */
export async function resetStaffPassword(admin: AdminContext, email: string): Promise<{ token: string }> {
  const staff = await staffByEmail(admin.db, email);
  if (!staff) throw new AdminError(`there is no account for ${email}`);
  return admin.db.transaction(async (tx) => {
    const token = await issuePasswordLink(tx, staff.id, admin.now());
    await audit(tx, admin.actor, { action: 'staff.reset', detail: { staffId: staff.id } }, admin.now());
    return { token };
  });
}
