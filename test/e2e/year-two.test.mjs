// Year 2 on the collector, in Chromium with real links: staff open year 2 and copy an agency's
// link; the agency saves an update through <s11-action-tracker update-url> (kept with who and
// when); with the collector stopped the update is "not saved", nothing typed is lost, and the
// retry after a restart is stored once. City and Hackney agencies sign a statement of compliance
// or choose a full re-audit, and the partnership sees who did which.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { applicableItems } from '@s11kit/schema';
import { startCollector } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, hashPassword, openYearTwo } from '@s11kit/server/admin';
import { databases, deep, eventually, launch, shadowText, signInAs, submitForm, submitReturn, watch } from './support.mjs';

const PASSWORD = 'a long test passphrase';
const DAY = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
/** Actions due a few months ahead: the generator dates them from its own "now". */
const generatorNow = () => new Date(Date.now() + 43 * DAY);

const openActions = (ret) => ret.responses.flatMap((r) => r.actions.filter((a) => a.status !== 'complete' && a.due).map((a) => ({ standardId: r.standardId, actionId: a.id })));

async function staffUser(db, partnership, email, name, role) {
  const admin = { db, now: () => new Date(), actor: { cli: 'e2e' } };
  await addStaff(admin, { partnership, email, name, role });
  await db.query('update staff set password_hash = $1 where email = $2', [await hashPassword(PASSWORD, { N: 1024 }), email]);
}

