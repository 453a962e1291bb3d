import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { loadFramework } from '@s11kit/frameworks';
import { validateReturn, type AuditReturn, type Framework, type StandardNeedingAnswer } from '@s11kit/schema';
import { addCampaign, revokeAgencyLink } from '@s11kit/server/admin';
import { adminContext, collector, returnsFor, seed, signIn, testDatabases, TEST_NOW, type Seeded } from '../helpers/collector.js';
import { historyCount, submit } from '../helpers/year-two-cycle.js';

/** A person's answers to what the translation left open, as the agency gives them on its link. */
export function completed(framework: Framework, draft: AuditReturn, open: readonly StandardNeedingAnswer[]): AuditReturn {
  const good = framework.scale.levels.find((level) => level.requires.length === 1 && level.requires[0] === 'evidence')?.id ?? framework.scale.levels[1]!.id;
  const answered = draft.responses.map((response) => {
    const copied = { ...response, copiedFrom: undefined, items: response.items?.map((item) => ({ ...item, rating: item.rating ?? good })) };
    delete copied.copiedFrom;
    if (!copied.items) delete copied.items;
    if (!open.some((gap) => gap.standardId === response.standardId) || copied.rating !== null) return copied;
    return { ...copied, rating: good, evidence: copied.evidence || 'Our reviews of serious cases are shared with every team, and the changes they led to are logged.' };
  });
  const cover = Object.fromEntries(framework.coverSheet.map((field) => [field.id, draft.cover[field.id] || (field.required ? 'Jo Example, jo@example.org, 01234 567890' : '')]));
  return { ...draft, status: 'submitted', submittedAt: TEST_NOW.toISOString(), cover, responses: answered };
}

