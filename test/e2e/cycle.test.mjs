// The cycle after the first submit, walked in Chromium with real links on the collector, on PGlite
// and (when DATABASE_URL names a server) PostgreSQL: sign-off requested, sent back with a comment,
// signed, submitted; a challenge raised, answered with a changed rating, accepted and counted in the
// board report; reminders sent to a local SMTP server, to the right recipients only; and the
// retention purge (s11 admin) removing exactly what its dry run listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { databases, deep, eventually, launch, signInAs, watch } from './support.mjs';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { openDatabase, startCollector } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, closeCampaign, hashPassword, TABLES } from '@s11kit/server/admin';

const require = createRequire(import.meta.url);
const bin = join(require.resolve('@s11kit/cli/package.json'), '..', require('@s11kit/cli/package.json').bin.s11);
const PASSWORD = 'a long test passphrase';

/** Errors a page logs fail the test; the 4xx answers a test expects are listed (and the console line each one makes). */
const watchFor = (page, errors, expected = []) => watch(page, errors, (text) => /Failed to load resource/.test(text) || expected.some((pattern) => pattern.test(text)));

/** The text inside the audit's shadow root (and its children's), for waiting on what it shows. */
const auditText = (page) =>
  page.evaluate(() => {
    const collect = (root) => [...root.querySelectorAll('*')].map((el) => (el.shadowRoot ? collect(el.shadowRoot) : '')).join(' ') + ' ' + root.textContent;
    const audit = document.querySelector('s11-audit');
    return audit?.shadowRoot ? collect(audit.shadowRoot) : '';
  });

const waitForAuditText = (page, text, what) => eventually(async () => (await auditText(page)).includes(text), what);

async function submitFromCheckPage(page, link) {
  await page.goto(`${link}#s11/check`);
  const submit = await deep(page, ['s11-audit', '[part="submit-button"]']);
  await submit.click();
}

const receiptOf = (page) =>
  page
    .waitForFunction(() => document.querySelector('s11-audit')?.shadowRoot?.querySelector('[part="reference"]')?.textContent?.trim() || false, { timeout: 120_000 })
    .then((handle) => handle.jsonValue());

/** A new page of `context`, signed in as that member of staff. */
async function staffPage(context, url, email) {
  const page = await context.newPage();
  await signInAs(page, url, email, PASSWORD);
  return page;
}

/** A return of the sector, complete, with actions due after today, as a draft. */
function draftOf(framework, sector, name, seed) {
  const generated = [...generateReturns(framework, { count: 12, seed, now: new Date(Date.now() + 43 * 86_400_000) })];
  const ret = generated.find((candidate) => candidate.organisation.sector === sector) ?? generated[0];
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  return { ...ret, organisation: { ...ret.organisation, name, sector }, status: 'draft', submittedAt: null, createdAt: yesterday, updatedAt: yesterday };
}

async function startSmtp() {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, messages, close: () => new Promise((resolve) => server.close(resolve)) };
}
const linksIn = (raw) => [...raw.replace(/=\r?\n/g, '').matchAll(/https?:\/\/[^\s]+\/a\/[A-Za-z0-9_-]{43}/g)].map((match) => match[0]);