for (const kind of databases()) {
  test(
    `year 2 on ${kind.name}: staff open it, the agency saves updates through the tracker, and one made while the collector is down is kept and stored once`,
    { timeout: 900_000 },
    async () => {
      const database = await kind.make();
      const framework = await loadFramework('portsmouth-compact');
      const ret = [...generateReturns(framework, { count: 30, seed: 4, now: generatorNow() })].find((r) => r.organisation.sector === 'statutory' && openActions(r).length >= 2);
      let seeded;
      let collector = await startCollector({
        database: database.options,
        port: 0,
        async prepare(db) {
          const admin = { db, now: () => new Date(), actor: { cli: 'e2e' } };
          await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth Safeguarding Children Partnership' });
          const campaign = await addCampaign(admin, {
            partnership: 'portsmouth',
            framework,
            builtIn: true,
            cycleStart: 2026,
            cycleYear: 1,
            deadline: isoDay(Date.now() + 30 * DAY),
            title: 'Compact audit',
          });
          const { agency } = await addAgency(admin, { partnership: 'portsmouth', campaign: campaign.id, name: 'Kestrel Lane Surgery', sector: 'statutory' });
          const { token } = await agencyLink(admin, campaign.id, agency.id);
          await staffUser(db, 'portsmouth', 'admin@portsmouth.example', 'Ad Min', 'administrator');
          seeded = { campaignId: campaign.id, agencyId: agency.id, token };
        },
      });
      const port = new URL(collector.url).port;
      await submitReturn(collector.url, seeded.token, 'year-1', { ...ret, organisation: { ...ret.organisation, name: 'Kestrel Lane Surgery' } });
      const [first, second] = openActions(ret);
      const keyOf = (ref) => `${ref.standardId}--${ref.actionId}`;
      const browser = await launch();
      const errors = [];
      // While the collector is stopped on purpose, the browser cannot reach it: that is the test.
      let down = false;
      const expected = (text) => down && /ERR_CONNECTION_REFUSED|Failed to load resource/.test(text);
      try {
        // Staff open year 2 from the campaign page and copy the agency's new link.
        const staff = await browser.createBrowserContext();
        const staffPage = await staff.newPage();
        watch(staffPage, errors);
        await signInAs(staffPage, collector.url, 'admin@portsmouth.example', PASSWORD);
        await staffPage.goto(`${collector.url}/staff/campaigns/${seeded.campaignId}`);
        await Promise.all([staffPage.waitForNavigation(), staffPage.click(`a[href="/staff/campaigns/${seeded.campaignId}/year-two"]`)]);
        const deadline = new Date(Date.now() + 400 * DAY);
        await staffPage.type('#deadline-day', String(deadline.getUTCDate()));
        await staffPage.type('#deadline-month', String(deadline.getUTCMonth() + 1));
        await staffPage.type('#deadline-year', String(deadline.getUTCFullYear()));
        await submitForm(staffPage);
        const link = await staffPage.$eval(`code[data-agency="${seeded.agencyId}"]`, (code) => code.textContent.trim());
        assert.match(link, /\/a\/[A-Za-z0-9_-]{43}$/);

        // The agency: its year-1 action plan in the tracker; a progress note saved on the collector.
        const agency = await browser.createBrowserContext();
        const page = await agency.newPage();
        watch(page, errors, expected);
        await page.goto(link);
        const update = await deep(page, ['s11-action-tracker', `#update-${keyOf(first)}`]);
        await update.click();
        const note = await deep(page, ['s11-action-tracker', `#note-${keyOf(first)}`]);
        await note.type('Safeguarding training booked for every receptionist.');
        await (await deep(page, ['s11-action-tracker', `#form-${keyOf(first)} [part="save-button"]`])).click();
        await eventually(
          async () =>
            (await shadowText(page, 's11-action-tracker')).includes('Safeguarding training booked for every receptionist.') &&
            !(await page.evaluate((id) => !!document.querySelector('s11-action-tracker').shadowRoot.querySelector(`#form-${id}`), keyOf(first))),
          'the update to be saved and its form closed',
        );
        // Who and when: listed on the agency's page, from the collector's history.
        await page.reload();
        const saved = await page.$eval('main table', (table) => table.textContent);
        assert.match(saved, /Kestrel Lane Surgery/);
        assert.match(saved, /Safeguarding training booked for every receptionist\./);
        assert.match(saved, /\d{1,2} \w+ \d{4}, \d\d:\d\d/);

        // The collector stops while the agency writes the next update.
        await (await deep(page, ['s11-action-tracker', `#update-${keyOf(second)}`])).click();
        const text = 'Policy rewritten; waiting for the board to approve it.';
        await (await deep(page, ['s11-action-tracker', `#note-${keyOf(second)}`])).type(text);
        down = true;
        await collector.close();
        await (await deep(page, ['s11-action-tracker', `#form-${keyOf(second)} [part="save-button"]`])).click();
        const notSaved = await deep(page, ['s11-action-tracker', `#not-saved-${keyOf(second)}`]);
        assert.match(await notSaved.evaluate((node) => node.textContent), /Your update has not been saved/);
        assert.equal(
          await page.evaluate((id) => document.querySelector('s11-action-tracker').shadowRoot.querySelector(`#note-${id}`).value, keyOf(second)),
          text,
          'nothing typed is lost',
        );

        // Back up on the same address and data: Try again stores it, once.
        collector = await startCollector({ database: database.options, port: Number(port) });
        down = false;
        await (await deep(page, ['s11-action-tracker', `#form-${keyOf(second)} [part="save-button"]`])).click();
        await eventually(
          async () => !(await page.evaluate((id) => !!document.querySelector('s11-action-tracker').shadowRoot.querySelector(`#form-${id}`), keyOf(second))),
          'the retried update to be saved',
        );
        const { rows } = await collector.db.query("select actor, data from return_events where kind = 'action-updated' order by seq");
        assert.deepEqual(
          rows.map((row) => [row.actor, row.data.changes[0].note]),
          [
            [{ kind: 'agency', name: 'Kestrel Lane Surgery' }, 'Safeguarding training booked for every receptionist.'],
            [{ kind: 'agency', name: 'Kestrel Lane Surgery' }, text],
          ],
        );

        // Staff see both, with who and when.
        await staffPage.goto(`${collector.url}/staff/campaigns/${seeded.campaignId}/year-two`);
        const overview = await staffPage.content();
        assert.match(overview, /Kestrel Lane Surgery<\/a>/);
        assert.match(overview, /<td class="numeric">2<\/td>/);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
        await collector.close();
        await database.dispose();
      }
    },
  );

  test(
    `year 2 in City and Hackney on ${kind.name}: one agency signs a statement of compliance, another chooses a full re-audit, and the partnership sees who did which`,
    { timeout: 900_000 },
    async () => {
      const database = await kind.make();
      const framework = await loadFramework('city-hackney-s11');
      const generated = [...generateReturns(framework, { count: 12, seed: 11, now: generatorNow() })].filter((r) => r.responses.some((x) => x.actions.length > 0));
      let seeded;
      const collector = await startCollector({
        database: database.options,
        port: 0,
        async prepare(db) {
          const admin = { db, now: () => new Date(), actor: { cli: 'e2e' } };
          await addPartnership(admin, { slug: 'city-and-hackney', name: 'City and Hackney Safeguarding Children Partnership' });
          const campaign = await addCampaign(admin, {
            partnership: 'city-and-hackney',
            framework,
            builtIn: true,
            cycleStart: 2026,
            cycleYear: 1,
            deadline: isoDay(Date.now() + 30 * DAY),
            title: 'Section 11 audit',
          });
          const agencies = [];
          for (const [i, name] of ['Hoxton Example Clinic', 'Dalston Example Youth Club'].entries()) {
            const { agency } = await addAgency(admin, { partnership: 'city-and-hackney', campaign: campaign.id, name, sector: generated[i].organisation.sector });
            agencies.push({
              id: agency.id,
              name,
              token: (await agencyLink(admin, campaign.id, agency.id)).token,
              ret: { ...generated[i], organisation: { ...generated[i].organisation, name } },
            });
          }
          await staffUser(db, 'city-and-hackney', 'analyst@hackney.example', 'Hack Ney', 'analyst');
          seeded = { campaignId: campaign.id, agencies };
        },
      });
      for (const [i, agency] of seeded.agencies.entries()) await submitReturn(collector.url, agency.token, `y1-${i}`, agency.ret);
      const opened = await openYearTwo(
        { db: collector.db, now: () => new Date(), actor: { cli: 'e2e' } },
        { campaign: seeded.campaignId, deadline: isoDay(Date.now() + 400 * DAY) },
      );
      const linkOf = (i) => `${collector.url}/a/${opened.links.find((l) => l.agencyId === seeded.agencies[i].id).token}`;
      const browser = await launch();
      const errors = [];
      try {
        // Agency 1: a statement of compliance. Standard 6 is now fully met (with evidence); standard 1 is lower (with an action).
        const one = await (await browser.createBrowserContext()).newPage();
        watch(one, errors);
        await one.goto(linkOf(0));
        await one.click('#choice--statement');
        await submitForm(one);
        assert.equal(await one.$eval('h1', (h) => h.textContent), 'Statement of compliance');
        const sector = seeded.agencies[0].ret.organisation.sector;
        const up = 'recruitment-vetting-and-allegations';
        const down = 'senior-leadership-commitment';
        for (const item of applicableItems(
          framework.standards.find((s) => s.id === up),
          sector,
        ))
          await one.click(`#item--${up}--${item.id}--fully-met`);
        const firstDown = applicableItems(
          framework.standards.find((s) => s.id === down),
          sector,
        )[0];
        await one.click(`#item--${down}--${firstDown.id}--partly-met`);
        // The evidence and the action are inside "If its rating is now different".
        await one.$$eval('details.details summary', (summaries) => summaries.forEach((s) => s.click()));
        await one.type(`#evidence--${up}`, 'Every post since September was checked with the DBS; the January audit found no gaps.');
        await one.type(`#action--${down}`, 'Name a board member responsible for safeguarding');
        await one.type(`#lead--${down}`, 'Chair of the board');
        const due = new Date(Date.now() + 120 * DAY);
        await one.type(`#due--${down}-day`, String(due.getUTCDate()));
        await one.type(`#due--${down}-month`, String(due.getUTCMonth() + 1));
        await one.type(`#due--${down}-year`, String(due.getUTCFullYear()));
        await one.type('#signer-name', 'Rowan Example');
        await one.type('#signer-role', 'Chief executive');
        await submitForm(one);
        assert.equal(await one.$eval('h1', (h) => h.textContent), 'Statement of compliance signed');
        const reference = await one.$eval('.panel strong', (s) => s.textContent);
        assert.match(reference, /^S11-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        assert.match(await one.content(), /Rowan Example, Chief executive/);

        // Agency 2: a full re-audit, on the same link, with last year's answers beside each standard.
        const two = await (await browser.createBrowserContext()).newPage();
        watch(two, errors);
        await two.goto(linkOf(1));
        await two.click('#choice--re-audit');
        await submitForm(two);
        assert.match(await two.content(), /Year 2: full re-audit/);
        const standard = framework.standards[0];
        await two.goto(`${linkOf(1)}#s11/standard/${standard.id}`);
        const previous = await deep(two, ['s11-audit', '[part="previous"]']);
        const year1 = framework.scale.levels.find((level) => level.id === seeded.agencies[1].ret.responses.find((r) => r.standardId === standard.id).rating).label;
        assert.match(await previous.evaluate((node) => node.textContent), new RegExp(`Your answer last cycle[\\s\\S]*${year1}`));

        // The partnership sees who did which.
        const staff = await (await browser.createBrowserContext()).newPage();
        watch(staff, errors);
        await signInAs(staff, collector.url, 'analyst@hackney.example', PASSWORD);
        await staff.goto(`${collector.url}/staff/campaigns/${opened.campaign.id}/year-two`);
        const overview = await staff.content();
        assert.match(
          overview,
          new RegExp(
            `Hoxton Example Clinic</a></th>\\n<td><strong class="tag tag--returned">Statement of compliance</strong> ${reference}, signed by Rowan Example \\(Chief executive\\)`,
          ),
        );
        assert.match(overview, /Dalston Example Youth Club<\/a><\/th>\n<td><strong class="tag tag--draft">Full re-audit<\/strong> chosen, not sent yet/);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
        await collector.close();
        await database.dispose();
      }
    },
  );
}
