// One return, several partnerships, in Chromium with real links: a Portsmouth agency that also
// reports to Hampshire submits its Compact return; Hampshire, whose campaign runs on another
// framework, sees it translated, marked as such, with the standards that need the agency's answer;
// the agency completes that second audit on its own page, and Hampshire then has its return.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { startCollector } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, hashPassword } from '@s11kit/server/admin';
import { databases, deep, eventually, launch, signInAs, watch } from './support.mjs';

const PASSWORD = 'a long test passphrase';
const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const AUDIT = 's11-audit[route-prefix="hampshire"]';

/** Choose `level` on every rater of the standard on screen (its own and its items'), and give evidence where there is none. */
async function answerStandard(page, level, evidence) {
  const raters = await page.evaluateHandle(
    (audit, level) =>
      [...document.querySelector(audit).shadowRoot.querySelector('s11-standard-card').shadowRoot.querySelectorAll('s11-rater')].map((rater) =>
        rater.shadowRoot.querySelector(`input[value="${level}"]`),
      ),
    AUDIT,
    level,
  );
  for (const handle of (await raters.getProperties()).values()) await handle.asElement()?.click();
  const textarea = await deep(page, [AUDIT, 's11-standard-card', 's11-evidence.evidence', 'textarea']);
  if (!(await textarea.evaluate((node) => node.value.trim()))) await textarea.type(evidence);
}

