import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { emptyAction, type Action } from '@s11kit/schema';
import '@s11kit/components/s11-action-row.js';
import type { S11ActionRow } from '@s11kit/components';
import { runFormControlSuite } from '../helpers/form-control-suite.js';
import { accessibleNode, click, deepActiveElement, tabUntil, typeDate } from '../helpers/browser.js';

const filled: Action = { id: 'a1', action: 'Audit 20 files a quarter', lead: 'Head of HR', due: '2026-09-30', status: 'not-started', notes: '' };
const hostile = '<img src=x onerror=alert(1)>';

const $ = <T extends Element = HTMLElement>(el: S11ActionRow, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;
const control = <T extends HTMLElement = HTMLInputElement>(el: S11ActionRow, field: string) => $<T>(el, `#${field}`);
const group = (el: S11ActionRow, field: string) => control(el, field).closest('.form-group') as HTMLElement;
const controls = (el: S11ActionRow) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="control"]')];

/** Fill in what, who and when with the mouse and keyboard only. */
async function fillRow(el: S11ActionRow) {
  await click(control(el, 'action'));
  await sendKeys({ type: filled.action });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: filled.lead });
  await sendKeys({ press: 'Tab' });
  await typeDate(filled.due);
  await sendKeys({ press: 'Tab' });
  await resetMouse();
}

runFormControlSuite<S11ActionRow>({
  tag: 's11-action-row',
  render: ({ required, disabled }) => html`<s11-action-row name="field" ?required=${required} ?disabled=${disabled}></s11-action-row>`,
  fill: fillRow,
  filledValue: JSON.stringify(filled),
  emptyValue: JSON.stringify(emptyAction()),
});

