import { expect, waitUntil } from '@open-wc/testing';
import type { S11Audit } from '@s11kit/components';
import '../helpers/audit.js';

/**
 * The audit as a council page embeds it (the CDN bundle), in a window of its own: Back, Forward
 * and reload are real, and its history is its own, not the test page's (which earlier test files
 * have filled: Chrome keeps 50 entries, and an iframe's Back can reach past its own).
 */
type Page = Window & { marker?: string };

async function openPage(hash = ''): Promise<Page> {
  const win = window.open(`/test/components/pages/audit-pages.html${hash}`, '_blank', 'width=1000,height=800');
  if (!win) throw new Error('the browser refused to open a window');
  opened.push(win);
  await waitUntil(() => win.document.readyState === 'complete' && win.location.pathname.endsWith('audit-pages.html'), 'the page loads', { timeout: 10000 });
  return win;
}
const opened: Window[] = [];

async function auditIn(win: Page): Promise<S11Audit> {
  await waitUntil(
    () => {
      const audit = win.document.querySelector<S11Audit>('s11-audit');
      return audit?.value !== undefined && audit.shadowRoot?.querySelector('[data-view-title], s11-standard-card');
    },
    'the audit did not render in the page',
    { timeout: 10000 },
  );
  return win.document.querySelector('s11-audit') as S11Audit;
}

/** The heading of the page on screen. */
async function heading(audit: S11Audit): Promise<string> {
  await audit.updateComplete;
  const card = audit.shadowRoot!.querySelector('s11-standard-card');
  if (card) {
    await card.updateComplete;
    return card.shadowRoot!.querySelector('.title')!.textContent.trim();
  }
  return audit.shadowRoot!.querySelector('[data-view-title]')!.textContent.trim();
}

/** Follow a link inside the audit by its text, with a real click event. */
async function follow(audit: S11Audit, text: string | RegExp, root: ParentNode = audit.shadowRoot!) {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a')];
  const link = links.find((a) => (typeof text === 'string' ? a.textContent.trim() === text : text.test(a.textContent)));
  if (!link) throw new Error(`no link ${String(text)} among ${links.map((a) => a.textContent.trim()).join(' | ')}`);
  link.click();
  await audit.updateComplete;
}

async function historyStep(win: Page, back: boolean) {
  const changed = new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
  if (back) win.history.back();
  else win.history.forward();
  await changed;
}

async function reload(win: Page): Promise<S11Audit> {
  win.marker = 'before the reload';
  win.location.reload();
  await waitUntil(() => win.marker === undefined && win.document.readyState === 'complete', 'the page reloads', { timeout: 10000 });
  return auditIn(win);
}

const button = (audit: S11Audit, text: string) => [...audit.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim() === text)!;

