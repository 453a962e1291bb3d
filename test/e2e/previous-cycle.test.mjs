// Last cycle alongside, in Chromium with a real link: an agency filling in the new cycle's audit
// sees, beside a standard, what it answered last cycle (<s11-audit previous-url>, answered by the
// collector), and staff see the changes since the last cycle in the board report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { startCollector } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, hashPassword, parseIdentifier } from '@s11kit/server/admin';
import { databases, deep, launch, signInAs, submitReturn, watch } from './support.mjs';

const PASSWORD = 'a long test passphrase';
const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

for (const kind of databases()) {
  test(`the previous cycle's answer is shown beside a standard, and staff see the changes since, on ${kind.name}`, { timeout: 900_000 }, async () => {
    const database = await kind.make();
    const framework = await loadFramework('portsmouth-compact');
    const [last, now] = [...generateReturns(framework, { count: 12, seed: 6, now: new Date(Date.now() + 43 * DAY) })].filter((r) => r.organisation.sector === 'statutory');
    let seeded;
    const collector = await startCollector({
      database: database.options,
      port: 0,
      async prepare(db) {
        const admin = { db, now: () => new Date(), actor: { cli: 'e2e' } };
        await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth Safeguarding Children Partnership' });
        // The last cycle's campaign is still open only so that this test can send its return today.
        const before = await addCampaign(admin, {
          partnership: 'portsmouth',
          framework,
          builtIn: true,
          cycleStart: 2024,
          cycleYear: 1,
          deadline: isoDay(Date.now() + 30 * DAY),
          title: 'Compact audit 2024',
        });
        const current = await addCampaign(admin, {
          partnership: 'portsmouth',
          framework,
          builtIn: true,
          cycleStart: 2026,
          cycleYear: 1,
          deadline: isoDay(Date.now() + 30 * DAY),
          title: 'Compact audit 2026',
        });
        const tokens = [];
        for (const campaign of [before, current]) {
          const { agency } = await addAgency(admin, {
            partnership: 'portsmouth',
            campaign: campaign.id,
            name: 'Kestrel Lane Surgery',
            sector: 'statutory',
            identifier: parseIdentifier('ods:K81001'),
          });
          tokens.push((await agencyLink(admin, campaign.id, agency.id)).token);
        }
        await addStaff(admin, { partnership: 'portsmouth', email: 'analyst@portsmouth.example', name: 'Ana Lyst', role: 'analyst' });
        await db.query('update staff set password_hash = $1', [await hashPassword(PASSWORD, { N: 1024 })]);
        seeded = { lastToken: tokens[0], token: tokens[1], currentId: current.id };
      },
    });
    const named = (ret) => ({ ...ret, organisation: { ...ret.organisation, name: 'Kestrel Lane Surgery' } });
    await submitReturn(collector.url, seeded.lastToken, 'last-cycle', named(last));
    const browser = await launch();
    const errors = [];
    try {
      // A standard whose answer last cycle had a rating and evidence.
      const answered = last.responses.find((r) => r.rating && r.evidence.trim().length > 20);
      const standard = framework.standards.find((s) => s.id === answered.standardId);
      const label = framework.scale.levels.find((level) => level.id === answered.rating).label;
      const page = await (await browser.createBrowserContext()).newPage();
      watch(page, errors);
      await page.goto(`${collector.url}/a/${seeded.token}#s11/standard/${standard.id}`);
      const previous = await deep(page, ['s11-audit', '[part="previous"]']);
      await previous.evaluate((details) => details.querySelector('summary').click());
      const shown = await previous.evaluate((details) => ({ text: details.textContent, open: details.open }));
      assert.equal(shown.open, true);
      assert.match(shown.text, /Your answer last cycle/);
      assert.match(shown.text, new RegExp(label));
      assert.ok(shown.text.replace(/\s+/g, ' ').includes(answered.evidence.trim().replace(/\s+/g, ' ').slice(0, 60)), 'last cycle’s evidence, read only');

      // This cycle's return arrives; staff see what changed since the last cycle.
      await submitReturn(collector.url, seeded.token, 'this-cycle', named(now));
      const staff = await (await browser.createBrowserContext()).newPage();
      watch(staff, errors);
      await signInAs(staff, collector.url, 'analyst@portsmouth.example', PASSWORD);
      const response = await fetch(`${collector.url}/staff/campaigns/${seeded.currentId}/report.html`, {
        headers: { cookie: (await staff.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
      });
      const report = await response.text();
      assert.equal(response.status, 200);
      assert.match(report, /Since the last cycle/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await collector.close();
      await database.dispose();
    }
  });
}
