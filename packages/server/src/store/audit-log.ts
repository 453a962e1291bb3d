import type { Queryable } from '../db/database.js';
import { newId } from '../security/tokens.js';

/** Who did something: a member of staff (web) or an administrator at the command line. */
export type Actor = { readonly staffId: string; readonly partnershipId: string } | { readonly cli: string };

export interface AuditEntry {
  readonly action: string;
  readonly campaignId?: string;
  readonly agencyId?: string;
  readonly versionId?: string;
  /** Ids and counts only: never evidence, tokens or passwords. */
  readonly detail?: Record<string, unknown>;
}

/** Write one line of the audit log: every staff read of a return, every export, every change. */
export async function audit(db: Queryable, actor: Actor, entry: AuditEntry, now: Date): Promise<void> {
  const staff = 'staffId' in actor ? actor : undefined;
  await db.query(
    `insert into audit_log (id, at, partnership_id, staff_id, actor, action, campaign_id, agency_id, version_id, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      newId(),
      now,
      staff?.partnershipId ?? null,
      staff?.staffId ?? null,
      staff ? 'staff' : `cli:${(actor as { cli: string }).cli}`,
      entry.action,
      entry.campaignId ?? null,
      entry.agencyId ?? null,
      entry.versionId ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    ],
  );
}

export interface AuditLogRow {
  at: Date;
  staff_id: string | null;
  actor: string;
  action: string;
  campaign_id: string | null;
  agency_id: string | null;
  version_id: string | null;
  detail: unknown;
}

export async function auditLogOf(db: Queryable, partnershipId: string, limit = 200): Promise<AuditLogRow[]> {
  const { rows } = await db.query<AuditLogRow>(
    `select at, staff_id, actor, action, campaign_id, agency_id, version_id, detail from audit_log
     where partnership_id = $1 order by at desc, id limit $2`,
    [partnershipId, limit],
  );
  return rows;
}
