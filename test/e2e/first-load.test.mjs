// What the budget test counts is all a page needs to paint the task list: in Chromium, with every
// other file refused, each built-in framework's task list appears whole. The rest is fetched right
// after first paint, unasked; a page that needs it while it cannot be fetched says so and offers to
// try again; and once it has arrived, every page works with the network gone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from '../../bench/lib/server.mjs';
import { firstLoadFiles, outlinedFrameworks } from '../../bench/lib/first-load.mjs';

// How long to wait for something the page must do. Generous, because a loaded machine is slow,
// not wrong: a test here fails on what the page does, never on how fast it does it.
const PATIENCE = 120_000;

const root = new URL('../../', import.meta.url).pathname;
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PAGE = '/test/components/pages/first-load.html';
const CDN = '/packages/components/cdn/';

const framework = (id) => JSON.parse(readFileSync(`${root}packages/frameworks/data/${id}.json`, 'utf8'));

/**
 * A page whose requests pass only while `allowed(path)` says so; the rest are refused, as a
 * network that is down would. Every request is recorded with when it was made.
 */
async function openPage(browser, origin, allowed) {
  const page = await browser.newPage();
  const requests = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const pass = path === PAGE || allowed(path);
    requests.push({ path, at: Date.now(), passed: pass });
    void (pass ? request.continue() : request.abort('internetdisconnected'));
  });
  return { page, requests };
}

/** The task list once painted: each task's name and status, read through the audit's shadow root. */
const taskList = (page) =>
  page
    .waitForFunction(
      () => {
        const root = document.querySelector('s11-audit')?.shadowRoot;
        const tasks = [...(root?.querySelectorAll('.task-list .task') ?? [])].map((task) => task.textContent.replace(/\s+/g, ' ').trim());
        return tasks.length > 2 ? tasks : false;
      },
      { timeout: PATIENCE },
    )
    .then((handle) => handle.jsonValue());

const shadowText = (page, selector) =>
  page.evaluate((selector) => document.querySelector('s11-audit').shadowRoot.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? null, selector);

