import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@s11kit/components/s11-evidence.js';
import type { S11Evidence } from '@s11kit/components';
import { runFormControlSuite } from '../helpers/form-control-suite.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

const textarea = (el: S11Evidence) => el.shadowRoot!.querySelector('textarea')!;
const visibleCount = (el: S11Evidence) => el.shadowRoot!.querySelector('[part="count"]')!;
const spokenCount = (el: S11Evidence) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim();

/** Type into the element as a user would: focus it, then real key presses. */
async function type(el: S11Evidence, text: string) {
  el.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

runFormControlSuite<S11Evidence>({
  tag: '<s11-evidence>',
  render: ({ required, disabled }) => html`<s11-evidence name="field" label="Evidence of impact" maxlength="500" ?required=${required} ?disabled=${disabled}></s11-evidence>`,
  fill: async (el) => {
    await type(el, 'Board minutes');
    // The textarea commits its change when it loses focus.
    await sendKeys({ press: 'Tab' });
  },
  filledValue: 'Board minutes',
  emptyValue: '',
});

describe('<s11-evidence>', () => {
  describe('rendering', () => {
    it('shows the label, hint and a textarea labelled by them', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence of impact" hint="Give examples" required></s11-evidence>`);
      const root = el.shadowRoot!;
      const label = root.querySelector('label')!;
      expect(label.textContent.trim()).to.equal('Evidence of impact');
      expect(label.htmlFor).to.equal(textarea(el).id);
      expect(root.getElementById('hint')!.textContent).to.equal('Give examples');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal('hint');
      expect(textarea(el).rows).to.equal(6);
      expect(textarea(el).hasAttribute('maxlength')).to.equal(false);
      expect(root.querySelector('details')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('marks the label "(optional)" when an answer is not required', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Explain your rating"></s11-evidence>`);
      expect(el.shadowRoot!.querySelector('label')!.textContent.trim()).to.equal('Explain your rating (optional)');
    });

    it('lists the evidence prompts in a closed "What evidence could you give?" details', async () => {
      const prompts = ['Board minutes', 'Training records', 'Audit findings'];
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" .prompts=${prompts}></s11-evidence>`);
      const details = el.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent.trim()).to.equal('What evidence could you give?');
      expect([...details.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(prompts);
      await expect(el).to.be.accessible();
    });

    it('takes the number of rows from the rows attribute', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" rows="3"></s11-evidence>`);
      expect(textarea(el).rows).to.equal(3);
    });

    it('renders hostile text in label, hint, prompts, error and value as text, creating no element', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label=${HOSTILE} hint=${HOSTILE} error=${HOSTILE} value=${HOSTILE} .prompts=${[HOSTILE]}></s11-evidence>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('label')!.textContent).to.contain(HOSTILE);
      expect(root.getElementById('hint')!.textContent).to.equal(HOSTILE);
      expect(root.getElementById('error')!.textContent).to.contain(HOSTILE);
      expect(root.querySelector('li')!.textContent).to.equal(HOSTILE);
      expect(textarea(el).value).to.equal(HOSTILE);
    });
  });

  describe('character count', () => {
    it('says how many characters are left and how many can be entered', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" hint="Examples" maxlength="2000"></s11-evidence>`);
      expect(visibleCount(el).textContent.trim()).to.equal('You have 2,000 characters remaining');
      expect(visibleCount(el).getAttribute('aria-hidden')).to.equal('true');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal('hint count-limit');
      expect(el.shadowRoot!.getElementById('count-limit')!.textContent).to.equal('You can enter up to 2,000 characters');
      await expect(el).to.be.accessible();
    });

    it('updates the visible count as the user types', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" maxlength="20"></s11-evidence>`);
      await type(el, 'Minutes');
      expect(visibleCount(el).textContent.trim()).to.equal('You have 13 characters remaining');
      await type(el, ' of the board');
      expect(visibleCount(el).textContent.trim()).to.equal('You have 0 characters remaining');
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(visibleCount(el).textContent.trim()).to.equal('You have 1 character remaining');
    });

    it('tells screen readers the count only once typing pauses', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" maxlength="100"></s11-evidence>`);
      expect(spokenCount(el)).to.equal('You have 100 characters remaining');
      await type(el, 'Audit');
      expect(visibleCount(el).textContent.trim()).to.equal('You have 95 characters remaining');
      expect(spokenCount(el)).to.equal('You have 100 characters remaining');
      await aTimeout(500);
      await type(el, 's');
      await aTimeout(700);
      expect(spokenCount(el)).to.equal('You have 100 characters remaining');
      await aTimeout(400);
      await el.updateComplete;
      expect(spokenCount(el)).to.equal('You have 94 characters remaining');
    });

    it('describes a value set by the page at once, without waiting', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" maxlength="100"></s11-evidence>`);
      el.value = 'A saved draft';
      await el.updateComplete;
      expect(spokenCount(el)).to.equal('You have 87 characters remaining');
    });

    it('shows "too many" in the error style over the limit, keeps every character and is invalid (tooLong)', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" maxlength="10"></s11-evidence>`);
      await type(el, 'Safer recruitment');
      expect(el.value).to.equal('Safer recruitment');
      expect(textarea(el).value).to.equal('Safer recruitment');
      expect(visibleCount(el).textContent.trim()).to.equal('You have 7 characters too many');
      expect(visibleCount(el).classList.contains('count--over')).to.equal(true);
      expect(getComputedStyle(visibleCount(el)).fontWeight).to.equal('700');
      expect(textarea(el).classList.contains('textarea--error')).to.equal(true);
      expect(el.validity.tooLong).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Must be 10 characters or fewer');
      await aTimeout(1100);
      await el.updateComplete;
      expect(spokenCount(el)).to.equal('You have 7 characters too many');
      await expect(el).to.be.accessible();
    });

    it('counts characters as UTF-16 code units, as the schema does', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" maxlength="4" value="😀😀😀"></s11-evidence>`);
      expect(visibleCount(el).textContent.trim()).to.equal('You have 2 characters too many');
      expect(el.validity.tooLong).to.equal(true);
    });

    it('counts words when there is no limit', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Explanation"></s11-evidence>`);
      expect(visibleCount(el).textContent.trim()).to.equal('0 words');
      expect(textarea(el).hasAttribute('aria-describedby')).to.equal(false);
      await type(el, 'Not  a school');
      expect(visibleCount(el).textContent.trim()).to.equal('3 words');
      el.value = 'Closed';
      await el.updateComplete;
      expect(visibleCount(el).textContent.trim()).to.equal('1 word');
    });
  });

  describe('events', () => {
    it('fires input from the host on every key, with the value already updated', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence"></s11-evidence>`);
      const values: string[] = [];
      const listener = (event: Event) => values.push(`${event.target === el ? 'host' : 'inner'}:${el.value}`);
      document.addEventListener('input', listener);
      await type(el, 'abc');
      document.removeEventListener('input', listener);
      expect(values).to.deep.equal(['host:a', 'host:ab', 'host:abc']);
    });

    it('fires change from the host once the textarea commits', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence"></s11-evidence>`);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await type(el, 'Minutes');
      expect(changes).to.equal(0);
      setTimeout(() => void sendKeys({ press: 'Tab' }));
      const event = await oneEvent(el, 'change');
      expect(event.composed).to.equal(true);
      expect(el.value).to.equal('Minutes');
      expect(changes).to.equal(1);
    });

    it('has the new value in the form while input is dispatched', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><s11-evidence name="evidence" label="Evidence"></s11-evidence></form>`);
      const el = form.querySelector('s11-evidence')!;
      await el.updateComplete;
      let inForm: FormDataEntryValue | null = null;
      el.addEventListener('input', () => (inForm = new FormData(form).get('evidence')));
      el.focus();
      setTimeout(() => void sendKeys({ type: 'x' }));
      await oneEvent(el, 'input');
      expect(inForm).to.equal('x');
    });
  });

  describe('form', () => {
    it('says "Enter an answer" when required and only spaces are typed', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><s11-evidence name="evidence" label="Evidence" required></s11-evidence></form>`);
      const el = form.querySelector('s11-evidence')!;
      await el.updateComplete;
      await type(el, '   ');
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Enter an answer');
      form.requestSubmit();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter an answer');
      expect(textarea(el).getAttribute('aria-describedby')).to.equal('error');
      expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
      expect(textarea(el).classList.contains('textarea--error')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('returns to the value attribute on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><s11-evidence name="evidence" label="Evidence" value="First draft"></s11-evidence></form>`);
      const el = form.querySelector('s11-evidence')!;
      await el.updateComplete;
      expect(textarea(el).value).to.equal('First draft');
      await type(el, ' and more');
      expect(new FormData(form).get('evidence')).to.equal('First draft and more');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('First draft');
      expect(textarea(el).value).to.equal('First draft');
    });

    it('focuses the textarea, not the prompts before it, when focused', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" .prompts=${['Minutes']}></s11-evidence>`);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
    });

    it('disables the textarea when disabled and stays accessible', async () => {
      const el = await fixture<S11Evidence>(html`<s11-evidence label="Evidence" disabled value="Kept" maxlength="100"></s11-evidence>`);
      expect(textarea(el).disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
