import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadFramework } from '@s11kit/frameworks';
import type { AuditReturn, Framework } from '@s11kit/schema';
import type { Database } from '@s11kit/server';
import { addAgency, addCampaign, agencyLink, openYearTwo, parseIdentifier, revokeAgencyLink } from '@s11kit/server/admin';
import { adminContext, collector, returnsFor, seed, signIn, testDatabases, type Seeded } from '../helpers/collector.js';
import { firstAction, postUpdate, submit, YEAR_TWO_NOW } from '../helpers/year-two-cycle.js';

const NEXT_CYCLE_NOW = new Date('2028-05-01T12:00:00Z');
const LATER_CYCLE_NOW = new Date('2030-05-01T12:00:00Z');

interface Agency {
  id: string;
  token: string;
  name: string;
  sector: string;
}

async function enrol(db: Database, campaignId: string, input: { name: string; sector: string; id?: string }): Promise<Agency> {
  const { agency } = await addAgency(adminContext(db), {
    partnership: 'portsmouth',
    campaign: campaignId,
    name: input.name,
    sector: input.sector,
    ...(input.id ? { identifier: parseIdentifier(input.id) } : {}),
  });
  return { id: agency.id, token: (await agencyLink(adminContext(db), campaignId, agency.id)).token, name: input.name, sector: input.sector };
}

