import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { Browser, collector, csrfOf, returnsFor, seed, signIn, testDatabases, type Seeded } from '../helpers/collector.js';
import { submitReturn } from '../helpers/sign-off-cycle.js';

for (const kind of testDatabases()) {
  describe(`challenge and feedback on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let seeded: Seeded;
    let analyst: Browser;
    const base = () => `/staff/campaigns/${seeded.campaignId}`;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 4);
      app = await collector(handle.db);
      const returns = returnsFor(seeded.framework, seeded.agencies, 11);
      for (const [i, agency] of seeded.agencies.entries()) if (i < 3) assert.equal((await submitReturn(app, agency.token, `first-${i}`, returns[i])).statusCode, 201);
      analyst = await signIn(app, seeded.staff.analyst);
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    const reviewUrl = (agencyId: string) => `${base()}/agencies/${agencyId}/review`;
    const staffPost = async (browser: Browser, pageUrl: string, action: string, fields: Record<string, string>) => {
      const page = await browser.get(pageUrl);
      return browser.post(action, { _csrf: csrfOf(page.body), ...fields });
    };
    const challengeIds = async (agencyId: string) =>
      (await handle.db.query<{ thread_id: string }>("select thread_id from return_events where agency_id = $1 and kind = 'challenge-raised' order by seq", [agencyId])).rows.map(
        (row) => row.thread_id,
      );

    it('lets staff choose returns for review by hand, by sector, or in a random sample, each with its reason', async () => {
      const [a, b] = seeded.agencies;
      assert.equal((await staffPost(analyst, reviewUrl(a!.id), reviewUrl(a!.id), { reason: 'Intelligence from a case review' })).statusCode, 303);
      const sector = await staffPost(analyst, `${base()}/review`, `${base()}/review/choose`, { 'choose-sector': b!.sector, 'choose-reason': 'Sector focus this year' });
      assert.equal(sector.statusCode, 303);
      const tooMany = await staffPost(analyst, `${base()}/review`, `${base()}/review/sample`, { size: '9', 'sample-sector': '', 'sample-reason': 'Verification visit' });
      assert.equal(tooMany.statusCode, 400);
      assert.match(tooMany.body, /Enter 1 or fewer: only 1 received returns are not chosen yet/);
      const sample = await staffPost(analyst, `${base()}/review`, `${base()}/review/sample`, { size: '1', 'sample-sector': '', 'sample-reason': 'Verification visit' });
      assert.equal(sample.statusCode, 303);
      const { rows } = await handle.db.query<{ agency_id: string; data: { method: string; reason: string } }>(
        "select agency_id, data from return_events where kind = 'review-selected' order by agency_id",
      );
      assert.equal(rows.length, 3);
      assert.deepEqual(rows.map((row) => row.data.method).sort(), ['chosen', 'chosen', 'random']);
      const list = await analyst.get(`${base()}/review?reason=visit`);
      assert.match(list.body, /Random sample: Verification visit/);
      assert.doesNotMatch(list.body, /Intelligence from a case review/);
    });

    it('raises a challenge on a standard and on an action; the agency sees it on its link with a link into the audit, and answers it', async () => {
      const agency = seeded.agencies[0]!;
      const ret = returnsFor(seeded.framework, seeded.agencies, 11)[0]!;
      const withAction = ret.responses.find((response) => response.actions.length > 0);
      const first = ret.responses[0]!;
      const bad = await staffPost(analyst, reviewUrl(agency.id), `${base()}/agencies/${agency.id}/challenges`, { target: 'no-such-standard', text: '' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Select a standard or an action of this return/);
      assert.match(bad.body, /Enter your challenge/);
      const raised = await staffPost(analyst, reviewUrl(agency.id), `${base()}/agencies/${agency.id}/challenges`, {
        target: first.standardId,
        text: 'What evidence shows the training reached volunteers?',
      });
      assert.equal(raised.statusCode, 303);
      if (withAction)
        assert.equal(
          (
            await staffPost(analyst, reviewUrl(agency.id), `${base()}/agencies/${agency.id}/challenges`, {
              target: `${withAction.standardId}/${withAction.actions[0]!.id}`,
              text: 'Who leads this action?',
            })
          ).statusCode,
          303,
        );
      const page = await app.inject(`/a/${agency.token}`);
      assert.match(page.body, /Questions from the partnership/);
      assert.match(page.body, /What evidence shows the training reached volunteers\?/);
      assert.match(page.body, new RegExp(`<a href="#s11/standard/${first.standardId}">Change your answer to this standard</a>`));
      const [challengeId] = await challengeIds(agency.id);
      const browser = new Browser(app);
      const csrf = csrfOf((await browser.get(`/a/${agency.token}`)).body);
      const empty = await browser.post(`/a/${agency.token}/challenges/${challengeId}/answer`, { _csrf: csrf, [`answer-${challengeId}`]: ' ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Enter your answer/);
      // Another agency's link cannot answer it.
      const other = await browser.post(`/a/${seeded.agencies[1]!.token}/challenges/${challengeId}/answer`, { _csrf: csrf, [`answer-${challengeId}`]: 'Not mine' });
      assert.equal(other.statusCode, 404);
      const noCsrf = await app.inject({
        method: 'POST',
        url: `/a/${agency.token}/challenges/${challengeId}/answer`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `answer-${challengeId}=x`,
      });
      assert.equal(noCsrf.statusCode, 403);
      const answered = await browser.post(`/a/${agency.token}/challenges/${challengeId}/answer`, {
        _csrf: csrf,
        [`answer-${challengeId}`]: 'We rated it lower and added an action.',
      });
      assert.equal(answered.statusCode, 303);
      const twice = await browser.post(`/a/${agency.token}/challenges/${challengeId}/answer`, { _csrf: csrf, [`answer-${challengeId}`]: 'Again' });
      assert.equal(twice.statusCode, 409);
      assert.match(twice.body, /This question is not waiting for your answer/);
    });

    it('counts a rating changed by a resubmit after a challenge, lets staff accept once, and puts both in the board report', async () => {
      const agency = seeded.agencies[0]!;
      const ret = returnsFor(seeded.framework, seeded.agencies, 11)[0]!;
      const first = ret.responses[0]!;
      const lower = first.rating === 'outstanding' ? 'good' : 'outstanding';
      const changed = { ...ret, responses: ret.responses.map((response, i) => (i === 0 ? { ...response, rating: lower } : response)) };
      assert.equal((await submitReturn(app, agency.token, 'after-challenge', changed)).statusCode, 201);
      const [challengeId] = await challengeIds(agency.id);
      const review = await analyst.get(reviewUrl(agency.id));
      assert.match(review.body, /<strong>Changed to (Outstanding|Good) in version 2\.<\/strong>/);
      assert.equal((await staffPost(analyst, reviewUrl(agency.id), `${base()}/agencies/${agency.id}/challenges/${challengeId}/accept`, {})).statusCode, 303);
      assert.equal((await staffPost(analyst, reviewUrl(agency.id), `${base()}/agencies/${agency.id}/challenges/${challengeId}/accept`, {})).statusCode, 409);
      assert.equal(
        (await staffPost(analyst, reviewUrl(agency.id), `${base()}/agencies/${agency.id}/challenges/${challengeId}/reopen`, { [`reopen-${challengeId}`]: 'More' })).statusCode,
        409,
      );
      const report = await analyst.get(`${base()}/report.html`);
      assert.equal(report.statusCode, 200);
      assert.match(report.body, /Challenge and feedback/);
      assert.match(report.body, /(1 rating was|2 ratings were) challenged; 1 has been changed by the agency since/);
      const csv = await analyst.get(`${base()}/events.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /challenge-accepted/);
      assert.match(csv.body, /review-selected/);
    });

    it('answers 404 to another partnership’s staff, to Hampshire for an agency not reporting to it, and 403 without CSRF', async () => {
      const agency = seeded.agencies[0]!;
      const [challengeId] = await challengeIds(agency.id);
      const outsider = await signIn(app, seeded.staff.outsider);
      assert.equal((await outsider.get(reviewUrl(agency.id))).statusCode, 404);
      assert.equal((await outsider.get(`${base()}/review`)).statusCode, 404);
      const csrf = csrfOf((await outsider.get('/staff')).body);
      assert.equal((await outsider.post(`${base()}/agencies/${agency.id}/challenges`, { _csrf: csrf, target: 'x', text: 'y' })).statusCode, 404);
      assert.equal((await outsider.post(`${base()}/agencies/${agency.id}/challenges/${challengeId}/reopen`, { _csrf: csrf, [`reopen-${challengeId}`]: 'y' })).statusCode, 404);
      const hampshire = await signIn(app, seeded.staff.hampshire);
      assert.equal((await hampshire.get(reviewUrl(seeded.agencies[1]!.id))).statusCode, 404);
      assert.equal((await hampshire.get(reviewUrl(agency.id))).statusCode, 200, 'agency 1 reports to Hampshire too');
      const noCsrf = await analyst.post(`${base()}/agencies/${agency.id}/challenges`, { target: 'x', text: 'y' });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal((await app.inject(reviewUrl(agency.id))).statusCode, 303, 'signed out: to the sign-in page');
    });
  });
}
