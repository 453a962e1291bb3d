import { expect, waitUntil } from '@open-wc/testing';
import type { AuditReturn } from '@s11kit/schema';
import '@s11kit/components/define.js';
import type { S11Audit } from '@s11kit/components';
import { auditFixture, goTo, html, storageKeyFor } from '../helpers/audit.js';

const sample = async (): Promise<AuditReturn> => {
  const ret = (await (await fetch('/packages/frameworks/samples/isle-of-wight-vcs/valid-youth-club.json')).json()) as AuditReturn;
  return { ...ret, status: 'draft', submittedAt: null };
};
const text = (el: S11Audit) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

/** Put a return where a collector would serve it (GET answers { revision, savedAt, value }). */
async function serve(name: string, value: AuditReturn) {
  await fetch(`/draft-test/${name}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ revision: 0, value }) });
  return `/draft-test/${name}`;
}

describe('<s11-audit readonly>', () => {
  beforeEach(() => fetch('/submit-test/reset', { method: 'POST' }));
  afterEach(() => localStorage.clear());

  it('shows the whole return from draft-url for a signer to read: no Change links, no submit, nothing saved or sent', async () => {
    const ret = await sample();
    const url = await serve(storageKeyFor('signer'), ret);
    const key = storageKeyFor('readonly');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" readonly draft-url=${url} storage-key=${key}></s11-audit>`);
    await waitUntil(() => text(el).includes(ret.organisation.name), 'the return is shown');
    expect(text(el)).to.contain(ret.responses[0]!.evidence.slice(0, 40));
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[part="submit-button"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input, textarea, select')).to.equal(null);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('s11kit:') && k.includes(key))).to.deep.equal([]);
    const log = (await (await fetch('/submit-test/log')).json()) as { mode: string }[];
    expect(
      log.filter((entry) => entry.mode.startsWith('draft:')),
      'one PUT: the test’s own',
    ).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says so when the return cannot be loaded, and shows no empty return as if it were one', async () => {
    const el = await auditFixture(
      html`<s11-audit framework="isle-of-wight-vcs" readonly draft-url="/draft-test/nothing-here" storage-key=${storageKeyFor('ro-missing')}></s11-audit>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'an alert');
    expect(text(el)).to.contain('The return could not be loaded');
    expect(text(el)).to.not.contain('Not answered');
  });
});

describe('<s11-audit previous-url>', () => {
  afterEach(() => localStorage.clear());

  it('shows last cycle’s answer beside each standard, read-only', async () => {
    const last = await sample();
    last.responses[0]!.evidence = 'Last year our named lead attended every committee meeting.';
    const url = await serve(storageKeyFor('previous'), last);
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" previous-url=${url} storage-key=${storageKeyFor('with-previous')}></s11-audit>`);
    await goTo(el, `standard/${last.responses[0]!.standardId}`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="previous"]'), 'the previous answer is shown');
    const previous = el.shadowRoot!.querySelector('[part="previous"]')!;
    expect(previous.textContent).to.contain('Your answer last cycle');
    expect(previous.textContent).to.contain('Last year our named lead attended every committee meeting.');
    expect(previous.querySelector('input, textarea')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows nothing, and keeps working, when there is no previous return', async () => {
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" previous-url="/draft-test/never-saved" storage-key=${storageKeyFor('no-previous')}></s11-audit>`);
    await goTo(el, 'standard/safeguarding-lead');
    expect(el.shadowRoot!.querySelector('[part="previous"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('s11-standard-card')).to.not.equal(null);
  });
});