for (const kind of testDatabases()) {
  describe(`last cycle alongside, on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let seeded: Seeded;
    let framework: Framework;
    let apps: FastifyInstance[];
    let app2028: FastifyInstance;
    // 2026: A (with its ODS code) and B (no identifier; its return names its URN) return.
    let a26: Agency;
    let b26: Agency;
    let returns26: AuditReturn[];
    // 2028: A again (the same agency, found by its code), B registered anew with its URN, C new.
    let campaign28: string;
    let a28: Agency;
    let b28: Agency;
    let c28: Agency;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 1);
      framework = seeded.framework;
      const app2026 = await collector(handle.db);
      a26 = await enrol(handle.db, seeded.campaignId, { name: 'Solent Example NHS Trust', sector: 'statutory', id: 'ods:R1C' });
      b26 = await enrol(handle.db, seeded.campaignId, { name: 'St Example School', sector: 'education' });
      returns26 = returnsFor(framework, [a26, b26], 7);
      returns26[1] = { ...returns26[1]!, organisation: { ...returns26[1]!.organisation, identifiers: [{ scheme: 'urn', id: '116242' }] } };
      for (const [i, agency] of [a26, b26].entries()) assert.equal((await submit(app2026, `/a/${agency.token}/returns`, `r26-${i}`, returns26[i])).statusCode, 201);
      const campaign = await addCampaign(adminContext(handle.db), {
        partnership: 'portsmouth',
        framework,
        builtIn: true,
        cycleStart: 2028,
        cycleYear: 1,
        deadline: '2028-06-30',
        title: 'Compact audit 2028',
      });
      campaign28 = campaign.id;
      a28 = await enrol(handle.db, campaign28, { name: 'Solent Example NHS Trust', sector: 'statutory', id: 'ods:R1C' });
      b28 = await enrol(handle.db, campaign28, { name: 'St Example School', sector: 'education', id: 'urn:116242' });
      c28 = await enrol(handle.db, campaign28, { name: 'New Example Nursery', sector: 'early-years' });
      app2028 = await collector(handle.db, { now: () => NEXT_CYCLE_NOW, limits: { signInPerMinute: 1000 } });
      apps = [app2026, app2028];
    });
    after(async () => {
      for (const app of apps) await app.close();
      await handle.dispose();
    });

    it("answers GET <previous-url> with the agency's latest return of the last cycle, and the agency page sets previous-url", async () => {
      assert.equal(a28.id, a26.id, 'the same agency, found by its ODS code');
      const page = await app2028.inject(`/a/${a28.token}`);
      assert.match(
        page.body,
        new RegExp(
          `<s11-audit framework="portsmouth-compact"\\s+submit-url="/a/${a28.token}/returns" draft-url="/a/${a28.token}/draft"\\s+storage-key="${campaign28}-${a28.id}" sector="statutory" previous-url="/a/${a28.token}/previous">`,
        ),
      );
      const previous = await app2028.inject(`/a/${a28.token}/previous`);
      assert.equal(previous.statusCode, 200);
      assert.equal(previous.headers['cache-control'], 'no-store');
      assert.deepEqual(previous.json().value, returns26[0]);
    });

    it('matches an agency registered anew by the identifier its last return carried', async () => {
      assert.notEqual(b28.id, b26.id);
      const previous = await app2028.inject(`/a/${b28.token}/previous`);
      assert.equal(previous.statusCode, 200);
      assert.deepEqual(previous.json().value.responses, returns26[1]!.responses);
    });

    it('answers 404 for an agency with no return last cycle (and its page has no previous-url), another campaign with no earlier cycle, and a link that does not work', async () => {
      const none = await app2028.inject(`/a/${c28.token}/previous`);
      assert.equal(none.statusCode, 404);
      assert.match(none.json().message, /no return in the last cycle/);
      assert.doesNotMatch((await app2028.inject(`/a/${c28.token}`)).body, /previous-url/);
      const first = await app2028.inject(`/a/${a26.token}/previous`);
      assert.equal(first.statusCode, 404, 'the 2026 campaign has no earlier cycle');
      assert.equal((await app2028.inject(`/a/${seeded.outsider.token}/previous`)).statusCode, 404, "another partnership's agency");
      assert.equal((await app2028.inject(`/a/${'x'.repeat(43)}/previous`)).statusCode, 404);
      const revoked = await enrol(handle.db, campaign28, { name: 'Gone Example Trust', sector: 'statutory', id: 'ods:R1C' });
      await revokeAgencyLink(adminContext(handle.db), campaign28, revoked.id);
      assert.equal((await app2028.inject(`/a/${a28.token}/previous`)).statusCode, 404, 'the same agency: its new link replaced the old');
      assert.equal((await app2028.inject(`/a/${revoked.token}/previous`)).statusCode, 404);
      a28 = { ...a28, token: (await agencyLink(adminContext(handle.db), campaign28, a28.id)).token };
    });

    it('takes year 2 of the last cycle as its latest: the action plan with its updates', async () => {
      const opened = await openYearTwo(adminContext(handle.db), { campaign: seeded.campaignId, deadline: '2027-06-30' });
      const token = opened.links.find((link) => link.agencyId === a26.id)!.token;
      const yearTwo = await collector(handle.db, { now: () => YEAR_TWO_NOW });
      apps.push(yearTwo);
      const action = firstAction(returns26[0]!);
      assert.equal(
        (await postUpdate(yearTwo, `/a/${token}/year-two/updates`, 'u-1', { ...action, changes: [{ kind: 'progress', note: 'Half the staff trained.' }] })).statusCode,
        201,
      );
      const previous = (await app2028.inject(`/a/${a28.token}/previous`)).json().value as AuditReturn;
      const updated = previous.responses.find((r) => r.standardId === action.standardId)!.actions.find((a) => a.id === action.actionId)!;
      assert.equal(updated.progress?.[0]?.note, 'Half the staff trained.');
    });

    it("shows staff the changes since the last cycle in the report (the SDK's comparison), and none where there is no earlier cycle", async () => {
      const now28 = returnsFor(framework, [a28, b28], 12, NEXT_CYCLE_NOW);
      for (const [i, agency] of [a28, b28].entries()) {
        const sent = await submit(app2028, `/a/${agency.token}/returns`, `r28-${i}`, now28[i]);
        assert.equal(sent.statusCode, 201, sent.body);
      }
      const staff = await signIn(app2028, seeded.staff.analyst);
      const summary = (await staff.get(`/staff/campaigns/${campaign28}/summary.json`)).json();
      assert.ok(summary.result.comparison, 'a comparison with 2026');
      assert.equal(summary.result.comparison.previous.agencies, 2);
      const changes = summary.result.comparison.standards.reduce((n: number, s: { improved: number; same: number; worse: number }) => n + s.improved + s.same + s.worse, 0);
      assert.ok(changes > 0, 'ratings compared with the same agencies last cycle');
      const report = await staff.get(`/staff/campaigns/${campaign28}/report.html`);
      assert.match(report.body, /Since the last cycle/);
      const first = (await staff.get(`/staff/campaigns/${seeded.campaignId}/summary.json`)).json();
      assert.equal(first.result.comparison, undefined);
    });

    it('translates a last return made with another framework through the built-in mapping', async () => {
      const bucks = await loadFramework('buckinghamshire-s11');
      const campaign = await addCampaign(adminContext(handle.db), {
        partnership: 'portsmouth',
        framework: bucks,
        builtIn: true,
        cycleStart: 2030,
        cycleYear: 1,
        deadline: '2030-06-30',
        title: 'Section 11 2030',
      });
      const { agency } = await addAgency(adminContext(handle.db), {
        partnership: 'portsmouth',
        campaign: campaign.id,
        name: 'Solent Example NHS Trust',
        sector: 'statutory',
        identifier: parseIdentifier('ods:R1C'),
      });
      const { token } = await agencyLink(adminContext(handle.db), campaign.id, agency.id);
      const app2030 = await collector(handle.db, { now: () => LATER_CYCLE_NOW });
      apps.push(app2030);
      const previous = await app2030.inject(`/a/${token}/previous`);
      assert.equal(previous.statusCode, 200, previous.body);
      const value = previous.json().value as AuditReturn;
      assert.equal(value.framework.id, 'buckinghamshire-s11');
      assert.deepEqual(
        value.responses.map((r) => r.standardId),
        bucks.standards.map((s) => s.id),
      );
      assert.ok(
        value.responses.some((r) => r.rating !== null),
        'ratings the mapping carries over',
      );
      // Staff compare like with like only: the 2030 report has no comparison with the Compact cycle.
      const staff = await signIn(app2030, seeded.staff.analyst);
      assert.equal((await staff.get(`/staff/campaigns/${campaign.id}/summary.json`)).json().result.comparison, undefined);
    });
  });
}