describe('<s11-action-row>', () => {
  afterEach(() => resetMouse());

  it('renders a fieldset "Action N" with every field labelled, and no Remove button unless removable', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row .index=${2}></s11-action-row>`);
    expect($(el, 'legend').textContent.trim()).to.equal('Action 2');
    const labels = controls(el).map((c) => c.labels![0]!.textContent.trim());
    expect(labels).to.deep.equal(['What will be done', 'Lead', 'Day', 'Month', 'Year', 'Status', 'Progress notes (optional)']);
    expect(controls(el).map((c) => c.localName + (c.type ? `:${c.type}` : ''))).to.deep.equal([
      'textarea:textarea',
      'input:text',
      'input:text',
      'input:text',
      'input:text',
      'select:select-one',
      'textarea:textarea',
    ]);
    // The GOV.UK date input: the day, month and year boxes in a group named by its legend.
    const dateGroup = control(el, 'due').closest('fieldset')!;
    expect(dateGroup.getAttribute('role')).to.equal('group');
    expect(dateGroup.querySelector('legend')!.textContent.trim()).to.equal('Due date');
    expect(control<HTMLInputElement>(el, 'due').inputMode).to.equal('numeric');
    expect(control<HTMLTextAreaElement>(el, 'action').rows).to.equal(3);
    expect(control(el, 'lead').autocomplete).to.equal('off');
    expect([...control<HTMLSelectElement>(el, 'status').options].map((o) => o.textContent)).to.deep.equal(['Not started', 'In progress', 'Complete']);
    expect(el.shadowRoot!.querySelector('[part="remove-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('links each hint to its field with aria-describedby', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row></s11-action-row>`);
    expect(control(el, 'lead').getAttribute('aria-describedby')).to.equal('lead-hint');
    expect($(el, '#lead-hint').textContent).to.equal('The person or role responsible');
    expect(control(el, 'due').closest('fieldset')!.getAttribute('aria-describedby')).to.equal('due-hint');
    expect($(el, '#due-hint').textContent).to.equal('For example, 31 3 2027');
  });

  it('uses the label as the legend and puts the hint under it', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row label="Audit recruitment files" hint="Agreed at the board"></s11-action-row>`);
    expect($(el, 'legend').textContent.trim()).to.equal('Audit recruitment files');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('row-hint');
    expect($(el, '#row-hint').textContent).to.equal('Agreed at the board');
  });

  it('reads its Remove button to a screen reader as "Remove action 2", shown as "Remove"', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row removable .index=${2}></s11-action-row>`);
    const button = $(el, '[part="remove-button"]');
    expect(button.textContent.replace(/\s+/g, ' ').trim()).to.equal('Remove action 2');
    expect(button.querySelector('.visually-hidden')!.textContent).to.equal(' action 2');
    expect(await accessibleNode('button', 'Remove action 2')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('hides the short word from screen readers when a translation of the label does not start with it', async () => {
    const strings = { removeAction: 'Dileu', removeActionLabel: (n: number) => `Tynnu gweithred ${n}` };
    await fixture<S11ActionRow>(html`<s11-action-row removable .index=${3} .strings=${strings}></s11-action-row>`);
    expect(await accessibleNode('button', 'Tynnu gweithred 3')).to.not.equal(null);
  });

  it('can be filled in with the keyboard alone, a date typed into the date input and a status chosen with the arrow keys', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row removable></s11-action-row>`);
    el.focus();
    expect(deepActiveElement()).to.equal(control(el, 'action'));
    await sendKeys({ type: 'Audit files' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(control(el, 'lead'));
    await sendKeys({ type: 'Head of HR' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(control(el, 'due'));
    await typeDate('2027-03-31');
    expect(await tabUntil((active) => active === control(el, 'status'))).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(control(el, 'notes'));
    await sendKeys({ type: 'Started in April' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '[part="remove-button"]'));
    expect(el.value).to.deep.equal({
      id: 'a1',
      action: 'Audit files',
      lead: 'Head of HR',
      due: '2027-03-31',
      status: 'in-progress',
      notes: 'Started in April',
    });
  });

  it('fires s11-action-remove, cancelable, with its 0-based index and action when Remove is pressed with Enter', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row removable .index=${2} .value=${filled}></s11-action-row>`);
    $(el, '[part="remove-button"]').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 's11-action-remove');
    expect(event.detail).to.deep.equal({ index: 1, action: filled });
    expect(event.cancelable).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(el.isConnected).to.equal(true);
  });

  it('replaces value with a new object and fires one input from the host per keystroke', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row .value=${filled}></s11-action-row>`);
    const origins: EventTarget[] = [];
    const listen = (event: Event) => origins.push(event.composedPath()[0]!);
    document.addEventListener('input', listen);
    const before = el.value;
    control(el, 'lead').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 's' });
    document.removeEventListener('input', listen);
    expect(origins).to.deep.equal([el]);
    expect(el.value).to.not.equal(before);
    expect(before.lead).to.equal('Head of HR');
    expect(el.value.lead).to.equal('Head of HRs');
  });

  it('fires change from the host when a field is committed, after value is updated', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row></s11-action-row>`);
    const seen: { origin: EventTarget; status: string }[] = [];
    const listen = (event: Event) => seen.push({ origin: event.composedPath()[0]!, status: el.value.status });
    document.addEventListener('change', listen);
    control(el, 'status').focus();
    await sendKeys({ press: 'ArrowDown' });
    document.removeEventListener('change', listen);
    expect(seen).to.deep.equal([{ origin: el, status: 'in-progress' }]);
  });

  it('shows each fieldErrors message on its own field, GOV.UK style, with aria-invalid', async () => {
    const fieldErrors = { lead: 'Enter the lead for action 1 of standard 2, Safe recruitment', due: 'The due date must be today or in the future' };
    const el = await fixture<S11ActionRow>(html`<s11-action-row .value=${filled} .fieldErrors=${fieldErrors}></s11-action-row>`);
    for (const field of ['lead', 'due'] as const) {
      const message = $(el, `#${field}-error`);
      expect(message.textContent.replace(/\s+/g, ' ').trim()).to.equal(`Error: ${fieldErrors[field]}`);
      expect(message.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
      expect(control(el, field).getAttribute('aria-invalid')).to.equal('true');
      const described = field === 'due' ? control(el, field).closest('fieldset')! : control(el, field);
      expect(described.getAttribute('aria-describedby')).to.equal(`${field}-hint ${field}-error`);
      expect(control(el, field).classList.contains('input--error')).to.equal(true);
      const style = getComputedStyle(group(el, field));
      expect(style.borderLeftWidth).to.equal('5px');
      expect(style.borderLeftColor).to.equal('rgb(212, 53, 28)');
    }
    for (const field of ['action', 'status', 'notes']) {
      expect(control(el, field).hasAttribute('aria-invalid')).to.equal(false);
      expect(group(el, field).classList.contains('form-group--error')).to.equal(false);
    }
    await expect(el).to.be.accessible();
  });

  it('shows a whole-row error under the legend', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row error="Complete action 1, or remove it"></s11-action-row>`);
    expect($(el, '#row-error').textContent.replace(/\s+/g, ' ').trim()).to.equal('Error: Complete action 1, or remove it');
    expect($(el, 'fieldset').classList.contains('form-group--error')).to.equal(true);
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('row-error');
    await expect(el).to.be.accessible();
  });

  it('when required, names the first missing field, points the browser at it, and marks each missing field after a submit attempt', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><s11-action-row name="field" required .value=${{ ...filled, lead: '  ', due: '' }}></s11-action-row></form>`);
    const el = form.querySelector('s11-action-row')!;
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Enter the lead');
    expect(el.validity.valueMissing).to.equal(true);
    form.requestSubmit();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(control(el, 'lead'));
    expect($(el, '#lead-error').textContent).to.contain('Enter the lead');
    expect($(el, '#due-error').textContent).to.contain('Enter a due date');
    expect(el.shadowRoot!.querySelector('#action-error')).to.equal(null);
    expect(control(el, 'lead').getAttribute('aria-required')).to.equal('true');
    expect(control(el, 'notes').hasAttribute('aria-required')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('focuses a named field for an error summary link, and its first field on focus()', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row></s11-action-row>`);
    el.focusField('due');
    expect(deepActiveElement()).to.equal(control(el, 'due'));
    el.focus();
    expect(deepActiveElement()).to.equal(control(el, 'action'));
  });

  it('leaves focus alone when a hint is clicked, rather than jumping to the first field', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row></s11-action-row>`);
    await click($(el, '#lead-hint'));
    expect(deepActiveElement()).to.not.equal(control(el, 'action'));
  });

  it('round-trips its action through FormData as JSON, and reset returns to the value first rendered', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><s11-action-row name="field" .value=${filled}></s11-action-row></form>`);
    const el = form.querySelector('s11-action-row')!;
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('field') as string)).to.deep.equal(filled);
    control(el, 'notes').focus();
    await sendKeys({ type: 'On track' });
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('field') as string).notes).to.equal('On track');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(filled);
    expect(control<HTMLTextAreaElement>(el, 'notes').value).to.equal('');
    expect(new FormData(form).get('field')).to.equal(JSON.stringify(filled));
  });

  it('keeps its value when the browser restores state that is not valid JSON', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row .value=${filled}></s11-action-row>`);
    el.formStateRestoreCallback('{"action": "half');
    el.formStateRestoreCallback('[1, 2]');
    await el.updateComplete;
    expect(el.value).to.deep.equal(filled);
  });

  it('disables every field and the Remove button when disabled, and stays accessible', async () => {
    const el = await fixture<S11ActionRow>(html`<s11-action-row removable disabled .value=${filled}></s11-action-row>`);
    expect(controls(el).every((c) => c.disabled)).to.equal(true);
    expect($<HTMLButtonElement>(el, '[part="remove-button"]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows hostile text from a saved draft as text, creating no element', async () => {
    const value = { ...filled, action: hostile, lead: hostile, notes: hostile };
    const el = await fixture<S11ActionRow>(html`<s11-action-row removable .value=${value} label=${hostile} hint=${hostile}></s11-action-row>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(control<HTMLTextAreaElement>(el, 'action').value).to.equal(hostile);
    expect(control(el, 'lead').value).to.equal(hostile);
    expect(control<HTMLTextAreaElement>(el, 'notes').value).to.equal(hostile);
    expect($(el, 'legend').textContent.trim()).to.equal(hostile);
  });

  it('fits a 320px wide column, stacking lead, due date and status', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><s11-action-row removable .value=${filled}></s11-action-row></div>`);
    wrapper.style.width = '320px';
    const el = wrapper.querySelector('s11-action-row')!;
    await el.updateComplete;
    const box = wrapper.getBoundingClientRect();
    for (const part of [...controls(el), $(el, '[part="remove-button"]')]) {
      const rect = part.getBoundingClientRect();
      expect(rect.width, part.id).to.be.at.most(box.width);
      expect(rect.right, part.id).to.be.at.most(box.right + 0.5);
    }
    const tops = ['lead', 'due', 'status'].map((f) => control(el, f).getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(3);
  });

  it('puts lead, due date and status on one line when there is room', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><s11-action-row></s11-action-row></div>`);
    wrapper.style.width = '960px';
    const el = wrapper.querySelector('s11-action-row')!;
    await el.updateComplete;
    const tops = ['lead', 'due', 'status'].map((f) => Math.round(group(el, f).getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
  });
});
