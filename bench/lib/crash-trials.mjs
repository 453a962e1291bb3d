// Crash trials: type into the audit's evidence box at a steady pace (one key every 250 ms: a
// steady typist whom a plain debounce would never save), crash the renderer at a random moment
// through the DevTools protocol (Page.crash), then read what the browser kept. Used by the test
// (test/e2e/crash.test.mjs) and by `npm run bench`, which writes the figures to BENCHMARKS.md.
import puppeteer from 'puppeteer-core';
import { serve } from './server.mjs';

const root = new URL('../../', import.meta.url).pathname;
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const STANDARD = 'safe-recruitment';
const TEXT = 'We check every new volunteer: references, identity and a DBS check before they start. ';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Something that must finish; a hung call after a crash must not hang the run. */
const within = (promise, ms) => Promise.race([promise, sleep(ms)]);

/**
 * Run `trials` crashes. Each result: keys typed, characters kept, characters lost, and how long
 * before the crash the first lost key was typed (the span of typing lost).
 */
export async function crashTrials({ trials, intervalMs = 250, minTypingMs = 2500, maxTypingMs = 5000, random = Math.random }) {
  const server = await serve({ '/': root });
  const browser = await puppeteer.launch({ executablePath, headless: true, args });
  const results = [];
  try {
    const reader = await browser.newPage();
    await reader.goto(`${server.origin}/test/components/pages/blank.html`);
    for (let trial = 0; trial < trials; trial++) {
      const key = `crash-${trial}-${Date.now()}`;
      const page = await browser.newPage();
      await page.goto(`${server.origin}/test/components/pages/crash.html?key=${key}&page=standard/${STANDARD}`);
      const box = await page.waitForFunction(
        () =>
          document
            .querySelector('s11-audit')
            ?.shadowRoot?.querySelector('s11-standard-card')
            ?.shadowRoot?.querySelector('s11-evidence.evidence')
            ?.shadowRoot?.querySelector('textarea') ?? false,
        { timeout: 20_000 },
      );
      await box.focus();
      const typingMs = minTypingMs + random() * (maxTypingMs - minTypingMs);
      const typedAt = [];
      const started = Date.now();
      while (Date.now() - started < typingMs) {
        const due = started + typedAt.length * intervalMs;
        if (due > Date.now()) await sleep(due - Date.now());
        await page.keyboard.type(TEXT[typedAt.length % TEXT.length]);
        typedAt.push(Date.now());
      }
      const crashedAt = Date.now();
      const cdp = await page.createCDPSession();
      // Page.crash never answers (the renderer is gone); the page's error event says it happened.
      const crashed = new Promise((resolve) => page.once('error', resolve));
      void cdp.send('Page.crash').catch(() => undefined);
      await within(crashed, 5000);
      const raw = await reader.evaluate((name) => localStorage.getItem(name), `s11kit:draft:portsmouth-compact:${key}`);
      const evidence = raw ? (JSON.parse(raw).value.responses.find((r) => r.standardId === STANDARD)?.evidence ?? '') : '';
      const typed = TEXT.repeat(Math.ceil(typedAt.length / TEXT.length) + 1).slice(0, typedAt.length);
      const lost = typedAt.length - evidence.length;
      results.push({
        typed: typedAt.length,
        kept: evidence.length,
        lost,
        intact: typed.startsWith(evidence),
        lostSpanMs: lost > 0 ? crashedAt - typedAt[typedAt.length - lost] : 0,
        typingMs: Math.round(typingMs),
      });
      void page.close().catch(() => undefined);
    }
  } finally {
    await within(browser.close(), 10_000);
    await server.close();
  }
  return results;
}
