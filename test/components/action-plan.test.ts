import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { Action } from '@s11kit/schema';
import '@s11kit/components/s11-action-plan.js';
import type { S11ActionPlan, S11ActionRow } from '@s11kit/components';
import { runFormControlSuite } from '../helpers/form-control-suite.js';
import { accessibleNode, click, deepActiveElement, tabUntil, typeDate } from '../helpers/browser.js';

const action = (id: string, text = ''): Action => ({ id, action: text, lead: '', due: '', status: 'not-started', notes: '' });
const three = (): Action[] => [
  { id: 'a1', action: 'Audit 20 files a quarter', lead: 'Head of HR', due: '2026-09-30', status: 'in-progress', notes: '' },
  { id: 'a2', action: 'Train interview panels', lead: 'Learning lead', due: '2026-12-31', status: 'not-started', notes: '' },
  { id: 'a3', action: 'Report to the board', lead: 'Chief executive', due: '2027-03-31', status: 'not-started', notes: '' },
];
const hostile = '<img src=x onerror=alert(1)>';

const rows = (el: S11ActionPlan) => [...el.shadowRoot!.querySelectorAll<S11ActionRow>('s11-action-row')];
const addButton = (el: S11ActionPlan) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!;
const field = (row: S11ActionRow, name: string) => row.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
const removeButton = (row: S11ActionRow) => row.shadowRoot!.querySelector<HTMLButtonElement>('[part="remove-button"]')!;
const announced = (el: S11ActionPlan) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();
const settle = async (el: S11ActionPlan) => {
  await el.updateComplete;
  await Promise.all(rows(el).map((row) => row.updateComplete));
};
/** A row's Remove button was pressed: wait for the plan to finish moving focus. */
const remove = async (el: S11ActionPlan, index: number) => {
  removeButton(rows(el)[index]!).click();
  await settle(el);
  await settle(el);
};

/** Add an action with the mouse, then type what will be done into it. */
async function fillPlan(el: S11ActionPlan) {
  // checkValidity() may have just shown an error above the button: let it render before aiming.
  await settle(el);
  await click(addButton(el));
  await settle(el);
  await sendKeys({ type: 'Audit 20 files a quarter' });
  await sendKeys({ press: 'Tab' });
  await resetMouse();
}

runFormControlSuite<S11ActionPlan>({
  tag: 's11-action-plan',
  render: ({ required, disabled }) => html`<s11-action-plan name="field" ?required=${required} ?disabled=${disabled}></s11-action-plan>`,
  fill: fillPlan,
  filledValue: JSON.stringify([{ ...action('a1'), action: 'Audit 20 files a quarter' }]),
  emptyValue: '[]',
});

