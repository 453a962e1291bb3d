import type { DatabaseOptions } from '@s11kit/server';
import { UsageError } from '../usage-error.js';

/** `--data <folder>` (PGlite) or DATABASE_URL (PostgreSQL); both at once is a mistake worth naming. */
export function databaseOptions(data: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const url = env.DATABASE_URL;
  if (url && data !== undefined) throw new UsageError('give either --data <folder> (PGlite) or DATABASE_URL (PostgreSQL), not both');
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new UsageError('DATABASE_URL must be a postgres:// URL, such as postgres://user@127.0.0.1:5432/s11');
    return { url };
  }
  return { dataDir: data ?? './s11-data' };
}
