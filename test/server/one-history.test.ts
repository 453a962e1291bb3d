import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ReturnEventSchema } from '@s11kit/schema';
import * as z from 'zod/mini';
import { openYearTwo, returnHistory } from '@s11kit/server/admin';
import { adminContext, Browser, collector, csrfOf, signIn, testDatabases } from '../helpers/collector.js';
import { completeReturn, postForm, putDraft, seedWithSignOff, submitReturn, type SignOffSeeded } from '../helpers/sign-off-cycle.js';
import { firstAction, postUpdate, YEAR_TWO_NOW } from '../helpers/year-two-cycle.js';

const signerToken = (body: string) => /\/s\/([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? '';
const progress = (note: string) => ({ kind: 'progress', note });

// One table of history a return (DESIGN.md): sign-off, submits, challenges, reminders, year 2 and
// translations are steps of the same history, numbered 1, 2, 3... for each return.
for (const kind of testDatabases()) {
  describe(`one history for every kind of step on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let yearOneApp: FastifyInstance;
    let app: FastifyInstance;
    let seeded: SignOffSeeded;
    let yearTwoId: string;
    let yearTwoToken: string;
    const agency = () => seeded.bucks.agencies[0]!;

    before(async () => {
      handle = await kind.open();
      seeded = await seedWithSignOff(handle.db);
      yearOneApp = await collector(handle.db);
      app = await collector(handle.db, { now: () => YEAR_TWO_NOW, limits: { signInPerMinute: 1000 } });
    });
    after(async () => {
      await app.close();
      await yearOneApp.close();
      await handle.dispose();
    });

    it('keeps a year-2 update and a sign-off of the same agency in one ordered history, numbered without gaps', async () => {
      // Year 1 (Buckinghamshire asks for sign-off): signed off, then sent.
      const { draft, submitted } = completeReturn(seeded.bucks.framework, agency(), 7);
      assert.equal((await putDraft(yearOneApp, agency().token, 0, draft)).statusCode, 200);
      const browser = new Browser(yearOneApp);
      const requested = await postForm(browser, `/a/${agency().token}`, `/a/${agency().token}/sign-off`, {
        name: 'Dana Board',
        role: 'board-member',
        email: 'dana.board@agency.example',
      });
      const signer = signerToken(requested.body);
      assert.ok(signer, requested.body.slice(0, 500));
      assert.equal((await postForm(browser, `/s/${signer}`, `/s/${signer}/sign`, { name: 'Dana Board', role: 'board-member', confirm: 'yes' })).statusCode, 303);
      assert.equal((await submitReturn(yearOneApp, agency().token, 'y1', submitted)).statusCode, 201);

      // Year 2: opened at the command line, an update, a sign-off asked for, another update.
      const opened = await openYearTwo(adminContext(handle.db), { campaign: seeded.bucks.campaignId, deadline: '2027-06-30' });
      yearTwoId = opened.campaign.id;
      yearTwoToken = opened.links.find((link) => link.agencyId === agency().id)!.token;
      const action = firstAction(submitted);
      const url = `/a/${yearTwoToken}/year-two/updates`;
      assert.equal((await postUpdate(app, url, 'u-1', { ...action, changes: [progress('Training booked')] })).statusCode, 201);
      // A draft saved on the year-2 link too (its actions due after year 2 began), and sent for sign-off.
      const later = { ...draft, responses: draft.responses.map((r) => ({ ...r, actions: r.actions.map((a) => (a.due ? { ...a, due: '2027-12-31' } : a)) })) };
      assert.equal((await putDraft(app, yearTwoToken, 0, later)).statusCode, 200);
      const agencyBrowser = new Browser(app);
      // The year-2 page is the tracker, without a form: the CSRF token comes from the year-1 page of the same browser.
      const csrf = csrfOf((await agencyBrowser.get(`/a/${agency().token}`)).body);
      const askedAgain = await agencyBrowser.post(`/a/${yearTwoToken}/sign-off`, { _csrf: csrf, name: 'Dana Board', role: 'board-member', email: 'dana.board@agency.example' });
      assert.ok(signerToken(askedAgain.body), `${askedAgain.statusCode} ${askedAgain.body.slice(askedAgain.body.indexOf('<main'), askedAgain.body.indexOf('<main') + 1500)}`);
      assert.equal((await postUpdate(app, url, 'u-2', { ...action, changes: [progress('Training half done')] })).statusCode, 201);

      const yearTwo = await returnHistory(handle.db, { campaignId: yearTwoId, agencyId: agency().id });
      assert.deepEqual(
        yearTwo.map((step) => [step.seq, step.kind, step.actor.kind]),
        [
          [1, 'year-two-opened', 'cli'],
          [2, 'action-updated', 'agency'],
          [3, 'sign-off-requested', 'agency'],
          [4, 'action-updated', 'agency'],
        ],
      );
      const yearOne = await returnHistory(handle.db, { campaignId: seeded.bucks.campaignId, agencyId: agency().id });
      assert.deepEqual(
        yearOne.map((step) => [step.seq, step.kind]),
        [
          [1, 'sign-off-requested'],
          [2, 'signed-off'],
          [3, 'return-submitted'],
        ],
      );
      for (const step of [...yearOne, ...yearTwo]) assert.ok(z.safeParse(ReturnEventSchema, step).success, JSON.stringify(step));
      const { rows } = await handle.db.query<{ n: number }>(
        "select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name like '%history%'",
      );
      assert.equal(rows[0]!.n, 0, 'no second history table');
    });

    it('shows staff the steps in that order in one table, and lists every kind in events.csv', async () => {
      const staff = await signIn(app, seeded.staff.analyst);
      const page = await staff.get(`/staff/campaigns/${yearTwoId}/agencies/${agency().id}/year-two`);
      assert.equal(page.statusCode, 200);
      const kinds = [...page.body.matchAll(/<tr data-kind="([a-z-]+)">/g)].map((match) => match[1]);
      assert.deepEqual(kinds, ['year-two-opened', 'action-updated', 'sign-off-requested', 'action-updated']);
      assert.match(page.body, /Sent for sign-off to Dana Board \(Board member\)/);
      assert.match(page.body, /test \(administrator\)/);
      const yearOnePage = await staff.get(`/staff/campaigns/${seeded.bucks.campaignId}/agencies/${agency().id}`);
      assert.deepEqual(
        [...yearOnePage.body.matchAll(/<tr data-kind="([a-z-]+)">/g)].map((match) => match[1]),
        ['sign-off-requested', 'signed-off', 'return-submitted'],
      );
      const csv = await staff.get(`/staff/campaigns/${yearTwoId}/events.csv`);
      assert.equal(csv.statusCode, 200);
      const lines = csv.body.split('\r\n').filter(Boolean).slice(1);
      assert.deepEqual(
        lines.map((line) => line.split(',')[4]),
        ['year-two-opened', 'action-updated', 'sign-off-requested', 'action-updated'],
      );
      assert.match(csv.body, /administrator: test/);
    });

    it('refuses an UPDATE of any history row, whatever its kind, and a delete outside the retention purge', async () => {
      const { rows } = await handle.db.query<{ id: string; kind: string }>('select id, kind from return_events order by campaign_id, agency_id, seq');
      assert.ok(new Set(rows.map((row) => row.kind)).size >= 5, rows.map((row) => row.kind).join());
      for (const row of rows) {
        await assert.rejects(handle.db.query('update return_events set at = at where id = $1', [row.id]), /append-only: UPDATE is refused/, row.kind);
        await assert.rejects(handle.db.query('delete from return_events where id = $1', [row.id]), /append-only: DELETE is refused/, row.kind);
      }
      const { rows: after } = await handle.db.query<{ n: number }>('select count(*)::int as n from return_events');
      assert.equal(after[0]!.n, rows.length);
    });
  });
}