/** A partnership, its staff, and a campaign of the framework with the agencies given. */
async function setUp(db, { framework, agencies, title }) {
  const admin = { db, now: () => new Date(), actor: { cli: 'e2e' } };
  await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth Safeguarding Children Partnership' });
  await addPartnership(admin, { slug: 'southampton', name: 'Southampton Safeguarding Children Partnership' });
  const campaign = await addCampaign(admin, { partnership: 'portsmouth', framework, builtIn: true, cycleStart: 2026, cycleYear: 1, deadline: '2099-12-31', title });
  const made = [];
  for (const agency of agencies) {
    const { agency: row } = await addAgency(admin, {
      partnership: 'portsmouth',
      campaign: campaign.id,
      name: agency.name,
      sector: agency.sector,
      ...(agency.email ? { contactEmail: agency.email } : {}),
    });
    made.push({ ...agency, id: row.id, token: (await agencyLink(admin, campaign.id, row.id)).token });
  }
  const other = await addCampaign(admin, {
    partnership: 'southampton',
    framework,
    builtIn: true,
    cycleStart: 2026,
    cycleYear: 1,
    deadline: '2099-12-31',
    title: 'Southampton audit',
  });
  const { agency: outsider } = await addAgency(admin, {
    partnership: 'southampton',
    campaign: other.id,
    name: 'Southampton Agency',
    sector: agencies[0].sector,
    contactEmail: 'outside@southampton.example',
  });
  await agencyLink(admin, other.id, outsider.id);
  await addStaff(admin, { partnership: 'portsmouth', email: 'admin@portsmouth.example', name: 'Ad Min', role: 'administrator' });
  await db.query('update staff set password_hash = $1', [await hashPassword(PASSWORD, { N: 1024 })]);
  return { campaignId: campaign.id, otherCampaignId: other.id, agencies: made };
}

