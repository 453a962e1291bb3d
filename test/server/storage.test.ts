import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAggregator } from '@s11kit/schema';
import { aggregateDigests, digestReturn, migrate, openDatabase, readMigrations, DataDirBusyError } from '@s11kit/server';
import { backup, exportCampaign, restore, TABLES } from '@s11kit/server/admin';
import { adminContext, collector, returnsFor, seed, testDatabases, TEST_NOW } from '../helpers/collector.js';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';

describe('digests', () => {
  it('give the same figures as the SDK counting the whole returns', async () => {
    const framework = await loadFramework('portsmouth-compact');
    const returns = [...generateReturns(framework, { count: 300, seed: 5, now: TEST_NOW })];
    const key = (i: number) => `agency-${i % 250}`;
    const digests = returns.map((ret, i) =>
      JSON.parse(JSON.stringify(digestReturn(framework, ret, { key: key(i), name: ret.organisation.name, partnerships: ret.organisation.partnerships }))),
    );
    const fromDigests = aggregateDigests(framework, digests, { now: '2026-06-15' });
    const index = new Map(returns.map((ret, i) => [ret, key(i)]));
    // The whole returns as a server would count them had it stored no digests (they were checked on receipt).
    const whole = createAggregator(framework, { now: '2026-06-15', stored: true, agencyKey: (ret) => index.get(ret)! });
    for (const ret of returns) whole.add(ret);
    const expected = whole.result();
    assert.equal(fromDigests.counted, 300);
    assert.equal(fromDigests.duplicates.length, 50);
    assert.deepEqual(fromDigests, expected);
  });

  it('keep no evidence but the quotable, and no action that cannot fall due', async () => {
    const framework = await loadFramework('portsmouth-compact');
    const [ret] = [...generateReturns(framework, { count: 1, seed: 8, now: TEST_NOW })];
    const digest = digestReturn(framework, ret!, { key: 'k', name: 'N', partnerships: ['portsmouth'] });
    const best = new Set(['outstanding']);
    for (const [i, response] of digest.responses.entries()) {
      if (!best.has(response.rating ?? '')) assert.equal(response.evidence, '', `response ${i}`);
      assert.ok(response.evidence.length <= 1201);
      assert.ok(response.actions.every((action) => action.status !== 'complete' && action.due !== ''));
    }
    assert.ok(JSON.stringify(digest).length < JSON.stringify(ret).length);
    assert.equal('identifiers' in digest.organisation, false);
    const identified = digestReturn(framework, ret!, { key: 'k', name: 'N', partnerships: ['portsmouth'], identifier: { scheme: 'ods', value: 'R1C' } });
    assert.deepEqual((identified.organisation as { identifiers?: unknown }).identifiers, [{ scheme: 'ods', value: 'R1C' }], "the collector's identifier for the agency");
  });
});

describe('migrations', () => {
  it('are numbered files applied in order', async () => {
    const migrations = await readMigrations();
    assert.ok(migrations.length >= 1);
    assert.deepEqual(
      migrations.map((m) => m.version),
      [...migrations.map((m) => m.version)].sort((a, b) => a - b),
    );
    assert.equal(migrations[0]!.version, 1);
  });
});

for (const kind of testDatabases()) {
  describe(`storage on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    before(async () => {
      handle = await kind.open();
    });
    after(async () => handle.dispose());

    it('migrates once: a second run applies nothing, and every table is there', async () => {
      assert.deepEqual(await migrate(handle.db), []);
      const { rows } = await handle.db.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public'");
      const names = new Set(rows.map((row) => row.table_name));
      for (const table of [...TABLES, 'schema_migrations']) assert.ok(names.has(table), table);
    });

    it('applies a new migration after the others, and refuses a database migrated by a newer collector', async () => {
      const migrations = await readMigrations();
      const next = { version: migrations.at(-1)!.version + 1, name: 'test_column', sql: 'alter table settings add column note text' };
      assert.deepEqual(await migrate(handle.db, [...migrations, next]), [next.version]);
      await handle.db.query("update settings set note = 'x' where false");
      await assert.rejects(migrate(handle.db, migrations), /migrated by a newer collector/);
      await handle.db.exec(`alter table settings drop column note; delete from schema_migrations where version = ${next.version}`);
    });

    it('backs up every table and restores it into an empty database, returns byte for byte', async () => {
      const seeded = await seed(handle.db, 2);
      const app = await collector(handle.db);
      const ret = returnsFor(seeded.framework, seeded.agencies)[0]!;
      const response = await app.inject({
        method: 'POST',
        url: `/a/${seeded.agencies[0]!.token}/returns`,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'b1' },
        payload: JSON.stringify(ret),
      });
      assert.equal(response.statusCode, 201);
      await app.close();
      const dir = mkdtempSync(join(tmpdir(), 's11-backup-'));
      const file = join(dir, 'backup.ndjson');
      const counts = await backup(handle.db, file);
      assert.equal(counts.return_versions, 1);
      assert.equal(counts.partnerships, 3);
      // Into PGlite whichever the source was: the same file moves a collector between the two.
      const target = await openDatabase({ dataDir: join(dir, 'restored') });
      try {
        await migrate(target);
        assert.deepEqual(await restore(target, file), Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
        const { rows } = await target.query<{ body: unknown; reference: string }>('select body, reference from return_versions');
        assert.deepEqual(rows[0]!.body, ret);
        assert.equal(rows[0]!.reference, response.json().reference);
        const restoredApp = await collector(target);
        const replay = await restoredApp.inject({
          method: 'POST',
          url: `/a/${seeded.agencies[0]!.token}/returns`,
          headers: { 'content-type': 'application/json', 'idempotency-key': 'b1' },
          payload: JSON.stringify(ret),
        });
        assert.equal(replay.statusCode, 200, 'links, keys and receipts survive the move');
        await restoredApp.close();
        await assert.rejects(restore(target, file), /already holds data/);
      } finally {
        await target.close();
      }
      const out = join(dir, 'export');
      const exported = await exportCampaign(adminContext(handle.db), { campaign: seeded.campaignId, partnership: 'portsmouth', out });
      assert.equal(exported.returns, 1);
    });
  });
}

describe('a PGlite data folder', () => {
  it('is opened by one process at a time, and a lock left by a killed process is taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 's11-lock-'));
    const db = await openDatabase({ dataDir: dir });
    await assert.rejects(openDatabase({ dataDir: dir }), DataDirBusyError);
    await db.close();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 's11.lock'), '999999999');
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });
});
