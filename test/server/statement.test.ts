import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { applicableItems, type AuditReturn, type StatementOfCompliance } from '@s11kit/schema';
import { openYearTwo, revokeAgencyLink } from '@s11kit/server/admin';
import { adminContext, Browser, collector, csrfOf, seed, signIn, testDatabases } from '../helpers/collector.js';
import { historyCount, seedCityHackney, stepsOf, submit, YEAR_TWO_NOW, type CityHackney } from '../helpers/year-two-cycle.js';

const UP = 'recruitment-vetting-and-allegations';
const DOWN = 'senior-leadership-commitment';

for (const kind of testDatabases()) {
  describe(`year 2 in City and Hackney: a statement of compliance or a full re-audit, on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let hackney: CityHackney;
    let yearTwoId: string;
    let links: Map<string, string>;

    before(async () => {
      handle = await kind.open();
      const yearOne = await collector(handle.db);
      await seed(handle.db, 1); // Portsmouth and its staff: another partnership
      hackney = await seedCityHackney(handle.db, yearOne);
      await yearOne.close();
      const opened = await openYearTwo(adminContext(handle.db), { campaign: hackney.yearOneId, deadline: '2027-06-30' });
      yearTwoId = opened.campaign.id;
      links = new Map(opened.links.map((link) => [link.agencyId, link.token]));
      app = await collector(handle.db, { now: () => YEAR_TWO_NOW, limits: { signInPerMinute: 1000 } });
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    const tokenOf = (i: number) => links.get(hackney.agencies[i]!.id)!;
    const itemsOf = (standardId: string, sector: string) =>
      applicableItems(
        hackney.framework.standards.find((s) => s.id === standardId)!,
        sector,
      );

    it('asks the agency what it will do for year 2, with CSRF, and records its choice', async () => {
      const browser = new Browser(app);
      const page = await browser.get(`/a/${tokenOf(0)}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /What will your organisation do for year 2\?/);
      for (const choice of ['tracking', 'statement', 're-audit']) assert.match(page.body, new RegExp(`id="choice--${choice}" name="choice" type="radio" value="${choice}"`));
      assert.equal((await browser.post(`/a/${tokenOf(0)}/year-two/choice`, { choice: 'statement' })).statusCode, 403, 'no CSRF token');
      const none = await browser.post(`/a/${tokenOf(0)}/year-two/choice`, { _csrf: csrfOf(page.body) });
      assert.equal(none.statusCode, 400);
      assert.match(none.body, /Choose what your organisation will do for year 2/);
      const chosen = await browser.post(`/a/${tokenOf(0)}/year-two/choice`, { _csrf: csrfOf(none.body), choice: 'statement' });
      assert.equal(chosen.statusCode, 303);
      const form = await browser.get(`/a/${tokenOf(0)}`);
      assert.match(form.body, /<h1 class="heading-l">Statement of compliance<\/h1>/);
      assert.match(form.body, new RegExp(`name="item--${UP}--[a-z-]+" type="radio" value="fully-met"`));
      const chosenSteps = await stepsOf(handle.db, 'year-two-chosen');
      assert.deepEqual(
        chosenSteps.map((step) => [step.actor, step.choice, step.was]),
        [[{ kind: 'agency', name: 'Hackney Agency 1' }, 'statement', null]],
      );
    });

    it('refuses a statement without a signer, without evidence for a higher rating, or without an action for a lower one, saying which field', async () => {
      const browser = new Browser(app);
      const form = await browser.get(`/a/${tokenOf(0)}`);
      const sector = hackney.agencies[0]!.sector;
      const up = Object.fromEntries(itemsOf(UP, sector).map((item) => [`item--${UP}--${item.id}`, 'fully-met']));
      const [firstDown] = itemsOf(DOWN, sector);
      const down = { [`item--${DOWN}--${firstDown!.id}`]: 'partly-met' };
      const unsigned = await browser.post(`/a/${tokenOf(0)}/year-two/statement`, { _csrf: csrfOf(form.body) });
      assert.equal(unsigned.statusCode, 400);
      assert.match(unsigned.body, /<a href="#signer-name">Enter the name of the person signing the statement of compliance<\/a>/);
      assert.match(unsigned.body, /<a href="#signer-role">Enter the role of the person signing/);
      const bare = await browser.post(`/a/${tokenOf(0)}/year-two/statement`, {
        _csrf: csrfOf(unsigned.body),
        ...up,
        ...down,
        'signer-name': 'Rowan Example',
        'signer-role': 'Chief executive',
      });
      assert.equal(bare.statusCode, 400);
      assert.match(bare.body, new RegExp(`<a href="#evidence--${UP}">Give the evidence that standard 6, [^<]+ is now Fully met`));
      assert.match(bare.body, new RegExp(`<a href="#action--${DOWN}">Add an action plan for standard 1, [^<]+ to the return`));
      assert.match(bare.body, /value="Rowan Example"/, 'what was typed is kept');
      assert.match(bare.body, new RegExp(`id="item--${DOWN}--${firstDown!.id}--partly-met" name="item--${DOWN}--${firstDown!.id}" type="radio" value="partly-met" checked`));
      const pastDue = await browser.post(`/a/${tokenOf(0)}/year-two/statement`, {
        _csrf: csrfOf(bare.body),
        ...up,
        ...down,
        [`evidence--${UP}`]: 'DBS checks for every post since September, audited in January.',
        [`action--${DOWN}`]: 'Name a board lead for safeguarding',
        [`lead--${DOWN}`]: 'Chair of the board',
        [`due--${DOWN}-day`]: '1',
        [`due--${DOWN}-month`]: '1',
        [`due--${DOWN}-year`]: '2027',
        'signer-name': 'Rowan Example',
        'signer-role': 'Chief executive',
      });
      assert.equal(pastDue.statusCode, 400);
      assert.match(pastDue.body, new RegExp(`<a href="#due--${DOWN}-day">The due date of the new action for standard 1, [^<]+ must be today or in the future`));
      assert.equal(await historyCount(handle.db, 'statement-signed'), 0);
    });

    it('signs the statement built with statementOfCompliance, shows it with a reference, and keeps it once', async () => {
      const browser = new Browser(app);
      const form = await browser.get(`/a/${tokenOf(0)}`);
      const sector = hackney.agencies[0]!.sector;
      const fields = {
        _csrf: csrfOf(form.body),
        ...Object.fromEntries(itemsOf(UP, sector).map((item) => [`item--${UP}--${item.id}`, 'fully-met'])),
        [`item--${DOWN}--${itemsOf(DOWN, sector)[0]!.id}`]: 'partly-met',
        [`evidence--${UP}`]: 'DBS checks for every post since September, audited in January.',
        [`action--${DOWN}`]: 'Name a board lead for safeguarding',
        [`lead--${DOWN}`]: 'Chair of the board',
        [`due--${DOWN}-day`]: '30',
        [`due--${DOWN}-month`]: '9',
        [`due--${DOWN}-year`]: '2027',
        'signer-name': 'Rowan Example',
        'signer-role': 'Chief executive',
      };
      const signed = await browser.post(`/a/${tokenOf(0)}/year-two/statement`, fields);
      assert.equal(signed.statusCode, 303, signed.body.slice(0, 2000));
      const page = await browser.get(`/a/${tokenOf(0)}`);
      assert.match(page.body, /Statement of compliance signed/);
      const reference = /<strong>(S11-[0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/.exec(page.body)?.[1];
      assert.ok(reference, 'a reference is shown');
      assert.match(page.body, /Rowan Example, Chief executive/);
      assert.match(page.body, /except that the ratings of these standards have changed since then/);
      const { rows } = await handle.db.query<{ value: AuditReturn; statement_reference: string }>(
        'select value, statement_reference from year_two_returns where campaign_id = $1 and agency_id = $2',
        [yearTwoId, hackney.agencies[0]!.id],
      );
      const entry = rows[0]!.value.history!.at(-1) as StatementOfCompliance;
      assert.equal(rows[0]!.statement_reference, reference);
      assert.deepEqual(
        entry.changedStandards.map((change) => [change.standardId, change.from, change.to]),
        [
          [DOWN, 'fully-met', 'partly-met'],
          [UP, 'partly-met', 'fully-met'],
        ],
      );
      assert.equal(entry.changedStandards[1]!.evidence, 'DBS checks for every post since September, audited in January.');
      assert.equal(entry.at, YEAR_TWO_NOW.toISOString());
      const down = rows[0]!.value.responses.find((r) => r.standardId === DOWN)!;
      assert.deepEqual(
        [down.actions.at(-1)!.action, down.actions.at(-1)!.lead, down.actions.at(-1)!.due],
        ['Name a board lead for safeguarding', 'Chair of the board', '2027-09-30'],
      );
      // A second press, or a form from another tab: the statement stays as signed.
      const again = await browser.post(`/a/${tokenOf(0)}/year-two/statement`, { ...fields, 'signer-name': 'Someone Else' });
      assert.equal(again.statusCode, 303);
      assert.equal(await historyCount(handle.db, 'statement-signed'), 1);
      const [step] = await stepsOf(handle.db, 'statement-signed');
      assert.deepEqual(
        [step!.actor, step!.statement.signedBy, step!.reference],
        [{ kind: 'agency', name: 'Hackney Agency 1' }, { name: 'Rowan Example', role: 'Chief executive' }, reference],
      );
      assert.deepEqual(step!.statement, entry, 'the step keeps the statement as signed');
      // Signed: there is nothing more to choose.
      const choice = await browser.get(`/a/${tokenOf(0)}/year-two/choice`);
      assert.equal(choice.statusCode, 303);
    });

    it('lets another agency choose a full re-audit: the audit on its link, sent as a year-2 return', async () => {
      const browser = new Browser(app);
      const token = tokenOf(1);
      const page = await browser.get(`/a/${token}`);
      const chosen = await browser.post(`/a/${token}/year-two/choice`, { _csrf: csrfOf(page.body), choice: 're-audit' });
      assert.equal(chosen.statusCode, 303);
      const audit = await browser.get(`/a/${token}`);
      assert.match(audit.body, /Year 2: full re-audit/);
      assert.match(audit.body, new RegExp(`<s11-audit framework="city-hackney-s11"\\s+submit-url="/a/${token}/returns"`));
      assert.match(audit.body, new RegExp(`previous-url="/a/${token}/previous"`), 'the year-1 answers beside each standard');
      const previous = await app.inject(`/a/${token}/previous`);
      assert.equal(previous.statusCode, 200);
      assert.deepEqual(previous.json().value.responses, hackney.agencies[1]!.ret.responses);
      // Answers given again in year 2 (the year-1 return, resubmitted now).
      const again = { ...hackney.agencies[1]!.ret, submittedAt: YEAR_TWO_NOW.toISOString(), updatedAt: YEAR_TWO_NOW.toISOString() };
      const sent = await submit(app, `/a/${token}/returns`, 're-1', {
        ...again,
        responses: again.responses.map((r) => ({ ...r, actions: r.actions.map((a) => ({ ...a, due: '2027-12-31' })) })),
      });
      assert.equal(sent.statusCode, 201, sent.body);
      // Sent: the choice is made.
      assert.equal((await browser.get(`/a/${token}/year-two/choice`)).statusCode, 303);
      const after = await browser.get(`/a/${token}`);
      assert.doesNotMatch(after.body, /Choose something else/);
    });

    it("keeps each agency's link to its own year 2, and stops a revoked one", async () => {
      const browser = new Browser(app);
      // Any page of the collector gives this browser a CSRF token.
      const page = await browser.get('/sign-in');
      // Agency 2 chose a re-audit: a statement posted on its link is not taken.
      const posted = await browser.post(`/a/${tokenOf(1)}/year-two/statement`, { _csrf: csrfOf(page.body), 'signer-name': 'Intruder', 'signer-role': 'None' });
      assert.equal(posted.statusCode, 303);
      assert.equal(await historyCount(handle.db, 'statement-signed'), 1);
      await revokeAgencyLink(adminContext(handle.db), yearTwoId, hackney.agencies[1]!.id);
      assert.equal((await browser.post(`/a/${tokenOf(1)}/year-two/choice`, { _csrf: csrfOf(page.body), choice: 'statement' })).statusCode, 404);
      assert.equal((await app.inject(`/a/${tokenOf(1)}/year-two/plan.json`)).statusCode, 404);
    });

    it('shows the partnership who did which, and no other partnership', async () => {
      const staff = await signIn(app, hackney.staff);
      const overview = await staff.get(`/staff/campaigns/${yearTwoId}/year-two`);
      assert.equal(overview.statusCode, 200);
      assert.match(
        overview.body,
        /Hackney Agency 1<\/a><\/th>\n<td><strong class="tag tag--returned">Statement of compliance<\/strong> S11-[0-9A-Z-]+, signed by Rowan Example \(Chief executive\)/,
      );
      assert.match(overview.body, /Hackney Agency 2<\/a><\/th>\n<td><strong class="tag tag--returned">Full re-audit<\/strong> S11-/);
      const detail = await staff.get(`/staff/campaigns/${yearTwoId}/agencies/${hackney.agencies[0]!.id}/year-two`);
      assert.match(detail.body, /DBS checks for every post since September/);
      assert.match(detail.body, /Statement of compliance S11-[0-9A-Z-]+ signed by Rowan Example \(Chief executive\), 2 ratings changed/);
      const portsmouth = await signIn(app, { email: 'admin@portsmouth.example', password: 'correct horse battery staple' });
      assert.equal((await portsmouth.get(`/staff/campaigns/${yearTwoId}/year-two`)).statusCode, 404);
      assert.equal((await portsmouth.get(`/staff/campaigns/${yearTwoId}/agencies/${hackney.agencies[0]!.id}/year-two`)).statusCode, 404);
    });
  });
}