async function putAndSubmit(url, token, draft, key) {
  const put = await fetch(`${url}/a/${token}/draft`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ revision: 0, value: draft }) });
  assert.equal(put.status, 200, await put.text());
  if (!key) return;
  const at = new Date().toISOString();
  const posted = await fetch(`${url}/a/${token}/returns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ ...draft, status: 'submitted', submittedAt: at, updatedAt: at }),
  });
  assert.equal(posted.status, 201, await posted.text());
}

for (const kind of databases()) {
  test(`${kind.name}: sign-off requested, sent back with a comment, signed, and then submitted`, { timeout: 900_000 }, async () => {
    const framework = await loadFramework('buckinghamshire-s11');
    const place = await kind.make();
    let seeded;
    const collector = await startCollector({
      database: place.options,
      port: 0,
      prepare: async (db) => void (seeded = await setUp(db, { framework, title: 'Bucks toolkit', agencies: [{ name: 'Beech House Trust', sector: 'statutory' }] })),
    });
    const [agency] = seeded.agencies;
    const link = `${collector.url}/a/${agency.token}`;
    const draft = draftOf(framework, 'statutory', agency.name, 7);
    const evidence = draft.responses.find((response) => response.evidence.length > 20).evidence.slice(0, 40);
    await putAndSubmit(collector.url, agency.token, draft);
    const browser = await launch();
    const errors = [];
    try {
      const agencyContext = await browser.createBrowserContext();
      const page = await agencyContext.newPage();
      // The refused submit is the one 422 this walk expects.
      watchFor(page, errors, [/^422 .*\/returns$/]);
      // Unsigned: the audit's submit is refused, and says why in its error summary.
      await submitFromCheckPage(page, link);
      await waitForAuditText(page, 'must be signed off by a board member before you send it', 'the sign-off problem in the error summary');

      const sendForSignOff = async (name, email) => {
        await page.goto(link);
        await page.type('#name', name);
        await page.click('#role');
        await page.type('#email', email);
        await Promise.all([page.waitForNavigation(), page.click('#sign-off form button[type="submit"]')]);
        const text = await page.$eval('.link-text code', (code) => code.textContent);
        return text.trim();
      };
      const first = await sendForSignOff('Dana Board', 'dana.board@beech.example');
      assert.match(first, /\/s\/[A-Za-z0-9_-]{43}$/);

      // The signer reads the whole return, read-only, and sends it back.
      const signerContext = await browser.createBrowserContext();
      const signer = await signerContext.newPage();
      watchFor(signer, errors);
      await signer.goto(first);
      await waitForAuditText(signer, evidence, 'the signer to see the answers');
      assert.equal(await signer.evaluate(() => document.querySelector('s11-audit')?.shadowRoot?.querySelector('[part="submit-button"]') ?? null), null, 'no submit for the signer');
      await signer.type('#comment', 'Area 4 needs the figures for volunteers trained this year.');
      await Promise.all([signer.waitForNavigation(), signer.click('form[action$="/send-back"] button')]);
      assert.match(await signer.content(), /You sent this return back/);

      await page.goto(link);
      const panel = await page.$eval('#sign-off', (section) => section.textContent);
      assert.match(panel, /Dana Board sent your return back on/);
      assert.match(panel, /Area 4 needs the figures for volunteers trained this year\./);

      // Sent again; this time signed.
      const second = await sendForSignOff('Dana Board', 'dana.board@beech.example');
      await signer.goto(second);
      await waitForAuditText(signer, evidence, 'the signer to see the answers again');
      assert.equal(await signer.$eval('#role', (radio) => radio.checked), true, 'the role asked for is chosen');
      await signer.click('#confirm');
      await Promise.all([signer.waitForNavigation(), signer.click('form[action$="/sign"] button')]);
      assert.match(await signer.content(), /You have signed this return off/);

      await submitFromCheckPage(page, link);
      const reference = await receiptOf(page);
      assert.match(reference, /^S11-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      const kinds = (await collector.db.query('select kind from return_events order by seq')).rows.map((row) => row.kind);
      assert.deepEqual(kinds, ['sign-off-requested', 'sign-off-sent-back', 'sign-off-requested', 'signed-off', 'return-submitted']);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await collector.close();
      await place.dispose();
    }
  });

  test(`${kind.name}: a challenge raised, answered with a changed rating, accepted, and counted in the board report`, { timeout: 900_000 }, async () => {
    const framework = await loadFramework('portsmouth-compact');
    const place = await kind.make();
    let seeded;
    const collector = await startCollector({
      database: place.options,
      port: 0,
      prepare: async (db) => void (seeded = await setUp(db, { framework, title: 'Compact audit', agencies: [{ name: 'Kestrel Lane Surgery', sector: 'statutory' }] })),
    });
    const [agency] = seeded.agencies;
    const link = `${collector.url}/a/${agency.token}`;
    const draft = draftOf(framework, 'statutory', agency.name, 8);
    const target = draft.responses.find((response) => response.rating === 'good' || response.rating === 'outstanding');
    const standard = framework.standards.find((candidate) => candidate.id === target.standardId);
    const newRating = target.rating === 'good' ? 'outstanding' : 'good';
    await putAndSubmit(collector.url, agency.token, draft, 'first-submit');
    const browser = await launch();
    const errors = [];
    try {
      const staff = await browser.createBrowserContext();
      const review = await staffPage(staff, collector.url, 'admin@portsmouth.example');
      watchFor(review, errors);
      const reviewUrl = `${collector.url}/staff/campaigns/${seeded.campaignId}/agencies/${agency.id}/review`;
      await review.goto(reviewUrl);
      await review.type('#reason', 'Intelligence from a recent case review');
      await Promise.all([review.waitForNavigation(), review.click('form[action$="/review"] button')]);
      await review.select('#target', target.standardId);
      await review.type('#text', 'What evidence shows the training reached volunteers?');
      await Promise.all([review.waitForNavigation(), review.click('form[action$="/challenges"] button')]);
      assert.match(await review.content(), /Awaiting the agency/);

      const agencyContext = await browser.createBrowserContext();
      const page = await agencyContext.newPage();
      watchFor(page, errors);
      await page.goto(link);
      assert.match(await page.$eval('#challenges', (section) => section.textContent), /What evidence shows the training reached volunteers\?/);
      // Into the audit at the challenged standard, a new rating, and the return sent again.
      await page.click(`#challenges a[href="#s11/standard/${standard.id}"]`);
      const radio = await deep(page, ['s11-audit', 's11-standard-card', 's11-rater', `input[value="${newRating}"]`]);
      await radio.click();
      await eventually(async () => {
        const body = await (await fetch(`${link}/draft`)).json();
        return body.value?.responses?.find((r) => r.standardId === standard.id)?.rating === newRating;
      }, 'the changed rating saved on the server');
      await submitFromCheckPage(page, link);
      await receiptOf(page);
      await page.goto(link);
      const answerBox = await page.$('#challenges textarea');
      await answerBox.type(`We have rated standard ${standard.number} again and sent the return.`);
      await Promise.all([page.waitForNavigation(), page.click('#challenges form button')]);
      assert.match(await page.$eval('#challenges', (section) => section.textContent), /You have answered every question/);

      await review.goto(reviewUrl);
      const levels = new Map(framework.scale.levels.map((level) => [level.id, level.label]));
      assert.match(await review.content(), new RegExp(`Changed to ${levels.get(newRating)} in version 2`));
      await Promise.all([review.waitForNavigation(), review.click('form[action$="/accept"] button')]);
      // The step in the return's one history table: who accepted, and which challenge.
      assert.match(
        await review.content(),
        new RegExp(
          `<tr data-kind="challenge-accepted"><td class="numeric">\\d+</td><td>[^<]+</td><td>Ad Min \\(partnership staff\\)</td><td class="pre-wrap">Accepted the answer on standard ${standard.number}</td>`,
        ),
      );
      const report = await review.evaluate(
        (url) => fetch(url, { credentials: 'same-origin' }).then((response) => response.text()),
        `${collector.url}/staff/campaigns/${seeded.campaignId}/report.html`,
      );
      assert.match(report, /Challenge and feedback/);
      assert.match(report, /1 challenge was raised:\s*1 accepted/);
      assert.match(report, /1 rating was challenged; 1 has been changed by the agency since/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await collector.close();
      await place.dispose();
    }
  });

  test(`${kind.name}: reminders go to a local SMTP server, to the agencies that have not submitted and nobody else`, { timeout: 900_000 }, async () => {
    const framework = await loadFramework('portsmouth-compact');
    const place = await kind.make();
    const smtp = await startSmtp();
    let seeded;
    const agencies = [
      { name: 'Not Started Nursery', sector: 'early-years', email: 'office@nursery.example' },
      { name: 'Draft Dental Practice', sector: 'statutory', email: 'manager@dental.example' },
      { name: 'Done Youth Club', sector: 'voluntary', email: 'lead@youthclub.example' },
      { name: 'No Address Gym', sector: 'sports-leisure' },
    ];
    const collector = await startCollector({
      database: place.options,
      port: 0,
      mail: { url: smtp.url, from: 'Portsmouth SCP <s11@collector.example>' },
      prepare: async (db) => void (seeded = await setUp(db, { framework, title: 'Compact audit', agencies })),
    });
    const browser = await launch();
    const errors = [];
    try {
      const [, drafting, done] = seeded.agencies;
      await putAndSubmit(collector.url, drafting.token, draftOf(framework, drafting.sector, drafting.name, 9));
      await putAndSubmit(collector.url, done.token, draftOf(framework, done.sector, done.name, 10), 'done-1');
      const staff = await browser.createBrowserContext();
      const page = await staffPage(staff, collector.url, 'admin@portsmouth.example');
      watchFor(page, errors);
      await page.goto(`${collector.url}/staff/campaigns/${seeded.campaignId}/reminders`);
      assert.match(await page.content(), /Not started \(2\)[\s\S]*Draft started \(1\)[\s\S]*Submitted \(1\)/);
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/reminders/send"] button')]);
      assert.match(await page.content(), /2 reminders sent/);
      assert.deepEqual(smtp.messages.map((message) => message.to).sort(), [['manager@dental.example'], ['office@nursery.example']]);
      // The link in the mail opens the agency's audit.
      const mail = smtp.messages.find((message) => message.to[0] === 'office@nursery.example');
      const [emailed] = linksIn(mail.raw);
      const agencyContext = await browser.createBrowserContext();
      const agencyPage = await agencyContext.newPage();
      watchFor(agencyPage, errors);
      await agencyPage.goto(emailed);
      await deep(agencyPage, ['s11-audit', 'h1, h2']);
      assert.equal((await fetch(`${collector.url}/a/${seeded.agencies[0].token}`)).status, 404, 'the old link no longer works');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await collector.close();
      await smtp.close();
      await place.dispose();
    }
  });

  test(`${kind.name}: s11 admin purge removes exactly what its dry run listed`, { timeout: 900_000 }, async () => {
    const framework = await loadFramework('portsmouth-compact');
    const place = await kind.make();
    let seeded;
    let collector = await startCollector({
      database: place.options,
      port: 0,
      prepare: async (db) => void (seeded = await setUp(db, { framework, title: 'Compact audit', agencies: [{ name: 'Kestrel Lane Surgery', sector: 'statutory' }] })),
    });
    const browser = await launch();
    try {
      const [agency] = seeded.agencies;
      await putAndSubmit(collector.url, agency.token, draftOf(framework, 'statutory', agency.name, 11), 'purge-1');
      // Staff read the return (a log line of the campaign), then the campaign closed seven years ago.
      const staff = await browser.createBrowserContext();
      const page = await staffPage(staff, collector.url, 'admin@portsmouth.example');
      await page.goto(`${collector.url}/staff/campaigns/${seeded.campaignId}/agencies/${agency.id}/review`);
      await closeCampaign({ db: collector.db, now: () => new Date(Date.now() - 7 * 366 * 86_400_000), actor: { cli: 'e2e' } }, seeded.campaignId);
      await collector.close();

      const s11 = (...more) => {
        const env = { ...process.env, ...place.env };
        if (!place.env.DATABASE_URL) delete env.DATABASE_URL;
        const run = spawnSync(process.execPath, [bin, 'admin', ...more, ...place.cli], { encoding: 'utf8', env });
        return { code: run.status, stdout: run.stdout, stderr: run.stderr };
      };
      const snapshot = async () => {
        const db = await openDatabase(place.options);
        try {
          const all = new Map();
          for (const table of TABLES) all.set(table, new Set((await db.query(`select * from ${table}`)).rows.map((row) => JSON.stringify(row))));
          return all;
        } finally {
          await db.close();
        }
      };
      assert.equal(s11('purge').code, 2, 'a purge without the dry run’s plan is refused');
      const dry = s11('purge', '--dry-run');
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stdout, new RegExp(`would delete 1 campaign[\\s\\S]*${seeded.campaignId}\\tCompact audit \\(portsmouth\\)`));
      const listed = Object.fromEntries(
        /\n {4}(.+)\n/
          .exec(dry.stdout)[1]
          .split(', ')
          .map((pair) => [pair.split(' ')[0], Number(pair.split(' ')[1])]),
      );
      const plan = /s11 admin purge --confirm ([0-9a-f]{12})/.exec(dry.stdout)[1];
      const before = await snapshot();
      assert.equal(s11('purge', '--confirm', '000000000000').code, 2);
      const purged = s11('purge', '--confirm', plan);
      assert.equal(purged.code, 0, purged.stderr);
      assert.match(purged.stdout, /^deleted 1 campaign/);
      const after = await snapshot();
      for (const table of TABLES) {
        const gone = [...before.get(table)].filter((row) => !after.get(table).has(row));
        assert.equal(gone.length, listed[table] ?? 0, `${table}: deleted as many rows as the dry run listed`);
        assert.ok(
          gone.every((row) => row.includes(seeded.campaignId)),
          `${table}: only rows of the purged campaign`,
        );
      }
      assert.ok(listed.return_versions >= 1 && listed.drafts >= 1 && listed.audit_log >= 1 && listed.campaigns === 1);
      assert.equal([...after.get('return_versions')].length, 0);
      assert.equal([...after.get('campaigns')].filter((row) => row.includes(seeded.otherCampaignId)).length, 1, 'the other campaign is kept');

      collector = await startCollector({ database: place.options, port: 0 });
      const again = await staffPage(staff, collector.url, 'admin@portsmouth.example');
      const gone = await again.goto(`${collector.url}/staff/campaigns/${seeded.campaignId}`);
      assert.equal(gone.status(), 404);
    } finally {
      await browser.close();
      await collector.close();
      await place.dispose();
    }
  });
}
