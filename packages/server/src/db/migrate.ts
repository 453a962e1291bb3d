import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.js';

/** The migrations shipped with the package: `migrations/NNNN_what.sql`, applied in number order. */
export const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export async function readMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const match = FILE.exec(name);
    if (!match) throw new Error(`${name}: a migration file is named NNNN_what.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`${name}: two migrations are numbered ${version}`);
    migrations.push({ version, name: match[2]!, sql: await readFile(new URL(name, dir), 'utf8') });
  }
  return migrations;
}

// Any number, the same for every collector: two servers starting at once on one PostgreSQL
// take turns instead of both applying a migration.
const MIGRATION_LOCK = 5_311_2004;

/**
 * Bring the database up to the newest migration, each in its own transaction. Returns the
 * versions applied now. A database migrated by a newer collector is refused rather than used.
 */
export async function migrate(db: Database, migrations?: readonly Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  await db.exec(`create table if not exists schema_migrations (
    version integer primary key,
    name text not null,
    applied_at timestamptz not null
  )`);
  const applied: number[] = [];
  for (const migration of all) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const { rows } = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (rows.length) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name, applied_at) values ($1, $2, $3)', [migration.version, migration.name, new Date()]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  const newest = all.at(-1)?.version ?? 0;
  const { rows } = await db.query<{ version: number }>('select max(version)::int as version from schema_migrations');
  const current = rows[0]?.version ?? 0;
  if (current > newest)
    throw new Error(`the database at ${db.where} was migrated by a newer collector (schema version ${current}; this one knows up to ${newest}): upgrade @s11kit/server`);
  return applied;
}
