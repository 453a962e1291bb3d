import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Database } from '@s11kit/server';
import { AdminError, closeCampaign, purgeCampaigns, purgeDryRun, TABLES } from '@s11kit/server/admin';
import { adminContext, asDraft, collector, returnsFor, seed, signIn, testDatabases, type Seeded } from '../helpers/collector.js';
import { putDraft, submitReturn } from '../helpers/sign-off-cycle.js';

/** Every row of every table, as text, by table: what a purge is compared against. */
async function snapshot(db: Database): Promise<Map<string, Set<string>>> {
  const all = new Map<string, Set<string>>();
  for (const table of TABLES) {
    const { rows } = await db.query<Record<string, unknown>>(`select * from ${table}`);
    all.set(table, new Set(rows.map((row) => JSON.stringify(row))));
  }
  return all;
}

for (const kind of testDatabases()) {
  describe(`retention on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let seeded: Seeded;
    const closedAt = new Date('2026-09-01T12:00:00Z');

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db);
      app = await collector(handle.db);
      const returns = returnsFor(seeded.framework, [...seeded.agencies, { name: 'Southampton Agency', sector: 'statutory' }], 17);
      assert.equal((await submitReturn(app, seeded.agencies[0]!.token, 'p1', returns[0])).statusCode, 201);
      assert.equal((await putDraft(app, seeded.agencies[1]!.token, 0, asDraft(returns[1]!))).statusCode, 200);
      assert.equal((await submitReturn(app, seeded.outsider.token, 's1', returns[3])).statusCode, 201);
      // A staff read: a line of the audit log that names the campaign.
      const analyst = await signIn(app, seeded.staff.analyst);
      assert.equal((await analyst.get(`/staff/campaigns/${seeded.campaignId}/report.html`)).statusCode, 200);
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    it('closes a campaign: its links stop working, and nothing is due for purging before its retention has run', async () => {
      await closeCampaign(
        adminContext(handle.db, () => closedAt),
        seeded.campaignId,
      );
      assert.equal((await app.inject(`/a/${seeded.agencies[0]!.token}`)).statusCode, 404);
      await assert.rejects(
        closeCampaign(
          adminContext(handle.db, () => closedAt),
          seeded.campaignId,
        ),
        AdminError,
      );
      const early = await purgeDryRun(adminContext(handle.db, () => new Date('2032-08-31T12:00:00Z')));
      assert.deepEqual(early.campaigns, []);
    });

    it('purges exactly what its dry run listed, six years after closing, and nothing of any other campaign', async () => {
      const later = adminContext(handle.db, () => new Date('2032-09-02T00:00:00Z'));
      const plan = await purgeDryRun(later);
      assert.equal(plan.campaigns.length, 1);
      const [listed] = plan.campaigns;
      assert.equal(listed!.id, seeded.campaignId);
      assert.equal(listed!.retentionYears, 6);
      assert.equal(listed!.dueAt, '2032-09-01T12:00:00.000Z');
      for (const table of ['return_versions', 'drafts', 'return_events', 'audit_log', 'links', 'campaign_agencies', 'campaigns'])
        assert.ok((listed!.rows[table] ?? 0) > 0, `${table} is listed`);

      const before = await snapshot(handle.db);
      await assert.rejects(purgeCampaigns(later, 'not-the-plan'), /nothing was deleted/);
      assert.deepEqual(await snapshot(handle.db), before);

      const done = await purgeCampaigns(later, plan.id);
      assert.deepEqual(
        done.campaigns.map((c) => c.rows),
        plan.campaigns.map((c) => c.rows),
      );
      const after = await snapshot(handle.db);
      // Every row that went was the campaign's, and as many went from each table as the dry run said.
      for (const table of TABLES) {
        const gone = [...before.get(table)!].filter((row) => !after.get(table)!.has(row));
        assert.equal(gone.length, listed!.rows[table] ?? 0, table);
        for (const row of gone) assert.ok(row.includes(seeded.campaignId), `${table}: ${row}`);
        const added = [...after.get(table)!].filter((row) => !before.get(table)!.has(row));
        // The only new row: the purge's own line in the audit log, naming no campaign.
        assert.equal(added.length, table === 'audit_log' ? 1 : 0, table);
      }
      const other = await handle.db.query('select 1 from return_versions where campaign_id = $1', [seeded.otherCampaignId]);
      assert.equal(other.rows.length, 1);
      assert.deepEqual((await purgeDryRun(later)).campaigns, []);
      const analyst = await signIn(app, seeded.staff.analyst);
      assert.equal((await analyst.get(`/staff/campaigns/${seeded.campaignId}`)).statusCode, 404);
    });
  });
}