for (const kind of databases()) {
  test(`a Portsmouth return seen by Hampshire in translation with its open standards, completed by the agency, on ${kind.name}`, { timeout: 900_000 }, async () => {
    const database = await kind.make();
    const compact = await loadFramework('portsmouth-compact');
    const bucks = await loadFramework('buckinghamshire-s11');
    const [ret] = [...generateReturns(compact, { count: 1, seed: 3, now: new Date(Date.now() + 43 * DAY) })];
    let seeded;
    const collector = await startCollector({
      database: database.options,
      port: 0,
      async prepare(db) {
        const admin = { db, now: () => new Date(), actor: { cli: 'e2e' } };
        await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth Safeguarding Children Partnership' });
        await addPartnership(admin, { slug: 'hampshire', name: 'Hampshire Safeguarding Children Partnership' });
        const portsmouth = await addCampaign(admin, {
          partnership: 'portsmouth',
          framework: compact,
          builtIn: true,
          cycleStart: 2026,
          cycleYear: 1,
          deadline: isoDay(Date.now() + 30 * DAY),
          title: 'Compact audit',
        });
        const hampshire = await addCampaign(admin, {
          partnership: 'hampshire',
          framework: bucks,
          builtIn: true,
          cycleStart: 2026,
          cycleYear: 1,
          deadline: isoDay(Date.now() + 30 * DAY),
          title: 'Hampshire Section 11 audit',
        });
        const { agency } = await addAgency(admin, {
          partnership: 'portsmouth',
          campaign: portsmouth.id,
          name: 'Solent Example NHS Trust',
          sector: ret.organisation.sector,
          reportsTo: ['hampshire'],
        });
        const { token } = await agencyLink(admin, portsmouth.id, agency.id);
        await addStaff(admin, { partnership: 'hampshire', email: 'analyst@hampshire.example', name: 'Hamp Shire', role: 'analyst' });
        await db.query('update staff set password_hash = $1', [await hashPassword(PASSWORD, { N: 1024 })]);
        // The agency's Compact answers, saved on the server earlier: it checks them and sends.
        const draft = { ...ret, organisation: { ...ret.organisation, name: 'Solent Example NHS Trust' }, status: 'draft', submittedAt: null };
        await db.query('insert into drafts (campaign_id, agency_id, revision, saved_at, value) values ($1, $2, 1, $3, $4)', [
          portsmouth.id,
          agency.id,
          new Date(Date.now() - DAY),
          JSON.stringify(draft),
        ]);
        seeded = { token, agencyId: agency.id, hampshireId: hampshire.id };
      },
    });
    const link = `${collector.url}/a/${seeded.token}`;
    const browser = await launch();
    const errors = [];
    try {
      // The agency sends its Compact return to Portsmouth.
      const page = await (await browser.createBrowserContext()).newPage();
      watch(page, errors);
      await page.goto(`${link}#s11/check`);
      await (await deep(page, ['s11-audit', '[part="submit-button"]'])).click();
      await page.waitForFunction(() => document.querySelector('s11-audit')?.shadowRoot?.querySelector('[part="reference"]')?.textContent?.trim(), { timeout: 120_000 });

      // Hampshire's staff see the translated copy, marked as such, with what it still needs.
      const { rows } = await collector.db.query('select needs_answer from shared_copies where campaign_id = $1 and agency_id = $2', [seeded.hampshireId, seeded.agencyId]);
      const open = rows[0].needs_answer;
      assert.ok(open.length > 0);
      const staff = await (await browser.createBrowserContext()).newPage();
      watch(staff, errors);
      await signInAs(staff, collector.url, 'analyst@hampshire.example', PASSWORD);
      await staff.goto(`${collector.url}/staff/campaigns/${seeded.hampshireId}`);
      assert.match(await staff.content(), /<strong class="tag tag--draft">Translated copy<\/strong>/);
      await Promise.all([staff.waitForNavigation(), staff.click(`a[href="/staff/campaigns/${seeded.hampshireId}/shared/${seeded.agencyId}"]`)]);
      const copy = await staff.content();
      assert.match(copy, /Translated copy: not yet checked by the agency/);
      for (const gap of open) assert.ok(copy.includes(gap.standard.slice(1)), `${gap.standard} listed as open`);

      // The agency's page now has a second task: the translated audit, with the open standards listed.
      await page.goto(link);
      const listed = await page.$$eval('section.task li strong', (items) => items.map((item) => item.textContent));
      assert.deepEqual(
        listed.map((s) => s.toLowerCase()),
        open.map((gap) => gap.standard.toLowerCase()),
      );
      await deep(page, [AUDIT, '.title, h2']);
      // It answers each open standard, and the cover sheet Hampshire's framework asks for.
      for (const gap of open) {
        await page.goto(`${link}#hampshire/standard/${gap.standardId}`);
        await page.waitForFunction(
          (audit, id) => document.querySelector(audit)?.shadowRoot?.querySelector('s11-standard-card')?.standardId === id,
          { timeout: 120_000 },
          AUDIT,
          gap.standardId,
        );
        await answerStandard(page, 'green', 'Learning from reviews goes to every team meeting, and the changes it led to are logged.');
      }
      await page.goto(`${link}#hampshire/organisation`);
      await (await deep(page, [AUDIT, '#cover-board-member'])).type('Dr Jo Example');
      await (await deep(page, [AUDIT, '#cover-contact-details'])).type('safeguarding@solent.example, 023 0000 0000');
      await page.goto(`${link}#hampshire/check`);
      await (await deep(page, [AUDIT, '[part="submit-button"]'])).click();
      const reference = await (
        await page.waitForFunction(
          (audit) => document.querySelector(audit)?.shadowRoot?.querySelector('[part="reference"]')?.textContent?.trim() || false,
          { timeout: 120_000 },
          AUDIT,
        )
      ).jsonValue();
      assert.match(reference, /^S11-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      // Hampshire now has the agency's own return, no longer a translated copy.
      await staff.goto(`${collector.url}/staff/campaigns/${seeded.hampshireId}/shared/${seeded.agencyId}`);
      assert.match(await staff.content(), new RegExp(`Completed by the agency[\\s\\S]*${reference}`));
      await staff.goto(`${collector.url}/staff/campaigns/${seeded.hampshireId}`);
      assert.match(await staff.content(), /<dt>Returned<\/dt><dd>1<\/dd>/);
      await eventually(async () => {
        const { rows: versions } = await collector.db.query('select reference from return_versions where campaign_id = $1', [seeded.hampshireId]);
        return versions.length === 1 && versions[0].reference === reference;
      }, 'the return stored once in Hampshire’s campaign');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await collector.close();
      await database.dispose();
    }
  });
}
