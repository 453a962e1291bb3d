// What the collector's browser tests share: Chromium, the databases (PGlite always, PostgreSQL when
// DATABASE_URL names a server), waiting for a page, and signing in as staff.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import puppeteer from 'puppeteer-core';

export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const launch = () => puppeteer.launch({ executablePath, headless: true, args });

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll until `probe` gives something, or fail with `what`. */
export async function eventually(probe, what, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/**
 * Errors a page logs (a CSP violation, an exception, a failed request) go into `errors`, so that
 * a test fails on them; `expected` says which are part of the test (the collector stopped on purpose).
 */
export function watch(page, errors, expected = () => false) {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !expected(`${response.status()} ${response.url()}`)) errors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected(message.text())) errors.push(`${page.url()}: ${message.text()}`);
  });
}

/** The element inside nested shadow roots, by a path of selectors (each looked up in the previous one's shadow root). */
export const deep = (page, path, timeout = 120_000) =>
  page.waitForFunction(
    (steps) => {
      let node = document;
      for (const [i, step] of steps.entries()) {
        node = (i === 0 ? node : node.shadowRoot)?.querySelector(step);
        if (!node) return false;
      }
      return node;
    },
    { timeout },
    path,
  );

/** The text of an element's shadow root (and those inside it), for "does it say ...". */
export const shadowText = (page, selector) =>
  page.evaluate((selector) => {
    const walk = (node) => {
      let text = '';
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.shadowRoot) text += walk(child.shadowRoot);
          text += walk(child);
        }
      }
      return text;
    };
    const element = document.querySelector(selector);
    return element?.shadowRoot ? walk(element.shadowRoot) : '';
  }, selector);

/** Sign in on the collector's own form, as a person would. */
export async function signInAs(page, url, email, password) {
  await page.goto(`${url}/sign-in`);
  await page.type('#email', email);
  await page.type('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
}

/** Click a submit button and wait for the page it leads to. */
export const submitForm = (page, selector = 'form[method="post"]:not(.header__sign-out) button[type="submit"]') => Promise.all([page.waitForNavigation(), page.click(selector)]);

/**
 * The databases the browser tests run on: a PGlite folder always, and a fresh PostgreSQL database
 * when DATABASE_URL names a server (dropped afterwards). `options` open it in the test; `cli` and
 * `env` point the `s11` command at the same database.
 */
export function databases() {
  const kinds = [
    {
      name: 'PGlite',
      async make() {
        const dir = mkdtempSync(join(tmpdir(), 's11-e2e-'));
        return { options: { dataDir: join(dir, 'data') }, cli: ['--data', join(dir, 'data')], env: {}, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url)
    kinds.push({
      name: 'PostgreSQL',
      async make() {
        const name = `s11_e2e_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const testUrl = new URL(url);
        testUrl.pathname = `/${name}`;
        return {
          options: { url: testUrl.toString() },
          cli: [],
          env: { DATABASE_URL: testUrl.toString() },
          async dispose() {
            const drop = new pg.Client({ connectionString: url });
            await drop.connect();
            await drop.query(`drop database if exists ${name} with (force)`);
            await drop.end();
          },
        };
      },
    });
  return kinds;
}

/** POST a return as the audit does, from the test (for answers given before the part the browser walks). */
export async function submitReturn(url, token, key, body) {
  const response = await fetch(`${url}/a/${token}/returns`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`submit ${key}: ${response.status} ${await response.text()}`);
  return response.json();
}
