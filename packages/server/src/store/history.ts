import type { Queryable } from '../db/database.js';
import { newId } from '../security/tokens.js';

/** Who took a step: the agency through its link, a member of staff, an administrator, or the collector. */
export type HistoryActor =
  | { readonly kind: 'agency'; readonly name: string }
  | { readonly kind: 'staff'; readonly staffId: string; readonly name: string }
  | { readonly kind: 'cli'; readonly name: string }
  | { readonly kind: 'collector' };

export type HistoryKind =
  | 'year-two-opened'
  | 'year-two-chosen'
  | 'action-updated'
  | 'statement-signed'
  | 'translation-made'
  | 'translation-refreshed'
  | 'translation-completed';

export interface HistoryEntryRow {
  id: string;
  number: number;
  at: Date;
  campaign_id: string;
  agency_id: string;
  kind: HistoryKind;
  actor_kind: HistoryActor['kind'];
  staff_id: string | null;
  actor_name: string;
  detail: Record<string, unknown>;
}

interface Target {
  readonly campaignId: string;
  readonly agencyId: string;
}

/**
 * Add one entry to the end of a return's history, in the caller's transaction; entries are never
 * changed afterwards (the table refuses). The lock makes two steps at once take numbers one after
 * the other rather than the same one.
 */
export async function addHistory(tx: Queryable, target: Target, kind: HistoryKind, actor: HistoryActor, detail: Record<string, unknown>, at: Date): Promise<string> {
  const id = newId();
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`history:${target.campaignId}:${target.agencyId}`]);
  await tx.query(
    `insert into history_entries (id, number, at, campaign_id, agency_id, kind, actor_kind, staff_id, actor_name, detail)
     select $1, coalesce(max(number), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9 from history_entries where campaign_id = $3 and agency_id = $4`,
    [id, at, target.campaignId, target.agencyId, kind, actor.kind, actor.kind === 'staff' ? actor.staffId : null, actor.kind === 'collector' ? 'the collector' : actor.name, JSON.stringify(detail)],
  );
  return id;
}

const COLUMNS = 'id, number, at, campaign_id, agency_id, kind, actor_kind, staff_id, actor_name, detail';

/** An agency's history in a campaign, in the order it happened. */
export async function historyOf(db: Queryable, target: Target): Promise<HistoryEntryRow[]> {
  const { rows } = await db.query<HistoryEntryRow>(`select ${COLUMNS} from history_entries where campaign_id = $1 and agency_id = $2 order by number`, [target.campaignId, target.agencyId]);
  return rows;
}

/** The latest entries of some kinds for every agency of a campaign, for overviews. */
export async function historyOfCampaign(db: Queryable, campaignId: string, kinds: readonly HistoryKind[]): Promise<HistoryEntryRow[]> {
  const { rows } = await db.query<HistoryEntryRow>(`select ${COLUMNS} from history_entries where campaign_id = $1 and kind = any($2) order by agency_id, number`, [campaignId, kinds]);
  return rows;
}
