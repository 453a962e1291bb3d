// A throwaway PostgreSQL for the collector's benchmark, as .ci/run starts one for the tests:
// DATABASE_URL when it is set, else a cluster of Debian's binaries in a temporary folder (run as
// the postgres user when we are root), else none.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function throwawayPostgres(port = Number(process.env.S11_BENCH_PG_PORT ?? 54419)) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, how: 'DATABASE_URL', stop() {} };
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : undefined;
  if (!bin || !existsSync(`${bin}/initdb`)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 's11-bench-pg-'));
  const asPostgres = process.getuid?.() === 0;
  const run = (file, args) =>
    asPostgres ? execFileSync('runuser', ['-u', 'postgres', '--', `${bin}/${file}`, ...args], { stdio: 'ignore' }) : execFileSync(`${bin}/${file}`, args, { stdio: 'ignore' });
  if (asPostgres) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0);
  run('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 's11']);
  run('pg_ctl', ['-D', `${dir}/data`, '-l', `${dir}/log`, '-w', '-o', `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1`, 'start']);
  return {
    url: `postgres://s11@127.0.0.1:${port}/postgres`,
    how: `PostgreSQL ${versions.at(-1)} from Debian, a throwaway cluster`,
    stop() {
      try {
        run('pg_ctl', ['-D', `${dir}/data`, '-m', 'fast', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
