// An agency opens its link in Chromium, fills part of the audit, carries on in a second browser
// (no shared storage) from the draft the collector kept, submits, and the partnership's staff see
// the return on their dashboard and heatmap: the collector, the CDN bundle under its strict CSP,
// and <s11-audit>'s submit-url and draft-url, end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { startCollector } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, hashPassword } from '@s11kit/server/admin';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const EVIDENCE = 'Our board minutes of March record the annual safeguarding report and its three actions.';
const PASSWORD = 'a long demo passphrase';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll until `probe` gives something, or fail with `what`. */
async function eventually(probe, what, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** Errors a page logs (a CSP violation, an exception) fail the test. */
function watch(page, errors) {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
}

/** The element inside nested shadow roots, by a path of selectors. */
const deep = (page, path) =>
  page.waitForFunction(
    (steps) => {
      let node = document;
      for (const [i, step] of steps.entries()) {
        node = (i === 0 ? node : node.shadowRoot)?.querySelector(step);
        if (!node) return false;
      }
      return node;
    },
    { timeout: 120_000 },
    path,
  );

test('an agency fills part of the audit, carries on in another browser from the server draft, submits, and staff see it', { timeout: 900_000 }, async () => {
  const framework = await loadFramework('portsmouth-compact');
  const first = framework.standards[0];
  const dir = mkdtempSync(join(tmpdir(), 's11-e2e-'));
  let seeded;
  const collector = await startCollector({
    database: { dataDir: join(dir, 'data') },
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
        deadline: '2099-12-31',
        title: 'Compact audit',
      });
      const { agency } = await addAgency(admin, { partnership: 'portsmouth', campaign: campaign.id, name: 'Kestrel Lane Surgery', sector: 'statutory' });
      const { token } = await agencyLink(admin, campaign.id, agency.id);
      await addStaff(admin, { partnership: 'portsmouth', email: 'analyst@portsmouth.example', name: 'Ana Lyst', role: 'analyst' });
      await db.query('update staff set password_hash = $1', [await hashPassword(PASSWORD, { N: 1024 })]);
      // Earlier work, saved on the server: every answer but standard 1's. Actions are due after
      // today (the generator dates them from its own "now", six weeks and a day ahead).
      const [ret] = [...generateReturns(framework, { count: 1, seed: 4, now: new Date(Date.now() + 43 * 86_400_000) })];
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      const draft = {
        ...ret,
        organisation: { ...ret.organisation, name: 'Kestrel Lane Surgery', sector: 'statutory' },
        status: 'draft',
        submittedAt: null,
        createdAt: yesterday,
        updatedAt: yesterday,
        responses: ret.responses.map((r) => (r.standardId === first.id ? { ...r, rating: null, evidence: '', explanation: '', actions: [] } : r)),
      };
      await db.query('insert into drafts (campaign_id, agency_id, revision, saved_at, value) values ($1, $2, 1, $3, $4)', [
        campaign.id,
        agency.id,
        new Date(yesterday),
        JSON.stringify(draft),
      ]);
      seeded = { token, campaignId: campaign.id };
    },
  });
  const link = `${collector.url}/a/${seeded.token}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  const errors = [];
  try {
    // First computer: standard 1, evidence and a rating.
    const one = await browser.createBrowserContext();
    const page = await one.newPage();
    watch(page, errors);
    await page.goto(`${link}#s11/standard/${first.id}`);
    const textarea = await deep(page, ['s11-audit', 's11-standard-card', 's11-evidence', 'textarea']);
    await textarea.type(EVIDENCE);
    const good = await deep(page, ['s11-audit', 's11-standard-card', 's11-rater', 'input[value="good"]']);
    await good.click();
    const saved = await eventually(async () => {
      const response = await fetch(`${link}/draft`);
      const body = await response.json();
      const response1 = body.value?.responses?.find((r) => r.standardId === first.id);
      return response1?.evidence === EVIDENCE && response1.rating === 'good' ? body : undefined;
    }, 'the draft on the server to hold what was typed');
    assert.ok(saved.revision >= 2, 'saved over the earlier server draft');
    await one.close();

    // Second computer, nothing in its storage: the server draft, then check answers and submit.
    const two = await browser.createBrowserContext();
    const second = await two.newPage();
    watch(second, errors);
    await second.goto(`${link}#s11/standard/${first.id}`);
    await second.waitForFunction(
      (text) =>
        document.querySelector('s11-audit')?.shadowRoot?.querySelector('s11-standard-card')?.shadowRoot?.querySelector('s11-evidence')?.shadowRoot?.querySelector('textarea')
          ?.value === text,
      { timeout: 120_000 },
      EVIDENCE,
    );
    await second.goto(`${link}#s11/check`);
    const submit = await deep(second, ['s11-audit', '[part="submit-button"]']);
    await submit.click();
    const reference = await second.waitForFunction(() => document.querySelector('s11-audit')?.shadowRoot?.querySelector('[part="reference"]')?.textContent?.trim() || false, {
      timeout: 120_000,
    });
    const shown = await reference.jsonValue();
    assert.match(shown, /^S11-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await two.close();

    // Staff sign in and see it.
    const staff = await browser.createBrowserContext();
    const dashboard = await staff.newPage();
    watch(dashboard, errors);
    await dashboard.goto(`${collector.url}/sign-in`);
    await dashboard.type('#email', 'analyst@portsmouth.example');
    await dashboard.type('#password', PASSWORD);
    await Promise.all([dashboard.waitForNavigation(), dashboard.click('button[type="submit"]')]);
    await dashboard.goto(`${collector.url}/staff/campaigns/${seeded.campaignId}`);
    const progress = await dashboard.content();
    assert.match(progress, /<dt>Returned<\/dt><dd>1<\/dd>/);
    assert.match(progress, new RegExp(`${shown}`));
    await dashboard.goto(`${collector.url}/staff/campaigns/${seeded.campaignId}/heatmap`);
    await dashboard.waitForFunction(() => document.querySelector('s11-summary')?.shadowRoot?.textContent?.includes('Kestrel Lane Surgery') ?? false, { timeout: 120_000 });
    await staff.close();
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
