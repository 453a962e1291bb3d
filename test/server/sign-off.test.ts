import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ReturnEventSchema } from '@s11kit/schema';
import * as z from 'zod/mini';
import { returnHistory } from '@s11kit/server/admin';
import { Browser, collector, csrfOf, testDatabases } from '../helpers/collector.js';
import { completeReturn, postForm, putDraft, seedWithSignOff, submitReturn, type SignOffSeeded } from '../helpers/sign-off-cycle.js';
import { linksIn, mailText, startSmtp, type LocalSmtp } from '../helpers/smtp.js';

const signerToken = (body: string) => /\/s\/([A-Za-z0-9_-]{43})/.exec(body)?.[1] ?? '';

for (const kind of testDatabases()) {
  describe(`sign-off before submit on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let seeded: SignOffSeeded;
    const events = async (agencyId: string) =>
      (await handle.db.query<{ kind: string; seq: number }>('select kind, seq from return_events where agency_id = $1 order by seq', [agencyId])).rows.map((row) => row.kind);

    before(async () => {
      handle = await kind.open();
      seeded = await seedWithSignOff(handle.db);
      app = await collector(handle.db);
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    /** Ask for sign-off through the agency page's form, as a browser would; the signer's token from the page shown once. */
    async function requestSignOff(token: string, fields: Record<string, string> = { name: 'Dana Board', role: 'board-member', email: 'dana.board@agency.example' }) {
      const browser = new Browser(app);
      const response = await postForm(browser, `/a/${token}`, `/a/${token}/sign-off`, fields);
      return { response, browser, signer: signerToken(response.body) };
    }

    it('shows the sign-off panel on the agency page, and refuses a submit until the answers are signed off (422 sign_off_required)', async () => {
      const agency = seeded.bucks.agencies[0]!;
      const page = await app.inject(`/a/${agency.token}`);
      assert.match(page.body, /<h2 class="heading-m" id="sign-off-title">Sign-off<\/h2>/);
      assert.match(page.body, /must be signed off by a board member before you send it/);
      assert.match(page.body, new RegExp(`<form method="post" action="/a/${agency.token}/sign-off"`));
      const { draft, submitted } = completeReturn(seeded.bucks.framework, agency);
      assert.equal((await putDraft(app, agency.token, 0, draft)).statusCode, 200);
      const refused = await submitReturn(app, agency.token, 'unsigned-1', submitted);
      assert.equal(refused.statusCode, 422, refused.body);
      const [issue] = refused.json().issues;
      assert.deepEqual({ path: issue.path, code: issue.code, severity: issue.severity }, { path: [], code: 'sign_off_required', severity: 'error' });
      assert.match(issue.message, /^Your return must be signed off by a board member before you send it: use Send for sign-off$/);
      assert.equal((await handle.db.query('select 1 from return_versions where agency_id = $1', [agency.id])).rows.length, 0);
    });

    it('does not ask for sign-off where the framework has none (the Portsmouth Compact)', async () => {
      const page = await app.inject(`/a/${seeded.agencies[1]!.token}`);
      assert.doesNotMatch(page.body, /sign-off/);
    });

    it('refuses a request without the CSRF token, with missing fields, or before anything is saved', async () => {
      const [agency, fresh] = seeded.bucks.agencies as [(typeof seeded.bucks.agencies)[0], (typeof seeded.bucks.agencies)[0]];
      const noCsrf = await app.inject({
        method: 'POST',
        url: `/a/${agency.token}/sign-off`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'name=A&role=board-member&email=a%40b.example',
      });
      assert.equal(noCsrf.statusCode, 403);
      const bad = await requestSignOff(agency.token, { name: ' ', role: 'head-teacher', email: 'a@b.example, c@d.example' });
      assert.equal(bad.response.statusCode, 400);
      assert.match(bad.response.body, /Enter the name of the person signing off/);
      assert.match(bad.response.body, /Select their role: board member/);
      assert.match(bad.response.body, /Enter one email address in the correct format/);
      const notSaved = await requestSignOff(fresh.token, { name: 'Hedda Teacher', role: 'head-teacher', email: 'head@school.example' });
      assert.equal(notSaved.response.statusCode, 409);
      assert.match(notSaved.response.body, /nothing has been saved on the collector yet/);
      assert.deepEqual(await events(agency.id), []);
    });

    it('gives the signer their own link to the answers read-only; a send-back with a comment shows on the agency page and ends that link', async () => {
      const agency = seeded.bucks.agencies[0]!;
      const { response, signer } = await requestSignOff(agency.token);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(response.body, /Copy this link and send it to Dana Board/);
      assert.notEqual(signer, '');
      // Only its hash is kept.
      const stored = await handle.db.query<{ token_hash: string }>('select token_hash from sign_off_requests');
      assert.ok(stored.rows.every((row) => row.token_hash !== signer && /^[0-9a-f]{64}$/.test(row.token_hash)));

      const page = await app.inject(`/s/${signer}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`<s11-audit readonly framework="buckinghamshire-s11" draft-url="/s/${signer}/draft" sector="statutory">`));
      assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
      const draft = await app.inject(`/s/${signer}/draft`);
      assert.equal(draft.statusCode, 200);
      assert.equal(draft.json().revision, 1);
      assert.equal(draft.json().value.organisation.name, agency.name);
      // The signer's draft-url is read-only.
      assert.equal((await app.inject({ method: 'PUT', url: `/s/${signer}/draft`, headers: { 'content-type': 'application/json' }, payload: '{}' })).statusCode, 404);

      const browser = new Browser(app);
      // The signer's tab keeps its form (and its token) after the link is answered.
      const csrf = csrfOf((await browser.get(`/s/${signer}`)).body);
      const empty = await postForm(browser, `/s/${signer}`, `/s/${signer}/send-back`, { comment: '' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Enter what needs to change/);
      const back = await postForm(browser, `/s/${signer}`, `/s/${signer}/send-back`, { comment: 'Area 3 needs the training figures for volunteers.' });
      assert.equal(back.statusCode, 303);
      // The link is answered: signing with it now is refused, and nothing is written.
      const reused = await browser.post(`/s/${signer}/sign`, { _csrf: csrf, name: 'Dana Board', role: 'board-member', confirm: 'yes' });
      assert.equal(reused.statusCode, 409);
      assert.match(reused.body, /You sent this return back/);
      assert.deepEqual(await events(agency.id), ['sign-off-requested', 'sign-off-sent-back']);
      const agencyPage = await app.inject(`/a/${agency.token}`);
      assert.match(agencyPage.body, /Dana Board sent your return back on/);
      assert.match(agencyPage.body, /Area 3 needs the training figures for volunteers\./);
    });

    it('ends a signer link when the answers change after the request (a stale revision), and refuses the sign-off', async () => {
      const agency = seeded.bucks.agencies[0]!;
      const { signer } = await requestSignOff(agency.token);
      const browser = new Browser(app);
      const csrf = csrfOf((await browser.get(`/s/${signer}`)).body);
      const current = (await app.inject(`/a/${agency.token}/draft`)).json();
      const { draft } = completeReturn(seeded.bucks.framework, agency);
      const changed = { ...draft, respondent: { ...draft.respondent, role: 'Safeguarding lead (changed)' } };
      assert.equal((await putDraft(app, agency.token, current.revision, changed)).statusCode, 200);
      const stale = await browser.post(`/s/${signer}/sign`, { _csrf: csrf, name: 'Dana Board', role: 'board-member', confirm: 'yes' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /The answers have changed since you were asked to sign/);
      assert.equal((await events(agency.id)).filter((k) => k === 'signed-off').length, 0);
      assert.match((await app.inject(`/a/${agency.token}`)).body, /your answers have changed since, so their link no longer works/);
    });

    it('accepts the submit once the current answers are signed off, and refuses it again after a change', async () => {
      const agency = seeded.bucks.agencies[0]!;
      const { signer } = await requestSignOff(agency.token);
      const browser = new Browser(app);
      const csrf = csrfOf((await browser.get(`/s/${signer}`)).body);
      const incomplete = await postForm(browser, `/s/${signer}`, `/s/${signer}/sign`, { name: '', role: 'head-teacher' });
      assert.equal(incomplete.statusCode, 400);
      assert.match(incomplete.body, /Enter your name/);
      assert.match(incomplete.body, /Select your role: board member/);
      assert.match(incomplete.body, /Confirm that you have read the return/);
      const signed = await postForm(browser, `/s/${signer}`, `/s/${signer}/sign`, { name: 'Dana Board', role: 'board-member', confirm: 'yes' });
      assert.equal(signed.statusCode, 303);
      assert.match((await app.inject(`/s/${signer}`)).body, /You have signed this return off/);
      const twice = await browser.post(`/s/${signer}/sign`, { _csrf: csrf, name: 'Dana Board', role: 'board-member', confirm: 'yes' });
      assert.equal(twice.statusCode, 409);
      assert.match((await app.inject(`/a/${agency.token}`)).body, /Signed off by Dana Board, Board member on .* You can now send your return/);

      const draft = (await app.inject(`/a/${agency.token}/draft`)).json().value;
      const body = { ...draft, status: 'submitted', submittedAt: '2026-05-01T11:59:00.000Z', updatedAt: '2026-05-01T11:59:00.000Z' };
      // Answers other than the ones signed are refused, even with the draft unchanged.
      const other = { ...body, respondent: { ...body.respondent, name: 'Someone else' } };
      assert.equal((await submitReturn(app, agency.token, 'signed-other', other)).statusCode, 422);
      const accepted = await submitReturn(app, agency.token, 'signed-1', body);
      assert.equal(accepted.statusCode, 201, accepted.body);
      const steps = await handle.db.query<{ kind: string; data: { signOffRequestId?: string } }>(
        "select kind, data from return_events where agency_id = $1 and kind = 'return-submitted'",
        [agency.id],
      );
      assert.equal(steps.rows.length, 1);
      assert.match(String(steps.rows[0]!.data.signOffRequestId), /^[0-9a-f-]{36}$/);

      const revision = (await app.inject(`/a/${agency.token}/draft`)).json().revision;
      assert.equal((await putDraft(app, agency.token, revision, { ...draft, respondent: { ...draft.respondent, role: 'Changed after sign-off' } })).statusCode, 200);
      const again = await submitReturn(app, agency.token, 'signed-2', { ...body, respondent: { ...body.respondent, role: 'Changed after sign-off' } });
      assert.equal(again.statusCode, 422);
      assert.match(again.json().issues[0].message, /your answers have changed since it was signed off/);
    });

    it('records every step as a history entry in the ReturnEvent shape, and the database refuses to edit or delete one', async () => {
      const agency = seeded.bucks.agencies[0]!;
      const { rows } = await handle.db.query<{ id: string }>('select id from return_events where agency_id = $1', [agency.id]);
      assert.ok(rows.length >= 6);
      for (const event of await returnHistory(handle.db, { campaignId: seeded.bucks.campaignId, agencyId: agency.id })) {
        const parsed = z.safeParse(ReturnEventSchema, event);
        assert.ok(parsed.success, JSON.stringify(event));
      }
      await assert.rejects(handle.db.query("update return_events set data = '{}' where id = $1", [rows[0]!.id]), /append-only/);
      await assert.rejects(handle.db.query('delete from return_events where id = $1', [rows[0]!.id]), /append-only/);
      await assert.rejects(handle.db.query('delete from sign_off_requests'), /append-only/);
    });

    it('answers 404 for a signer link that does not exist, for an agency link used as a signer link, and the other way round', async () => {
      const agency = seeded.bucks.agencies[0]!;
      const { signer } = await requestSignOff(agency.token);
      for (const url of ['/s/' + 'x'.repeat(43), `/s/${agency.token}`, `/s/${seeded.outsider.token}`, `/s/${agency.token}/draft`, '/s/short'])
        assert.equal((await app.inject(url)).statusCode, 404, url);
      assert.equal((await app.inject(`/a/${signer}`)).statusCode, 404);
      assert.equal((await app.inject(`/a/${signer}/draft`)).statusCode, 404);
      // Another agency's link cannot ask for sign-off of this return, nor see it: it only ever reaches its own.
      const browser = new Browser(app);
      const page = await browser.get(`/a/${agency.token}`);
      const response = await browser.post(`/a/${seeded.outsider.token}/sign-off`, { _csrf: csrfOf(page.body), name: 'X', role: 'board-member', email: 'x@y.example' });
      assert.equal(response.statusCode, 404);
    });

    it('emails the signer their link through the relay when one is set up, and says so only once the relay took it', async () => {
      const smtp: LocalSmtp = await startSmtp();
      const mailing = await collector(handle.db, { mail: { url: smtp.url, from: 'Collector <s11@collector.example>' } });
      try {
        const agency = seeded.bucks.agencies[0]!;
        const browser = new Browser(mailing);
        const sent = await postForm(browser, `/a/${agency.token}`, `/a/${agency.token}/sign-off`, { name: 'Eve Chair', role: 'board-member', email: 'Eve.Chair@Agency.example' });
        assert.equal(sent.statusCode, 200, sent.body);
        assert.match(sent.body, /We have emailed Eve Chair at eve\.chair@agency\.example/);
        assert.equal(signerToken(sent.body), '', 'the link is not shown when it was emailed');
        assert.equal(smtp.messages.length, 1);
        assert.deepEqual(smtp.messages[0]!.to, ['eve.chair@agency.example']);
        const [link] = linksIn(smtp.messages[0]!.raw);
        assert.ok(link, mailText(smtp.messages[0]!.raw));
        assert.equal((await mailing.inject(new URL(link).pathname)).statusCode, 200);
        // The relay goes away: the page says the link was not emailed and shows it instead.
        await smtp.close();
        const unsent = await postForm(browser, `/a/${agency.token}`, `/a/${agency.token}/sign-off`, { name: 'Eve Chair', role: 'board-member', email: 'eve.chair@agency.example' });
        assert.equal(unsent.statusCode, 200);
        assert.match(unsent.body, /We could not email the link\. Copy this link/);
        assert.notEqual(signerToken(unsent.body), '');
      } finally {
        await mailing.close();
        await smtp.close().catch(() => {});
      }
    });
  });
}
