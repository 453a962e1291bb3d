import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCollector, type RunningCollector } from '@s11kit/server';
import { seedDemo, type Demo } from '@s11kit/server/admin';
import type { Output } from '../output.js';
import { EXIT, UsageError } from '../usage-error.js';
import { databaseOptions } from './database.js';

export interface ServeArgs {
  port?: string;
  host?: string;
  data?: string;
  demo: boolean;
  quiet: boolean;
}

/**
 * `s11 serve`: the collector until SIGINT or SIGTERM, which finish the requests in flight
 * before the database closes. `--demo` runs it on a new PGlite folder with a demo campaign.
 */
export async function serveCommand(args: ServeArgs, out: Output): Promise<number> {
  const port = args.port === undefined ? 8080 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${args.port}": use a port number from 0 to 65535`);
  const host = args.host ?? '127.0.0.1';
  let demo: Demo | undefined;
  const demoDir = args.demo ? mkdtempSync(join(tmpdir(), 's11-demo-')) : undefined;
  const database = demoDir ? { dataDir: join(demoDir, 'data') } : databaseOptions(args.data);
  let running: RunningCollector;
  try {
    running = await startCollector({
      database,
      port,
      host,
      logger: args.quiet ? false : { level: 'info' },
      ...(args.demo ? { prepare: async (db) => void (demo = await seedDemo(db)) } : {}),
    });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${port} is in use: choose another with --port` : (error as Error).message;
    throw new UsageError(`cannot start the collector: ${reason}`);
  }
  const where = 'url' in database ? `PostgreSQL at ${running.db.where}` : `PGlite in ${running.db.where}`;
  out.stderr(`s11 collector listening on ${running.url} (${where})`);
  if (demo) {
    out.stderr('');
    out.stderr(`Demo: a campaign on portsmouth-compact with 36 returns, 4 drafts and 8 agencies not started.`);
    out.stderr(`  An agency's link (${demo.agencyName}): ${running.url}/a/${demo.agencyToken}`);
    out.stderr(`  Staff sign-in: ${running.url}/sign-in  email ${demo.staff.email}  password ${demo.staff.password}`);
    out.stderr('  Stop with Ctrl+C; the demo data is thrown away with its temporary folder.');
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      out.stderr(`s11: ${signal}: finishing requests in flight, then stopping`);
      running.close().then(resolve, (error: Error) => {
        out.stderr(`s11: stopping failed: ${error.message}`);
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  if (demoDir) rmSync(demoDir, { recursive: true, force: true });
  return EXIT.ok;
}
