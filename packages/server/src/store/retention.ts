import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { canonicalJson } from '../http/canonical-json.js';

export async function campaignClosedAt(db: Queryable, campaignId: string): Promise<Date | null> {
  const { rows } = await db.query<{ closed_at: Date | null }>('select closed_at from campaigns where id = $1', [campaignId]);
  return rows[0]?.closed_at ?? null;
}

/** Close a campaign: its links stop working, and the retention clock starts. False when it was closed already. */
export async function markClosed(tx: Queryable, campaignId: string, now: Date): Promise<boolean> {
  const { rows } = await tx.query('update campaigns set closed_at = $2 where id = $1 and closed_at is null returning id', [campaignId, now]);
  if (!rows.length) return false;
  await tx.query('update links set revoked_at = $2 where campaign_id = $1 and revoked_at is null', [campaignId, now]);
  return true;
}

export interface PurgeCampaign {
  readonly id: string;
  readonly title: string;
  readonly partnership: string;
  readonly closedAt: string;
  readonly retentionYears: number;
  /** When its data became due for deletion: closed, plus the retention. */
  readonly dueAt: string;
  /** Rows that go, by table. */
  readonly rows: Readonly<Record<string, number>>;
}

/** Exactly what a purge at `at` deletes; `id` names this plan, so a purge can insist on deleting just what a dry run listed. */
export interface PurgePlan {
  readonly at: string;
  readonly campaigns: readonly PurgeCampaign[];
  readonly id: string;
}

/**
 * Every table that holds a campaign's data (a `campaign_id` column, and `campaigns` itself), in an
 * order that deletes children before the rows their foreign keys point at. Read from the
 * database, so that tables added by later migrations are purged too.
 */
async function campaignTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    `select table_name from information_schema.columns
     where table_schema = current_schema() and column_name = 'campaign_id' order by table_name`,
  );
  const tables = [...rows.map((row) => row.table_name), 'campaigns'];
  const { rows: edges } = await db.query<{ child: string; parent: string }>(
    `select c.relname as child, p.relname as parent from pg_constraint k
     join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
     join pg_namespace n on n.oid = c.relnamespace
     where k.contype = 'f' and n.nspname = current_schema() and c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  // Depth first: a table goes after every table (among these) whose rows point at it.
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (edge.parent === table && tables.includes(edge.child)) visit(edge.child);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

const whereOf = (table: string) => (table === 'campaigns' ? 'id = any($1)' : 'campaign_id = any($1)');

/** The campaigns closed longer ago than their retention, and every row of theirs, as of `at`. */
export async function purgePlan(db: Queryable, at: Date): Promise<PurgePlan> {
  const { rows } = await db.query<{ id: string; title: string; slug: string; closed_at: Date; retention_years: number; due_at: Date }>(
    `select c.id, c.title, p.slug, c.closed_at, c.retention_years, c.closed_at + make_interval(years => c.retention_years) as due_at
     from campaigns c join partnerships p on p.id = c.partnership_id
     where c.closed_at is not null and c.closed_at + make_interval(years => c.retention_years) <= $1
     order by c.closed_at, c.id`,
    [at],
  );
  const tables = await campaignTables(db);
  const campaigns: PurgeCampaign[] = [];
  for (const row of rows) {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows: n } = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where ${whereOf(table)}`, [[row.id]]);
      if (n[0]!.n) counts[table] = n[0]!.n;
    }
    campaigns.push({
      id: row.id,
      title: row.title,
      partnership: row.slug,
      closedAt: row.closed_at.toISOString(),
      retentionYears: row.retention_years,
      dueAt: row.due_at.toISOString(),
      rows: counts,
    });
  }
  // The plan's name covers what goes, not when it was asked: the same rows give the same name.
  const id = createHash('sha256')
    .update(canonicalJson(campaigns.map((c) => ({ id: c.id, rows: c.rows }))))
    .digest('hex')
    .slice(0, 12);
  return { at: at.toISOString(), campaigns, id };
}

export class PurgeChangedError extends Error {
  override readonly name = 'PurgeChangedError';
}

/**
 * Delete exactly the rows of a plan, in one transaction: if what is due differs from the plan
 * (`expected`, the id a dry run printed), nothing is deleted. History tables allow the delete only
 * inside this transaction.
 */
export async function purge(db: Database, at: Date, expected: string, after?: (tx: Queryable, plan: PurgePlan) => Promise<void>): Promise<PurgePlan> {
  return db.transaction(async (tx) => {
    const plan = await purgePlan(tx, at);
    if (plan.id !== expected) throw new PurgeChangedError(`what is due for purging (plan ${plan.id}) is not what plan ${expected} listed`);
    await tx.query("select set_config('s11.purge', 'on', true)");
    const tables = await campaignTables(tx);
    for (const campaign of plan.campaigns) {
      for (const table of tables) {
        const { rows } = await tx.query(`delete from ${table} where ${whereOf(table)} returning 1`, [[campaign.id]]);
        if (rows.length !== (campaign.rows[table] ?? 0))
          throw new PurgeChangedError(`${table}: ${rows.length} rows of campaign ${campaign.id} instead of the ${campaign.rows[table] ?? 0} planned`);
      }
    }
    await tx.query("select set_config('s11.purge', 'off', true)");
    await after?.(tx, plan);
    return plan;
  });
}
