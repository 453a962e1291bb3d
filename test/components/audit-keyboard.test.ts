import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import '@s11kit/components/define.js';
import type { S11Audit, S11SubmitEvent } from '@s11kit/components';
import { auditFixture, html, storageKeyFor } from '../helpers/audit.js';
import { deepActiveElement, tabUntil, typeDate } from '../helpers/browser.js';

const NOW = '2026-05-01T10:00:00Z';
const active = () => deepActiveElement() as HTMLElement | null;
const hostOf = (element: Element | null) => (element?.getRootNode() as ShadowRoot | undefined)?.host as HTMLElement | undefined;

/** Tab until focus is on an element for which `test` is true; fail the test with a clear message if not. */
async function tabTo(what: string, test: (el: HTMLElement) => boolean, limit = 40): Promise<HTMLElement> {
  const arrived = await tabUntil((el) => !!el && test(el as HTMLElement), limit);
  if (!arrived) throw new Error(`Tab never reached ${what}; focus is on ${active()?.outerHTML.slice(0, 120)}`);
  return active()!;
}
const textIs = (text: string) => (el: HTMLElement) => el.textContent.trim() === text;
const idIs = (id: string) => (el: HTMLElement) => el.id === id;

async function settle(audit: S11Audit) {
  await audit.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

// How each standard is answered: a rating (by how many arrow presses from the first level) and
// whether it needs an action.
const PLAN: { arrows: number; action?: string }[] = [
  { arrows: 1 },
  { arrows: 1 },
  { arrows: 0 },
  { arrows: 2, action: 'Ask young people to review our service plan each year' },
  { arrows: 1 },
  { arrows: 1 },
  { arrows: 1 },
  { arrows: 0 },
  { arrows: 1 },
  { arrows: 1 },
  { arrows: 3, action: 'Audit access needs in every team by March' },
  { arrows: 1 },
];

describe('<s11-audit> with the keyboard alone', () => {
  afterEach(() => localStorage.clear());

  it('completes and submits a whole portsmouth-compact audit, and the return passes validateReturn', async function () {
    this.timeout(240_000);
    const audit = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('keyboard')}></s11-audit>`);

    // The organisation page.
    (await tabTo('the organisation task', textIs('About your organisation'))) && (await sendKeys({ press: 'Enter' }));
    await settle(audit);
    await tabTo('the organisation name', idIs('organisation-name'));
    await sendKeys({ type: 'Harbourside Community Health (example)' });
    await sendKeys({ press: 'Tab' });
    expect(active()!.id).to.equal('organisation-sector');
    await sendKeys({ type: 'Statutory' });
    await tabTo('the first partnership', idIs('partnership-portsmouth'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    const answers: [string, string][] = [
      ['respondent-name', 'Alex Example'],
      ['respondent-role', 'Named nurse for safeguarding'],
      ['respondent-email', 'alex@example.org'],
      ['cover-service-description', 'Community nursing and health visiting across the city.'],
      ['cover-senior-lead', 'Director of Nursing'],
      ['cover-senior-lead-email', 'director@example.org'],
      ['cover-designated-lead', 'Head of Safeguarding'],
    ];
    for (const [id, text] of answers) {
      await tabTo(id, idIs(id));
      await sendKeys({ type: text });
    }
    await tabTo('the completion date', idIs('cover-date-completed'));
    await typeDate('2026-04-30');
    await tabTo('Save and continue', textIs('Save and continue'));
    await sendKeys({ press: 'Enter' });
    await settle(audit);

    // Each standard, from the task list.
    const framework = await loadFramework('portsmouth-compact');
    for (const [i, standard] of framework.standards.entries()) {
      const plan = PLAN[i]!;
      await tabTo(`the task for standard ${standard.number}`, (el) => el.classList.contains('task__link') && el.textContent.startsWith(`${standard.number}. `), 60);
      await sendKeys({ press: 'Enter' });
      await settle(audit);
      await tabTo('the first rating', (el) => el.getAttribute('type') === 'radio');
      await sendKeys({ press: 'Space' });
      for (let n = 0; n < plan.arrows; n++) await sendKeys({ press: 'ArrowDown' });
      await settle(audit);
      await tabTo('the evidence box', (el) => el.tagName === 'TEXTAREA' && hostOf(el)?.classList.contains('evidence') === true);
      await sendKeys({ type: `Evidence for standard ${standard.number}: staff survey results and audit findings.` });
      if (plan.action) {
        await tabTo('the action', (el) => el.id === 'action' && hostOf(el)?.localName === 's11-action-row');
        await sendKeys({ type: plan.action });
        await sendKeys({ press: 'Tab' });
        expect(active()!.id).to.equal('lead');
        await sendKeys({ type: 'Head of Service' });
        await tabTo('the due date', idIs('due'));
        await typeDate('2026-12-31');
      }
      // From the last standard, "Save and continue" goes on to check your answers.
      await tabTo('Save and continue', textIs('Save and continue'));
      if (i < framework.standards.length - 1) {
        // Back to the task list with the link instead, as many people will.
        await sendKeys({ press: 'Tab' });
        expect(active()!.textContent.trim()).to.equal('Back to the task list');
      }
      await sendKeys({ press: 'Enter' });
      await settle(audit);
    }

    // Check your answers, then submit.
    await waitUntil(() => audit.shadowRoot!.querySelector('[part="submit-button"]'), 'the check page did not open');
    await tabTo('Submit return', textIs('Submit return'), 200);
    const submitted = oneEvent(audit, 's11-submit');
    audit.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.resolve({ reference: 'S11-KEYS-0001', receivedAt: NOW })));
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as S11SubmitEvent;
    await waitUntil(() => audit.shadowRoot!.querySelector('[part="reference"]')?.textContent === 'S11-KEYS-0001', 'the confirmation page did not show the reference');

    const result = validateReturn(framework, detail.value, { mode: 'submit', now: NOW });
    expect(result.issues.map((issue) => issue.message)).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(detail.value.organisation).to.deep.equal({ name: 'Harbourside Community Health (example)', sector: 'statutory', partnerships: ['portsmouth', 'hampshire'] });
    expect(detail.value.cover['date-completed']).to.equal('2026-04-30');
    const ratings = detail.value.responses.map((r) => r.rating);
    expect(ratings[2]).to.equal('outstanding');
    expect(ratings[3]).to.equal('requires-improvement');
    expect(ratings[10]).to.equal('inadequate');
    expect(detail.value.responses[10]!.actions[0]).to.include({ action: 'Audit access needs in every team by March', lead: 'Head of Service', due: '2026-12-31' });
  });
});
