import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';
import { lockDataDir } from './data-dir-lock.js';

const queryable = (db: PGlite | Transaction): Queryable => ({
  query: async (text, params) => db.query(text, params as unknown[] | undefined) as never,
  exec: async (text) => {
    await db.exec(text);
  },
});

/**
 * PostgreSQL in WebAssembly with its files in a data folder: no server to install. Only one
 * process may open a folder at a time, so the folder is locked while it is open.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const folder = resolve(dataDir);
  await mkdir(folder, { recursive: true });
  const lock = await lockDataDir(folder);
  let db: PGlite;
  try {
    db = await PGlite.create(`${folder}/pgdata`);
  } catch (error) {
    await lock.release();
    throw error;
  }
  const base = queryable(db);
  return {
    kind: 'pglite',
    where: folder,
    query: base.query,
    exec: base.exec,
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        await lock.release();
      }
    },
  };
}
