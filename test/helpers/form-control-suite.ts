import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** What the shared suite needs to know about one form control. */
export interface FormControlCase<E extends HTMLElement> {
  /** The tag, for test names. */
  readonly tag: string;
  /** Render the control with `name="field"` and these extra attributes (e.g. required). */
  readonly render: (options: { required?: boolean; disabled?: boolean }) => TemplateResult;
  /** Give the control a value the way a user would (clicks or keys), then resolve. */
  readonly fill: (el: E) => Promise<void>;
  /** What FormData holds under "field" after `fill`. */
  readonly filledValue: string;
  /** What FormData holds under "field" before anything is filled in (`null`: left out). */
  readonly emptyValue: string | null;
}

const inForm = async <E extends HTMLElement>(template: TemplateResult) => {
  const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
  const el = form.firstElementChild as E & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return { form, el };
};

type Control = HTMLElement & {
  updateComplete: Promise<boolean>;
  checkValidity(): boolean;
  reportValidity(): boolean;
  validationMessage: string;
  error: string;
  disabled: boolean;
  form: HTMLFormElement | null;
  formStateRestoreCallback(state: string): void;
};

/** The checks every s11 input runs (Shoelace's runFormControlBaseTests, our way). */
export function runFormControlSuite<E extends HTMLElement>(spec: FormControlCase<E>): void {
  describe(`${spec.tag}: form control`, () => {
    it('is associated with its form', async () => {
      const { form, el } = await inForm<Control>(spec.render({}));
      expect(el.form).to.equal(form);
    });

    it('puts its value in FormData under its name, and takes it out on reset', async () => {
      const { form, el } = await inForm<Control>(spec.render({}));
      expect(new FormData(form).get('field')).to.equal(spec.emptyValue);
      await spec.fill(el as unknown as E);
      await el.updateComplete;
      expect(new FormData(form).get('field')).to.equal(spec.filledValue);
      form.reset();
      await el.updateComplete;
      expect(new FormData(form).get('field')).to.equal(spec.emptyValue);
    });

    it('fires input and change that bubble out of the shadow root', async () => {
      const { form, el } = await inForm<Control>(spec.render({}));
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        form.addEventListener(type, (event) => {
          if (event.target === el && event.composed && event.bubbles) seen.push(type);
        });
      }
      await spec.fill(el as unknown as E);
      expect(seen).to.include('input');
      expect(seen).to.include('change');
    });

    it('is invalid when required and empty, valid once filled', async () => {
      const { el } = await inForm<Control>(spec.render({ required: true }));
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.not.equal('');
      await spec.fill(el as unknown as E);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
    });

    it('outside any form (as inside a card) still answers for its validity, and gives a form it joins its value', async () => {
      const el = await fixture<Control>(spec.render({ required: true }));
      await el.updateComplete;
      expect(el.form).to.equal(null);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.not.equal('');
      await spec.fill(el as unknown as E);
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      const form = document.createElement('form');
      document.body.append(form);
      form.append(el);
      try {
        expect(new FormData(form).get('field')).to.equal(spec.filledValue);
        expect(form.checkValidity()).to.equal(true);
      } finally {
        form.remove();
      }
    });

    it('shows its own message only after a submit attempt, then the page can set one', async () => {
      const { form, el } = await inForm<Control>(spec.render({ required: true }));
      const shown = () => el.shadowRoot!.querySelector('.error-message')?.textContent?.trim() ?? '';
      expect(shown()).to.equal('');
      form.requestSubmit();
      await el.updateComplete;
      expect(shown()).to.contain(el.validationMessage);
      el.error = 'A message from the page';
      await el.updateComplete;
      expect(shown()).to.contain('A message from the page');
      expect(el.checkValidity()).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is left out of FormData when disabled, itself or by a fieldset', async () => {
      const { form, el } = await inForm<Control>(spec.render({ disabled: true }));
      expect(new FormData(form).has('field')).to.equal(false);
      await expect(el).to.be.accessible();
      const fieldset = await fixture<HTMLFormElement>(html`<form><fieldset disabled>${spec.render({})}</fieldset></form>`);
      const inner = fieldset.querySelector('fieldset')!.firstElementChild as Control;
      await inner.updateComplete;
      expect(new FormData(fieldset).has('field')).to.equal(false);
      fieldset.querySelector('fieldset')!.disabled = false;
      await inner.updateComplete;
      expect(new FormData(fieldset).get('field')).to.equal(spec.emptyValue ?? null);
    });

    it('puts back a value the browser restores', async () => {
      const { form, el } = await inForm<Control>(spec.render({}));
      await spec.fill(el as unknown as E);
      await el.updateComplete;
      const saved = new FormData(form).get('field') as string;
      form.reset();
      await el.updateComplete;
      el.formStateRestoreCallback(saved);
      await el.updateComplete;
      expect(new FormData(form).get('field')).to.equal(saved);
    });

    it('is accessible empty and filled', async () => {
      const { el } = await inForm<Control>(spec.render({}));
      await expect(el).to.be.accessible();
      await spec.fill(el as unknown as E);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
}
