import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Database } from '../db/database.js';
import { AdminError } from './admin-error.js';

/** Every table, parents before children, so that a restore satisfies each foreign key as it goes. */
export const TABLES = [
  'partnerships',
  'staff',
  'password_links',
  'sessions',
  'campaigns',
  'campaign_partnerships',
  'agencies',
  'agency_partnerships',
  'campaign_agencies',
  'links',
  'drafts',
  'return_versions',
  'sign_off_requests',
  'return_events',
  'audit_log',
  'campaign_follows',
  'year_two_returns',
  'update_keys',
  'shared_copies',
  'settings',
] as const;

const FORMAT = 's11kit-collector-backup';

/**
 * A logical backup: one JSON line of header, then one line a row. The same file restores into
 * PGlite or PostgreSQL, so it also moves a collector from one to the other. Read in one
 * transaction, so it is one consistent moment of the data.
 */
export async function backup(db: Database, file: string): Promise<Record<string, number>> {
  // Never over an earlier backup: 'wx' fails when the file exists, before anything is read.
  const out = (await open(file, 'wx')).createWriteStream();
  const write = async (line: unknown) => {
    if (!out.write(JSON.stringify(line) + '\n')) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  try {
    await db.transaction(async (tx) => {
      await tx.query('set transaction isolation level repeatable read');
      const { rows } = await tx.query<{ version: number }>('select max(version)::int as version from schema_migrations');
      await write({ format: FORMAT, schemaVersion: rows[0]?.version ?? 0, tables: TABLES });
      for (const table of TABLES) {
        const { rows: data } = await tx.query<Record<string, unknown>>(`select * from ${table}`);
        counts[table] = data.length;
        for (const row of data) await write({ table, row });
      }
    });
  } finally {
    out.end();
    await once(out, 'close');
  }
  return counts;
}

/** Restore a backup into a database that has been migrated and holds no data yet. */
export async function restore(db: Database, file: string): Promise<Record<string, number>> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from partnerships');
  if (rows[0]!.n > 0) throw new AdminError(`the database at ${db.where} already holds data: restore into a new data folder or an empty database`);
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    let header: { format?: string; schemaVersion?: number } | undefined;
    const { rows: current } = await tx.query<{ version: number }>('select max(version)::int as version from schema_migrations');
    for await (const line of lines) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { table?: string; row?: Record<string, unknown> } & typeof header;
      if (!header) {
        header = entry;
        if (header?.format !== FORMAT) throw new AdminError(`${file} is not a collector backup`);
        if ((header.schemaVersion ?? 0) > (current[0]?.version ?? 0))
          throw new AdminError(`${file} comes from a newer collector (schema ${header.schemaVersion}): upgrade @s11kit/server first`);
        continue;
      }
      const table = entry.table as (typeof TABLES)[number];
      if (!TABLES.includes(table) || !entry.row) throw new AdminError(`${file}: a line names no known table`);
      const columns = Object.keys(entry.row);
      const values = columns.map((column) => {
        const value = entry.row![column];
        return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
      });
      await tx.query(`insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`, values);
      counts[table] = (counts[table] ?? 0) + 1;
    }
    if (!header) throw new AdminError(`${file} is empty`);
  });
  return counts;
}
