import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { returnsFor, seed, testDatabases, type Seeded } from '../helpers/collector.js';

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('@s11kit/cli/package.json')), 'bin', 's11.js');
const AGENCIES = 50;

interface Server {
  readonly child: ChildProcess;
  readonly url: string;
}

/** `s11 serve` in its own process, on a free port, on the database given. */
async function serve(options: { dataDir: string } | { url: string }): Promise<Server> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const args = [bin, 'serve', '--port', '0', '--quiet'];
  if ('url' in options) env.DATABASE_URL = options.url;
  else args.push('--data', options.dataDir);
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`s11 serve exited ${code}: ${text}`)));
  });
  return { child, url };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

type Outcome = { receipt: { reference: string; receivedAt: string }; status: number } | { failed: string };

for (const kind of testDatabases()) {
  describe(`a collector killed with SIGKILL while ${AGENCIES} agencies submit, on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let seeded: Seeded;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, AGENCIES);
      // The server process opens the database itself (a PGlite folder takes one process at a time).
      await handle.db.close();
    });
    after(async () => handle.dispose());

    it('stores every submit that got a receipt exactly once, and a retry with the same key stores the rest once', async (t) => {
      // Returns valid at the server's real clock: the generator submits up to six weeks before its
      // `now` with actions due after that, so six weeks and a day ahead keeps every due date ahead.
      const returns = returnsFor(seeded.framework, seeded.agencies, 41, new Date(Date.now() + 43 * 86_400_000));
      const submit = async (url: string, i: number): Promise<Outcome> => {
        try {
          const response = await fetch(`${url}/a/${seeded.agencies[i]!.token}/returns`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `fault-${i}` },
            body: JSON.stringify(returns[i]),
          });
          if (response.status !== 201 && response.status !== 200) return { failed: `status ${response.status}: ${await response.text()}` };
          return { receipt: await response.json(), status: response.status };
        } catch (error) {
          return { failed: (error as Error).message };
        }
      };

      const first = await serve(handle.options);
      // Killed once a quarter have their receipts: some stored, many in flight, the rest not yet begun.
      let receipts = 0;
      const outcomes = await Promise.all(
        seeded.agencies.map(async (_, i) => {
          const outcome = await submit(first.url, i);
          if ('receipt' in outcome && ++receipts === Math.floor(AGENCIES / 4)) first.child.kill('SIGKILL');
          return outcome;
        }),
      );
      await exited(first.child);
      const receipted = outcomes.flatMap((outcome, i) => ('receipt' in outcome ? [{ i, receipt: outcome.receipt }] : []));
      const failed = outcomes.flatMap((outcome, i) => ('failed' in outcome ? [i] : []));
      t.diagnostic(`${receipted.length} receipts before the kill, ${failed.length} submits cut short`);
      assert.ok(receipted.length >= 1, 'some submits got a receipt');
      assert.ok(failed.length >= 1, `the kill cut some submits short (${receipted.length} receipts)`);

      // Restarted on the same data. Every audit retries with the key it kept.
      const second = await serve(handle.options);
      try {
        for (const { i, receipt } of receipted) {
          const retry = await submit(second.url, i);
          assert.ok('receipt' in retry, `agency ${i}: ${JSON.stringify(retry)}`);
          assert.equal(retry.status, 200, `agency ${i} already had a receipt: a replay`);
          assert.deepEqual(retry.receipt, receipt);
        }
        let storedUnanswered = 0;
        for (const i of failed) {
          const retry = await submit(second.url, i);
          assert.ok('receipt' in retry, `agency ${i} retried: ${JSON.stringify(retry)}`);
          // 200: stored before the kill but the answer was lost; the retry gets the stored receipt.
          assert.ok(retry.status === 201 || retry.status === 200);
          if (retry.status === 200) storedUnanswered++;
        }
        t.diagnostic(`${storedUnanswered} of those were stored before the kill (their retry was a replay)`);
      } finally {
        second.child.kill('SIGTERM');
        await exited(second.child);
      }
      assert.equal(second.child.exitCode, 0, 'SIGTERM stops the collector cleanly');

      const db = await handle.reopen();
      const { rows } = await db.query<{ agency_id: string; n: number; reference: string }>(
        'select agency_id, count(*)::int as n, min(reference) as reference from return_versions group by agency_id',
      );
      assert.equal(rows.length, AGENCIES, 'every agency has its return stored');
      assert.ok(
        rows.every((row) => row.n === 1),
        'each exactly once',
      );
      const byAgency = new Map(rows.map((row) => [row.agency_id, row.reference]));
      for (const { i, receipt } of receipted) assert.equal(byAgency.get(seeded.agencies[i]!.id), receipt.reference);
    });
  });
}
