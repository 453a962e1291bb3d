import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateReturn, type AuditReturn, type Framework } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import '@s11kit/components/define.js';
import type { S11Audit } from '@s11kit/components';
import { auditFixture, currentCard, deep, goTo, html, openTask, storageKeyFor } from '../helpers/audit.js';
import { deepActiveElement } from '../helpers/browser.js';

const NOW = '2026-05-01T10:00:00Z';
const sample = async (framework: string, name: string): Promise<AuditReturn> => {
  const ret = (await (await fetch(`/packages/frameworks/samples/${framework}/${name}.json`)).json()) as AuditReturn;
  return { ...ret, status: 'draft', submittedAt: null };
};

describe('<s11-audit>', () => {
  afterEach(() => localStorage.clear());

  describe('loading', () => {
    it('loads a built-in framework by id and shows its task list', async () => {
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" storage-key=${storageKeyFor('load')}></s11-audit>`);
      expect(el.framework!.id).to.equal('portsmouth-compact');
      const links = [...el.shadowRoot!.querySelectorAll('.task__link')].map((a) => a.textContent.trim());
      expect(links).to.have.length(14);
      expect(links[0]).to.equal('About your organisation');
      expect(links[6]).to.equal('6. Safe recruitment');
      expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.contain('0 of 13');
      await expect(el).to.be.accessible();
    });

    it('loads a framework from a URL given in src', async () => {
      const el = await auditFixture(html`<s11-audit src="/packages/frameworks/data/city-hackney-s11.json" storage-key=${storageKeyFor('src')}></s11-audit>`);
      expect(el.framework!.id).to.equal('city-hackney-s11');
      expect(el.shadowRoot!.querySelectorAll('.task__link')).to.have.length(10);
    });

    it('takes a framework object given by code', async () => {
      const framework = await loadFramework('isle-of-wight-vcs');
      const el = await auditFixture(html`<s11-audit .framework=${framework} storage-key=${storageKeyFor('object')}></s11-audit>`);
      expect(el.value!.framework.id).to.equal('isle-of-wight-vcs');
    });

    const failures: [string, string, RegExp][] = [
      ['an unknown built-in id', 'framework="portsmouth"', /no built-in framework called “portsmouth”/],
      ['a URL that is not found', 'src="/no/such/framework.json"', /could not be fetched \(404/],
      ['a file that is not JSON', 'src="/test/components/pages/csp-probe.js"', /is not valid JSON/],
      ['JSON that is not a framework', 'src="/packages/frameworks/samples/portsmouth-compact/valid-school.json"', /is not valid: \d+ problems/],
    ];
    for (const [name, attribute, message] of failures) {
      it(`shows what failed and where for ${name}, and fires s11-framework-error`, async () => {
        const container = document.createElement('div');
        document.body.append(container);
        const errorEvent = oneEvent(container, 's11-framework-error');
        container.innerHTML = `<s11-audit ${attribute}></s11-audit>`;
        const event = await errorEvent;
        const el = container.firstElementChild as S11Audit;
        await el.updateComplete;
        const box = el.shadowRoot!.querySelector('.framework-error')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.textContent).to.match(message);
        expect(event.detail.message).to.match(message);
        await expect(el).to.be.accessible();
        container.remove();
      });
    }

    it('renders text from the framework as text, never as HTML', async () => {
      const framework = structuredClone<Framework>(await loadFramework('isle-of-wight-vcs'));
      (framework as { title: string }).title = '<img src=x onerror="window.hacked=1">Checklist';
      framework.standards[0]!.title = '<script>window.hacked=1</script>';
      const el = await auditFixture(html`<s11-audit .framework=${framework} storage-key=${storageKeyFor('xss')}></s11-audit>`);
      await openTask(el, '<script>');
      const card = await currentCard(el);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(card.shadowRoot!.querySelector('script')).to.equal(null);
      expect(card.shadowRoot!.querySelector('.title')!.textContent).to.equal('<script>window.hacked=1</script>');
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });
  });

  describe('pages and focus', () => {
    it('opens a standard from the task list and moves focus to its title', async () => {
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" storage-key=${storageKeyFor('nav')}></s11-audit>`);
      await openTask(el, 'Safe recruitment');
      const card = await currentCard(el);
      await aTimeout(0);
      expect(card.standardId).to.equal('safe-recruitment');
      expect(deepActiveElement()).to.equal(card.shadowRoot!.querySelector('.title'));
      await expect(el).to.be.accessible();
    });

    it('answers typed on a standard page reach the value and the task list status', async () => {
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" storage-key=${storageKeyFor('status')}></s11-audit>`);
      await openTask(el, 'Safe recruitment');
      const card = await currentCard(el);
      deep<HTMLInputElement>(card, 's11-rater', 'input[value="good"]').click();
      deep(card, 's11-evidence', 'textarea').focus();
      await sendKeys({ type: 'We check every appointment.' });
      const response = el.value!.responses.find((r) => r.standardId === 'safe-recruitment')!;
      expect(response.rating).to.equal('good');
      expect(response.evidence).to.equal('We check every appointment.');
      deep<HTMLAnchorElement>(el, '.link').click();
      await el.updateComplete;
      const row = [...el.shadowRoot!.querySelectorAll('.task')].find((li) => li.textContent.includes('Safe recruitment'))!;
      expect(row.querySelector('.task__status')!.textContent.trim()).to.equal('Completed');
    });

    it('a rating that needs an action opens the plan with one empty action', async () => {
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" storage-key=${storageKeyFor('plan')}></s11-audit>`);
      await openTask(el, 'Allegation management');
      const card = await currentCard(el);
      deep<HTMLInputElement>(card, 's11-rater', 'input[value="inadequate"]').click();
      await card.updateComplete;
      expect(el.value!.responses.find((r) => r.standardId === 'allegation-management')!.actions).to.have.length(1);
      expect(card.shadowRoot!.querySelector('s11-action-plan')!.shadowRoot!.querySelectorAll('s11-action-row')).to.have.length(1);
    });
  });

  describe('submitting', () => {
    it('fires s11-invalid with the issues and shows an error summary at the top, focused', async () => {
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" storage-key=${storageKeyFor('invalid')}></s11-audit>`);
      const invalid = oneEvent(el, 's11-invalid');
      expect(el.submit()).to.equal(false);
      const event = await invalid;
      expect(event.detail.issues.length).to.be.greaterThan(10);
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
      await summary.updateComplete;
      const links = [...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent);
      expect(links).to.include('Select a rating for standard 6, Safe recruitment');
      expect(links).to.include('Enter your organisation’s name');
      await aTimeout(0);
      expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.error-summary'));
      await expect(el).to.be.accessible();
    });

    it('an error summary link moves focus to the exact control inside the shadow roots', async () => {
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${storageKeyFor('focus')}></s11-audit>`);
      const ret = await sample('portsmouth-compact', 'valid-nhs-trust');
      const sharing = ret.responses.find((r) => r.standardId === 'information-sharing')!;
      sharing.actions[0]!.lead = '';
      el.value = ret;
      el.submit();
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
      await summary.updateComplete;
      const link = [...summary.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent.startsWith('Enter the lead for action 1'))!;
      link.click();
      await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.id === 'lead', 'focus did not reach the lead field');
      const card = await currentCard(el);
      expect(card.standardId).to.equal('information-sharing');
      const row = deep(card, 's11-action-plan', 's11-action-row');
      expect(row.shadowRoot!.activeElement!.id).to.equal('lead');
      expect(row.shadowRoot!.textContent).to.contain('Enter the lead for action 1 of standard 9');

      // Back on the organisation page, a link to the cover sheet focuses that field.
      el.value = { ...ret, respondent: { ...ret.respondent, email: 'not-an-email' } };
      el.submit();
      await el.updateComplete;
      const emailLink = [...summary.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent.includes('email address in the correct format'))!;
      emailLink.click();
      await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.id === 'respondent-email');
    });

    it('a complete return fires s11-submit with a return that validateReturn accepts, and clears the draft once a receipt comes', async () => {
      const key = storageKeyFor('submit');
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${key}></s11-audit>`);
      el.value = await sample('portsmouth-compact', 'valid-school');
      await aTimeout(500);
      expect(localStorage.getItem(`s11kit:draft:portsmouth-compact:${key}`)).to.not.equal(null);
      const submitted = oneEvent(el, 's11-submit');
      el.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.resolve({ reference: 'S11-TEST-0001', receivedAt: NOW })));
      expect(el.submit()).to.equal(true);
      const { detail } = await submitted;
      expect(detail.value.status).to.equal('submitted');
      const framework = await loadFramework('portsmouth-compact');
      expect(validateReturn(framework, detail.value, { mode: 'submit', now: NOW }).ok).to.equal(true);
      await waitUntil(() => el.shadowRoot!.querySelector('.panel__title'), 'the confirmation page did not open');
      expect(el.shadowRoot!.querySelector('.panel__title')!.textContent).to.equal('Return submitted');
      expect(localStorage.getItem(`s11kit:draft:portsmouth-compact:${key}`)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('a page can cancel s11-submit to keep the audit and the draft', async () => {
      const key = storageKeyFor('cancel');
      const el = await auditFixture(html`<s11-audit framework="portsmouth-compact" .now=${NOW} storage-key=${key}></s11-audit>`);
      el.value = await sample('portsmouth-compact', 'valid-school');
      el.addEventListener('s11-submit', (event) => event.preventDefault());
      expect(el.submit()).to.equal(false);
      expect(el.value.status).to.equal('draft');
    });
  });

  describe('inside a form', () => {
    it('puts the return in FormData as JSON, and is invalid until complete', async () => {
      const form = await (
        await import('@open-wc/testing')
      ).fixture<HTMLFormElement>(html`<form><s11-audit name="return" framework="isle-of-wight-vcs" .now=${NOW} storage-key=${storageKeyFor('form')}></s11-audit></form>`);
      const el = form.querySelector('s11-audit')!;
      await waitUntil(() => el.value !== undefined);
      await el.updateComplete;
      const data = JSON.parse(new FormData(form).get('return') as string);
      expect(data.framework.id).to.equal('isle-of-wight-vcs');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.match(/not ready to submit: \d+ problems to fix/);
      el.value = await sample('isle-of-wight-vcs', 'valid-youth-club');
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(JSON.parse(new FormData(form).get('return') as string).organisation.name).to.contain('(example)');
    });

    it('a form submit that finds it invalid shows the error summary instead of a browser bubble', async () => {
      const form = await (
        await import('@open-wc/testing')
      ).fixture<HTMLFormElement>(
        html`<form @submit=${(e: Event) => e.preventDefault()}><s11-audit name="return" framework="isle-of-wight-vcs" storage-key=${storageKeyFor('form-invalid')}></s11-audit></form>`,
      );
      const el = form.querySelector('s11-audit')!;
      await waitUntil(() => el.value !== undefined);
      form.requestSubmit();
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelectorAll('a').length).to.be.greaterThan(0);
    });

    it('a disabled fieldset disables every control, and the audit stays accessible', async () => {
      const form = await (
        await import('@open-wc/testing')
      ).fixture<HTMLFormElement>(
        html`<form><fieldset disabled><s11-audit name="return" framework="isle-of-wight-vcs" storage-key=${storageKeyFor('disabled')}></s11-audit></fieldset></form>`,
      );
      const el = form.querySelector('s11-audit')!;
      await waitUntil(() => el.value !== undefined);
      await el.updateComplete;
      expect(new FormData(form).has('return')).to.equal(false);
      await openTask(el, 'About your organisation');
      expect(deep<HTMLInputElement>(el, '#organisation-name').disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('form reset starts a new, empty return', async () => {
      const form = await (
        await import('@open-wc/testing')
      ).fixture<HTMLFormElement>(html`<form><s11-audit name="return" framework="isle-of-wight-vcs" storage-key=${storageKeyFor('reset')}></s11-audit></form>`);
      const el = form.querySelector('s11-audit')!;
      await waitUntil(() => el.value !== undefined);
      el.value = await sample('isle-of-wight-vcs', 'valid-youth-club');
      form.reset();
      await el.updateComplete;
      expect(el.value.organisation.name).to.equal('');
      expect(el.value.responses.every((r) => r.rating === null)).to.equal(true);
    });
  });

  it('is accessible filled in, on every kind of page', async () => {
    const el = await auditFixture(html`<s11-audit framework="buckinghamshire-s11" .now=${NOW} storage-key=${storageKeyFor('a11y')}></s11-audit>`);
    el.value = await sample('buckinghamshire-s11', 'valid-health-trust');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await openTask(el, 'About your organisation');
    await expect(el).to.be.accessible();
    await goTo(el, 'standard/safe-recruitment');
    await currentCard(el);
    await expect(el).to.be.accessible();
    await goTo(el, 'check');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
