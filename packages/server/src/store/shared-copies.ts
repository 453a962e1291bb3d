import type { StandardNeedingAnswer } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import type { LinkTarget } from './links.js';

export interface SharedCopyRow {
  campaign_id: string;
  agency_id: string;
  source_version_id: string;
  mapping_id: string;
  made_at: Date;
  translated: unknown;
  needs_answer: StandardNeedingAnswer[];
  sector_needs_answer: string | null;
  draft_revision: number;
  draft_saved_at: Date;
  draft: unknown;
  completed_version_id: string | null;
}

const COLUMNS =
  's.campaign_id, s.agency_id, s.source_version_id, s.mapping_id, s.made_at, s.translated, s.needs_answer, s.sector_needs_answer, s.draft_revision, s.draft_saved_at, s.draft, s.completed_version_id';

export interface NewCopy {
  readonly sourceVersionId: string;
  readonly mappingId: string;
  readonly translated: unknown;
  readonly needsAnswer: readonly StandardNeedingAnswer[];
  readonly sectorNeedsAnswer: string | undefined;
}

export async function sharedCopyOf(db: Queryable, target: LinkTarget, options: { lock?: boolean } = {}): Promise<SharedCopyRow | undefined> {
  const { rows } = await db.query<SharedCopyRow>(`select ${COLUMNS} from shared_copies s where s.campaign_id = $1 and s.agency_id = $2${options.lock ? ' for update' : ''}`, [
    target.campaignId,
    target.agencyId,
  ]);
  return rows[0];
}

export async function insertCopy(tx: Queryable, target: LinkTarget, copy: NewCopy, now: Date): Promise<void> {
  const json = JSON.stringify(copy.translated);
  await tx.query(
    `insert into shared_copies (campaign_id, agency_id, source_version_id, mapping_id, made_at, translated, needs_answer, sector_needs_answer, draft_revision, draft_saved_at, draft)
     values ($1, $2, $3, $4, $5, $6, $7, $8, 1, $5, $6)`,
    [target.campaignId, target.agencyId, copy.sourceVersionId, copy.mappingId, now, json, JSON.stringify(copy.needsAnswer), copy.sectorNeedsAnswer ?? null],
  );
}

/** A newer return, translated again, for a copy the agency has not touched yet (revision 1). */
export async function refreshCopy(tx: Queryable, target: LinkTarget, copy: NewCopy, now: Date): Promise<boolean> {
  const json = JSON.stringify(copy.translated);
  const { rows } = await tx.query(
    `update shared_copies set source_version_id = $3, mapping_id = $4, made_at = $5, translated = $6, needs_answer = $7, sector_needs_answer = $8, draft_saved_at = $5, draft = $6
     where campaign_id = $1 and agency_id = $2 and draft_revision = 1 and completed_version_id is null returning agency_id`,
    [target.campaignId, target.agencyId, copy.sourceVersionId, copy.mappingId, now, json, JSON.stringify(copy.needsAnswer), copy.sectorNeedsAnswer ?? null],
  );
  return rows.length > 0;
}

export type SaveCopyDraft = { readonly saved: { revision: number; savedAt: Date } } | { readonly conflict: SharedCopyRow } | { readonly missing: true };

/** Save the agency's work on a copy over the revision it last saw, as server drafts are saved. */
export async function saveCopyDraft(db: Queryable, target: LinkTarget, basedOn: number, value: unknown, now: Date): Promise<SaveCopyDraft> {
  const { rows } = await db.query<{ draft_revision: number }>(
    `update shared_copies set draft_revision = draft_revision + 1, draft_saved_at = $4, draft = $5
     where campaign_id = $1 and agency_id = $2 and draft_revision = $3 returning draft_revision`,
    [target.campaignId, target.agencyId, basedOn, now, JSON.stringify(value)],
  );
  if (rows[0]) return { saved: { revision: rows[0].draft_revision, savedAt: now } };
  const current = await sharedCopyOf(db, target);
  return current ? { conflict: current } : { missing: true };
}

export async function completeCopy(tx: Queryable, target: LinkTarget, versionId: string): Promise<void> {
  await tx.query('update shared_copies set completed_version_id = $3 where campaign_id = $1 and agency_id = $2 and completed_version_id is null', [
    target.campaignId,
    target.agencyId,
    versionId,
  ]);
}

/** Copies of returns an agency made for another partnership, that it may complete on its link. */
export interface CopyForAgency extends SharedCopyRow {
  campaign_title: string;
  partnership_name: string;
  partnership_slug: string;
  framework_id: string;
  built_in: boolean;
  completed_reference: string | null;
  completed_at: Date | null;
}

export async function copiesFromVersions(db: Queryable, agencyId: string, sourceCampaignId: string): Promise<CopyForAgency[]> {
  const { rows } = await db.query<CopyForAgency>(
    `select ${COLUMNS}, c.title as campaign_title, p.name as partnership_name, p.slug as partnership_slug, c.framework_id, c.built_in,
            v.reference as completed_reference, v.received_at as completed_at
     from shared_copies s
     join return_versions src on src.id = s.source_version_id
     join campaigns c on c.id = s.campaign_id
     join partnerships p on p.id = c.partnership_id
     left join return_versions v on v.id = s.completed_version_id
     where s.agency_id = $1 and src.campaign_id = $2
     order by p.name, c.id`,
    [agencyId, sourceCampaignId],
  );
  return rows;
}

/** The copies in a campaign of agencies reporting to the partnership: what its staff may see. */
export interface CopyForStaff extends SharedCopyRow {
  agency_name: string;
  source_campaign_title: string;
  source_partnership_name: string;
  source_reference: string;
  source_received_at: Date;
  completed_reference: string | null;
}

export async function copiesForStaff(db: Queryable, campaignId: string, partnershipId: string, agencyId?: string): Promise<CopyForStaff[]> {
  const { rows } = await db.query<CopyForStaff>(
    `select ${COLUMNS}, a.name as agency_name, sc.title as source_campaign_title, sp.name as source_partnership_name,
            src.reference as source_reference, src.received_at as source_received_at, v.reference as completed_reference
     from shared_copies s
     join agencies a on a.id = s.agency_id
     join agency_partnerships ap on ap.agency_id = s.agency_id and ap.partnership_id = $2
     join campaign_partnerships cp on cp.campaign_id = s.campaign_id and cp.partnership_id = $2
     join return_versions src on src.id = s.source_version_id
     join campaigns sc on sc.id = src.campaign_id
     join partnerships sp on sp.id = sc.partnership_id
     left join return_versions v on v.id = s.completed_version_id
     where s.campaign_id = $1 and ($3::text is null or s.agency_id = $3)
     order by a.name, a.id`,
    [campaignId, partnershipId, agencyId ?? null],
  );
  return rows;
}
