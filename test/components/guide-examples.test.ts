import { expect, waitUntil } from '@open-wc/testing';
import type { AuditReturn } from '@s11kit/schema';
import type { S11Audit } from '@s11kit/components';
import '../helpers/audit.js';

// The guides' examples are files (stories/guides/examples/) that the guides show and these pages
// run as they are: an example that stops working fails here.

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; audit: S11Audit }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  await waitUntil(() => frame.contentDocument!.querySelector<S11Audit>('s11-audit')?.value, 'the audit loads', { timeout: 10000 });
  return { frame, audit: frame.contentDocument!.querySelector('s11-audit') as S11Audit };
}

const youthClub = async () => {
  const ret = (await (await fetch('/packages/frameworks/samples/isle-of-wight-vcs/valid-youth-club.json')).json()) as AuditReturn;
  return { ...ret, status: 'draft' as const, submittedAt: null };
};

describe('the guides’ examples, run as written', () => {
  beforeEach(async () => {
    localStorage.clear();
    await fetch('/submit-test/reset', { method: 'POST' });
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('send-with-fetch.js: the return reaches the server with its key, and the receipt is shown', async () => {
    const { audit } = await openPage('/test/components/pages/guide-fetch.html');
    audit.now = '2026-05-01T10:00:00Z';
    audit.value = await youthClub();
    expect(audit.submit()).to.equal(true);
    await waitUntil(() => audit.shadowRoot!.querySelector('[part="reference"]'), 'the confirmation shows a reference');
    const log = (await (await fetch('/submit-test/log')).json()) as { key: string; body: string }[];
    expect(log).to.have.length(1);
    expect(log[0]!.key).to.have.length.greaterThan(20);
    expect(JSON.parse(log[0]!.body).status).to.equal('submitted');
    expect(audit.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('S11-0001');
  });

  it('sign-out.js: every s11kit draft goes, the rest of the site’s storage stays', async () => {
    const { frame, audit } = await openPage('/test/components/pages/guide-sign-out.html');
    audit.value = await youthClub();
    frame.contentWindow!.dispatchEvent(new PageTransitionEvent('pagehide'));
    localStorage.setItem('site-preference', 'large text');
    expect(localStorage.getItem('s11kit:draft:isle-of-wight-vcs:guide-sign-out')).to.not.equal(null);
    frame.contentDocument!.querySelector<HTMLButtonElement>('#sign-out')!.click();
    expect(localStorage.getItem('s11kit:draft:isle-of-wight-vcs:guide-sign-out')).to.equal(null);
    expect(localStorage.getItem('site-preference')).to.equal('large text');
  });
});
