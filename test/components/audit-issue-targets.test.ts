import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuditReturn } from '@s11kit/schema';
import '@s11kit/components/define.js';
import type { S11Audit } from '@s11kit/components';
import { auditFixture, currentCard, goTo, html, storageKeyFor } from '../helpers/audit.js';
import { deepActiveElement } from '../helpers/browser.js';

const NOW = '2026-05-01T10:00:00Z';

async function sample(framework: string, name: string): Promise<AuditReturn> {
  const ret = (await (await fetch(`/packages/frameworks/samples/${framework}/${name}.json`)).json()) as AuditReturn;
  return { ...ret, status: 'draft', submittedAt: null };
}

async function summaryLink(el: S11Audit, text: string): Promise<HTMLAnchorElement> {
  await el.updateComplete;
  const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
  await summary.updateComplete;
  const links = [...summary.shadowRoot!.querySelectorAll('a')];
  const link = links.find((a) => a.textContent.includes(text));
  if (!link) throw new Error(`no error link "${text}" among ${links.map((a) => a.textContent.trim()).join(' | ')}`);
  return link;
}

describe('<s11-audit> puts each issue where the schema’s issueTarget says', () => {
  afterEach(() => localStorage.clear());

  it('an issue names its standard: shown on that standard’s page only, whatever its place in the server’s responses', async () => {
    await fetch('/submit-test/reset', { method: 'POST' });
    const el = await auditFixture(
      html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('order')} submit-url="/submit-test/invalid-standard"></s11-audit>`,
    );
    el.value = await sample('portsmouth-compact', 'valid-school');
    const [first, second] = el.value.responses;
    await goTo(el, 'check');
    const invalid = oneEvent(el, 's11-invalid');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
    await invalid;
    (await summaryLink(el, 'evidence of impact on this standard')).click();
    await waitUntil(() => el.shadowRoot!.querySelector('s11-standard-card')?.standardId === second!.standardId, 'the link opens the standard the issue names');
    const card = await currentCard(el);
    await waitUntil(() => deepActiveElement()?.localName === 'textarea', 'focus is on the evidence');
    expect((card.shadowRoot!.querySelector('.evidence') as unknown as { error: string }).error).to.contain('evidence of impact');

    await goTo(el, `standard/${first!.standardId}`);
    const other = await currentCard(el);
    expect(other.issues, 'the first response’s page does not show another standard’s issue').to.deep.equal([]);
    expect(other.shadowRoot!.textContent).to.not.contain('evidence of impact on this standard');
  });
});