for (const kind of testDatabases()) {
  describe(`one return, several partnerships, on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let seeded: Seeded;
    let bucks: Framework;
    let hampshireCampaign: string;
    let ret: AuditReturn;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 3);
      bucks = await loadFramework('buckinghamshire-s11');
      // Hampshire runs its own campaign this year on another framework; agency 1 reports to Hampshire too.
      const campaign = await addCampaign(adminContext(handle.db), {
        partnership: 'hampshire',
        framework: bucks,
        builtIn: true,
        cycleStart: 2026,
        cycleYear: 1,
        deadline: '2026-06-30',
        title: 'Hampshire Section 11 2026',
      });
      hampshireCampaign = campaign.id;
      app = await collector(handle.db, { limits: { signInPerMinute: 1000 } });
      ret = returnsFor(seeded.framework, seeded.agencies, 3)[0]!;
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    const token = () => seeded.agencies[0]!.token;
    const copyUrl = (path: string, t = token()) => `/a/${t}/shared/${hampshireCampaign}/${path}`;

    it('translates a submitted return into the framework of every other partnership the agency reports to, in the same transaction', async () => {
      assert.equal((await submit(app, `/a/${token()}/returns`, 'p-1', ret)).statusCode, 201);
      const { rows } = await handle.db.query<{ translated: AuditReturn; needs_answer: StandardNeedingAnswer[]; mapping_id: string }>(
        'select translated, needs_answer, mapping_id from shared_copies where campaign_id = $1 and agency_id = $2',
        [hampshireCampaign, seeded.agencies[0]!.id],
      );
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.mapping_id, 'portsmouth-compact--buckinghamshire-s11');
      assert.equal(rows[0]!.translated.framework.id, 'buckinghamshire-s11');
      assert.ok(validateReturn(bucks, rows[0]!.translated, { mode: 'draft' }).ok);
      assert.ok(rows[0]!.needs_answer.length > 0, 'a standard with no source is left for the agency');
      for (const gap of rows[0]!.needs_answer)
        assert.equal(rows[0]!.translated.responses.find((r) => r.standardId === gap.standardId)!.rating, null, `${gap.standardId} is not guessed`);
      assert.equal(await historyCount(handle.db, 'translation-made'), 1);
      // A newer return before the agency has touched the copy: the copy follows it.
      const newer = { ...ret, respondent: { ...ret.respondent, role: 'Head of safeguarding' } };
      assert.equal((await submit(app, `/a/${token()}/returns`, 'p-1a', newer)).statusCode, 201);
      assert.equal(await historyCount(handle.db, 'translation-refreshed'), 1);
      assert.equal((await app.inject(copyUrl('draft'))).json().value.respondent.role, 'Head of safeguarding');
      // Agency 2 does not report to Hampshire: nothing for Hampshire.
      assert.equal((await submit(app, `/a/${seeded.agencies[1]!.token}/returns`, 'p-2', returnsFor(seeded.framework, seeded.agencies, 3)[1])).statusCode, 201);
      assert.equal((await handle.db.query('select 1 from shared_copies where agency_id = $1', [seeded.agencies[1]!.id])).rows.length, 0);
    });

    it("puts a second task on the agency's page: an audit of the other framework with its own addresses, prefilled, with what needs an answer", async () => {
      const page = await app.inject(`/a/${token()}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<s11-audit framework="portsmouth-compact"\s+submit-url=/, 'its own audit first');
      assert.match(
        page.body,
        new RegExp(
          `<s11-audit framework="buckinghamshire-s11" route-prefix="hampshire" document-title="off"\\s+submit-url="${copyUrl('returns')}" draft-url="${copyUrl('draft')}"`,
        ),
      );
      assert.match(page.body, /Your return for Hampshire Section 11 2026/);
      assert.match(page.body, /<h3 class="heading-s">Needs your answer<\/h3><ul class="list">(<li><strong>Standard \d, [^<]+<\/strong>: [^<]+<\/li>)+<\/ul>/);
      const draft = await app.inject(copyUrl('draft'));
      assert.equal(draft.statusCode, 200);
      assert.equal(draft.json().revision, 1);
      assert.equal(draft.json().value.framework.id, 'buckinghamshire-s11');
    });

    it('keeps the agency’s work on the copy with revisions, refusing a stale save with 409 and the server copy', async () => {
      const draft = (await app.inject(copyUrl('draft'))).json();
      const put = (body: unknown) => app.inject({ method: 'PUT', url: copyUrl('draft'), headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      const mine = { ...draft.value, respondent: { ...draft.value.respondent, name: 'Sam Example' } };
      const saved = await put({ revision: 1, value: mine });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().revision, 2);
      const stale = await put({ revision: 1, value: draft.value });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().value.respondent.name, 'Sam Example');
      assert.equal((await put({ revision: 2, value: { framework: { id: 'buckinghamshire-s11' } } })).statusCode, 422);
      assert.equal((await put({ revision: 'two', value: mine })).statusCode, 400);
      // A newer return does not overwrite work the agency has begun.
      assert.equal((await submit(app, `/a/${token()}/returns`, 'p-1b', { ...ret, respondent: { ...ret.respondent, role: 'Safeguarding lead' } })).statusCode, 201);
      assert.equal((await app.inject(copyUrl('draft'))).json().value.respondent.name, 'Sam Example');
      assert.equal(await historyCount(handle.db, 'translation-refreshed'), 1, 'only the refresh before the agency began');
    });

    it('answers 404 to another agency’s link, a revoked link, and a campaign that is not the copy’s', async () => {
      for (const url of [
        copyUrl('draft', seeded.agencies[1]!.token),
        copyUrl('draft', seeded.outsider.token),
        `/a/${token()}/shared/${seeded.otherCampaignId}/draft`,
        `/a/${token()}/shared/not-an-id/draft`,
      ])
        assert.equal((await app.inject(url)).statusCode, 404, url);
      assert.equal((await submit(app, copyUrl('returns', seeded.agencies[1]!.token), 'x-1', ret)).statusCode, 404);
    });

    it("shows Hampshire's staff the copy marked as translated, with its open standards, and no one else", async () => {
      const hampshire = await signIn(app, seeded.staff.hampshire);
      const progress = await hampshire.get(`/staff/campaigns/${hampshireCampaign}`);
      assert.equal(progress.statusCode, 200);
      assert.match(progress.body, /Returns translated from other partnerships/);
      assert.match(progress.body, /<strong class="tag tag--draft">Translated copy<\/strong> \d standards? needs? the agency’s answer/);
      const copy = await hampshire.get(`/staff/campaigns/${hampshireCampaign}/shared/${seeded.agencies[0]!.id}`);
      assert.equal(copy.statusCode, 200);
      assert.match(copy.body, /Translated copy: not yet checked by the agency/);
      assert.match(copy.body, /with the built-in mapping portsmouth-compact--buckinghamshire-s11/);
      assert.match(copy.body, /Needs the agency’s answer<\/strong>/);
      // Not counted in Hampshire's figures until the agency completes it.
      assert.equal((await hampshire.get(`/staff/campaigns/${hampshireCampaign}/summary.json`)).json().result.counted, 0);
      const portsmouth = await signIn(app, seeded.staff.analyst);
      assert.equal((await portsmouth.get(`/staff/campaigns/${hampshireCampaign}/shared/${seeded.agencies[0]!.id}`)).statusCode, 404);
      const southampton = await signIn(app, seeded.staff.outsider);
      assert.equal((await southampton.get(`/staff/campaigns/${hampshireCampaign}/shared/${seeded.agencies[0]!.id}`)).statusCode, 404);
      assert.equal((await hampshire.get(`/staff/campaigns/${hampshireCampaign}/shared/${seeded.agencies[1]!.id}`)).statusCode, 404);
    });

    it('takes the completed copy as a return to Hampshire’s campaign, idempotently, and counts it', async () => {
      const { rows } = await handle.db.query<{ draft: AuditReturn; needs_answer: StandardNeedingAnswer[] }>(
        'select draft, needs_answer from shared_copies where campaign_id = $1 and agency_id = $2',
        [hampshireCampaign, seeded.agencies[0]!.id],
      );
      const unanswered = await submit(app, copyUrl('returns'), 'h-0', { ...rows[0]!.draft, status: 'submitted', submittedAt: TEST_NOW.toISOString() });
      assert.equal(unanswered.statusCode, 422, 'the open standards need an answer');
      assert.ok(unanswered.json().issues.some((issue: { standardId?: string }) => rows[0]!.needs_answer.some((gap) => gap.standardId === issue.standardId)));
      const body = completed(bucks, rows[0]!.draft, rows[0]!.needs_answer);
      const sent = await submit(app, copyUrl('returns'), 'h-1', body);
      assert.equal(sent.statusCode, 201, JSON.stringify(sent.json().issues?.map((i: { message: string }) => i.message)));
      const replay = await submit(app, copyUrl('returns'), 'h-1', body);
      assert.equal(replay.statusCode, 200);
      assert.deepEqual(replay.json(), sent.json());
      assert.equal((await submit(app, copyUrl('returns'), 'h-1', { ...body, respondent: { ...body.respondent, name: 'Other' } })).statusCode, 409);
      assert.equal(await historyCount(handle.db, 'translation-completed'), 1);
      const hampshire = await signIn(app, seeded.staff.hampshire);
      const copy = await hampshire.get(`/staff/campaigns/${hampshireCampaign}/shared/${seeded.agencies[0]!.id}`);
      assert.match(copy.body, new RegExp(`Completed by the agency.*${sent.json().reference}`, 's'));
      const summary = (await hampshire.get(`/staff/campaigns/${hampshireCampaign}/summary.json`)).json();
      assert.equal(summary.result.counted, 1);
      const page = await app.inject(`/a/${token()}`);
      assert.match(page.body, new RegExp(`You completed this return: reference ${sent.json().reference}`));
      assert.match(page.body, new RegExp(`receipt="${sent.json().reference}"`));
      await revokeAgencyLink(adminContext(handle.db), seeded.campaignId, seeded.agencies[0]!.id);
      assert.equal((await submit(app, copyUrl('returns'), 'h-2', body)).statusCode, 404, 'a revoked link sends nothing');
    });
  });
}
