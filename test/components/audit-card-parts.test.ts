import { expect } from '@open-wc/testing';
import type { AuditReturn } from '@s11kit/schema';
import '@s11kit/components/define.js';
import { auditFixture, currentCard, goTo, html, storageKeyFor } from '../helpers/audit.js';

const NOW = '2026-05-01T10:00:00Z';
const FRAMEWORK = 'isle-of-wight-vcs';

/** The parts a designer styles from the page, through the audit, and the card's element each lands on. */
const PARTS: readonly [part: string, inCard: (card: ShadowRoot) => Element | null | undefined][] = [
  ['card-rolled-up', (card) => card.querySelector('.rolled-up')],
  ['card-items', (card) => card.querySelector('.items')],
  ['card-item', (card) => card.querySelector('.items__item')],
  ['card-copied', (card) => card.querySelector('.copied')],
  ['card-quotation', (card) => card.querySelector('.quotation')],
  ['item-rater-base', (card) => card.querySelector('.item-rater')!.shadowRoot!.querySelector('[part~="base"]')],
  ['item-rater-option', (card) => card.querySelector('.item-rater')!.shadowRoot!.querySelector('[part~="option"]')],
  ['item-rater-option-label', (card) => card.querySelector('.item-rater')!.shadowRoot!.querySelector('[part~="option-label"]')],
  ['item-explanation-control', (card) => card.querySelector('.item-explanation')!.shadowRoot!.querySelector('[part~="control"]')],
];

describe('<s11-audit> re-exposes the standard card’s parts for items and copied answers', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = PARTS.map(([part], i) => `s11-audit::part(${part}) { outline: 3px solid rgb(${i + 1}, 2, 3); }`).join('\n');
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    localStorage.clear();
  });

  it('a page’s stylesheet reaches the rolled-up rating, the items, each item’s rater and explanation, the copied mark and the quotation choice', async () => {
    const el = await auditFixture(html`<s11-audit framework=${FRAMEWORK} .now=${NOW} storage-key=${storageKeyFor('parts')}></s11-audit>`);
    const ret = (await (await fetch(`/packages/frameworks/samples/${FRAMEWORK}/valid-youth-club.json`)).json()) as AuditReturn;
    const [first, ...rest] = ret.responses;
    const items = first!.items!.map((item, i) => (i === 0 ? { ...item, explanation: 'Our committee signed the policy in March.' } : item));
    el.value = {
      ...ret,
      status: 'draft',
      submittedAt: null,
      responses: [{ ...first!, items, copiedFrom: { framework: { id: 'portsmouth-compact', version: '2025.1' } } }, ...rest],
    };
    await goTo(el, `standard/${first!.standardId}`);
    const card = await currentCard(el);
    for (const [part, find] of PARTS) {
      const target = find(card.shadowRoot!);
      expect(target, `${part} is in the card`).to.exist;
      expect(getComputedStyle(target!).outlineColor, `::part(${part})`).to.equal(`rgb(${PARTS.findIndex(([p]) => p === part) + 1}, 2, 3)`);
    }
  });
});