describe('<s11-action-plan>', () => {
  afterEach(() => resetMouse());

  it('shows the legend, hint, "No actions yet." and "Add an action" when there are no actions', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan></s11-action-plan>`);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('Action plan');
    expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.contain('Say what will be done');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint');
    expect(el.shadowRoot!.querySelector('[part="list"]')!.textContent.trim()).to.equal('No actions yet.');
    expect(addButton(el).textContent.trim()).to.equal('Add an action');
    await expect(el).to.be.accessible();
  });

  it('renders one removable row per action, numbered from 1, and "Add another action"', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    await settle(el);
    expect(rows(el).map((row) => [row.index, row.removable, row.value.id])).to.deep.equal([
      [1, true, 'a1'],
      [2, true, 'a2'],
      [3, true, 'a3'],
    ]);
    expect(rows(el).map((row) => row.shadowRoot!.querySelector('legend')!.textContent.trim())).to.deep.equal(['Action 1', 'Action 2', 'Action 3']);
    expect(addButton(el).textContent.trim()).to.equal('Add another action');
    expect(await accessibleNode('button', 'Remove action 2')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone: add, fill in, add another, and remove', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">Before</button><s11-action-plan></s11-action-plan></div>`);
    const el = wrapper.querySelector('s11-action-plan')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(addButton(el));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const [first] = rows(el);
    expect(deepActiveElement()).to.equal(field(first!, 'action'));
    await sendKeys({ type: 'Audit files' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Head of HR' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(field(first!, 'due'));
    await typeDate('2026-09-30');
    expect(await tabUntil((active) => active === field(first!, 'status'))).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Started' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(removeButton(first!));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(addButton(el));
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(rows(el)).to.have.length(2);
    expect(deepActiveElement()).to.equal(field(rows(el)[1]!, 'action'));
    expect(await tabUntil((active) => active === removeButton(rows(el)[1]!))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await settle(el);
    expect(deepActiveElement()).to.equal(field(rows(el)[0]!, 'action'));
    expect(el.value).to.deep.equal([{ id: 'a1', action: 'Audit files', lead: 'Head of HR', due: '2026-09-30', status: 'in-progress', notes: 'Started' }]);
  });

  it("moves focus to the new row's first field when an action is added", async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    addButton(el).focus();
    addButton(el).click();
    await settle(el);
    await settle(el);
    expect(rows(el)).to.have.length(4);
    expect(deepActiveElement()).to.equal(field(rows(el)[3]!, 'action'));
  });

  it('moves focus to the row now in the removed one’s place', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    await settle(el);
    await remove(el, 1);
    expect(el.value.map((a) => a.id)).to.deep.equal(['a1', 'a3']);
    expect(deepActiveElement()).to.equal(field(rows(el)[1]!, 'action'));
    expect(rows(el)[1]!.value.id).to.equal('a3');
  });

  it('moves focus to the previous row when the last row is removed', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    await settle(el);
    await remove(el, 2);
    expect(deepActiveElement()).to.equal(field(rows(el)[1]!, 'action'));
  });

  it('moves focus to the Add button when the only row is removed, never leaving it on the page body', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${[action('a1')]}></s11-action-plan>`);
    await settle(el);
    await remove(el, 0);
    expect(el.value).to.deep.equal([]);
    expect(deepActiveElement()).to.equal(addButton(el));
    expect(addButton(el).textContent.trim()).to.equal('Add an action');
  });

  it('announces "Action N added" and "Action N removed" in a polite live region', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(region.classList.contains('visually-hidden')).to.equal(true);
    expect(announced(el)).to.equal('');
    addButton(el).click();
    await settle(el);
    expect(announced(el)).to.equal('Action 4 added');
    await remove(el, 1);
    expect(announced(el)).to.equal('Action 2 removed');
    const node = region.firstElementChild;
    await remove(el, 1);
    expect(announced(el)).to.equal('Action 2 removed');
    expect(region.firstElementChild, 'the same words again are a new node, so they are read again').to.not.equal(node);
  });

  it('fires s11-action-add with the index and new action before adding it, and adds nothing when it is canceled', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    setTimeout(() => addButton(el).click());
    const event = await oneEvent(el, 's11-action-add');
    expect(event.detail).to.deep.equal({ index: 3, action: action('a4') });
    expect(event.cancelable).to.equal(true);
    await settle(el);
    expect(el.value).to.have.length(4);

    const changes: Event[] = [];
    el.addEventListener('change', (e) => changes.push(e));
    el.addEventListener('s11-action-add', (e) => e.preventDefault());
    addButton(el).focus();
    addButton(el).click();
    await settle(el);
    expect(el.value).to.have.length(4);
    expect(changes).to.have.length(0);
    expect(announced(el)).to.equal('Action 4 added');
    expect(deepActiveElement()).to.equal(addButton(el));
  });

  it('lets exactly one s11-action-remove out, with the right index, and keeps the action when it is canceled', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    await settle(el);
    const seen: CustomEvent[] = [];
    const origins: EventTarget[] = [];
    const listen = (event: Event) => {
      seen.push(event as CustomEvent);
      origins.push(event.composedPath()[0]!);
      event.preventDefault();
    };
    document.addEventListener('s11-action-remove', listen);
    await remove(el, 1);
    document.removeEventListener('s11-action-remove', listen);
    expect(seen).to.have.length(1);
    expect(origins, 'fired by the plan, not the row').to.deep.equal([el]);
    expect(seen[0]!.detail).to.deep.equal({ index: 1, action: three()[1] });
    expect(seen[0]!.cancelable).to.equal(true);
    expect(el.value).to.deep.equal(three());
    expect(rows(el)).to.have.length(3);
  });

  it('fires input and change from the plan when rows are added and removed', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    await settle(el);
    const seen: string[] = [];
    for (const type of ['input', 'change']) document.addEventListener(type, (e) => e.composedPath()[0] === el && seen.push(`${type}:${el.value.length}`));
    addButton(el).click();
    await remove(el, 0);
    expect(seen).to.deep.equal(['input:4', 'change:4', 'input:3', 'change:3']);
  });

  it('gives a new action an id used nowhere else in the return', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${[action('a3')]} .takenIds=${['a1', 'a2', 'a4']}></s11-action-plan>`);
    addButton(el).click();
    await settle(el);
    addButton(el).click();
    await settle(el);
    const ids = el.value.map((a) => a.id);
    expect(ids).to.have.length(3);
    expect(new Set([...ids, 'a1', 'a2', 'a4']).size).to.equal(6);
  });

  it('takes a row’s edit into a new value array, and fires one input from the plan per keystroke', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    await settle(el);
    const before = el.value;
    const origins: EventTarget[] = [];
    const listen = (event: Event) => origins.push(event.composedPath()[0]!);
    document.addEventListener('input', listen);
    el.focusAction(1, 'lead');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 's' });
    document.removeEventListener('input', listen);
    expect(origins).to.deep.equal([el]);
    expect(el.value).to.not.equal(before);
    expect(el.value[1]!.lead).to.equal('Learning leads');
    expect(el.value[0]).to.equal(before[0]);
    expect(el.value[2]).to.equal(before[2]);
    expect(before[1]!.lead).to.equal('Learning lead');
  });

  it('focuses a given field of a given action for an error summary link', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    await settle(el);
    el.focusAction(2, 'due');
    expect(deepActiveElement()).to.equal(field(rows(el)[2]!, 'due'));
    el.focusAction(1);
    expect(deepActiveElement()).to.equal(field(rows(el)[1]!, 'action'));
    el.focus();
    expect(deepActiveElement()).to.equal(field(rows(el)[0]!, 'action'));
  });

  it('shows fieldErrors on the right field of the right row, GOV.UK style, and whole-row messages under the row legend', async () => {
    const fieldErrors = { '1.lead': 'Enter the lead for action 2', '2.due': 'Enter a due date for action 3', '0': 'Complete action 1, or remove it' };
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()} .fieldErrors=${fieldErrors}></s11-action-plan>`);
    await settle(el);
    const [first, second, third] = rows(el) as [S11ActionRow, S11ActionRow, S11ActionRow];
    expect(field(second, 'lead').getAttribute('aria-invalid')).to.equal('true');
    expect(second.shadowRoot!.querySelector('#lead-error')!.textContent).to.contain('Enter the lead for action 2');
    const group = getComputedStyle(field(second, 'lead').closest('.form-group')!);
    expect([group.borderLeftWidth, group.borderLeftColor]).to.deep.equal(['5px', 'rgb(212, 53, 28)']);
    expect(field(third, 'due').getAttribute('aria-invalid')).to.equal('true');
    expect(field(first, 'lead').hasAttribute('aria-invalid')).to.equal(false);
    expect(field(second, 'due').hasAttribute('aria-invalid')).to.equal(false);
    expect(first.shadowRoot!.querySelector('#row-error')!.textContent).to.contain('Complete action 1, or remove it');
    await expect(el).to.be.accessible();
  });

  it('when required, is invalid until one action has something in it, and shows "Add at least one action" after a submit attempt', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><s11-action-plan name="field" required .value=${[action('a1')]}></s11-action-plan></form>`);
    const el = form.querySelector('s11-action-plan')!;
    await settle(el);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Add at least one action');
    form.requestSubmit();
    await settle(el);
    expect(deepActiveElement()).to.equal(field(rows(el)[0]!, 'action'));
    expect(el.shadowRoot!.querySelector('#error')!.textContent).to.contain('Add at least one action');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint error');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Audit' });
    await settle(el);
    expect(el.checkValidity()).to.equal(true);
  });

  it('round-trips its actions through FormData as JSON, and reset returns to the actions first rendered', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><s11-action-plan name="field" .value=${three()}></s11-action-plan></form>`);
    const el = form.querySelector('s11-action-plan')!;
    await settle(el);
    expect(JSON.parse(new FormData(form).get('field') as string)).to.deep.equal(three());
    addButton(el).click();
    await remove(el, 0);
    expect(JSON.parse(new FormData(form).get('field') as string).map((a: Action) => a.id)).to.deep.equal(['a2', 'a3', 'a4']);
    form.reset();
    await settle(el);
    expect(el.value).to.deep.equal(three());
    expect(rows(el).map((row) => field(row, 'action').value)).to.deep.equal(three().map((a) => a.action));
  });

  it('keeps its actions when the browser restores state that is not valid JSON', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${three()}></s11-action-plan>`);
    el.formStateRestoreCallback('[{"id":');
    el.formStateRestoreCallback('{"id":"a1"}');
    await el.updateComplete;
    expect(el.value).to.deep.equal(three());
  });

  it('re-exposes the rows’ parts as row-…', async () => {
    const style = document.createElement('style');
    style.textContent = '.parts-test::part(row-legend) { color: rgb(1, 2, 3); } .parts-test::part(row-control) { color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const el = await fixture<S11ActionPlan>(html`<s11-action-plan class="parts-test" .value=${three()}></s11-action-plan>`);
      await settle(el);
      const row = rows(el)[0]!;
      expect(getComputedStyle(row.shadowRoot!.querySelector('legend')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(field(row, 'lead')).color).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('disables the rows and the Add button when disabled, and stays accessible', async () => {
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan disabled .value=${three()}></s11-action-plan>`);
    await settle(el);
    expect(addButton(el).disabled).to.equal(true);
    expect(rows(el).every((row) => row.disabled && field(row, 'action').disabled && removeButton(row).disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows hostile text from a saved draft as text, creating no element', async () => {
    const value = [{ ...action('a1'), action: hostile, lead: hostile, notes: hostile }];
    const el = await fixture<S11ActionPlan>(html`<s11-action-plan .value=${value} label=${hostile} hint=${hostile}></s11-action-plan>`);
    await settle(el);
    const row = rows(el)[0]!;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(row.shadowRoot!.querySelector('img')).to.equal(null);
    expect(field(row, 'action').value).to.equal(hostile);
    expect(field(row, 'lead').value).to.equal(hostile);
    expect(field(row, 'notes').value).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal(hostile);
  });

  it('fits a 320px wide column', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><s11-action-plan .value=${three()}></s11-action-plan></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('s11-action-plan')!;
    await settle(el);
    const box = wrapper.getBoundingClientRect();
    const parts = [addButton(el), ...rows(el).flatMap((row) => [...row.shadowRoot!.querySelectorAll('[part~="control"], [part~="remove-button"]')])];
    // Per row: what, lead, day, month, year, status, notes and Remove.
    expect(parts).to.have.length(1 + 3 * 8);
    for (const part of parts) {
      const rect = part.getBoundingClientRect();
      expect(rect.width).to.be.at.most(box.width);
      expect(rect.right).to.be.at.most(box.right + 0.5);
    }
  });
});
