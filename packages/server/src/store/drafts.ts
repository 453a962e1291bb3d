import type { Queryable } from '../db/database.js';
import type { LinkTarget } from './links.js';
import type { DraftRow } from './rows.js';

export async function getDraft(db: Queryable, target: LinkTarget): Promise<DraftRow | undefined> {
  const { rows } = await db.query<DraftRow>('select revision, saved_at, value from drafts where campaign_id = $1 and agency_id = $2', [target.campaignId, target.agencyId]);
  return rows[0];
}

export type SaveDraft = { readonly saved: { revision: number; savedAt: Date } } | { readonly conflict: DraftRow };

/**
 * Save a draft over the revision the caller last saw (0: none). One statement decides, so two
 * saves of the same revision at once cannot both win: the loser gets the server's copy back.
 */
export async function saveDraft(db: Queryable, target: LinkTarget, basedOn: number, value: unknown, now: Date): Promise<SaveDraft> {
  const json = JSON.stringify(value);
  const { rows } =
    basedOn === 0
      ? await db.query<{ revision: number }>(
          `insert into drafts (campaign_id, agency_id, revision, saved_at, value) values ($1, $2, 1, $3, $4)
           on conflict (campaign_id, agency_id) do nothing returning revision`,
          [target.campaignId, target.agencyId, now, json],
        )
      : await db.query<{ revision: number }>(
          `update drafts set revision = revision + 1, saved_at = $4, value = $5
           where campaign_id = $1 and agency_id = $2 and revision = $3 returning revision`,
          [target.campaignId, target.agencyId, basedOn, now, json],
        );
  if (rows[0]) return { saved: { revision: rows[0].revision, savedAt: now } };
  const current = await getDraft(db, target);
  // basedOn named a revision that never existed and there is no draft: nothing to conflict with.
  if (!current) return saveDraft(db, target, 0, value, now);
  return { conflict: current };
}
