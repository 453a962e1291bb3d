import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { bragScale, fourPointScale, metScale, type RatingScale } from '@s11kit/schema';
import '@s11kit/components/s11-rater.js';
import type { S11Rater } from '@s11kit/components';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A scale made up by a partnership, to show the element takes any scale, not only the built-in ones. */
const customScale: RatingScale = {
  id: 'confidence',
  label: 'Confidence',
  expected: 'confident',
  levels: [
    { id: 'confident', label: 'Confident', description: 'We are sure this is in place.', tone: 'green', requires: [] },
    { id: 'unsure', label: 'Not sure', description: '', tone: 'amber', requires: ['explanation'] },
  ],
};

const radios = (el: S11Rater) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const focused = (el: S11Rater) => el.shadowRoot!.activeElement as HTMLInputElement | null;

/** Click in the middle of an element with the real mouse, as a user would. */
async function clickOn(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Record every input and change that reaches the document, with the host's value at that moment. */
function record(el: S11Rater) {
  const seen: string[] = [];
  const listener = (event: Event) => seen.push(`${event.type}:${event.target === el ? el.value : 'inner'}`);
  document.addEventListener('input', listener);
  document.addEventListener('change', listener);
  return {
    seen,
    stop: () => {
      document.removeEventListener('input', listener);
      document.removeEventListener('change', listener);
    },
  };
}

runFormControlSuite<S11Rater>({
  tag: '<s11-rater>',
  render: ({ required, disabled }) =>
    html`<s11-rater name="field" label="How well do you meet this standard?" .scale=${fourPointScale} ?required=${required}
      ?disabled=${disabled}></s11-rater>`,
  fill: async (el) => {
    el.focus();
    await sendKeys({ press: 'Space' });
  },
  filledValue: 'outstanding',
  emptyValue: null,
});

describe('<s11-rater>', () => {
  describe('rendering', () => {
    it('shows the question as the legend and each level as a radio with its label and description', async () => {
      const el = await fixture<S11Rater>(
        html`<s11-rater label="How well do you meet this standard?" hint="Think about the last year" required .scale=${fourPointScale}></s11-rater>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('legend')!.textContent.trim()).to.equal('How well do you meet this standard?');
      expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint');
      expect(root.getElementById('hint')!.textContent).to.equal('Think about the last year');
      const items = [...root.querySelectorAll('[part="option"]')];
      expect(items).to.have.length(4);
      fourPointScale.levels.forEach((level, i) => {
        const radio = items[i]!.querySelector('input')!;
        const label = items[i]!.querySelector('label')!;
        expect(radio.value).to.equal(level.id);
        expect(label.htmlFor).to.equal(radio.id);
        expect(label.textContent.trim()).to.equal(level.label);
        const hint = root.getElementById(radio.getAttribute('aria-describedby')!)!;
        expect(hint.textContent).to.equal(level.description);
      });
      expect(new Set(radios(el).map((radio) => radio.name)).size).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('marks the question "(optional)" when no rating is required', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${metScale}></s11-rater>`);
      expect(el.shadowRoot!.querySelector('legend')!.textContent.trim()).to.equal('Rating (optional)');
    });

    for (const scale of [fourPointScale, bragScale, metScale, customScale]) {
      it(`shows every level of the ${scale.id} scale as text with a tone shape, never colour alone`, async () => {
        const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${scale}></s11-rater>`);
        const labels = [...el.shadowRoot!.querySelectorAll('label')];
        expect(labels.map((label) => label.textContent.trim())).to.deep.equal(scale.levels.map((level) => level.label));
        labels.forEach((label, i) => {
          const icon = label.querySelector('svg.tone-icon')!;
          expect(icon.classList.contains(`tone-icon--${scale.levels[i]!.tone}`)).to.equal(true);
          expect(icon.getAttribute('aria-hidden')).to.equal('true');
          expect(icon.querySelector('path')).to.not.equal(null);
        });
        await expect(el).to.be.accessible();
      });
    }

    it('sets a not-applicable level apart from the scale', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${bragScale}></s11-rater>`);
      const items = [...el.shadowRoot!.querySelectorAll('[part="option"]')];
      const apart = items.map((item) => item.classList.contains('choices__item--apart'));
      expect(apart).to.deep.equal(bragScale.levels.map((level) => level.notApplicable === true));
      const gap = (i: number) => items[i]!.getBoundingClientRect().top - items[i - 1]!.getBoundingClientRect().bottom;
      expect(gap(4)).to.be.greaterThan(gap(3));
    });

    it('leaves out the hint link of a level with no description', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${customScale}></s11-rater>`);
      expect(radios(el)[1]!.hasAttribute('aria-describedby')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('[part="option-hint"]')).to.have.length(1);
    });

    it('renders hostile text in labels, descriptions, legend and hint as text, creating no element', async () => {
      const scale: RatingScale = {
        ...customScale,
        levels: customScale.levels.map((level) => ({ ...level, label: HOSTILE, description: HOSTILE })),
      };
      const el = await fixture<S11Rater>(html`<s11-rater label=${HOSTILE} hint=${HOSTILE} error=${HOSTILE} .scale=${scale}></s11-rater>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('legend')!.textContent).to.contain(HOSTILE);
      expect(root.getElementById('hint')!.textContent).to.equal(HOSTILE);
      expect(root.getElementById('error')!.textContent).to.contain(HOSTILE);
      expect(root.querySelector('label')!.textContent.trim()).to.equal(HOSTILE);
      expect(root.querySelector('[part="option-hint"]')!.textContent).to.equal(HOSTILE);
    });
  });

  describe('keyboard', () => {
    async function withButtonBefore(scale: RatingScale, value = '') {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>Before</button><s11-rater label="Rating" .scale=${scale} value=${value}></s11-rater></div>`);
      const el = wrapper.querySelector('s11-rater')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      return el;
    }

    it('moves focus with Tab to the first level when none is selected, without selecting it', async () => {
      const el = await withButtonBefore(fourPointScale);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(radios(el)[0]);
      expect(el.value).to.equal('');
    });

    it('moves focus with Tab to the selected level', async () => {
      const el = await withButtonBefore(fourPointScale, 'requires-improvement');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(radios(el)[2]);
      expect(focused(el)!.checked).to.equal(true);
    });

    it('selects a level with Space', async () => {
      const el = await withButtonBefore(metScale);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(el.value).to.equal('fully-met');
      expect(el.level).to.equal(metScale.levels[0]);
    });

    it('fires input then change when an arrow key selects the next level', async () => {
      const el = await withButtonBefore(fourPointScale, 'outstanding');
      await sendKeys({ press: 'Tab' });
      const log = record(el);
      await sendKeys({ press: 'ArrowDown' });
      log.stop();
      expect(log.seen).to.deep.equal(['input:good', 'change:good']);
      expect(focused(el)).to.equal(radios(el)[1]);
    });

    it('selects the previous level with ArrowUp and ArrowLeft, the next with ArrowRight', async () => {
      const el = await withButtonBefore(fourPointScale, 'requires-improvement');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value).to.equal('good');
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal('outstanding');
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('good');
    });

    it('wraps from the last level to the first and back', async () => {
      const el = await withButtonBefore(bragScale, 'not-applicable');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('blue');
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value).to.equal('not-applicable');
    });

    it('takes focus on the selected level when focus() is called, else the first', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${bragScale} value="amber"></s11-rater>`);
      el.focus();
      expect(focused(el)).to.equal(radios(el)[2]);
      el.value = '';
      await el.updateComplete;
      el.focus();
      expect(focused(el)).to.equal(radios(el)[0]);
    });
  });

  describe('selection and events', () => {
    it('fires exactly one input and one change from the host when a level is clicked, with the value already set', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${metScale}></s11-rater>`);
      const log = record(el);
      await clickOn(el.shadowRoot!.querySelectorAll('label')[1]!);
      log.stop();
      expect(log.seen).to.deep.equal(['input:partly-met', 'change:partly-met']);
    });

    it('fires nothing when the selected level is clicked again', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${metScale} value="not-met"></s11-rater>`);
      const log = record(el);
      await clickOn(el.shadowRoot!.querySelectorAll('label')[2]!);
      log.stop();
      expect(log.seen).to.deep.equal([]);
    });

    it('has the new value in the form while input and change are dispatched', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><s11-rater name="rating" label="Rating" .scale=${bragScale}></s11-rater></form>`);
      const el = form.querySelector('s11-rater')!;
      await el.updateComplete;
      const inForm: Record<string, FormDataEntryValue | null> = {};
      for (const type of ['input', 'change']) el.addEventListener(type, () => (inForm[type] = new FormData(form).get('rating')));
      setTimeout(() => void clickOn(el.shadowRoot!.querySelectorAll('label')[3]!));
      const event = await oneEvent(el, 'change');
      expect(event.composed).to.equal(true);
      expect(inForm).to.deep.equal({ input: 'red', change: 'red' });
    });

    it('checks the radio of a value set by the page, and reports its level', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${bragScale}></s11-rater>`);
      el.value = 'green';
      await el.updateComplete;
      expect(radios(el).map((radio) => radio.checked)).to.deep.equal([false, true, false, false, false]);
      expect(el.level?.label).to.equal('Green');
      el.value = '';
      await el.updateComplete;
      expect(radios(el).some((radio) => radio.checked)).to.equal(false);
      expect(el.level).to.equal(undefined);
    });

    it('keeps the radio in step when a change listener puts the value back', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" .scale=${metScale} value="fully-met"></s11-rater>`);
      el.addEventListener('change', () => {
        el.value = 'fully-met';
      });
      await clickOn(el.shadowRoot!.querySelectorAll('label')[2]!);
      await el.updateComplete;
      expect(radios(el).map((radio) => radio.checked)).to.deep.equal([true, false, false]);
    });
  });

  describe('form', () => {
    it('returns to the value attribute on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><s11-rater name="rating" label="Rating" .scale=${fourPointScale} value="good"></s11-rater></form>`);
      const el = form.querySelector('s11-rater')!;
      await el.updateComplete;
      expect(new FormData(form).get('rating')).to.equal('good');
      await clickOn(el.shadowRoot!.querySelectorAll('label')[3]!);
      expect(new FormData(form).get('rating')).to.equal('inadequate');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('good');
      expect(radios(el)[1]!.checked).to.equal(true);
      expect(new FormData(form).get('rating')).to.equal('good');
    });

    it('says "Select a rating" when required and nothing is selected, after a submit attempt', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><s11-rater name="rating" label="Rating" required .scale=${fourPointScale}></s11-rater></form>`);
      const el = form.querySelector('s11-rater')!;
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Select a rating');
      expect(el.shadowRoot!.getElementById('error')).to.equal(null);
      form.requestSubmit();
      await el.updateComplete;
      const error = el.shadowRoot!.getElementById('error')!;
      expect(error.textContent.replace(/\s+/g, ' ').trim()).to.equal('Error: Select a rating');
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(fieldset.getAttribute('aria-describedby')).to.equal('error');
      expect(fieldset.classList.contains('form-group--error')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('treats a value that is not a level of the scale as no answer', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><s11-rater name="rating" label="Rating" required .scale=${metScale} value="blue"></s11-rater></form>`);
      const el = form.querySelector('s11-rater')!;
      await el.updateComplete;
      expect(el.value).to.equal('blue');
      expect(el.level).to.equal(undefined);
      expect(new FormData(form).has('rating')).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('shows an error set by the page, and clears it', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" hint="One only" .scale=${bragScale} value="green" error="Select a rating for standard 1"></s11-rater>`);
      expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('hint error');
      expect(el.validity.customError).to.equal(true);
      await expect(el).to.be.accessible();
      el.error = '';
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('error')).to.equal(null);
      expect(el.checkValidity()).to.equal(true);
    });

    it('disables every radio when disabled, itself or by a fieldset', async () => {
      const el = await fixture<S11Rater>(html`<s11-rater label="Rating" disabled .scale=${bragScale} value="red"></s11-rater>`);
      expect(radios(el).every((radio) => radio.disabled)).to.equal(true);
      await expect(el).to.be.accessible();
      const fieldset = await fixture<HTMLFieldSetElement>(html`<fieldset disabled><legend>Part 1</legend><s11-rater label="Rating" .scale=${bragScale}></s11-rater></fieldset>`);
      const inner = fieldset.querySelector('s11-rater')!;
      await inner.updateComplete;
      expect(radios(inner).every((radio) => radio.disabled)).to.equal(true);
      fieldset.disabled = false;
      await inner.updateComplete;
      expect(radios(inner).some((radio) => radio.disabled)).to.equal(false);
    });
  });
});
