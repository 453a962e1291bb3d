import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emptyResponse, type Issue, type Response } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import '@s11kit/components/s11-standard-card.js';
import type { S11StandardCard } from '@s11kit/components';
import { deep } from '../helpers/audit.js';
import { deepActiveElement } from '../helpers/browser.js';

const portsmouth = await loadFramework('portsmouth-compact');
const bucks = await loadFramework('buckinghamshire-s11');
const NOW = '2026-05-01T10:00:00Z';

async function card(framework = portsmouth, standardId = 'safe-recruitment', response?: Response, extra: Partial<S11StandardCard> = {}) {
  const el = await fixture<S11StandardCard>(html`<s11-standard-card
    .framework=${framework}
    standard-id=${standardId}
    .response=${response}
    .now=${NOW}
    sector=${extra.sector ?? ''}
    .issues=${extra.issues ?? []}
    ?disabled=${extra.disabled ?? false}
  ></s11-standard-card>`);
  await el.updateComplete;
  return el;
}

describe('<s11-standard-card>', () => {
  it('shows the standard’s number, title, rationale and expectations, with a rater, evidence and action plan', async () => {
    const el = await card();
    const root = el.shadowRoot!;
    expect(root.querySelector('.caption')!.textContent).to.equal('Standard 6');
    expect(root.querySelector('.title')!.textContent).to.equal('Safe recruitment');
    expect(root.querySelectorAll('.expectations li').length).to.be.greaterThan(2);
    expect(deep(el, 's11-rater').getAttribute('required')).to.equal('');
    expect(root.querySelector('s11-evidence.evidence')).to.exist;
    expect(root.querySelector('s11-evidence.explanation')).to.equal(null);
    expect(root.querySelector('s11-action-plan')).to.exist;
    expect(root.querySelector('.needed')).to.equal(null, 'nothing to say before anything is answered');
    await expect(el).to.be.accessible();
  });

  it('uses the sector’s wording', async () => {
    const standard = portsmouth.standards.find((s) => s.variants?.some((v) => v.sector === 'early-years' && v.title))!;
    const el = await card(portsmouth, standard.id, undefined, { sector: 'early-years' });
    const variant = standard.variants!.find((v) => v.sector === 'early-years')!;
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(variant.title);
  });

  it('fires input and change with the updated response when a rating is chosen', async () => {
    const el = await card();
    const input = oneEvent(el, 'input');
    deep<HTMLInputElement>(el, 's11-rater', 'input[value="good"]').click();
    const event = await input;
    expect(event.composed).to.equal(true);
    expect(el.response!.rating).to.equal('good');
  });

  it('opens the plan with one empty action when the level needs one, and lists what is still needed', async () => {
    const el = await card();
    deep<HTMLInputElement>(el, 's11-rater', 'input[value="inadequate"]').click();
    await el.updateComplete;
    expect(el.response!.actions).to.have.length(1);
    const needed = el.shadowRoot!.querySelector('.needed')!;
    expect(needed.textContent).to.contain('Add at least one action for standard 6, Safe recruitment');
    expect(deep(el, 's11-action-plan').hasAttribute('required')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows an explanation box for N/A, and keeps an explanation already written', async () => {
    const el = await card(bucks, 'learning-from-reviews');
    deep<HTMLInputElement>(el, 's11-rater', 'input[value="not-applicable"]').click();
    await el.updateComplete;
    const explanation = el.shadowRoot!.querySelector('s11-evidence.explanation')!;
    expect(explanation.getAttribute('label') ?? (explanation as unknown as { label: string }).label).to.contain('not apply');
    deep(el, 's11-evidence.explanation', 'textarea').focus();
    await sendKeys({ type: 'We run no services for children.' });
    deep<HTMLInputElement>(el, 's11-rater', 'input[value="green"]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('s11-evidence.explanation'), 'typed text is never hidden away').to.exist;
    expect(el.response!.explanation).to.equal('We run no services for children.');
  });

  it('says the standard is ready once nothing is missing', async () => {
    const el = await card(portsmouth, 'safe-recruitment', { ...emptyResponse('safe-recruitment'), rating: 'good', evidence: 'Checks done.' });
    expect(el.shadowRoot!.querySelector('.needed--done')!.textContent).to.contain('ready to submit');
  });

  it('shows issues from validateReturn on their fields, and focuses a field on request', async () => {
    const response: Response = {
      ...emptyResponse('safe-recruitment'),
      rating: 'requires-improvement',
      actions: [{ id: 'a1', action: 'Audit files', lead: '', due: '', status: 'not-started', notes: '' }],
    };
    const issues: Issue[] = [
      { path: ['responses', 5, 'actions', 0, 'lead'], code: 'action_lead_required', severity: 'error', message: 'Enter the lead for action 1 of standard 6, Safe recruitment', standardId: 'safe-recruitment' },
      { path: ['responses', 5, 'evidence'], code: 'evidence_required', severity: 'error', message: 'Enter evidence of impact', standardId: 'safe-recruitment' },
    ];
    const el = await card(portsmouth, 'safe-recruitment', response, { issues });
    const row = deep(el, 's11-action-plan', 's11-action-row');
    expect(row.shadowRoot!.textContent).to.contain('Enter the lead for action 1');
    expect(deep(el, 's11-evidence.evidence').shadowRoot!.textContent).to.contain('Enter evidence of impact');
    await el.focusField(['actions', 0, 'lead']);
    expect((deepActiveElement() as HTMLElement).id).to.equal('lead');
    await el.focusField(['evidence']);
    expect(deepActiveElement()!.tagName).to.equal('TEXTAREA');
    await expect(el).to.be.accessible();
  });

  it('is accessible and fully disabled when disabled', async () => {
    const el = await card(portsmouth, 'safe-recruitment', { ...emptyResponse('safe-recruitment'), rating: 'good' }, { disabled: true });
    expect(deep<HTMLInputElement>(el, 's11-rater', 'input').disabled).to.equal(true);
    expect(deep<HTMLTextAreaElement>(el, 's11-evidence.evidence', 'textarea').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('uses the page’s strings', async () => {
    const el = await card();
    el.strings = { rationaleHeading: 'Pam resymol', standardCaption: (n: number) => `Safon ${n}` };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.caption')!.textContent).to.equal('Safon 6');
    expect(el.shadowRoot!.textContent).to.contain('Pam resymol');
  });
});
