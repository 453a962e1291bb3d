import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { AuditReturn } from '@s11kit/schema';
import { AdminError, openYearTwo, revokeAgencyLink } from '@s11kit/server/admin';
import { adminContext, collector, csrfOf, seed, signIn, testDatabases, type Seeded } from '../helpers/collector.js';
import { firstAction, historyCount, postUpdate, stepsOf, returnedThenYearTwo, YEAR_TWO_NOW } from '../helpers/year-two-cycle.js';

const progress = (note: string) => ({ kind: 'progress', note });

for (const kind of testDatabases()) {
  describe(`year 2: the action plan carried on, on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let yearOneApp: FastifyInstance;
    let app: FastifyInstance;
    let seeded: Seeded;
    let yearTwoId: string;
    let links: Map<string, string>;
    let returns: AuditReturn[];

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 3);
      yearOneApp = await collector(handle.db);
      // Agencies 1 and 2 return in year 1; agency 3 does not.
      ({ yearTwoId, links, returns } = await returnedThenYearTwo(handle.db, yearOneApp, {
        campaignId: seeded.campaignId,
        framework: seeded.framework,
        agencies: seeded.agencies,
        returning: 2,
      }));
      app = await collector(handle.db, { now: () => YEAR_TWO_NOW, limits: { signInPerMinute: 1000 } });
    });
    after(async () => {
      await app.close();
      await yearOneApp.close();
      await handle.dispose();
    });

    const tokenOf = (i: number) => links.get(seeded.agencies[i]!.id)!;
    const updatesUrl = (i: number) => `/a/${tokenOf(i)}/year-two/updates`;
    const plan = async (i: number) => (await app.inject(`/a/${tokenOf(i)}/year-two/plan.json`)).json().value as AuditReturn;

    it('opens year 2 with the same framework, partnerships and agencies, a new link each, and a history entry for each carried-on return', async () => {
      const { rows } = await handle.db.query<{ cycle_year: number; cycle_start: number; framework_id: string }>(
        'select cycle_year, cycle_start, framework_id from campaigns where id = $1',
        [yearTwoId],
      );
      assert.deepEqual(rows[0], { cycle_year: 2, cycle_start: 2026, framework_id: 'portsmouth-compact' });
      const shared = await handle.db.query<{ slug: string }>(
        'select p.slug from campaign_partnerships cp join partnerships p on p.id = cp.partnership_id where cp.campaign_id = $1 order by p.slug',
        [yearTwoId],
      );
      assert.deepEqual(
        shared.rows.map((row) => row.slug),
        ['hampshire', 'portsmouth'],
      );
      assert.equal(links.size, 3);
      const opened = await stepsOf(handle.db, 'year-two-opened');
      assert.equal(opened.length, 2, 'the two agencies that returned carry on their return');
      assert.deepEqual(
        opened.map((step) => [step.actor, step.yearOneCampaignId, /^S11-/.test(step.from)]),
        [
          [{ kind: 'cli', login: 'test' }, seeded.campaignId, true],
          [{ kind: 'cli', login: 'test' }, seeded.campaignId, true],
        ],
        'opened at the command line, by its login, from the year-1 return',
      );
      const year1 = await yearOneApp.inject(`/a/${seeded.agencies[0]!.token}`);
      assert.equal(year1.statusCode, 200, 'year-1 links keep working for year 1');
    });

    it('refuses to open year 2 twice, before year 1 ends, or past the cycle', async () => {
      const admin = adminContext(handle.db);
      await assert.rejects(
        openYearTwo(admin, { campaign: seeded.campaignId, deadline: '2027-06-30' }),
        (error: Error) => error instanceof AdminError && /already open/.test(error.message),
      );
      await assert.rejects(openYearTwo(admin, { campaign: seeded.otherCampaignId, deadline: '2026-05-01' }), /must end after year 1/);
      await assert.rejects(openYearTwo(admin, { campaign: yearTwoId, deadline: '2028-06-30' }), /no next year to open/);
      await assert.rejects(openYearTwo(admin, { campaign: seeded.otherCampaignId, deadline: '2027-02-30' }), /a date that exists/);
    });

    it("serves the agency's year-1 action plan in <s11-action-tracker update-url>, under the strict CSP", async () => {
      const page = await app.inject(`/a/${tokenOf(0)}`);
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        new RegExp(
          `<s11-action-tracker data-src="/a/${tokenOf(0)}/year-two/plan.json" update-url="/a/${tokenOf(0)}/year-two/updates" storage-key="${yearTwoId}-${seeded.agencies[0]!.id}">`,
        ),
      );
      assert.match(page.body, /<script type="module" src="\/assets\/year-two\/tracker.js"><\/script>/);
      assert.match(String(page.headers['content-security-policy']), /require-trusted-types-for 'script'/);
      assert.doesNotMatch(page.body, /<s11-audit/);
      const data = await app.inject(`/a/${tokenOf(0)}/year-two/plan.json`);
      assert.equal(data.json().framework.id, 'portsmouth-compact');
      assert.deepEqual(data.json().value.responses, returns[0]!.responses);
      assert.equal((await app.inject('/assets/year-two/tracker.js')).statusCode, 200);
      // An agency that did not return in year 1 makes its full return on its year-2 link.
      const full = await app.inject(`/a/${tokenOf(2)}`);
      assert.match(full.body, /<s11-audit framework="portsmouth-compact"/);
      assert.equal((await app.inject(`/a/${tokenOf(2)}/year-two/plan.json`)).statusCode, 404);
    });

    it('applies an update with updateAction, answers 201 { value }, and records who and when', async () => {
      const action = firstAction(returns[0]!);
      const response = await postUpdate(app, updatesUrl(0), 'u-1', { ...action, changes: [progress('Training booked for all volunteers in April.')] });
      assert.equal(response.statusCode, 201, response.body);
      const value = response.json().value as AuditReturn;
      const updated = value.responses.find((r) => r.standardId === action.standardId)!.actions.find((a) => a.id === action.actionId)!;
      assert.deepEqual(updated.progress, [{ at: YEAR_TWO_NOW.toISOString(), note: 'Training booked for all volunteers in April.' }]);
      assert.deepEqual((await plan(0)).responses, value.responses, 'the server keeps what it answered');
      const steps = await stepsOf(handle.db, 'action-updated', seeded.agencies[0]!.id);
      assert.equal(steps.length, 1);
      assert.deepEqual(
        [steps[0]!.actor, steps[0]!.at, steps[0]!.standardId, steps[0]!.actionId],
        [{ kind: 'agency', name: 'Agency 1' }, YEAR_TWO_NOW.toISOString(), action.standardId, action.actionId],
      );
      assert.deepEqual(steps[0]!.changes, [progress('Training booked for all volunteers in April.')]);
      const page = await app.inject(`/a/${tokenOf(0)}`);
      assert.match(page.body, /Training booked for all volunteers in April\./, 'the page lists the updates saved');
    });

    it('answers a replay of the same key and body with 200 and the plan, storing nothing twice; a reused key with another body is 409', async () => {
      const action = firstAction(returns[0]!);
      const before = await historyCount(handle.db, 'action-updated', seeded.agencies[0]!.id);
      const replay = await postUpdate(app, updatesUrl(0), 'u-1', { ...action, changes: [progress('Training booked for all volunteers in April.')] });
      assert.equal(replay.statusCode, 200);
      const progressOf = (ret: AuditReturn) => ret.responses.find((r) => r.standardId === action.standardId)!.actions.find((a) => a.id === action.actionId)!.progress;
      assert.equal(progressOf(replay.json().value)!.length, 1);
      const reused = await postUpdate(app, updatesUrl(0), 'u-1', { ...action, changes: [progress('Something else')] });
      assert.equal(reused.statusCode, 409);
      assert.match(reused.json().message, /already used/);
      assert.equal(await historyCount(handle.db, 'action-updated', seeded.agencies[0]!.id), before);
      assert.equal(progressOf(await plan(0))!.length, 1);
    });

    it('answers 422 with the SDK issues for a change updateAction refuses, and for a stale change, changing nothing', async () => {
      const action = firstAction(returns[0]!);
      const before = await historyCount(handle.db, 'action-updated');
      const blank = await postUpdate(app, updatesUrl(0), 'u-blank', { ...action, changes: [progress('   ')] });
      assert.equal(blank.statusCode, 422);
      assert.equal(blank.json().issues[0].code, 'progress_note_required');
      const past = await postUpdate(app, updatesUrl(0), 'u-past', { ...action, changes: [{ kind: 'revise-due', due: '2026-01-01', reason: 'Late' }] });
      assert.equal(past.json().issues[0].code, 'action_due_past');
      const unknown = await postUpdate(app, updatesUrl(0), 'u-unknown', { standardId: action.standardId, actionId: 'no-such-action', changes: [progress('x')] });
      assert.equal(unknown.json().issues[0].code, 'unknown_action');
      // Two tabs: one completes the action; the other, loaded before, completes it again.
      const done = await postUpdate(app, updatesUrl(0), 'u-done', { ...action, changes: [{ kind: 'complete', evidence: 'Every volunteer trained: register attached.' }] });
      assert.equal(done.statusCode, 201, done.body);
      const stale = await postUpdate(app, updatesUrl(0), 'u-stale', { ...action, changes: [{ kind: 'complete', evidence: 'Done from the other tab' }] });
      assert.equal(stale.statusCode, 422);
      assert.match(stale.json().issues[0].message, /is already complete: someone saved an update after this page was loaded\. Reload the page/);
      assert.deepEqual(stale.json().issues[0].path.slice(-1), ['status']);
      // All or nothing: a valid first change and an invalid second leave the plan as it was.
      const second = firstAction({
        ...returns[0]!,
        responses: returns[0]!.responses.map((r) => ({ ...r, actions: r.actions.filter((a) => a.id !== action.actionId || r.standardId !== action.standardId) })),
      });
      const half = await postUpdate(app, updatesUrl(0), 'u-half', { ...second, changes: [progress('A fine note'), { kind: 'revise-due', due: second.due, reason: 'Same date' }] });
      assert.equal(half.statusCode, 422);
      assert.equal(await historyCount(handle.db, 'action-updated'), before + 1, 'only the completion was stored');
      const kept = (await plan(0)).responses.find((r) => r.standardId === second.standardId)!.actions.find((a) => a.id === second.actionId)!;
      assert.equal(kept.progress, undefined);
    });

    it('answers 400 for a missing or malformed key or body, and 404 for an unknown, revoked or year-1 link', async () => {
      const action = firstAction(returns[1]!);
      for (const key of [undefined, '', 'has space', 'x'.repeat(201)])
        assert.equal((await postUpdate(app, updatesUrl(1), key, { ...action, changes: [progress('x')] })).statusCode, 400);
      for (const body of [{}, { ...action }, { ...action, changes: [] }, { ...action, changes: ['progress'] }, { ...action, changes: new Array(11).fill(progress('x')) }])
        assert.equal((await postUpdate(app, updatesUrl(1), 'k-bad', body)).statusCode, 400, JSON.stringify(body).slice(0, 80));
      assert.equal((await postUpdate(app, `/a/${'x'.repeat(43)}/year-two/updates`, 'k', { ...action, changes: [progress('x')] })).statusCode, 404);
      assert.equal(
        (await postUpdate(app, `/a/${seeded.agencies[1]!.token}/year-two/updates`, 'k', { ...action, changes: [progress('x')] })).statusCode,
        404,
        'a year-1 link has no year-2 plan',
      );
      assert.equal((await postUpdate(app, updatesUrl(2), 'k', { ...action, changes: [progress('x')] })).statusCode, 404, 'no year-1 return, no plan');
      assert.equal(await historyCount(handle.db, 'action-updated', seeded.agencies[1]!.id), 0);
    });

    it("changes only the link's own agency's plan: another agency's token cannot reach it", async () => {
      // An action of agency 1 that agency 2's plan does not have (ids are only unique within a return).
      const mine = await plan(1);
      const has = (standardId: string, actionId: string) => mine.responses.some((r) => r.standardId === standardId && r.actions.some((a) => a.id === actionId));
      const theirs = returns[0]!.responses.flatMap((r) => r.actions.map((a) => ({ standardId: r.standardId, actionId: a.id }))).find((ref) => !has(ref.standardId, ref.actionId))!;
      const before = JSON.stringify(await plan(0));
      const response = await postUpdate(app, updatesUrl(1), 'k-other', { ...theirs, changes: [progress('Written with the other agency’s link')] });
      assert.equal(response.statusCode, 422);
      assert.equal(response.json().issues[0].code, 'unknown_action');
      assert.equal(JSON.stringify(await plan(0)), before);
    });

    it('stops answering a revoked link', async () => {
      await revokeAgencyLink(adminContext(handle.db), yearTwoId, seeded.agencies[2]!.id);
      assert.equal((await app.inject(`/a/${tokenOf(2)}`)).statusCode, 404);
    });

    it('lets staff record an update from their own page, in their name, with CSRF, for agencies that report to them only', async () => {
      const staff = await signIn(app, seeded.staff.analyst);
      const agency = seeded.agencies[1]!;
      const pageUrl = `/staff/campaigns/${yearTwoId}/agencies/${agency.id}/year-two`;
      const page = await staff.get(pageUrl);
      assert.equal(page.statusCode, 200, page.body);
      const csrf = csrfOf(page.body);
      assert.match(page.body, new RegExp(`update-url="${pageUrl}/updates\\?_csrf=`));
      const cookie = [...staff.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const action = firstAction(returns[1]!);
      const body = { ...action, changes: [progress('Phoned in by the agency’s lead')] };
      const forged = await postUpdate(app, `${pageUrl}/updates`, 's-1', body, cookie);
      assert.equal(forged.statusCode, 403, 'no CSRF token');
      const wrong = await postUpdate(app, `${pageUrl}/updates?_csrf=not-a-token`, 's-1', body, cookie);
      assert.equal(wrong.statusCode, 403);
      const stored = await postUpdate(app, `${pageUrl}/updates?_csrf=${encodeURIComponent(csrf)}`, 's-1', body, cookie);
      assert.equal(stored.statusCode, 201, stored.body);
      const steps = await stepsOf(handle.db, 'action-updated', agency.id);
      assert.deepEqual(
        steps.map((step) => [step.actor.kind, step.actor.kind === 'staff' ? step.actor.name : '']),
        [['staff', 'Ana Lyst']],
      );
      const { rows } = await handle.db.query<{ staff_id: string | null }>("select staff_id from return_events where kind = 'action-updated' and agency_id = $1", [agency.id]);
      assert.deepEqual(
        rows.map((row) => typeof row.staff_id),
        ['string'],
        'the staff column names who, for finding a person’s steps',
      );
      assert.equal((await postUpdate(app, `${pageUrl}/updates?_csrf=${encodeURIComponent(csrf)}`, 's-2', body)).statusCode, 403, 'not signed in: no CSRF cookie either');
      assert.match((await staff.get(pageUrl)).body, /Ana Lyst \(partnership staff\)/);

      // Hampshire sees agency 1 (it reports to Hampshire) but not agency 2; Southampton sees nothing.
      const hampshire = await signIn(app, seeded.staff.hampshire);
      assert.equal((await hampshire.get(`/staff/campaigns/${yearTwoId}/agencies/${seeded.agencies[0]!.id}/year-two`)).statusCode, 200);
      assert.equal((await hampshire.get(pageUrl)).statusCode, 404);
      const southampton = await signIn(app, seeded.staff.outsider);
      const other = await southampton.get(pageUrl);
      assert.equal(other.statusCode, 404);
      const sCookie = [...southampton.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      const sCsrf = csrfOf((await southampton.get('/staff')).body);
      assert.equal((await postUpdate(app, `${pageUrl}/updates?_csrf=${encodeURIComponent(sCsrf)}`, 's-3', body, sCookie)).statusCode, 404);
      assert.equal(await historyCount(handle.db, 'action-updated', agency.id), 1);
    });

    it('shows staff what each agency did in year 2 and who did it', async () => {
      const staff = await signIn(app, seeded.staff.administrator);
      const progressPage = await staff.get(`/staff/campaigns/${yearTwoId}`);
      assert.match(progressPage.body, new RegExp(`href="/staff/campaigns/${yearTwoId}/year-two"`));
      const overview = await staff.get(`/staff/campaigns/${yearTwoId}/year-two`);
      assert.equal(overview.statusCode, 200);
      assert.match(overview.body, /Agency 1<\/a><\/th>\n<td><strong class="tag">Updating the action plan<\/strong><\/td>\n<td class="numeric">2<\/td>/);
      assert.match(overview.body, /by Ana Lyst \(partnership staff\)/);
      assert.match(overview.body, /No year-1 return/);
      const yearOne = await staff.get(`/staff/campaigns/${seeded.campaignId}`);
      assert.match(yearOne.body, new RegExp(`Year 2 of this cycle is open`));
    });

    it('keeps the history append-only: the database refuses to change an entry', async () => {
      await assert.rejects(handle.db.query('update return_events set actor = \'{"kind":"collector"}\' where kind = \'action-updated\''), /append-only/);
      await assert.rejects(handle.db.query("delete from return_events where kind = 'year-two-opened'"), /append-only/);
    });
  });

  describe(`year 2 opened by staff on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let seeded: Seeded;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 2);
      app = await collector(handle.db, { limits: { signInPerMinute: 1000 } });
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    it('opens year 2 from the campaign page for administrators, with CSRF, and shows every link once', async () => {
      const analyst = await signIn(app, seeded.staff.analyst);
      const formUrl = `/staff/campaigns/${seeded.campaignId}/year-two`;
      assert.equal((await analyst.get(formUrl)).statusCode, 404, 'analysts cannot open it');
      const analystCsrf = csrfOf((await analyst.get('/staff')).body);
      assert.equal((await analyst.post(formUrl, { _csrf: analystCsrf, 'deadline-day': '30', 'deadline-month': '6', 'deadline-year': '2027' })).statusCode, 403);
      const admin = await signIn(app, seeded.staff.administrator);
      const progressPage = await admin.get(`/staff/campaigns/${seeded.campaignId}`);
      assert.match(progressPage.body, /Open year 2 of this cycle/);
      const form = await admin.get(formUrl);
      assert.equal(form.statusCode, 200);
      assert.equal((await admin.post(formUrl, { 'deadline-day': '30', 'deadline-month': '6', 'deadline-year': '2027' })).statusCode, 403, 'no CSRF token');
      const bad = await admin.post(formUrl, { _csrf: csrfOf(form.body), 'deadline-day': '31', 'deadline-month': '2', 'deadline-year': '2027' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Enter the deadline of year 2 as a real date/);
      const early = await admin.post(formUrl, { _csrf: csrfOf(bad.body), 'deadline-day': '1', 'deadline-month': '6', 'deadline-year': '2026' });
      assert.equal(early.statusCode, 400);
      assert.match(early.body, /year 2 must end after year 1/);
      const opened = await admin.post(formUrl, { _csrf: csrfOf(early.body), 'deadline-day': '30', 'deadline-month': '6', 'deadline-year': '2027' });
      assert.equal(opened.statusCode, 200, opened.body);
      const found = [...opened.body.matchAll(/http:\/\/localhost(?::\d+)?\/a\/([A-Za-z0-9_-]{43})/g)].map((match) => match[1]!);
      assert.equal(found.length, 2);
      for (const token of found) assert.equal((await app.inject(`/a/${token}`)).statusCode, 200);
      const { rows } = await handle.db.query<{ action: string; staff_id: string }>("select action, staff_id from audit_log where action = 'campaign.year-two'");
      assert.equal(rows.length, 1);
      const again = await admin.post(formUrl, { _csrf: csrfOf(opened.body), 'deadline-day': '30', 'deadline-month': '6', 'deadline-year': '2027' });
      assert.equal(again.statusCode, 400);
      assert.match(again.body, /already open/);
      const southampton = await signIn(app, seeded.staff.outsider);
      assert.equal(
        (await southampton.post(formUrl, { _csrf: csrfOf((await southampton.get('/staff')).body), 'deadline-day': '30', 'deadline-month': '6', 'deadline-year': '2027' }))
          .statusCode,
        404,
      );
    });
  });
}
