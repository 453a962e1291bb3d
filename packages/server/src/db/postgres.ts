import pg from 'pg';
import type { Database, Queryable } from './database.js';

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

const queryable = (client: pg.Pool | pg.PoolClient): Queryable => ({
  query: async (text, params) => client.query(text, params as unknown[] | undefined) as never,
  exec: async (text) => {
    // Without parameters pg sends the simple protocol, which runs several statements.
    await client.query(text);
  },
});

/** PostgreSQL through a `pg` pool: for a partnership's own server or a national collector. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('select 1');
  const base = queryable(pool);
  return {
    kind: 'postgres',
    where: redactUrl(url),
    query: base.query,
    exec: base.exec,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(queryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