describe('<s11-audit> pages with addresses', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    opened.splice(0).forEach((win) => win.close());
    localStorage.clear();
  });

  it('gives every page its own address, with real links, and the title names the page', async () => {
    const frame: Page = await openPage();
    const audit = await auditIn(frame);
    const hrefs = [...audit.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => href === '#' || !href)).to.deep.equal([]);
    expect(hrefs).to.include.members(['#s11/organisation', '#s11/standard/safer-recruitment', '#s11/check']);
    expect(frame.document.title).to.equal(`${await heading(audit)} – Section 11 audit`);
    await follow(audit, /Safer recruitment/);
    expect(frame.location.hash).to.equal('#s11/standard/safer-recruitment');
    expect(frame.document.title).to.equal(`${await heading(audit)} – Section 11 audit`);
  });

  it('Back and Forward move between audit pages, and a reload stays on the page, on every kind of page', async function () {
    this.timeout(60_000);
    const frame: Page = await openPage();
    let audit = await auditIn(frame);
    const base = frame.history.length;
    const tasks = await heading(audit);
    await follow(audit, 'About your organisation');
    expect(await heading(audit)).to.equal('About your organisation');
    button(audit, 'Save and continue').click();
    await audit.updateComplete;
    expect(await heading(audit)).to.equal(tasks);
    await follow(audit, /Safer recruitment/);
    const standard = await heading(audit);
    await follow(audit, 'Back to the task list');
    await follow(audit, 'Check your answers and submit');
    expect(await heading(audit)).to.equal('Check your answers before you submit');

    // Five pages were pushed; going back more would leave the frame (and this test page) behind.
    expect(frame.history.length - base, 'one history entry per page visited').to.equal(5);
    // Back through every page, then Forward again.
    const visited = ['Check your answers before you submit', tasks, standard, tasks, 'About your organisation', tasks];
    for (const expected of visited.slice(1)) {
      await historyStep(frame, true);
      expect(await heading(audit)).to.equal(expected);
    }
    for (const expected of visited.slice(0, -1).reverse()) {
      await historyStep(frame, false);
      expect(await heading(audit)).to.equal(expected);
    }

    // A reload stays where it was, on each kind of page.
    for (const [hash, expected] of [
      ['#s11/check', 'Check your answers before you submit'],
      ['#s11/organisation', 'About your organisation'],
      ['#s11/standard/safer-recruitment', standard],
      ['#s11/tasks', tasks],
    ] as const) {
      frame.location.hash = hash;
      await audit.updateComplete;
      audit = await reload(frame);
      expect(await heading(audit), `reloaded at ${hash}`).to.equal(expected);
    }
  });

  it('a reload of the confirmation page still shows the reference', async () => {
    const frame: Page = await openPage();
    const audit = await auditIn(frame);
    const sample = await (await fetch('/packages/frameworks/samples/isle-of-wight-vcs/valid-youth-club.json')).json();
    audit.now = '2026-05-01T10:00:00Z';
    audit.value = { ...sample, status: 'draft', submittedAt: null };
    audit.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.resolve({ reference: 'IOW-2026-17', receivedAt: '2026-05-01T10:00:00Z' })));
    audit.submit();
    await waitUntil(() => audit.shadowRoot!.querySelector('[part="reference"]'));
    expect(frame.location.hash).to.equal('#s11/confirmation');
    const again = await reload(frame);
    expect(again.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('IOW-2026-17');
    expect(again.shadowRoot!.querySelector('.panel__title')!.textContent).to.equal('Return submitted');
  });

  it('"Change" on check your answers comes back to check your answers after Save and continue', async () => {
    const frame: Page = await openPage('#s11/check');
    const audit = await auditIn(frame);
    await follow(audit, /Change\s+Rating: 8\. Safer recruitment/);
    expect(frame.location.hash).to.equal('#s11/check/standard/safer-recruitment');
    button(audit, 'Save and continue').click();
    await audit.updateComplete;
    expect(await heading(audit)).to.equal('Check your answers before you submit');
    await follow(audit, /Change\s+Organisation name/);
    button(audit, 'Save and continue').click();
    await audit.updateComplete;
    expect(await heading(audit)).to.equal('Check your answers before you submit');
  });

  it('says "Error:" in the title after a failed submit, and leaves the title alone with document-title="off"', async () => {
    const frame: Page = await openPage('#s11/check');
    const audit = await auditIn(frame);
    audit.submit();
    await audit.updateComplete;
    expect(frame.document.title).to.equal('Error: Check your answers before you submit – Section 11 audit');
    audit.setAttribute('document-title', 'off');
    frame.document.title = 'The council page';
    await follow(audit, 'Back to the task list');
    expect(frame.document.title).to.equal('The council page');
  });

  it('shows the "answers restored" notice once, not on every page after', async () => {
    const frame: Page = await openPage();
    let audit = await auditIn(frame);
    await follow(audit, 'About your organisation');
    const name = audit.shadowRoot!.querySelector<HTMLInputElement>('#organisation-name')!;
    name.value = 'Harbour Sailing Club';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    frame.location.hash = '#s11/tasks';
    audit = await reload(frame);
    const restored = () => [...audit.shadowRoot!.querySelectorAll('.banner')].some((b) => b.textContent.includes('have been restored'));
    expect(restored()).to.equal(true);
    await follow(audit, /Safer recruitment/);
    expect(restored()).to.equal(false);
    await follow(audit, 'Back to the task list');
    expect(restored()).to.equal(false);
  });

  it('shows the fallback text until the script runs, and never after', async () => {
    const frame: Page = await openPage();
    const audit = await auditIn(frame);
    const fallback = frame.document.querySelector<HTMLElement>('.fallback')!;
    expect(audit.shadowRoot).to.not.equal(null);
    // Light DOM children are not shown once the element has its own shadow tree.
    expect(fallback.getClientRects().length).to.equal(0);
  });
});
