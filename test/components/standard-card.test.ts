import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { applicableItems, emptyResponse, type Issue, type Response } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import '@s11kit/components/s11-standard-card.js';
import type { S11StandardCard } from '@s11kit/components';
import { deep, deepAll } from '../helpers/audit.js';
import { deepActiveElement } from '../helpers/browser.js';

const portsmouth = await loadFramework('portsmouth-compact');
const bucks = await loadFramework('buckinghamshire-s11');
const hackney = await loadFramework('city-hackney-s11');
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
      {
        path: ['responses', 5, 'actions', 0, 'lead'],
        code: 'action_lead_required',
        severity: 'error',
        message: 'Enter the lead for action 1 of standard 6, Safe recruitment',
        standardId: 'safe-recruitment',
      },
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

  it('renders the items that apply to the sector, each rated on the scale, and rolls their rating up to the standard', async () => {
    const standard = hackney.standards.find((s) => s.id === 'line-of-accountability')!;
    const statutory = await card(hackney, standard.id, undefined, { sector: 'statutory' });
    const raters = deepAll(statutory, 's11-rater.item-rater');
    expect(raters.length).to.equal(applicableItems(standard, 'statutory').length);
    expect(deepAll(await card(hackney, standard.id, undefined, { sector: 'voluntary' }), 's11-rater.item-rater').length).to.equal(applicableItems(standard, 'voluntary').length);
    expect(statutory.shadowRoot!.querySelector('s11-rater:not(.item-rater)'), 'a standard rated from its items has no rater of its own').to.equal(null);
    expect(statutory.shadowRoot!.querySelector('.rolled-up')!.textContent).to.contain('once each one is rated');
    expect((raters[0] as unknown as { compact: boolean }).compact).to.equal(true);
    await expect(statutory).to.be.accessible();

    for (const rater of raters) (rater.shadowRoot!.querySelector('input[value="fully-met"]') as HTMLInputElement).click();
    await statutory.updateComplete;
    expect(statutory.response!.rating).to.equal('fully-met');
    expect(statutory.response!.items!.map((item) => item.rating)).to.deep.equal(raters.map(() => 'fully-met'));
    expect(statutory.shadowRoot!.querySelector('.rolled-up')!.textContent).to.contain('Rating from the items: Fully met');
    expect(deep(statutory, 's11-evidence.evidence').hasAttribute('required'), 'Fully met needs evidence').to.equal(true);

    const change = oneEvent(statutory, 'change');
    (raters[1]!.shadowRoot!.querySelector('input[value="partly-met"]') as HTMLInputElement).click();
    await change;
    await statutory.updateComplete;
    expect(statutory.response!.rating).to.equal('partly-met');
    expect(statutory.response!.actions, 'a level that needs a plan opens it with one action').to.have.length(1);
    expect(deep(statutory, 's11-action-plan').hasAttribute('required')).to.equal(true);
    await expect(statutory).to.be.accessible();
  });

  it('a standard whose items stand on their own keeps its rater, and an item rated Red asks for a plan', async () => {
    const practice = bucks.standards.find((s) => s.id === 'effective-practice')!;
    const el = await card(bucks, practice.id, undefined, { sector: 'health' });
    expect(el.shadowRoot!.querySelector('s11-rater:not(.item-rater)')).to.exist;
    const raters = deepAll(el, 's11-rater.item-rater');
    expect(raters.map((r) => (r as unknown as { label: string }).label)).to.deep.equal(practice.items!.map((item) => item.title));
    deep<HTMLInputElement>(el, 's11-rater:not(.item-rater)', 'input[value="green"]').click();
    (raters[2]!.shadowRoot!.querySelector('input[value="red"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(el.response!.rating, 'its own rating stays its own').to.equal('green');
    expect(el.response!.items!.find((item) => item.itemId === practice.items![2]!.id)!.rating).to.equal('red');
    expect(el.response!.actions).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.needed')!.textContent).to.contain('an item rated Red needs an action plan');
  });

  it('asks why an item does not apply, and shows issues on the item they are about', async () => {
    const standard = hackney.standards.find((s) => s.id === 'safeguarding-training')!;
    const items = applicableItems(standard, 'statutory');
    const response: Response = {
      ...emptyResponse(
        standard.id,
        items.map((item) => item.id),
      ),
      rating: null,
    };
    const issues: Issue[] = [
      {
        path: ['responses', 4, 'items', 1, 'rating'],
        code: 'item_rating_required',
        severity: 'error',
        message: `Select a rating for “${items[1]!.title}”`,
        standardId: standard.id,
      },
    ];
    const el = await card(hackney, standard.id, response, { sector: 'statutory', issues });
    const second = deepAll(el, 's11-rater.item-rater')[1]!;
    expect(second.shadowRoot!.textContent).to.contain(`Select a rating for “${items[1]!.title}”`);
    await el.focusField(['items', 1, 'rating']);
    expect(deepActiveElement()!.closest('s11-rater') ?? (deepActiveElement()!.getRootNode() as ShadowRoot).host).to.equal(second);
    await expect(el).to.be.accessible();

    const bucksFive = bucks.standards.find((s) => s.id === 'effective-practice')!;
    const group = await card(bucks, bucksFive.id, undefined, { sector: 'voluntary' });
    (deepAll(group, 's11-rater.item-rater')[3]!.shadowRoot!.querySelector('input[value="not-applicable"]') as HTMLInputElement).click();
    await group.updateComplete;
    const why = group.shadowRoot!.querySelector('s11-evidence.item-explanation') as unknown as { label: string; required: boolean };
    expect(why.label).to.contain('not apply');
    expect(why.required).to.equal(true);
  });

  it('prompts for evidence in the sector’s words, reminds the person not to identify children, and lets them refuse quotation', async () => {
    const first = portsmouth.standards[0]!;
    const childminder = await card(portsmouth, first.id, undefined, { sector: 'early-years' });
    const prompts = (deep(childminder, 's11-evidence.evidence') as unknown as { prompts: string[] }).prompts;
    expect(prompts).to.deep.equal(first.variants!.find((v) => v.sector === 'early-years')!.evidencePrompts);
    expect(prompts.join(' ')).not.to.match(/board/i);
    const hint = deep(childminder, 's11-evidence.evidence').shadowRoot!.querySelector('.hint')!.textContent;
    expect(hint).to.contain('Do not include children’s names');
    childminder.strings = { evidencePrivacy: 'Peidiwch â chynnwys enwau plant.' };
    await childminder.updateComplete;
    await (deep(childminder, 's11-evidence.evidence') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(deep(childminder, 's11-evidence.evidence').shadowRoot!.querySelector('.hint')!.textContent).to.contain('Peidiwch â chynnwys enwau plant.');

    const input = oneEvent(childminder, 'input');
    const change = oneEvent(childminder, 'change');
    deep<HTMLInputElement>(childminder, '#not-for-quotation').click();
    await input;
    await change;
    expect(childminder.response!.notForQuotation).to.equal(true);
    deep<HTMLInputElement>(childminder, '#not-for-quotation').click();
    expect('notForQuotation' in childminder.response!, 'unticked, the mark is left out').to.equal(false);
    await expect(childminder).to.be.accessible();
  });

  it('marks copied evidence until the person checks it or changes it', async () => {
    const copied: Response = {
      ...emptyResponse('safe-recruitment'),
      evidence: 'From standard 3, Safe recruitment: checks done.',
      copiedFrom: { framework: { id: 'buckinghamshire-s11', version: '2026.2' } },
    };
    const el = await card(portsmouth, 'safe-recruitment', copied);
    const notice = el.shadowRoot!.querySelector('.copied')!;
    expect(notice.textContent).to.contain('copied from your return for another partnership’s audit');
    await expect(el).to.be.accessible();
    const change = oneEvent(el, 'change');
    (notice.querySelector('button') as HTMLButtonElement).click();
    await change;
    await el.updateComplete;
    expect(el.response!.copiedFrom).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.copied')).to.equal(null);
    expect(deepActiveElement()!.tagName).to.equal('TEXTAREA');

    const typed = await card(portsmouth, 'safe-recruitment', copied);
    deep(typed, 's11-evidence.evidence', 'textarea').focus();
    await sendKeys({ type: ' And audited.' });
    expect(typed.response!.copiedFrom).to.equal(undefined);
  });
});
