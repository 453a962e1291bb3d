import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { S11Audit } from '@s11kit/components';
import { goTo } from '../helpers/audit.js';

/** Open a page of test/components/pages in an iframe, as a council page embedding the CDN bundle. */
async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function auditIn(frame: HTMLIFrameElement): Promise<S11Audit> {
  await waitUntil(
    () => {
      const audit = frame.contentDocument?.querySelector('s11-audit') as S11Audit | null;
      return audit?.value !== undefined && audit.shadowRoot?.querySelector('[data-view-title], s11-standard-card');
    },
    'the audit did not render in the page',
    { timeout: 10000 },
  );
  return frame.contentDocument!.querySelector('s11-audit') as S11Audit;
}

async function evidenceBox(audit: S11Audit, standardId: string): Promise<HTMLTextAreaElement> {
  await goTo(audit, `standard/${standardId}`);
  await audit.updateComplete;
  const card = audit.shadowRoot!.querySelector('s11-standard-card')!;
  await card.updateComplete;
  const evidence = card.shadowRoot!.querySelector('s11-evidence.evidence') as HTMLElement & { updateComplete: Promise<boolean> };
  await evidence.updateComplete;
  return evidence.shadowRoot!.querySelector('textarea')!;
}

describe('<s11-audit> embedded in a page with one script tag', () => {
  before(() => localStorage.clear());
  after(() => localStorage.clear());

  it('restores every character typed when the page is reloaded mid-way', async () => {
    const frame = await openPage('/test/components/pages/audit.html');
    let audit = await auditIn(frame);
    const box = await evidenceBox(audit, 'information-sharing');
    frame.contentWindow!.focus();
    box.focus();
    // Accents, a long dash, an emoji with a joiner and a new line: every character must survive.
    const typed = 'Café staff — naïve questions welcome 👩‍👧\nWe share information within 24 hours.';
    await sendKeys({ type: typed.split('\n')[0]! });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: typed.split('\n')[1]! });
    // Reload at once: no time for the debounced save, so pagehide must save it.
    const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.contentWindow!.location.reload();
    await reloaded;
    audit = await auditIn(frame);
    expect(audit.shadowRoot!.querySelector('.banner')!.textContent).to.contain('have been restored');
    const restored = await evidenceBox(audit, 'information-sharing');
    expect(restored.value).to.equal(typed);
    expect(audit.value!.responses.find((r) => r.standardId === 'information-sharing')!.evidence).to.equal(typed);
    frame.remove();
  });

  it('runs under a strict Content-Security-Policy with no violation', async () => {
    const frame = await openPage('/test/components/pages/csp.html');
    const audit = await auditIn(frame);
    const violations = () => (frame.contentWindow as unknown as { cspViolations: unknown[] }).cspViolations;
    // Exercise every path a person would: a standard page, typing, validation on submit.
    const box = await evidenceBox(audit, 'safe-recruitment');
    frame.contentWindow!.focus();
    box.focus();
    await sendKeys({ type: 'Checked under a strict policy.' });
    await goTo(audit, 'check');
    await audit.updateComplete;
    expect(audit.submit()).to.equal(false);
    await audit.updateComplete;
    expect(audit.shadowRoot!.querySelector('s11-error-summary')!.shadowRoot!.querySelectorAll('a').length).to.be.greaterThan(0);
    expect(violations()).to.deep.equal([]);
    // The policy is really in force: eval is refused and reported.
    expect(() => (frame.contentWindow as unknown as { eval(code: string): unknown }).eval('1')).to.throw();
    await waitUntil(() => violations().length > 0);
    frame.remove();
  });
});
