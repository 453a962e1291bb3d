import { expect } from '@open-wc/testing';
import type { AuditReturn } from '@s11kit/schema';
import '@s11kit/components/define.js';
import type { S11Audit } from '@s11kit/components';
import { auditFixture, goTo, html, storageKeyFor } from '../helpers/audit.js';

const NOW = '2026-05-01T10:00:00Z';
const FRAMEWORK = 'isle-of-wight-vcs';

/** A return whose first standard was copied from another framework's return and is not to be quoted. */
async function markedReturn(): Promise<AuditReturn> {
  const ret = (await (await fetch(`/packages/frameworks/samples/${FRAMEWORK}/valid-youth-club.json`)).json()) as AuditReturn;
  const [first, ...rest] = ret.responses;
  return {
    ...ret,
    status: 'draft',
    submittedAt: null,
    responses: [{ ...first!, notForQuotation: true, copiedFrom: { framework: { id: 'portsmouth-compact', version: '2025.1' } } }, ...rest],
  };
}

/** The summary list under a standard's heading on the page. */
function standardList(el: S11Audit, number: number): HTMLElement {
  const heading = [...el.shadowRoot!.querySelectorAll('h4.summary-title')].find((h) => h.textContent.trim().startsWith(`${number}. `));
  if (!heading) throw new Error(`no summary for standard ${number}`);
  return heading.nextElementSibling as HTMLElement;
}

const rowOf = (list: HTMLElement, key: string) =>
  [...list.querySelectorAll('.summary-list__row')].find((r) => r.querySelector('.summary-list__key')!.textContent.trim() === key) as HTMLElement | undefined;

for (const mode of ['check', 'print'] as const) {
  describe(`<s11-audit> ${mode === 'check' ? '“check your answers”' : 'the printed return'} shows what issue 12 added to an answer`, () => {
    afterEach(() => {
      if (mode === 'print') window.dispatchEvent(new Event('afterprint'));
      localStorage.clear();
    });

    it('each item’s rating under its standard, “Not for quotation”, the copied mark and the schema’s evidence-copied warning', async () => {
      const el = await auditFixture(html`<s11-audit framework=${FRAMEWORK} .now=${NOW} storage-key=${storageKeyFor(`marks-${mode}`)}></s11-audit>`);
      const ret = await markedReturn();
      el.value = ret;
      await goTo(el, 'check');
      if (mode === 'print') {
        window.dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
      }
      const framework = (await (await fetch(`/packages/frameworks/data/${FRAMEWORK}.json`)).json()) as {
        standards: { items?: { id: string; title: string }[] }[];
        scale: { levels: { id: string; label: string }[] };
      };
      const first = standardList(el, 1);
      const items = rowOf(first, 'Items');
      expect(items, 'an Items row under standard 1').to.exist;
      const shown = [...items!.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
      const expected = framework.standards[0]!.items!.map((item) => {
        const rating = ret.responses[0]!.items!.find((a) => a.itemId === item.id)!.rating;
        return `${item.title} ${framework.scale.levels.find((l) => l.id === rating)!.label}`;
      });
      expect(shown).to.have.length(expected.length);
      shown.forEach((line, i) => expect(line).to.contain(expected[i]!));

      const evidence = rowOf(first, 'Evidence')!;
      const marks = [...evidence.querySelectorAll('[part="answer-mark"]')].map((m) => m.textContent.trim());
      expect(marks).to.deep.equal(['Not for quotation', 'Copied from another return']);
      const warning = evidence.querySelector('[part="answer-warning"]')!;
      expect(warning.textContent).to.contain('was copied from your return for “portsmouth-compact”: check that it fits this standard');
      expect(warning.textContent).to.match(/^Warning:/);

      const second = standardList(el, 2);
      expect(rowOf(second, 'Evidence')!.querySelector('[part="answer-mark"], [part="answer-warning"]'), 'no marks where none apply').to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<s11-audit> the new words are overridable like the others', () => {
  afterEach(() => localStorage.clear());

  it('strings replace the marks, the Items key and the identifiers’ words', async () => {
    const strings = {
      notForQuotationMark: 'Ddim i’w ddyfynnu',
      copiedMark: 'Wedi’i gopïo',
      itemRatings: 'Eitemau',
      identifiers: 'Dynodwyr eich sefydliad',
      addIdentifier: 'Ychwanegu dynodwr',
    };
    const el = await auditFixture(html`<s11-audit framework=${FRAMEWORK} .now=${NOW} .strings=${strings} storage-key=${storageKeyFor('marks-strings')}></s11-audit>`);
    el.value = await markedReturn();
    await goTo(el, 'check');
    const first = standardList(el, 1);
    expect(rowOf(first, 'Eitemau')).to.exist;
    expect([...rowOf(first, 'Evidence')!.querySelectorAll('[part="answer-mark"]')].map((m) => m.textContent.trim())).to.deep.equal(['Ddim i’w ddyfynnu', 'Wedi’i gopïo']);
    await goTo(el, 'organisation');
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent.replace(/\s+/g, ' ').trim());
    expect(legends).to.include('Dynodwyr eich sefydliad (optional)');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent.trim())).to.include('Ychwanegu dynodwr');
  });
});
