import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { addStaff } from '@s11kit/server/admin';
import { adminContext, asDraft, Browser, collector, csrfOf, returnsFor, seed, signIn, testDatabases, type Seeded } from '../helpers/collector.js';

for (const kind of testDatabases()) {
  describe(`staff pages, tenancy and exports on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let seeded: Seeded;
    let base: string;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 4);
      // Many sign-ins from one address here; the limit itself is tested in hygiene.test.ts.
      app = await collector(handle.db, { limits: { signInPerMinute: 1000 } });
      base = `/staff/campaigns/${seeded.campaignId}`;
      // Agencies 1 and 2 return; agency 3 starts a draft; agency 4 has not started. The outsider returns to its own partnership.
      const returns = returnsFor(seeded.framework, seeded.agencies);
      for (const [i, agency] of seeded.agencies.slice(0, 2).entries()) {
        const response = await app.inject({
          method: 'POST',
          url: `/a/${agency.token}/returns`,
          headers: { 'content-type': 'application/json', 'idempotency-key': `k${i}` },
          payload: JSON.stringify(returns[i]),
        });
        assert.equal(response.statusCode, 201, response.body);
      }
      await app.inject({
        method: 'PUT',
        url: `/a/${seeded.agencies[2]!.token}/draft`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ revision: 0, value: asDraft(returns[2]!) }),
      });
      const outsider = returnsFor(seeded.framework, [{ name: 'Southampton Agency', sector: 'statutory' }], 5)[0]!;
      const response = await app.inject({
        method: 'POST',
        url: `/a/${seeded.outsider.token}/returns`,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'o1' },
        payload: JSON.stringify(outsider),
      });
      assert.equal(response.statusCode, 201);
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    const auditCount = async (action: string) => (await handle.db.query<{ n: number }>('select count(*)::int as n from audit_log where action = $1', [action])).rows[0]!.n;

    it('signs in with the right password only, with an HttpOnly SameSite session cookie', async () => {
      const browser = new Browser(app);
      const form = await browser.get('/sign-in');
      assert.equal(form.statusCode, 200);
      const wrong = await browser.post('/sign-in', { email: seeded.staff.analyst.email, password: 'wrong password!!', _csrf: csrfOf(form.body) });
      assert.equal(wrong.statusCode, 401);
      assert.match(wrong.body, /Enter the email address and password of your account/);
      assert.equal(browser.cookies.has('s11_session'), false);
      const right = await browser.post('/sign-in', { email: seeded.staff.analyst.email.toUpperCase(), password: seeded.staff.analyst.password, _csrf: csrfOf(wrong.body) });
      assert.equal(right.statusCode, 303);
      assert.equal(right.headers.location, '/staff');
      const cookie = ([] as string[]).concat(right.headers['set-cookie'] ?? []).find((c) => c.startsWith('s11_session='))!;
      assert.match(cookie, /HttpOnly/i);
      assert.match(cookie, /SameSite=Strict/i);
      assert.equal((await browser.get('/staff')).statusCode, 200);
    });

    it('refuses a sign-in or sign-out form without its CSRF token', async () => {
      const browser = new Browser(app);
      await browser.get('/sign-in');
      const forged = await browser.post('/sign-in', { email: seeded.staff.analyst.email, password: seeded.staff.analyst.password });
      assert.equal(forged.statusCode, 403);
      assert.equal(browser.cookies.has('s11_session'), false);
      const staff = await signIn(app, seeded.staff.analyst);
      assert.equal((await staff.post('/sign-out', {})).statusCode, 403);
      assert.equal((await staff.get('/staff')).statusCode, 200, 'still signed in');
      const page = await staff.get('/staff');
      assert.equal((await staff.post('/sign-out', { _csrf: csrfOf(page.body) })).statusCode, 303);
      assert.equal((await staff.get('/staff')).statusCode, 303, 'signed out: sent to sign in');
    });

    it('sets a password once through its one-time link', async () => {
      const { token } = await addStaff(adminContext(handle.db), { partnership: 'portsmouth', email: 'new@portsmouth.example', name: 'New Person', role: 'analyst' });
      const browser = new Browser(app);
      const form = await browser.get(`/set-password/${token}`);
      assert.equal(form.statusCode, 200);
      const short = await browser.post(`/set-password/${token}`, { password: 'short', confirm: 'short', _csrf: csrfOf(form.body) });
      assert.equal(short.statusCode, 400);
      assert.match(short.body, /at least 12 characters/);
      const set = await browser.post(`/set-password/${token}`, { password: 'a long enough passphrase', confirm: 'a long enough passphrase', _csrf: csrfOf(short.body) });
      assert.equal(set.statusCode, 303);
      assert.equal((await browser.get('/staff')).statusCode, 200);
      assert.equal((await new Browser(app).get(`/set-password/${token}`)).statusCode, 404, 'used once');
      await signIn(app, { email: 'new@portsmouth.example', password: 'a long enough passphrase' });
    });

    it('shows campaign progress: expected, returned, drafts started, not started, by sector', async () => {
      const staff = await signIn(app, seeded.staff.analyst);
      const list = await staff.get('/staff');
      assert.match(list.body, /Section 11 audit 2026/);
      assert.doesNotMatch(list.body, /Southampton/);
      const page = await staff.get(base);
      assert.equal(page.statusCode, 200);
      const count = (label: string) => new RegExp(`<dt>${label}</dt><dd>(\\d+)</dd>`).exec(page.body)?.[1];
      assert.deepEqual([count('Expected'), count('Returned'), count('Drafts started'), count('Not started')], ['4', '2', '1', '1']);
      assert.match(page.body, /By sector/);
      for (const agency of seeded.agencies) assert.match(page.body, new RegExp(agency.name));
      assert.doesNotMatch(page.body, /Make link|Stop link/, 'analysts cannot manage links');
    });

    it('serves the heatmap figures from stored digests, and the page that shows them', async () => {
      const staff = await signIn(app, seeded.staff.analyst);
      const page = await staff.get(`${base}/heatmap`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<s11-summary data-src="[^"]+\/summary.json"/);
      assert.match(page.body, /<script type="module" src="\/assets\/staff\/heatmap.js">/);
      const data = (await staff.get(`${base}/summary.json`)).json();
      assert.equal(data.framework.id, 'portsmouth-compact');
      assert.equal(data.result.counted, 2);
      assert.deepEqual(data.result.matrix.agencies.map((a: { name: string }) => a.name).sort(), ['Agency 1', 'Agency 2']);
      for (const script of ['/assets/staff/heatmap.js', '/assets/staff/tracker.js', '/assets/staff/load.js', '/assets/collector.css', '/assets/cdn/s11kit-partnership.js'])
        assert.equal((await app.inject(script)).statusCode, 200, script);
    });

    it('counts the latest version of an agency only', async () => {
      const agency = seeded.agencies[1]!;
      const [resent] = returnsFor(seeded.framework, [agency], 17);
      const response = await app.inject({
        method: 'POST',
        url: `/a/${agency.token}/returns`,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k-resend' },
        payload: JSON.stringify(resent),
      });
      assert.equal(response.statusCode, 201);
      const staff = await signIn(app, seeded.staff.analyst);
      const data = (await staff.get(`${base}/summary.json`)).json();
      assert.equal(data.result.counted, 2);
      const row = data.result.matrix.agencies.findIndex((a: { name: string }) => a.name === agency.name);
      assert.deepEqual(
        data.result.matrix.cells[row],
        resent!.responses.map((r) => r.rating),
      );
    });

    it('downloads the board report and both CSVs, each written to the audit log', async () => {
      const staff = await signIn(app, seeded.staff.analyst);
      const report = await staff.get(`${base}/report.html`);
      assert.equal(report.statusCode, 200);
      assert.match(String(report.headers['content-disposition']), /attachment; filename="section-11-audit-2026-report.html"/);
      assert.match(report.body, /<!doctype html>/i);
      const responses = await staff.get(`${base}/responses.csv`);
      assert.equal(responses.statusCode, 200);
      const lines = responses.body.split('\r\n').filter(Boolean);
      assert.equal(lines.length, 1 + 2 * seeded.framework.standards.length);
      assert.ok(lines[0]!.startsWith('\uFEFF'));
      assert.doesNotMatch(responses.body, /Southampton Agency|Agency 3/);
      assert.equal((await staff.get(`${base}/actions.csv`)).statusCode, 200);
      assert.equal(await auditCount('export.report'), 1);
      assert.equal(await auditCount('export.responses-csv'), 1);
      assert.equal(await auditCount('export.actions-csv'), 1);
    });

    it("shows an agency's versions and its return for the tracker, each read written to the audit log", async () => {
      const staff = await signIn(app, seeded.staff.analyst);
      const agency = seeded.agencies[1]!;
      const page = await staff.get(`${base}/agencies/${agency.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<s11-action-tracker data-src=/);
      assert.match(page.body, /2 \(counts\)/);
      const before = await auditCount('return.read');
      const data = await staff.get(`${base}/agencies/${agency.id}/return.json`);
      assert.equal(data.statusCode, 200);
      assert.equal(data.json().value.organisation.name, agency.name);
      assert.equal(data.json().version.number, 2);
      assert.equal(await auditCount('return.read'), before + 1);
      assert.equal((await staff.get(`${base}/agencies/${seeded.agencies[3]!.id}/return.json`)).statusCode, 404, 'not returned yet');
    });

    it('lets an administrator replace and stop a link, and refuses an analyst with 403', async () => {
      const target = seeded.agencies[3]!;
      const analyst = await signIn(app, seeded.staff.analyst);
      const analystPage = await analyst.get(base);
      assert.equal((await analyst.post(`${base}/agencies/${target.id}/link`, { _csrf: csrfOf(analystPage.body) })).statusCode, 403);
      const admin = await signIn(app, seeded.staff.administrator);
      const page = await admin.get(base);
      assert.match(page.body, /Replace link/);
      assert.equal((await admin.post(`${base}/agencies/${target.id}/link`, {})).statusCode, 403, 'no CSRF token');
      const issued = await admin.post(`${base}/agencies/${target.id}/link`, { _csrf: csrfOf(page.body) });
      assert.equal(issued.statusCode, 200);
      const token = /\/a\/([A-Za-z0-9_-]{43})/.exec(issued.body)![1]!;
      assert.equal((await app.inject(`/a/${target.token}`)).statusCode, 404, 'the old link stopped');
      assert.equal((await app.inject(`/a/${token}`)).statusCode, 200);
      const again = await admin.get(base);
      assert.equal((await admin.post(`${base}/agencies/${target.id}/revoke`, { _csrf: csrfOf(again.body) })).statusCode, 303);
      assert.equal((await app.inject(`/a/${token}`)).statusCode, 404, 'stopped');
      const log = await admin.get('/staff/audit-log');
      assert.equal(log.statusCode, 200);
      assert.match(log.body, /link\.revoke/);
      assert.equal((await analyst.get('/staff/audit-log')).statusCode, 403);
    });

    it('without a session: pages send to sign in, data answers 401, and nothing is shown', async () => {
      const anonymous = new Browser(app);
      for (const url of ['/staff', base, `${base}/heatmap`, `${base}/agencies/${seeded.agencies[0]!.id}`]) {
        const response = await anonymous.get(url);
        assert.equal(response.statusCode, 303, url);
        assert.match(String(response.headers.location), /^\/sign-in\?next=/);
        assert.doesNotMatch(response.body, /Agency \d/);
      }
      for (const url of [`${base}/summary.json`, `${base}/report.html`, `${base}/responses.csv`, `${base}/actions.csv`, `${base}/agencies/${seeded.agencies[0]!.id}/return.json`]) {
        const response = await anonymous.get(url);
        assert.equal(response.statusCode, 401, url);
        assert.doesNotMatch(response.body, /Agency \d/);
      }
      const forged = await app.inject({ method: 'GET', url: `${base}/summary.json`, headers: { cookie: 's11_session=' + 'A'.repeat(43) } });
      assert.equal(forged.statusCode, 401);
    });

    it("another partnership's staff get 404 for this campaign, its agencies and its exports, and see none of its returns", async () => {
      const outsider = await signIn(app, seeded.staff.outsider);
      for (const url of [
        base,
        `${base}/heatmap`,
        `${base}/summary.json`,
        `${base}/report.html`,
        `${base}/responses.csv`,
        `${base}/actions.csv`,
        `${base}/agencies/${seeded.agencies[0]!.id}`,
        `${base}/agencies/${seeded.agencies[0]!.id}/return.json`,
      ]) {
        const response = await outsider.get(url);
        assert.equal(response.statusCode, 404, url);
        assert.doesNotMatch(response.body, /Agency \d/);
      }
      const page = await outsider.get('/staff');
      assert.doesNotMatch(page.body, /Section 11 audit 2026/);
      // Their own campaign: only their own agency.
      const own = (await outsider.get(`/staff/campaigns/${seeded.otherCampaignId}/summary.json`)).json();
      assert.deepEqual(
        own.result.matrix.agencies.map((a: { name: string }) => a.name),
        ['Southampton Agency'],
      );
      // And this campaign's administrator cannot reach the other partnership's agency.
      const admin = await signIn(app, seeded.staff.administrator);
      const adminPage = await admin.get(base);
      assert.equal((await admin.post(`/staff/campaigns/${seeded.otherCampaignId}/agencies/${seeded.outsider.id}/link`, { _csrf: csrfOf(adminPage.body) })).statusCode, 404);
      assert.equal((await admin.get(`${base}/agencies/${seeded.outsider.id}/return.json`)).statusCode, 404);
    });

    it('a partnership the campaign is shared with sees only the agencies that report to it', async () => {
      const hampshire = await signIn(app, seeded.staff.hampshire);
      const progress = await hampshire.get(base);
      assert.equal(progress.statusCode, 200);
      assert.match(progress.body, /Agency 1/);
      assert.doesNotMatch(progress.body, /Agency [234]/);
      const data = (await hampshire.get(`${base}/summary.json`)).json();
      assert.deepEqual(
        data.result.matrix.agencies.map((a: { name: string }) => a.name),
        ['Agency 1'],
      );
      assert.equal((await hampshire.get(`${base}/agencies/${seeded.agencies[1]!.id}/return.json`)).statusCode, 404);
      const csv = await hampshire.get(`${base}/responses.csv`);
      assert.doesNotMatch(csv.body, /Agency 2/);
    });
  });
}
