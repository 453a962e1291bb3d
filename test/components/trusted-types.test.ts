import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { S11Audit } from '@s11kit/components';

// A council page that enforces Trusted Types (`require-trusted-types-for 'script'`) must allow
// Lit's policy by name (`trusted-types lit-html`): the embedding guide says so, and this holds the
// CDN bundle to needing nothing else.

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

type Probe = Window & { cspViolations: { directive: string; blocked: string; sample: string }[] };

describe('<s11-audit> under Trusted Types', () => {
  before(() => localStorage.clear());
  after(() => localStorage.clear());

  it('renders, opens a standard and takes typing with only the lit-html policy allowed, and no violation', async () => {
    const frame = await openPage('/test/components/pages/trusted-types.html');
    const win = frame.contentWindow as Probe;
    await waitUntil(() => frame.contentDocument!.querySelector<S11Audit>('s11-audit')?.shadowRoot?.querySelector('.task__link'), 'the audit did not render', {
      timeout: 10000,
    });
    const audit = frame.contentDocument!.querySelector('s11-audit') as S11Audit;
    // Follow a standard's link in the task list, as a person would.
    (audit.shadowRoot!.querySelector('.task__link[aria-describedby="status-safe-recruitment"]') as HTMLElement).click();
    let box: HTMLTextAreaElement | null = null;
    await waitUntil(
      () => {
        const card = audit.shadowRoot!.querySelector('s11-standard-card');
        const evidence = card?.shadowRoot?.querySelector('s11-evidence.evidence');
        box = evidence?.shadowRoot?.querySelector('textarea') ?? null;
        return box;
      },
      'no evidence box after following a standard link',
      { timeout: 10000 },
    );
    win.focus();
    box!.focus();
    await sendKeys({ type: 'Typed under Trusted Types.' });
    expect(box!.value).to.equal('Typed under Trusted Types.');
    expect(win.cspViolations).to.deep.equal([]);
    // The policy is really enforced: a plain string into innerHTML is refused.
    expect(() => {
      frame.contentDocument!.body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    // Lit made the policy it is allowed to, and the page cannot make another.
    expect(() => (win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes.createPolicy('other', {})).to.throw();
    frame.remove();
  });

  it('runs both bundles on one page when the policy may be made twice (allow-duplicates)', async () => {
    const frame = await openPage('/test/components/pages/trusted-types-both.html');
    const win = frame.contentWindow as Probe;
    await waitUntil(() => win.customElements.get('s11-summary') && win.customElements.get('s11-action-tracker'), 'the partnership bundle did not load', { timeout: 10000 });
    await waitUntil(() => frame.contentDocument!.querySelector('s11-audit')?.shadowRoot?.querySelector('.task__link'), 'the audit did not render', { timeout: 10000 });
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
