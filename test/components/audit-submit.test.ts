import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { validateReturn, type AuditReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import '@s11kit/components/define.js';
import type { S11Audit, S11SendErrorEvent, S11SentEvent } from '@s11kit/components';
import { auditFixture, html, storageKeyFor } from '../helpers/audit.js';
import { deepActiveElement } from '../helpers/browser.js';

const NOW = '2026-05-01T10:00:00Z';
const FRAMEWORK = 'portsmouth-compact';

interface Received {
  readonly mode: string;
  readonly key: string;
  readonly contentType: string;
  readonly body: string;
}
const log = async (): Promise<Received[]> => (await fetch('/submit-test/log')).json();
const posts = async (mode: string) => (await log()).filter((entry) => entry.mode === mode);

async function sample(): Promise<AuditReturn> {
  const ret = (await (await fetch(`/packages/frameworks/samples/${FRAMEWORK}/valid-school.json`)).json()) as AuditReturn;
  return { ...ret, status: 'draft', submittedAt: null };
}

const stored = (key: string) => localStorage.getItem(`s11kit:draft:${FRAMEWORK}:${key}`);
const text = (el: S11Audit) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

/** A complete, valid audit ready to submit, with its draft saved. */
async function readyAudit(attributes: { submitUrl?: string; timeout?: number } = {}) {
  const key = storageKeyFor('submit');
  const el = await auditFixture(
    html`<s11-audit framework=${FRAMEWORK} .now=${NOW} storage-key=${key} submit-url=${attributes.submitUrl ?? ''} submit-timeout=${attributes.timeout ?? 30}></s11-audit>`,
  );
  el.value = await sample();
  window.dispatchEvent(new PageTransitionEvent('pagehide'));
  expect(stored(key), 'the draft is saved before submitting').to.not.equal(null);
  return { el, key };
}

const submitButton = (el: S11Audit) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]');

/** Press Submit return on the check page, as a person would. */
async function pressSubmit(el: S11Audit) {
  el.page = 'check';
  await el.updateComplete;
  submitButton(el)!.click();
}

