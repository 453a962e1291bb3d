import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';

/**
 * A secret kept in the database, made on first use: the cookie-signing key, so that sessions and
 * CSRF cookies survive a restart, and every server of one PostgreSQL signs alike.
 */
export async function secretSetting(db: Queryable, name: string): Promise<string> {
  await db.query('insert into settings (name, value) values ($1, $2) on conflict (name) do nothing', [name, randomBytes(32).toString('base64url')]);
  const { rows } = await db.query<{ value: string }>('select value from settings where name = $1', [name]);
  return rows[0]!.value;
}
