import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { OutsideCampaignError, sendWithinCampaign, setAgencyContact, smtpMailer } from '@s11kit/server/admin';
import { adminContext, asDraft, Browser, collector, csrfOf, returnsFor, seed, signIn, testDatabases, type Seeded } from '../helpers/collector.js';
import { putDraft, submitReturn } from '../helpers/sign-off-cycle.js';
import { linksIn, startSmtp, type LocalSmtp } from '../helpers/smtp.js';

const MAIL_FROM = 'Portsmouth SCP <s11@collector.example>';

for (const kind of testDatabases()) {
  describe(`reminders and deadlines on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let smtp: LocalSmtp;
    let app: FastifyInstance;
    let seeded: Seeded;
    let admin: Browser;
    const base = () => `/staff/campaigns/${seeded.campaignId}`;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 4);
      smtp = await startSmtp();
      app = await collector(handle.db, { mail: { url: smtp.url, from: MAIL_FROM } });
      const [one, two, three] = seeded.agencies;
      const context = adminContext(handle.db);
      // 1: not started, with an address; 2: a draft, with an address; 3: submitted, with an address; 4: not started, none.
      await setAgencyContact(context, one!.id, 'Safeguarding@One.example');
      await setAgencyContact(context, two!.id, 'dsl@two.example');
      await setAgencyContact(context, three!.id, 'lead@three.example');
      await setAgencyContact(context, seeded.outsider.id, 'someone@southampton.example');
      const [, r2, r3] = returnsFor(seeded.framework, seeded.agencies, 13);
      assert.equal((await putDraft(app, two!.token, 0, asDraft(r2!))).statusCode, 200);
      assert.equal((await submitReturn(app, three!.token, 'r3', r3)).statusCode, 201);
      admin = await signIn(app, seeded.staff.administrator);
    });
    after(async () => {
      await app.close();
      await smtp.close();
      await handle.dispose();
    });

    const post = async (browser: Browser, action: string, fields: Record<string, string>) =>
      browser.post(action, { _csrf: csrfOf((await browser.get(`${base()}/reminders`)).body), ...fields });

    it('lists who has not started, who has a draft and who has submitted, with the days to the deadline', async () => {
      const page = await admin.get(`${base()}/reminders`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /60 days to the deadline \(30 June 2026\)/);
      assert.match(page.body, /<h2 class="heading-m">Not started \(2\)<\/h2>/);
      assert.match(page.body, /<h2 class="heading-m">Draft started \(1\)<\/h2>/);
      assert.match(page.body, /<h2 class="heading-m">Submitted \(1\)<\/h2>/);
      assert.match(page.body, /safeguarding@one\.example/);
      const progress = await admin.get(base());
      assert.match(progress.body, /60 days to the deadline/);
    });

    it('emails a new link to the agencies that have not submitted, one message each, to their own address and no other', async () => {
      const before = seeded.agencies.map((agency) => agency.token);
      const response = await post(admin, `${base()}/reminders/send`, { 'not-started': 'yes', draft: 'yes' });
      assert.equal(response.statusCode, 200, response.body);
      assert.match(response.body, /2 reminders sent/);
      assert.match(response.body, /Not sent: no contact email[\s\S]*Agency 4/);
      assert.equal(smtp.messages.length, 2);
      for (const message of smtp.messages) assert.equal(message.to.length, 1, 'one recipient a message');
      assert.deepEqual(smtp.messages.map((message) => message.to[0]).sort(), ['dsl@two.example', 'safeguarding@one.example']);
      assert.ok(smtp.messages.every((message) => message.from === 's11@collector.example'));
      // The links in the mail work; the ones they replace do not; the submitted agency's is untouched.
      for (const message of smtp.messages) {
        const [link] = linksIn(message.raw);
        assert.equal((await app.inject(new URL(link!).pathname)).statusCode, 200);
      }
      assert.equal((await app.inject(`/a/${before[0]}`)).statusCode, 404);
      assert.equal((await app.inject(`/a/${before[1]}`)).statusCode, 404);
      assert.equal((await app.inject(`/a/${before[2]}`)).statusCode, 200);
      const { rows } = await handle.db.query<{ n: number }>("select count(*)::int as n from return_events where kind = 'reminder-sent'");
      assert.equal(rows[0]!.n, 2);
    });

    it('never writes to an address outside the campaign, whatever it is asked to', async () => {
      const mailer = smtpMailer({ url: smtp.url, from: MAIL_FROM });
      const count = smtp.messages.length;
      try {
        for (const to of ['someone@southampton.example', 'stranger@example.org', 'dsl@two.example, stranger@example.org', 'dsl@two.example\r\nBcc: stranger@example.org'])
          await assert.rejects(sendWithinCampaign(handle.db, mailer, seeded.campaignId, { to, subject: 'x', text: 'y' }), OutsideCampaignError, to);
      } finally {
        mailer.close();
      }
      assert.equal(smtp.messages.length, count);
    });

    it('keeps the current links when the relay refuses, and says the reminders were not sent', async () => {
      const down = await collector(handle.db, { mail: { url: 'smtp://127.0.0.1:9', from: MAIL_FROM } });
      try {
        const browser = await signIn(down, seeded.staff.administrator);
        const csrf = csrfOf((await browser.get(`${base()}/reminders`)).body);
        const links = await handle.db.query<{ token_hash: string }>('select token_hash from links where revoked_at is null order by token_hash');
        const response = await browser.post(`${base()}/reminders/send`, { _csrf: csrf, 'not-started': 'yes' });
        assert.equal(response.statusCode, 200);
        assert.match(response.body, /0 reminders sent/);
        assert.match(response.body, /Not sent: the mail relay refused them/);
        const after = await handle.db.query<{ token_hash: string }>('select token_hash from links where revoked_at is null order by token_hash');
        assert.deepEqual(after.rows, links.rows);
      } finally {
        await down.close();
      }
    });

    it('downloads a mail-merge file with fresh links that say the old ones stop working', async () => {
      const csv = await post(admin, `${base()}/reminders.csv`, { 'not-started': 'yes' });
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-disposition']), /attachment; filename="section-11-audit-2026-reminders\.csv"/);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], 'agency,contact_email,status,deadline,days_to_deadline,link,note');
      assert.equal(lines.length, 3, 'the two agencies that have not started');
      assert.match(
        lines[1]!,
        /^Agency 1,safeguarding@one\.example,not started,2026-06-30,60,http:\/\/localhost(:\d+)?\/a\/[A-Za-z0-9_-]{43},A new link: the link sent before no longer works\. Drafts are kept\.$/,
      );
      assert.match(lines[2]!, /^Agency 4,,not started,/);
      const link = /\/a\/[A-Za-z0-9_-]{43}/.exec(lines[1]!)![0];
      assert.equal((await app.inject(link)).statusCode, 200);
      const { rows } = await handle.db.query<{ n: number }>("select count(*)::int as n from return_events where kind = 'reminder-sent' and data->>'channel' = 'mail-merge'");
      assert.equal(rows[0]!.n, 2);
    });

    it('lets only administrators of a partnership that sees the campaign remind, with CSRF, and only the agencies it sees', async () => {
      const analyst = await signIn(app, seeded.staff.analyst);
      assert.equal((await post(analyst, `${base()}/reminders/send`, { 'not-started': 'yes' })).statusCode, 403);
      assert.equal((await post(analyst, `${base()}/reminders.csv`, { 'not-started': 'yes' })).statusCode, 403);
      const outsider = await signIn(app, seeded.staff.outsider);
      const csrf = csrfOf((await outsider.get('/staff')).body);
      assert.equal((await outsider.post(`${base()}/reminders/send`, { _csrf: csrf, 'not-started': 'yes' })).statusCode, 404);
      assert.equal((await admin.post(`${base()}/reminders/send`, { 'not-started': 'yes' })).statusCode, 403, 'no CSRF token');
      assert.equal((await post(admin, `${base()}/reminders/send`, {})).statusCode, 400);
    });
  });
}