test('the task list is painted from the first-load files alone, the rest fetched after it unasked', { timeout: 900_000 }, async (t) => {
  const server = await serve({ '/': root });
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  t.after(async () => {
    await browser.close();
    await server.close();
  });

  await t.test('every built-in framework, with every other file refused', async () => {
    for (const id of outlinedFrameworks()) {
      const first = new Set(firstLoadFiles(id).map((file) => `${CDN}${file}`));
      const { page, requests } = await openPage(browser, server.origin, (path) => first.has(path));
      await page.goto(`${server.origin}${PAGE}?framework=${id}&key=first-load-${id}-${Date.now()}`);
      const tasks = await taskList(page);
      const data = framework(id);
      // The organisation, every standard (no sector chosen yet: all of them) and "check your answers".
      assert.equal(tasks.length, data.standards.length + 2, `${id}: ${tasks.join(' | ')}`);
      for (const standard of data.standards)
        assert.ok(
          tasks.some((task) => task.startsWith(`${standard.number}. ${standard.title}`)),
          `${id}: no task for standard ${standard.number}`,
        );
      assert.ok(
        tasks.slice(0, -1).every((task) => /Not started$/.test(task)),
        `${id}: every task has its status: ${tasks.join(' | ')}`,
      );
      assert.equal(await shadowText(page, '[data-view-title]'), data.title);
      // Asked for after the paint, refused here: the rest of the audit and the whole framework.
      await page.waitForFunction(() => true, { timeout: 1000 }).catch(() => undefined);
      const refused = requests.filter((request) => !request.passed).map((request) => request.path.replace(/-[\w-]{8}\.js$/, '.js'));
      assert.ok(refused.includes(`${CDN}chunks/audit-more.js`), `${id}: the rest of the audit was not asked for after first paint: ${refused.join(', ')}`);
      await page.close();
    }
  });

  await t.test('a page that needs the rest while it cannot be fetched says so, and appears once it can', async () => {
    let online = false;
    const first = new Set(firstLoadFiles('portsmouth-compact').map((file) => `${CDN}${file}`));
    const { page } = await openPage(browser, server.origin, (path) => online || first.has(path));
    await page.goto(`${server.origin}${PAGE}?key=first-load-offline-${Date.now()}#s11/organisation`);
    await page.waitForFunction(() => document.querySelector('s11-audit')?.shadowRoot?.querySelector('[role="alert"] button'), { timeout: PATIENCE });
    assert.match(await shadowText(page, '[role="alert"]'), /This page could not be loaded\. Check your connection and try again: nothing you have typed has been lost\./);
    online = true;
    await page.evaluate(() => document.querySelector('s11-audit').shadowRoot.querySelector('[role="alert"] button').click());
    await page.waitForFunction(() => document.querySelector('s11-audit').shadowRoot.querySelector('#organisation-name'), { timeout: PATIENCE });
    assert.equal(await shadowText(page, '[data-view-title]'), 'About your organisation');
    await page.close();
  });

  await t.test('a script that submits before the rest has arrived: sent once it arrives, or said not sent', async () => {
    let online = false;
    const first = new Set(firstLoadFiles('portsmouth-compact').map((file) => `${CDN}${file}`));
    const { page } = await openPage(browser, server.origin, (path) => online || first.has(path) || path.startsWith('/packages/frameworks/samples/'));
    await page.goto(`${server.origin}${PAGE}?key=first-load-submit-${Date.now()}`);
    await taskList(page);
    const submit = (target) =>
      target.evaluate(async () => {
        const audit = document.querySelector('s11-audit');
        const sample = await (await fetch('/packages/frameworks/samples/portsmouth-compact/valid-school.json')).json();
        audit.now = '2026-05-01T10:00:00Z';
        audit.value = { ...sample, status: 'draft', submittedAt: null };
        audit.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.resolve({ reference: 'EARLY-1', receivedAt: '2026-05-01T10:00:05Z' })), { once: true });
        return audit.submit();
      });
    // Offline: it cannot check the return, so it sends nothing and says so, with Try again.
    assert.equal(await submit(page), true);
    await page.waitForFunction(() => /Your return has not been sent/.test(document.querySelector('s11-audit').shadowRoot.querySelector('.send-problem')?.textContent ?? ''), {
      timeout: PATIENCE,
    });
    assert.equal(await shadowText(page, '[part="reference"]'), null);
    // Online again: Try again sends it.
    online = true;
    await page.evaluate(() => {
      const audit = document.querySelector('s11-audit');
      audit.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.resolve({ reference: 'EARLY-1', receivedAt: '2026-05-01T10:00:05Z' })), { once: true });
      audit.shadowRoot.querySelector('.send-problem button').click();
    });
    await page.waitForFunction(() => document.querySelector('s11-audit').shadowRoot.querySelector('[part="reference"]'), { timeout: PATIENCE });
    assert.equal(await shadowText(page, '[part="reference"]'), 'EARLY-1');
    await page.close();

    // Online from the start, submitted the moment the task list shows: sent once the rest arrives.
    const second = await openPage(browser, server.origin, () => true);
    await second.page.goto(`${server.origin}${PAGE}?key=first-load-submit-2-${Date.now()}`);
    await taskList(second.page);
    assert.equal(await submit(second.page), true);
    await second.page.waitForFunction(() => document.querySelector('s11-audit').shadowRoot.querySelector('[part="reference"]'), { timeout: PATIENCE });
    await second.page.close();
  });

  await t.test('once the rest has arrived, every page works with the network gone', async () => {
    let online = true;
    const key = `first-load-later-${Date.now()}`;
    const { page, requests } = await openPage(browser, server.origin, () => online);
    await page.goto(`${server.origin}${PAGE}?key=${key}`);
    const painted = (await taskList(page), Date.now());
    // Fetched unasked: the rest of the audit and the whole framework, then nothing is needed.
    await page.waitForFunction(() => document.querySelector('s11-audit').shadowRoot.querySelector('#saved-copy'), { timeout: PATIENCE });
    const more = requests.find((request) => /chunks\/audit-more-/.test(request.path));
    assert.ok(more && more.at - painted < 5000, 'the rest of the audit was fetched right after the task list was painted');
    assert.ok(
      requests.some((request) => /chunks\/portsmouth-compact-(?!outline)[\w-]+\.js$/.test(request.path)),
      'the whole framework was fetched',
    );
    online = false;
    await page.setOfflineMode(true);

    const evaluate = (fn, ...rest) => page.evaluate(fn, ...rest);
    await evaluate(() => [...document.querySelector('s11-audit').shadowRoot.querySelectorAll('.task__link')].find((a) => /Safe recruitment/.test(a.textContent)).click());
    const box = await page.waitForFunction(
      () =>
        document
          .querySelector('s11-audit')
          .shadowRoot.querySelector('s11-standard-card')
          ?.shadowRoot?.querySelector('s11-evidence.evidence')
          ?.shadowRoot?.querySelector('textarea') ?? false,
      { timeout: PATIENCE },
    );
    await box.focus();
    await page.keyboard.type('Typed offline.');
    await page.waitForFunction((name) => (localStorage.getItem(name) ?? '').includes('Typed offline.'), { timeout: 120_000 }, `s11kit:draft:portsmouth-compact:${key}`);
    await evaluate(() => (location.hash = '#s11/check'));
    await page.waitForFunction(
      () => /Check your answers before you submit/.test(document.querySelector('s11-audit').shadowRoot.querySelector('[data-view-title]')?.textContent ?? ''),
      { timeout: 120_000 },
    );
    assert.match(await shadowText(page, '.audit'), /Typed offline\./);
    // Printing shows every answer, from what is already in the page.
    await evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.waitForFunction(() => document.querySelector('s11-audit').shadowRoot.querySelector('.audit--print .summary-list'), { timeout: 120_000 });
    await evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.close();
  });
});