describe('<s11-audit> submitting', () => {
  beforeEach(async () => {
    await fetch('/submit-test/reset', { method: 'POST' });
  });
  afterEach(() => localStorage.clear());

  describe('with submit-url', () => {
    it('POSTs the submitted return as JSON with an Idempotency-Key, and shows the receipt once the server answers 201', async () => {
      const { el, key } = await readyAudit({ submitUrl: '/submit-test/ok' });
      const sent = oneEvent<S11SentEvent>(el, 's11-sent');
      await pressSubmit(el);
      const { detail } = await sent;
      const [post] = await posts('ok');
      expect(post!.contentType).to.equal('application/json');
      expect(post!.key).to.match(/^[A-Za-z0-9_-]{20,}$/);
      const body = JSON.parse(post!.body) as AuditReturn;
      expect(body.status).to.equal('submitted');
      expect(validateReturn(await loadFramework(FRAMEWORK), body, { mode: 'submit', now: NOW }).ok).to.equal(true);
      expect(detail.reference).to.equal('S11-0001');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.panel__title')!.textContent).to.equal('Return submitted');
      expect(el.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('S11-0001');
      expect(text(el)).to.contain('We received your return on 1 May 2026 at');
      expect(text(el)).to.contain('What happens next');
      const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent.trim());
      expect(buttons).to.include.members(['Download a copy of your answers', 'Print your return']);
      expect(stored(key), 'the draft goes once a receipt came back').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the server’s 422 issues in the error summary and keeps the draft', async () => {
      const { el, key } = await readyAudit({ submitUrl: '/submit-test/invalid' });
      const invalid = oneEvent(el, 's11-invalid');
      await pressSubmit(el);
      await invalid;
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('s11-error-summary')!;
      await summary.updateComplete;
      expect(summary.shadowRoot!.textContent).to.contain('already has a return from an organisation with this name');
      expect(el.shadowRoot!.querySelector('.panel__title')).to.equal(null);
      expect(stored(key)).to.not.equal(null);
    });

    for (const [name, url, timeout] of [
      ['a 500 answer', '/submit-test/error', 30],
      ['a 2xx answer without a receipt', '/submit-test/no-receipt', 30],
      ['no answer at all, after the timeout', '/submit-test/hang', 1],
      ['no network (a server that cannot be reached)', 'http://127.0.0.1:9/returns', 30],
    ] as const) {
      it(`after ${name}, says the return has not been sent, keeps the draft, and offers Try again`, async function () {
        this.timeout(20_000);
        const { el, key } = await readyAudit({ submitUrl: url, timeout });
        const failed = oneEvent<S11SendErrorEvent>(el, 's11-send-error');
        await pressSubmit(el);
        const { detail } = await failed;
        expect(detail.problem).to.equal('failed');
        await el.updateComplete;
        const problem = el.shadowRoot!.querySelector<HTMLElement>('.send-problem')!;
        expect(problem.textContent).to.contain('Your return has not been sent');
        expect(problem.textContent).to.contain('Your answers are still saved on this computer.');
        expect(text(el)).to.not.contain('Return submitted');
        expect(text(el), 'a known failure is not an unknown outcome').to.not.contain('We do not know whether your return arrived');
        expect(stored(key)).to.not.equal(null);
        await waitUntil(() => deepActiveElement() === problem, 'the problem is focused, as an error summary would be');
        expect(document.title).to.match(/^Error: /);
        expect([...problem.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal(['Try again']);
        await expect(el).to.be.accessible();
      });
    }

    it('Try again resends with the same Idempotency-Key, so a return that did arrive is never stored twice', async () => {
      const { el } = await readyAudit({ submitUrl: '/submit-test/error' });
      await pressSubmit(el);
      await oneEvent(el, 's11-send-error');
      el.submitUrl = '/submit-test/ok';
      await el.updateComplete;
      const sent = oneEvent(el, 's11-sent');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.send-problem button')!.click();
      await sent;
      const keys = (await log()).map((entry) => entry.key);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
    });

    it('a change after a failed try makes a new submission with a new key', async () => {
      const { el } = await readyAudit({ submitUrl: '/submit-test/error' });
      await pressSubmit(el);
      await oneEvent(el, 's11-send-error');
      el.value = { ...el.value!, respondent: { ...el.value!.respondent, role: 'Deputy head' } };
      await el.updateComplete;
      await pressSubmit(el);
      await oneEvent(el, 's11-send-error');
      const keys = (await log()).map((entry) => entry.key);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.not.equal(keys[1]);
    });

    it('while sending, the button says so and does nothing more: a double click sends once', async () => {
      const { el } = await readyAudit({ submitUrl: '/submit-test/slow?ms=800' });
      await pressSubmit(el);
      await el.updateComplete;
      const button = submitButton(el)!;
      expect(button.textContent.trim()).to.equal('Sending your return…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.click();
      button.click();
      expect(el.submit()).to.equal(false);
      await oneEvent(el, 's11-sent');
      expect(await posts('slow')).to.have.length(1);
    });

    it('a reload while sending keeps the key: the next load says the return may not have arrived, and sending again reuses it', async () => {
      const { el, key } = await readyAudit({ submitUrl: '/submit-test/hang', timeout: 30 });
      await pressSubmit(el);
      await waitUntil(async () => (await posts('hang')).length === 1);
      const envelope = JSON.parse(stored(key)!);
      expect(envelope.submission.state).to.equal('sending');
      // A new page load: the old element is gone, mid-request, as after a crash.
      el.remove();
      const again = await auditFixture(html`<s11-audit framework=${FRAMEWORK} .now=${NOW} storage-key=${key} submit-url="/submit-test/ok"></s11-audit>`);
      expect(text(again)).to.contain('We do not know whether your return arrived');
      const sent = oneEvent(again, 's11-sent');
      [...again.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Send your return again'))!.click();
      await sent;
      const [ok] = await posts('ok');
      expect(ok!.key).to.equal(envelope.submission.key);
    });
  });

  describe('with s11-submit and waitUntil', () => {
    it('confirms only when the promise resolves to a receipt', async () => {
      const { el, key } = await readyAudit();
      let resolve!: (receipt: unknown) => void;
      el.addEventListener('s11-submit', (event) => event.detail.waitUntil(new Promise((r) => (resolve = r))));
      await pressSubmit(el);
      await aTimeout(50);
      expect(el.shadowRoot!.querySelector('.panel__title'), 'nothing says sent before the receipt').to.equal(null);
      expect(stored(key)).to.not.equal(null);
      resolve({ reference: 'REF-42', receivedAt: NOW });
      await oneEvent(el, 's11-sent');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('REF-42');
      expect(stored(key)).to.equal(null);
    });

    for (const [name, outcome] of [
      ['rejects', () => Promise.reject(new Error('500 from our API'))],
      ['resolves to something that is not a receipt', () => Promise.resolve({ ok: true })],
    ] as const) {
      it(`says "not sent" and keeps the draft when the promise ${name}`, async () => {
        const { el, key } = await readyAudit();
        el.addEventListener('s11-submit', (event) => event.detail.waitUntil(outcome()));
        await pressSubmit(el);
        await oneEvent(el, 's11-send-error');
        await el.updateComplete;
        expect(text(el)).to.contain('Your return has not been sent');
        expect(stored(key)).to.not.equal(null);
      });
    }

    it('waitUntil after the event has been dispatched throws, as ExtendableEvent does', async () => {
      const { el } = await readyAudit();
      let later: (() => void) | undefined;
      el.addEventListener('s11-submit', (event) => {
        event.detail.waitUntil(Promise.resolve({ reference: 'R1', receivedAt: NOW }));
        later = () => event.detail.waitUntil(Promise.resolve());
      });
      await pressSubmit(el);
      expect(later).to.throw(/while s11-submit is being dispatched/);
    });

    it('preventDefault keeps the audit on screen and sends nothing', async () => {
      const { el, key } = await readyAudit({ submitUrl: '/submit-test/ok' });
      el.addEventListener('s11-submit', (event) => event.preventDefault());
      expect(el.submit()).to.equal(false);
      await aTimeout(100);
      expect(await log()).to.deep.equal([]);
      expect(stored(key)).to.not.equal(null);
    });
  });

  describe('with nowhere to send it', () => {
    it('keeps the draft, tells the developer in the console, and tells the person only what is true', async () => {
      const { el, key } = await readyAudit();
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const failed = oneEvent<S11SendErrorEvent>(el, 's11-send-error');
        await pressSubmit(el);
        expect((await failed).detail.problem).to.equal('not-configured');
      } finally {
        console.error = original;
      }
      expect(String(errors[0])).to.contain('set submit-url');
      await el.updateComplete;
      expect(text(el)).to.contain('This page is not set up to send returns yet, so nothing has been sent');
      expect(text(el)).to.not.contain('Return submitted');
      expect(text(el)).to.not.contain('Your return has been sent');
      expect(stored(key)).to.not.equal(null);
    });
  });

  describe('inside a form', () => {
    /** A form that posts into a frame, so that the test page stays: the frame gets what a browser would show. */
    async function formAudit(action: string) {
      const key = storageKeyFor('form-post');
      const target = `frame-${key}`;
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <iframe name=${target} title="The server's answer"></iframe>
        <form method="post" action="${action}?key=${key}&framework=${FRAMEWORK}" target=${target}>
          <s11-audit name="return" framework=${FRAMEWORK} .now=${NOW} storage-key=${key}></s11-audit>
          <button type="submit" id="page-button">Send</button>
        </form>
      </div>`);
      const el = wrapper.querySelector('s11-audit')!;
      await waitUntil(() => el.value !== undefined);
      el.value = await sample();
      await el.updateComplete;
      const frame = wrapper.querySelector('iframe')!;
      const answered = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      return { el, key, form: wrapper.querySelector('form')!, frame, answered };
    }

    const form = async () => new URLSearchParams((await posts('form')).at(-1)?.body ?? (await posts('form-error')).at(-1)?.body ?? '');

    for (const [name, submit] of [
      ['its own Submit return button', (f: Awaited<ReturnType<typeof formAudit>>) => pressSubmit(f.el)],
      ['the page’s submit button', (f: Awaited<ReturnType<typeof formAudit>>) => f.form.querySelector<HTMLButtonElement>('#page-button')!.click()],
      ['requestSubmit()', (f: Awaited<ReturnType<typeof formAudit>>) => f.form.requestSubmit()],
    ] as const) {
      it(`posts the validated return marked submitted, with its key, whichever way it is sent: ${name}`, async () => {
        const f = await formAudit('/submit-test/form');
        await submit(f);
        await f.answered;
        const posted = await form();
        const value = JSON.parse(posted.get('return')!) as AuditReturn;
        expect(value.status).to.equal('submitted');
        expect(value.submittedAt).to.be.a('string');
        expect(validateReturn(await loadFramework(FRAMEWORK), value, { mode: 'submit', now: NOW }).ok).to.equal(true);
        expect(posted.get('return-key')).to.match(/^[A-Za-z0-9_-]{20,}$/);
      });
    }

    it('keeps the draft until the page that carries the receipt loads, then clears exactly that submission', async () => {
      const f = await formAudit('/submit-test/form');
      await pressSubmit(f.el);
      // Marked as posted before the answer arrives: the draft is not deleted on the way out.
      const envelope = JSON.parse(stored(f.key)!);
      expect(envelope.submission.state).to.equal('posted');
      await f.answered;
      const receiptAudit = f.frame.contentDocument!.querySelector('s11-audit') as S11Audit;
      await waitUntil(() => receiptAudit.shadowRoot?.querySelector('[part="reference"]'), 'the receipt page shows its reference', { timeout: 5000 });
      expect(receiptAudit.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('S11-0001');
      await waitUntil(() => stored(f.key) === null, 'the receipt page clears the draft it confirms');
    });

    it('after a post that fails, the draft stays and the next load says it may not have arrived', async () => {
      const f = await formAudit('/submit-test/form-error');
      await pressSubmit(f.el);
      await f.answered;
      expect(f.frame.contentDocument!.body.textContent).to.contain('Sorry, there is a problem');
      expect(JSON.parse(stored(f.key)!).submission.state).to.equal('posted');
      f.el.remove();
      const again = await auditFixture(html`<s11-audit framework=${FRAMEWORK} .now=${NOW} storage-key=${f.key}></s11-audit>`);
      expect(text(again)).to.contain('We do not know whether your return arrived');
      expect(again.value!.organisation.name).to.equal((await sample()).organisation.name);
    });

    it('a receipt page for another submission leaves the draft alone', async () => {
      const f = await formAudit('/submit-test/form');
      await pressSubmit(f.el);
      await f.answered;
      await waitUntil(() => stored(f.key) === null);
      // A new draft, then a stale receipt page (another key) loads: the new draft is kept.
      const again = await auditFixture(html`<s11-audit framework=${FRAMEWORK} .now=${NOW} storage-key=${f.key}></s11-audit>`);
      again.value = await sample();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      again.remove();
      const stale = await auditFixture(
        html`<s11-audit framework=${FRAMEWORK} .now=${NOW} storage-key=${f.key} receipt="S11-0001" received-at=${NOW} submission-key="another-key"></s11-audit>`,
      );
      expect(stale.shadowRoot!.querySelector('[part="reference"]')!.textContent).to.equal('S11-0001');
      expect(stored(f.key)).to.not.equal(null);
    });
  });
});
