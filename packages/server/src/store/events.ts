import type { EventActor, ReturnEvent, ReturnEventKind, ReturnEventOf } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import { newId } from '../security/tokens.js';
import type { LinkTarget } from './links.js';

/** What a step carries beyond what every step has (id, seq, at, campaign, agency, actor, kind). */
export type EventData<K extends ReturnEventKind> = Omit<ReturnEventOf<K>, 'id' | 'seq' | 'at' | 'campaignId' | 'agencyId' | 'actor' | 'kind'>;

export interface NewEvent<K extends ReturnEventKind> {
  readonly kind: K;
  readonly actor: EventActor;
  readonly data: EventData<K>;
  /** The sign-off request or challenge the step belongs to. */
  readonly threadId?: string;
}

/** The thread a step's data names, so that threads are found by a column rather than by reading JSON. */
const threadOf = (data: Record<string, unknown>): string | null =>
  typeof data.requestId === 'string' ? data.requestId : typeof data.challengeId === 'string' ? data.challengeId : null;

/**
 * Lock the return (one agency in one campaign) for the rest of the caller's transaction: steps,
 * submits and the checks before them then take turns, so a step is always judged against the
 * history as it is, never as it was a moment ago.
 */
export async function lockReturn(tx: Queryable, target: LinkTarget): Promise<void> {
  await tx.query('select 1 from campaign_agencies where campaign_id = $1 and agency_id = $2 for update', [target.campaignId, target.agencyId]);
}

/**
 * Add a step to the end of a return's history, in the caller's transaction: the one way a step
 * is written, whatever its kind. A caller that judges the step against the history takes
 * `lockReturn` first. The numbering takes its own lock as well, because some returns have
 * steps before the agency is invited to the campaign (a translated copy for another
 * partnership) and so no campaign_agencies row to lock: two steps at once then take numbers one
 * after the other rather than the same one.
 */
export async function appendEvent<K extends ReturnEventKind>(tx: Queryable, target: LinkTarget, event: NewEvent<K>, now: Date): Promise<ReturnEventOf<K>> {
  const id = newId();
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`return-events:${target.campaignId}:${target.agencyId}`]);
  const data = event.data as Record<string, unknown>;
  const staffId = event.actor.kind === 'staff' ? event.actor.staffId : null;
  const { rows } = await tx.query<{ seq: number }>(
    `insert into return_events (id, campaign_id, agency_id, seq, at, kind, actor, thread_id, staff_id, data)
     select $1, $2, $3, coalesce(max(seq), 0) + 1, $4, $5, $6, $7, $8, $9 from return_events where campaign_id = $2 and agency_id = $3
     returning seq`,
    [id, target.campaignId, target.agencyId, now, event.kind, JSON.stringify(event.actor), event.threadId ?? threadOf(data), staffId, JSON.stringify(data)],
  );
  return {
    id,
    seq: rows[0]!.seq,
    at: now.toISOString(),
    campaignId: target.campaignId,
    agencyId: target.agencyId,
    actor: event.actor,
    kind: event.kind,
    ...data,
  } as ReturnEventOf<K>;
}

interface EventRow {
  id: string;
  campaign_id: string;
  agency_id: string;
  seq: number;
  at: Date;
  kind: ReturnEventKind;
  actor: EventActor;
  data: Record<string, unknown>;
}

const toEvent = (row: EventRow): ReturnEvent =>
  ({ id: row.id, seq: row.seq, at: row.at.toISOString(), campaignId: row.campaign_id, agencyId: row.agency_id, actor: row.actor, kind: row.kind, ...row.data }) as ReturnEvent;

const COLUMNS = 'e.id, e.campaign_id, e.agency_id, e.seq, e.at, e.kind, e.actor, e.data';

/** A return's whole history, in order. */
export async function eventsOf(db: Queryable, target: LinkTarget): Promise<ReturnEvent[]> {
  const { rows } = await db.query<EventRow>(`select ${COLUMNS} from return_events e where e.campaign_id = $1 and e.agency_id = $2 order by e.seq`, [
    target.campaignId,
    target.agencyId,
  ]);
  return rows.map(toEvent);
}

/**
 * The history of every return of a campaign that reports to the partnership: what its staff may
 * see and export; only the steps of `kinds` when given.
 */
export async function campaignEvents(db: Queryable, campaignId: string, partnershipId: string, kinds?: readonly ReturnEventKind[]): Promise<ReturnEvent[]> {
  const { rows } = await db.query<EventRow>(
    `select ${COLUMNS} from return_events e
     join agency_partnerships ap on ap.agency_id = e.agency_id and ap.partnership_id = $2
     join campaign_partnerships cp on cp.campaign_id = e.campaign_id and cp.partnership_id = $2
     where e.campaign_id = $1 and ($3::text[] is null or e.kind = any($3)) order by e.agency_id, e.seq`,
    [campaignId, partnershipId, kinds ?? null],
  );
  return rows.map(toEvent);
}
