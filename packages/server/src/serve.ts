import type { FastifyInstance } from 'fastify';
import { buildCollector, type CollectorOptions } from './http/app.js';
import { openDatabase, type Database, type DatabaseOptions } from './db/database.js';
import { migrate } from './db/migrate.js';

export interface ServeOptions extends Omit<CollectorOptions, 'db'> {
  readonly database: DatabaseOptions;
  readonly port?: number;
  readonly host?: string;
  /** Run before listening, with the migrated database (the demo seeds here). */
  readonly prepare?: (db: Database) => Promise<void>;
}

export interface RunningCollector {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly db: Database;
  /** Stop taking requests, finish those in flight (a submit is either stored and answered, or not begun), close the database. */
  close(): Promise<void>;
}

/** Open the database, migrate it, and listen: `s11 serve` and `npm start`. Listens on 127.0.0.1 unless told otherwise. */
export async function startCollector(options: ServeOptions): Promise<RunningCollector> {
  const db = await openDatabase(options.database);
  try {
    await migrate(db);
    await options.prepare?.(db);
    const app = await buildCollector({ ...options, db });
    await app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host ?? '127.0.0.1';
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      app,
      db,
      close: () =>
        (closing ??= (async () => {
          await app.close();
          await db.close();
        })()),
    };
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}
