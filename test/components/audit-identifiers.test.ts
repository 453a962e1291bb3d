import { expect, waitUntil } from '@open-wc/testing';
import '@s11kit/components/define.js';
import type { S11Audit } from '@s11kit/components';
import { auditFixture, deep, goTo, html, storageKeyFor } from '../helpers/audit.js';
import { accessibleNode, deepActiveElement } from '../helpers/browser.js';

const NOW = '2026-05-01T10:00:00Z';

const button = (el: S11Audit, text: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim().startsWith(text));

async function type(el: S11Audit, selector: string, value: string) {
  const input = deep<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<s11-audit> the organisation’s identifiers', () => {
  afterEach(() => localStorage.clear());

  it('are optional: the page says so, and a return without any has none', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('ids-none')}></s11-audit>`);
    await goTo(el, 'organisation');
    const legend = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent.replace(/\s+/g, ' ').trim());
    expect(legend).to.include('Your organisation’s identifiers (optional)');
    expect(deep(el, '#identifiers-hint').textContent).to.contain('Companies House or charity number, Ofsted URN or NHS ODS code');
    expect(el.value!.organisation.identifiers).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('adds, fills in and removes identifiers in the return, with focus where the person carries on', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('ids')}></s11-audit>`);
    await goTo(el, 'organisation');
    button(el, 'Add an identifier')!.click();
    await el.updateComplete;
    await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.id === 'identifier-0-scheme', 'focus moves to the new register');
    const scheme = deep<HTMLSelectElement>(el, '#identifier-0-scheme');
    expect([...scheme.options].map((o) => o.textContent.trim())).to.include.members(['Companies House number', 'Charity number', 'Ofsted URN', 'NHS ODS code']);
    scheme.value = 'charity';
    scheme.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await type(el, '#identifier-0-id', '1234567');
    expect(el.value!.organisation.identifiers).to.deep.equal([{ scheme: 'charity', id: '1234567' }]);
    expect(await accessibleNode('textbox', 'Number or code')).to.not.equal(null);

    button(el, 'Add another identifier')!.click();
    await el.updateComplete;
    await type(el, '#identifier-1-id', '09876543');
    expect(el.value!.organisation.identifiers).to.have.length(2);
    await expect(el).to.be.accessible();

    button(el, 'Remove Identifier 1')!.click();
    await el.updateComplete;
    expect(el.value!.organisation.identifiers!.map((i) => i.id)).to.deep.equal(['09876543']);
    button(el, 'Remove Identifier 1')!.click();
    await el.updateComplete;
    expect(el.value!.organisation.identifiers, 'none at all is left out of the return').to.equal(undefined);
    await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.id === 'identifier-add', 'focus goes to Add an identifier');
  });

  it('an identifier the schema rejects: its message in the error summary, on the field, and the link focuses the field', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('ids-bad')}></s11-audit>`);
    el.value = { ...el.value!, organisation: { ...el.value!.organisation, identifiers: [{ scheme: 'company', id: '' }] } };
    el.submit();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
    await summary.updateComplete;
    const link = [...summary.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent.includes('identifier 1 of your organisation'));
    expect(link, 'the schema’s message is in the summary').to.exist;
    link!.click();
    await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.id === 'identifier-0-id', 'the link focuses the identifier’s number');
    const input = deep<HTMLInputElement>(el, '#identifier-0-id');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(deep(el, '#identifier-0-id-error').textContent).to.contain(link!.textContent.trim());
    await expect(el).to.be.accessible();
  });

  it('check your answers lists them', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('ids-check')}></s11-audit>`);
    el.value = { ...el.value!, organisation: { ...el.value!.organisation, identifiers: [{ scheme: 'ods', id: 'RHU' }] } };
    await goTo(el, 'check');
    expect(el.shadowRoot!.textContent.replace(/\s+/g, ' ')).to.contain('Your organisation’s identifiers NHS ODS code: RHU');
  });
});
