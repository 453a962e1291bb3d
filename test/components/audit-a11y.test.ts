import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuditReturn } from '@s11kit/schema';
import '@s11kit/components/define.js';
import type { S11Audit } from '@s11kit/components';
import { auditFixture, currentCard, deep, goTo, html, storageKeyFor } from '../helpers/audit.js';
import { accessibleNode, click, deepActiveElement, typeDate } from '../helpers/browser.js';

const NOW = '2026-05-01T10:00:00Z';

async function sample(framework: string, name: string): Promise<AuditReturn> {
  const ret = (await (await fetch(`/packages/frameworks/samples/${framework}/${name}.json`)).json()) as AuditReturn;
  return { ...ret, status: 'draft', submittedAt: null };
}

/** Every element in a tree, through every open shadow root. */
function everyElement(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...everyElement(element.shadowRoot));
  }
  return out;
}

describe('<s11-audit> accessibility', () => {
  afterEach(() => localStorage.clear());

  it('a click on plain text leaves focus where it is and does not scroll the page', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('click')}></s11-audit>`);
    await goTo(el, 'standard/safe-recruitment');
    const card = await currentCard(el);
    const rater = card.shadowRoot!.querySelector('s11-rater')!;
    const evidence = card.shadowRoot!.querySelector('s11-evidence')!;
    const texts = [
      card.shadowRoot!.querySelector('.rationale')!,
      card.shadowRoot!.querySelector('.caption')!,
      rater.shadowRoot!.querySelector('[part="option-hint"]')!,
      evidence.shadowRoot!.querySelector('[part="hint"]')!,
    ];
    for (const text of texts) {
      text.scrollIntoView({ block: 'center' });
      const scrolled = window.scrollY;
      await click(text);
      await aTimeout(50);
      const active = deepActiveElement();
      expect(['INPUT', 'TEXTAREA', 'BUTTON', 'SELECT'], `after a click on ${text.className || text.localName}`).to.not.include(active?.tagName);
      expect(window.scrollY, `scroll after a click on ${text.className || text.localName}`).to.equal(scrolled);
    }
  });

  it('announces the error summary once: as problems are fixed it is rewritten without another alert', async () => {
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" .now=${NOW} storage-key=${storageKeyFor('alert')}></s11-audit>`);
    el.submit();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
    const before = summary.shadowRoot!.querySelectorAll('li').length;
    el.value = { ...el.value!, organisation: { ...el.value!.organisation, name: 'Riverside Youth Club' } };
    await el.updateComplete;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelectorAll('li').length).to.equal(before - 1);
    expect(summary.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(0);
    // A new attempt after every problem was fixed and it came back is announced again.
    el.submit();
    await el.updateComplete;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[aria-labelledby]')).to.equal(null);
  });

  it('when the summary takes focus its heading is in view, even with dozens of problems', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('tall')}></s11-audit>`);
    window.scrollTo(0, 0);
    el.submit();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(20);
    await waitUntil(() => deepActiveElement()?.classList.contains('error-summary'));
    const title = summary.shadowRoot!.querySelector('.error-summary__title')!.getBoundingClientRect();
    expect(title.top).to.be.at.least(0);
    expect(title.bottom).to.be.at.most(window.innerHeight);
  });

  it('an error link for the partnerships lands on the first checkbox; the sector and partnerships say they are invalid', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('groups')}></s11-audit>`);
    el.submit();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
    await summary.updateComplete;
    const link = [...summary.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent.includes('at least one partnership'))!;
    link.click();
    await waitUntil(() => (deepActiveElement() as HTMLInputElement | null)?.type === 'checkbox', 'focus is on a checkbox');
    expect((deepActiveElement() as HTMLInputElement).id).to.equal('partnership-portsmouth');
    expect(deep(el, '#organisation-sector').getAttribute('aria-invalid')).to.equal('true');
    for (const box of el.shadowRoot!.querySelectorAll('#partnerships input')) expect(box.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('optional fields keep the space in their accessible name, and contact fields for someone else do not autocomplete', async () => {
    const el = await auditFixture(html`<s11-audit framework="city-hackney-s11" .now=${NOW} storage-key=${storageKeyFor('names')}></s11-audit>`);
    await goTo(el, 'organisation');
    expect(await accessibleNode('textbox', 'Your role (optional)')).to.not.equal(null);
    expect(deep<HTMLInputElement>(el, '#cover-audit-lead').autocomplete).to.equal('off');
    expect(deep<HTMLInputElement>(el, '#cover-audit-lead-email').autocomplete).to.equal('off');
    expect(deep<HTMLInputElement>(el, '#respondent-email').autocomplete).to.equal('email');
  });

  it('uses aria-labelledby only on elements with a role, on every page', async () => {
    const el = await auditFixture(html`<s11-audit framework="buckinghamshire-s11" .now=${NOW} storage-key=${storageKeyFor('labelledby')}></s11-audit>`);
    el.value = await sample('buckinghamshire-s11', 'valid-health-trust');
    el.submit();
    for (const page of ['tasks', 'organisation', 'standard/safe-recruitment', 'check']) {
      await goTo(el, page);
      const labelled = everyElement(el.shadowRoot!).filter((e) => e.hasAttribute('aria-labelledby'));
      const roleless = labelled.filter((e) => e.localName === 'div' && !e.getAttribute('role'));
      expect(
        roleless.map((e) => e.outerHTML.slice(0, 80)),
        page,
      ).to.deep.equal([]);
    }
  });

  it('announces that choosing a level opened the action plan or the explanation', async () => {
    const el = await auditFixture(html`<s11-audit framework="buckinghamshire-s11" .now=${NOW} storage-key=${storageKeyFor('announce')}></s11-audit>`);
    await goTo(el, 'standard/safe-recruitment');
    const card = await currentCard(el);
    const live = () => card.shadowRoot!.querySelector('[aria-live]')!.textContent.trim();
    const radio = (level: string) => card.shadowRoot!.querySelector('s11-rater')!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${level}"]`)!;
    radio('amber').click();
    await card.updateComplete;
    expect(live()).to.equal('An action plan has opened below this rating: add at least one action.');
    radio('not-applicable').click();
    await card.updateComplete;
    expect(live()).to.equal('A box to explain your rating has opened below this rating.');
  });

  it('dates are GOV.UK day, month and year boxes; a date typed halfway is kept in the draft and checked on submit', async () => {
    const key = storageKeyFor('date');
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${key}></s11-audit>`);
    await goTo(el, 'organisation');
    const day = deep<HTMLInputElement>(el, '#cover-date-completed');
    expect(day.inputMode).to.equal('numeric');
    expect(deep(el, '#cover-date-completed-month')).to.not.equal(null);
    expect(deep(el, '#cover-date-completed-year')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('input[type="date"]')).to.equal(null);
    const legend = day.closest('fieldset')!.querySelector('legend')!.textContent;
    expect(legend).to.contain('Date completed');
    day.focus();
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '04' });
    expect(el.value!.cover['date-completed']).to.equal('-04-30');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    el.remove();
    const again = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${key}></s11-audit>`);
    await goTo(again, 'organisation');
    expect(deep<HTMLInputElement>(again, '#cover-date-completed').value).to.equal('30');
    expect(deep<HTMLInputElement>(again, '#cover-date-completed-month').value).to.equal('04');
    again.submit();
    await again.updateComplete;
    const summary = again.shadowRoot!.querySelector('s11-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('“Date completed” must include a year');
    // Finishing it stores a real date.
    await goTo(again, 'organisation');
    deep<HTMLInputElement>(again, '#cover-date-completed-year').focus();
    await sendKeys({ type: '2026' });
    expect(again.value!.cover['date-completed']).to.equal('2026-04-30');
    expect(deep<HTMLInputElement>(again, '#cover-date-completed-month').value, 'what was typed stays as typed').to.equal('04');
  });

  it('an action’s due date is typed day, month, year, and an unfinished one is named on submit', async () => {
    const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('due')}></s11-audit>`);
    await goTo(el, 'standard/safe-recruitment');
    const card = await currentCard(el);
    const radio = card.shadowRoot!.querySelector('s11-rater')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[3]!;
    radio.click();
    await card.updateComplete;
    const plan = card.shadowRoot!.querySelector('s11-action-plan')!;
    await plan.updateComplete;
    const row = deep<HTMLElement & { updateComplete: Promise<boolean> }>(card, 's11-action-plan', 's11-action-row');
    await row.updateComplete;
    (row.shadowRoot!.querySelector('#due') as HTMLInputElement).focus();
    await typeDate('2026-12-31');
    expect(el.value!.responses.find((r) => r.standardId === 'safe-recruitment')!.actions[0]!.due).to.equal('2026-12-31');
    const year = row.shadowRoot!.querySelector<HTMLInputElement>('#due-year')!;
    year.focus();
    year.select();
    await sendKeys({ press: 'Backspace' });
    expect(el.value!.responses.find((r) => r.standardId === 'safe-recruitment')!.actions[0]!.due).to.equal('-12-31');
    el.submit();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('The due date for action 1 of standard 6, Safe recruitment must include a year');
  });
});

describe('<s11-audit> at 320 px', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.clear();
  });

  it('the confirmation page reflows its action plan: nothing scrolls sideways, and it passes axe', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '320px';
    frame.style.height = '640px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/components/pages/audit-pages.html';
    document.body.append(frame);
    await loaded;
    const audit = await waitUntil(() => frame.contentDocument!.querySelector<S11Audit>('s11-audit')?.value && frame.contentDocument!.querySelector('s11-audit'), '', {
      timeout: 10000,
    }).then(() => frame.contentDocument!.querySelector('s11-audit') as S11Audit);
    audit.now = NOW;
    audit.value = await sample('isle-of-wight-vcs', 'valid-youth-club');
    audit.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.resolve({ reference: 'IOW-320', receivedAt: NOW })));
    audit.submit();
    await waitUntil(() => audit.shadowRoot!.querySelector('[part="reference"]'));
    await audit.updateComplete;
    const doc = frame.contentDocument!;
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    const table = audit.shadowRoot!.querySelector<HTMLElement>('[part="action-plan"]');
    const list = audit.shadowRoot!.querySelector<HTMLElement>('[part="action-plan-list"]');
    if (table) expect(getComputedStyle(table).display).to.equal('none');
    if (list) expect(getComputedStyle(list).display).to.equal('block');
    // axe-core, run inside the 320 px page itself.
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await ready;
    const axe = (frame.contentWindow as unknown as { axe: { run(node: Node, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
    const result = await axe.run(audit, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });
});
