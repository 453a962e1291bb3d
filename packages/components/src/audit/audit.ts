import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  alignReturn,
  applicableStandards,
  blankReturn,
  checkOrganisation,
  standardWording,
  type AuditReturn,
  type Framework,
  type Instant,
  type Issue,
  type Response,
} from '@s11kit/schema';
import type { FrameworkOutline } from '@s11kit/frameworks';
import { S11FormControl, type OwnValidity } from '../internal/form-control.js';
import { clearDrafts, randomId, type DraftEnvelope, type DraftState, type PendingSubmission, type ServerMark } from '../internal/draft-store.js';
import { DraftController } from '../internal/draft-controller.js';
import { renderNotices, savedWhen } from '../internal/draft-notices.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { coreStrings, type CoreStrings } from '../strings/core-strings.js';
import type { S11ErrorSummary } from '../error-summary/error-summary.js';
import type { S11StandardCard } from '../standard-card/standard-card.js';
import type { AuditHost, TaskListHost } from './host.js';
import { checkFramework, loadFrameworkFrom, loadOutline, type LoadFailure } from './load-framework.js';
import { afterPaint, loadedMore, loadMore, type AuditMore } from './more.js';
import { hashOf, sameView, viewOfHash, type AuditView } from './view.js';
import type { SendOutcome } from './send-return.js';
import type { Receipt } from './receipt-store.js';
import { keepReceipt, lastReceipt } from './receipt-store.js';
import type { ServerCopy, ServerDraftSync } from './server-draft.js';
import { asDraft, untouched } from './drafts.js';
import { renderTaskList } from './views/task-list.js';
import { renderSendProblem, renderServerNotices, renderUnconfirmed, type SendProblem } from './views/send-notices.js';
import { auditStyles } from './audit.styles.js';

/**
 * The task list reads from an outline what it reads from a framework: ids, numbers, titles in each
 * sector's wording, which standards apply, the scale, the cover sheet. A test holds every answer the
 * task list gets from an outline (statuses, new drafts, alignment, titles) to the whole framework's.
 */
const asFramework = (outline: FrameworkOutline | Framework): Framework => outline as Framework;

/**
 * The whole Section 11 return: a GOV.UK task list of the organisation and each standard, a page per
 * standard, "check your answers", a confirmation page, and an error summary on submit whose links
 * move focus to the exact control. Each page has its own address (`#s11/standard/safe-recruitment`)
 * so Back, Forward and reload work. Drafts are saved in the browser as people type (at most two
 * seconds behind), on the server too with `draft-url`, and restored on the next visit.
 *
 * A return counts as sent only when something accepted it: a `submit-url` that answers with a
 * receipt, a `waitUntil` promise that resolves to one, or (inside a `<form>`) a confirmation page
 * whose audit carries `receipt`. Until then the draft stays, and the person is told the truth.
 *
 * @event s11-submit - The return passed validation and is about to be sent: `detail.value`,
 *   `detail.idempotencyKey`, and `detail.waitUntil(promise)` to send it yourself. Cancelable:
 *   `preventDefault()` keeps the audit on screen and sends nothing.
 * @event s11-sent - A receipt came back: `detail.reference`, `detail.receivedAt`, `detail.value`.
 * @event s11-send-error - The return was not sent: `detail.problem`, `detail.reason` (for developers).
 * @event s11-invalid - A submit found problems (in the browser or from the server's 422); `detail.issues`.
 * @event s11-restore - A saved draft was restored; `detail.savedAt`, `detail.setAside`.
 * @event s11-storage-error - The draft could not be saved; `detail.problem` is `unavailable`, `full`
 *   or `conflict`. The audit shows a warning and keeps working.
 * @event s11-framework-error - The framework could not be loaded or is not valid; `detail.message`.
 * @event input - An answer changed; read `value`.
 * @event change - An answer was committed.
 * @slot - Fallback content, shown only until the script runs (for example "This form needs JavaScript").
 * @csspart base - The element's box.
 * @csspart task-list - Each list of tasks.
 * @csspart task - One task.
 * @csspart intro - The line under the title that says where the answers are saved.
 * @csspart progress - "You have completed 3 of 13 sections."
 * @csspart notice - Notification banners (draft restored, storage warnings, not sent).
 * @csspart submit-button - The Submit return button.
 * @csspart panel - The confirmation panel.
 * @csspart reference - The reference number on the confirmation page.
 * @csspart action-plan - The action plan table (wide layouts).
 * @csspart action-plan-list - The action plan as one summary list per action (narrow layouts).
 * @csspart card-base - The standard card (and its other parts as `card-*`: `card-caption`,
 *   `card-title`, `card-about`, `card-needed`); rater, evidence, explanation and plan parts are
 *   re-exposed as `rater-*`, `evidence-*`, `explanation-*`, `plan-*`.
 * @csspart card-rolled-up - The rating a standard takes from its items, in place of its rater.
 * @csspart card-items - The items within a standard (`card-items-error`: their error as a whole).
 * @csspart card-item - Each item; its rater's parts as `item-rater-*` (`item-rater-base`,
 *   `item-rater-option`...), its explanation's as `item-explanation-*`.
 * @csspart card-copied - The notice that a standard's evidence was copied from another return.
 * @csspart card-quotation - The choice not to have the evidence quoted in partnership reports.
 * @csspart answer-mark - On "check your answers" and the printed return, beside a standard's
 *   evidence: "Not for quotation", "Copied from another return".
 * @csspart answer-warning - The schema's warning under evidence copied from another return.
 * @cssproperty --s11-audit-max-width - Width of the audit's column. Default 48em.
 */
export class S11Audit extends S11FormControl {
  static override styles = auditStyles;

  /**
   * Remove every draft, kept copy and receipt that s11kit holds in this browser for the site: call
   * it when someone signs out of a shared computer. Also reachable without a module import as
   * `customElements.get('s11-audit').clearDrafts()`. Returns how many items were removed.
   */
  static clearDrafts(): number {
    return clearDrafts();
  }

  /** Id of a built-in framework to load, such as `portsmouth-compact`. */
  @property({ attribute: 'framework' }) frameworkId = '';
  /** Address of a framework JSON file, used instead of a built-in id. */
  @property() src = '';
  /** Sector chosen in advance for a new return, such as `education` on a schools page. */
  @property() sector = '';
  /** Names the saved draft, with the framework id: pages with several audits or users give each its own. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';
  /**
   * Where drafts are kept: `local` (until a receipt comes back or they are cleared) or `session`
   * (until the tab is closed: for shared computers).
   */
  @property() storage: 'local' | 'session' = 'local';
  /** Set `autosave="off"` to keep no draft in the browser. */
  @property({ converter: (value) => value !== 'off' && value !== 'false' }) autosave = true;
  /** Delete a draft nobody has changed for this many days (off when not set). */
  @property({ attribute: 'draft-days', type: Number }) draftDays: number | undefined;
  /** Where to POST the submitted return as JSON; the answer must carry a receipt (see the embedding guide). */
  @property({ attribute: 'submit-url' }) submitUrl = '';
  /** Seconds to wait for `submit-url` to answer before saying the return was not sent. */
  @property({ attribute: 'submit-timeout', type: Number }) submitTimeout = 30;
  /** Where the draft is also kept on a server (GET and PUT with revisions), to carry on elsewhere. */
  @property({ attribute: 'draft-url' }) draftUrl = '';
  /** A receipt's reference, on the page a server shows after a form post: shows the confirmation. */
  @property() receipt = '';
  /** When the receipt's return was received, ISO 8601. */
  @property({ attribute: 'received-at' }) receivedAt = '';
  /** The idempotency key the receipt is for: the draft of exactly that submission is cleared. */
  @property({ attribute: 'submission-key' }) submissionKey = '';
  /** `hash` (default) gives each page an address in the URL's hash; `none` keeps the URL alone. */
  @property() routing: 'hash' | 'none' = 'hash';
  /** Start of this audit's addresses in the hash: give two audits on one page different ones. */
  @property({ attribute: 'route-prefix' }) routePrefix = 's11';
  /** `off` leaves `document.title` to the page; by default it names the audit's current page. */
  @property({ attribute: 'document-title' }) documentTitle: 'on' | 'off' = 'on';
  /**
   * Show the return read-only: "check your answers" with no Change links and no submit, loaded from
   * `draft-url` (or `value`), with no draft kept. For a signer reading a return before signing it off.
   */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Where the previous cycle's return is (`GET` → `{ value }`): each standard page shows that answer beside it. */
  @property({ attribute: 'previous-url' }) previousUrl = '';
  /**
   * The page to show, such as `standard/safe-recruitment`, `organisation`, `check` or `tasks` (the
   * default). On load the address wins when it names a page; setting it later moves to that page.
   */
  @property() page = '';
  /** The moment due dates are judged at; defaults to the current time. */
  @property({ attribute: false }) now: Instant | undefined;

  /** The whole framework, checked: after first paint for a built-in framework. */
  @state() private _framework: Framework | undefined;
  /** What the task list is painted from: a built-in framework's outline, or the whole framework. */
  @state() private _outline: FrameworkOutline | Framework | undefined;
  /** The rest of the audit (or a built-in framework's whole text) could not be loaded: say so, offer to try again. */
  @state() private _restFailed = false;
  @state() private _draft: AuditReturn | undefined;
  @state() private _loadError: { message: string; issues: readonly Issue[] } | undefined;
  @state() private _view: AuditView = { kind: 'tasks' };
  @state() private _issues: readonly Issue[] = [];
  @state() private _submitAttempted = false;
  @state() private _sending = false;
  @state() private _posting = false;
  @state() private _sendProblem: SendProblem | undefined;
  @state() private _receipt: Receipt | undefined;
  @state() private _sent: AuditReturn | undefined;
  @state() private _serverProblem = false;
  @state() private _serverConflict: ServerCopy | undefined;
  @state() private _fileToLoad: { name: string; value: AuditReturn } | undefined;
  @state() private _fileMessage: { text: string; error: boolean } | undefined;
  @state() private _announcement = '';
  /** The previous cycle's answers, by standard id, once `previous-url` has answered. */
  @state() private _previous: ReadonlyMap<string, Response> | undefined;
  /** A read-only audit waiting for its return, and why one could not be loaded. */
  @state() private _readonlyLoading = false;
  @state() private _readonlyProblem: string | undefined;

  @query('s11-error-summary') private _summary!: S11ErrorSummary | null;
  @query('s11-standard-card') private _card!: S11StandardCard | null;

  private readonly _drafts = new DraftController(this, {
    settings: () => ({ enabled: this.autosave && !this.readonly, storage: this.storage, storageKey: this.storageKey || 'default', draftDays: this.draftDays }),
    useTheirs: (theirs) => this._takeTheirs(theirs),
    problem: (problem) => {
      if (problem) this._emit('s11-storage-error', { problem });
    },
    shown: () => {
      // Back after a form post: the post may or may not have arrived. Say so, and offer to send again.
      this._posting = false;
      this._sending = false;
    },
  });

  private _submission: PendingSubmission | undefined;
  private _server: ServerMark = { revision: 0, ahead: false };
  /** The draft is kept on this server too (`draft-url` when the draft was opened). */
  private _serverUrl: string | undefined;
  private _serverSync: ServerDraftSync | undefined;
  private _serverToken = 0;
  /** Loads still on their way that the page needs: `updateComplete` waits for them. */
  private _loads = new Set<Promise<unknown>>();
  private _restWanted = false;
  private _rest: Promise<void> | undefined;
  private _moreStyled = false;
  /** `submit()` was called before the part that checks and sends arrived: it runs once it has. */
  private _submitWaiting = false;
  /** The last check of the draft for the form's validity. */
  private _checked: { draft: AuditReturn; framework: Framework; hour: string; errors: number } | undefined;
  /** A state the browser restored (back/forward) before the audit could check it. */
  private _restoreState: string | undefined;
  private _pendingValue: AuditReturn | undefined;
  private _loadToken = 0;
  private _printing = false;
  private _form: HTMLFormElement | null = null;
  private _lastSubmitEvent: SubmitEvent | undefined;
  private _formKey: string | undefined;
  private _pageTitle: string | undefined;
  private _focusAfterRender: 'title' | 'summary' | 'problem' | undefined;

  /**
   * The words the audit shows before the rest of it has loaded; the pages that load after it read
   * the whole table (`auditStrings`), which comes with them.
   */
  protected get _text(): CoreStrings {
    return mergeStrings(coreStrings, this.strings);
  }

  /** What the pages read and ask: an object of its own, so that none of it is the element's API. */
  private readonly _host: AuditHost = (() => {
    const audit = this;
    return {
      get framework() {
        return audit._framework ?? asFramework(audit._outline!);
      },
      get draft() {
        return audit._draft!;
      },
      get text() {
        // Only the pages that load with the rest read this, once it has arrived.
        return mergeStrings(loadedMore()!.auditStrings, audit.strings);
      },
      get strings() {
        return audit.strings;
      },
      get controlsDisabled() {
        return audit._isDisabled;
      },
      get sending() {
        return audit._sending || audit._posting;
      },
      get issues() {
        return audit._issues;
      },
      get nowIso() {
        return audit._nowIso;
      },
      get applicable() {
        const framework = audit._framework ?? asFramework(audit._outline!);
        const sector = audit._draft?.organisation.sector;
        return sector ? applicableStandards(framework, sector) : framework.standards;
      },
      previous: (standardId) => audit._previous?.get(standardId),
      href: (view) => hashOf(view, audit.routePrefix),
      go: (view) => audit._go(view),
      change: (change, type) => audit._change(change, type),
      setResponse: (response, type) => audit._setResponse(response, type),
      submit: () => void audit.submit(),
      selectIssue: (issue) => audit._selectIssue(issue),
    };
  })();

  /** What the task list reads: the same, with the words of the first load. */
  private readonly _taskListHost: TaskListHost = (() => {
    const audit = this;
    const host = this._host;
    return {
      get framework() {
        return host.framework;
      },
      get draft() {
        return host.draft;
      },
      get text() {
        return audit._text;
      },
      get nowIso() {
        return host.nowIso;
      },
      get applicable() {
        return host.applicable;
      },
      get saving() {
        return audit.draftUrl ? 'online' : audit.autosave ? 'browser' : 'none';
      },
      href: host.href,
      go: host.go,
    };
  })();

  /** The framework in use, once loaded; set it to use a framework object directly. */
  get framework(): Framework | undefined {
    return this._framework;
  }
  set framework(framework: Framework | undefined) {
    this._frameworkObject = framework;
    this._frameworkGiven = true;
    this.requestUpdate();
  }
  private _frameworkObject: Framework | undefined;
  private _frameworkGiven = false;

  /** The return as it stands: a draft until submitted. Set it to load a return (for example from a server). */
  get value(): AuditReturn | undefined {
    return this._draft;
  }
  set value(value: AuditReturn | undefined) {
    if (!value) return;
    if (this._outline) this._replaceDraft(value);
    else this._pendingValue = value;
  }

  private get _nowIso(): string {
    return new Date(this.now ?? Date.now()).toISOString();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this._onBeforePrint);
    addEventListener('afterprint', this._onAfterPrint);
    addEventListener('hashchange', this._onHashChange);
    addEventListener('pagehide', this._onLeave);
    this.addEventListener('invalid', this._onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this._onBeforePrint);
    removeEventListener('afterprint', this._onAfterPrint);
    removeEventListener('hashchange', this._onHashChange);
    removeEventListener('pagehide', this._onLeave);
    this.removeEventListener('invalid', this._onInvalid);
    this._serverSync?.leave();
    if (this._pageTitle !== undefined) document.title = this._pageTitle;
    this._pageTitle = undefined;
  }

  /** Called by the browser when the audit joins or leaves a form. */
  override formAssociatedCallback(form: HTMLFormElement | null): void {
    super.formAssociatedCallback(form);
    this._form?.removeEventListener('submit', this._onFormSubmit);
    this._form?.removeEventListener('formdata', this._onFormData);
    this._form = form;
    form?.addEventListener('submit', this._onFormSubmit);
    form?.addEventListener('formdata', this._onFormData);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('frameworkId') || changed.has('src') || this._frameworkGiven) {
      this._frameworkGiven = false;
      void this._load();
    } else if (changed.has('page') && this._outline) {
      const view = this._pageView();
      if (view) this._go(view);
    }
  }

  /** The view the `page` attribute names, if it names one this audit can show. */
  private _pageView(): AuditView | undefined {
    return this.page ? this._routable(viewOfHash(`#${this.routePrefix}/${this.page}`, this.routePrefix)) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this._syncTitle();
    const more = loadedMore();
    if (more) this._styleForMore(more);
    // A page still waiting for the rest of the audit shows a loading line (and asks for the rest
    // now, if the first page is not the task list); its title is focused once it is there.
    if (this._waitingForRest()) {
      if (!this._restWanted && !this._restFailed) void this._loadRest();
      return;
    }
    const focus = this._focusAfterRender;
    this._focusAfterRender = undefined;
    if (focus) void this._focus(focus);
  }

  /**
   * Resolves once the audit is on screen and settled, including what loads after the task list is
   * painted (the other pages, the whole framework): after it, every page can be shown at once.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // Asked for now, rather than after the next frame: whoever waits wants the whole audit.
    if (this._outline && !this._restWanted) void this._loadRest();
    while (this._loads.size) {
      await Promise.allSettled([...this._loads]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Keep a load in `_loads` while it is on its way. */
  private _track<T>(promise: Promise<T>): Promise<T> {
    this._loads.add(promise);
    const done = () => this._loads.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** The rest of the audit, once it has arrived and the whole framework with it. */
  private get _more(): AuditMore | undefined {
    const more = loadedMore();
    return more && this._framework ? more : undefined;
  }

  /** Whether the page on screen needs what has not arrived yet. */
  private _waitingForRest(): boolean {
    return !this._more && !!this._outline && !this._printing && this._view.kind !== 'tasks';
  }

  /** The other pages' sheets, adopted once they have arrived. */
  private _styleForMore(more: AuditMore): void {
    if (this._moreStyled || !this.renderRoot) return;
    this._moreStyled = true;
    adoptStyles(this.renderRoot as ShadowRoot, more.auditPageStyles);
  }

  // ---- submitting ------------------------------------------------------------------------------

  /**
   * Validate and send, as the Submit return button does. Returns whether sending started: false
   * when the return has problems (they are shown), a listener cancelled `s11-submit`, a submission
   * is already on its way, or the page gives the audit nowhere to send it (the console says why).
   * Called while the part of the audit that checks and sends is still on its way (a script that
   * submits as soon as the task list shows), it returns true and does all that once the part has
   * arrived; the outcome comes as events (`s11-invalid`, `s11-sent`, `s11-send-error`).
   */
  submit(): boolean {
    if (!this._draft || this._sending || this._posting) return false;
    const more = this._more;
    if (!more) {
      if (!this._submitWaiting) {
        this._submitWaiting = true;
        void this._loadRest().then(() => {
          this._submitWaiting = false;
          if (this._more) this.submit();
          else this._failed('failed', 'the part of the audit that checks and sends the return could not be loaded');
        });
      }
      return true;
    }
    const framework = this._framework!;
    const result = more.validateReturn(framework, this._candidate(), { mode: 'submit', ...(this.now === undefined ? {} : { now: this.now }) });
    if (!result.ok) {
      this._showIssues(result.issues);
      return false;
    }
    const value = result.value;
    const key = this._submission?.key ?? randomId(16);
    const promises: PromiseLike<unknown>[] = [];
    let dispatching = true;
    const waitUntil = (promise: PromiseLike<unknown>) => {
      if (!dispatching) throw new DOMException('waitUntil() must be called while s11-submit is being dispatched', 'InvalidStateError');
      promises.push(promise);
    };
    const proceed = this._emit('s11-submit', { value, idempotencyKey: key, waitUntil }, { cancelable: true });
    dispatching = false;
    if (!proceed) return false;
    if (promises.length) {
      void this._send(value, key, () => more.receiptFrom(promises));
    } else if (this.submitUrl) {
      void this._send(value, key, () => more.sendReturn({ url: this.submitUrl, value, idempotencyKey: key, timeoutMs: Math.max(1, this.submitTimeout) * 1000 }));
    } else if (this._form && this.name) {
      // The form's formdata event reads the key; the submission is recorded only if the post goes ahead.
      this._formKey = key;
      try {
        this._form.requestSubmit();
      } finally {
        this._formKey = undefined;
      }
      return this._posting;
    } else {
      const reason = this._form
        ? '<s11-audit> is in a form but has no name attribute, so the form would post nothing: add name="return".'
        : '<s11-audit> has nowhere to send the return: set submit-url, call event.detail.waitUntil() in an s11-submit listener, or put it in a <form> with a name.';
      console.error(reason);
      this._failed('not-configured', reason);
      return false;
    }
    return true;
  }

  /** The return as it would be submitted now. */
  private _candidate(): AuditReturn {
    const at = this._nowIso;
    return { ...this._draft!, status: 'submitted', submittedAt: at, updatedAt: at };
  }

  private _showIssues(issues: readonly Issue[]): void {
    this._submitAttempted = true;
    this._issues = issues;
    this._go({ kind: 'check' }, 'summary');
    this._emit('s11-invalid', { issues });
  }

  private async _send(value: AuditReturn, key: string, attempt: () => Promise<SendOutcome>): Promise<void> {
    this._sending = true;
    this._sendProblem = undefined;
    this._announcement = this._text.submitting;
    const sentDraft = this._draft;
    // Kept with the draft before anything leaves: after a crash or a reload, a retry reuses the key.
    this._submission = { key, state: 'sending', at: this._nowIso };
    this._drafts.saveNow(this._state());
    const outcome = await attempt();
    this._sending = false;
    this._announcement = '';
    if (outcome.kind === 'received') this._received(outcome.receipt, value, sentDraft);
    else if (outcome.kind === 'rejected') this._showIssues(outcome.issues);
    else {
      console.warn(`s11-audit: the return was not sent: ${outcome.reason}`);
      // Known not to be kept: no "we do not know whether it arrived" later, but the same key for Try again.
      this._submission = { key, state: 'failed', at: this._submission?.at ?? this._nowIso };
      this._drafts.save(this._state());
      this._failed('failed', outcome.reason);
    }
  }

  private _failed(problem: SendProblem, reason: string): void {
    this._sendProblem = problem;
    this._focusAfterRender = 'problem';
    this._emit('s11-send-error', { problem, reason });
  }

  /** A receipt: the return was kept. The draft goes only if it is still exactly what was sent. */
  private _received(receipt: Receipt, value: AuditReturn, sentDraft: AuditReturn | undefined): void {
    this._receipt = receipt;
    this._sent = value;
    this._submission = undefined;
    this._issues = [];
    this._submitAttempted = false;
    if (this._draft === sentDraft) {
      this._drafts.clear();
      this._draft = this._fresh(this._framework!);
      this._server = { revision: this._server.revision, ahead: false };
    } else {
      // Changed while it was on its way: those changes are a new draft, kept.
      this._drafts.save(this._state());
    }
    keepReceipt(this._storage, this._framework!.id, this.storageKey || 'default', receipt);
    this._emit('s11-sent', { value, reference: receipt.reference, receivedAt: receipt.receivedAt });
    this._go({ kind: 'confirmation' });
  }

  private readonly _storage = () => (this.storage === 'session' ? sessionStorage : localStorage);

  /** A page submit button, `requestSubmit()` or ours: remember it, to tell a real post from `new FormData()`. */
  private readonly _onFormSubmit = (event: SubmitEvent) => {
    this._lastSubmitEvent = event;
  };

  /**
   * Every way a form is submitted posts the same thing: the validated return, marked submitted,
   * and its idempotency key as `<name>-key`. A real post marks the draft "sent, awaiting a receipt";
   * it is cleared only when a page carrying the receipt loads.
   */
  private readonly _onFormData = (event: FormDataEvent) => {
    const submitEvent = this._lastSubmitEvent;
    this._lastSubmitEvent = undefined;
    // Not checked yet means not posted: the form's validity has held the post back meanwhile.
    const more = this._more;
    if (!more || !this._draft || !this.name || this._isDisabled) return;
    const result = more.validateReturn(this._framework!, this._candidate(), { mode: 'submit', now: this._nowIso });
    if (!result.ok) return;
    const key = this._submission?.key ?? this._formKey ?? randomId(16);
    event.formData.set(this.name, JSON.stringify(result.value));
    event.formData.set(`${this.name}-key`, key);
    if (submitEvent && !submitEvent.defaultPrevented) {
      this._submission = { key, state: 'posted', at: this._nowIso };
      this._drafts.saveNow(this._state());
      this._posting = true;
      this._sendProblem = undefined;
      this._announcement = this._text.submitting;
    }
  };

  // ---- pages -----------------------------------------------------------------------------------

  private _go(view: AuditView, focus: 'title' | 'summary' = 'title'): void {
    if (!sameView(view, this._view)) this._drafts.seen();
    this._view = view;
    this._focusAfterRender = focus;
    if (this.routing !== 'none' && location.hash !== hashOf(view, this.routePrefix)) {
      history.pushState(history.state, '', hashOf(view, this.routePrefix));
    }
    this.requestUpdate();
  }

  /** Back, Forward, or a link followed by the browser: show the page the address names. */
  private readonly _onHashChange = () => {
    if (this.routing === 'none' || !this._outline) return;
    const view = this._routable(viewOfHash(location.hash, this.routePrefix) ?? (location.hash === '' ? { kind: 'tasks' } : undefined));
    if (!view || sameView(view, this._view)) return;
    this._drafts.seen();
    this._view = view;
    this._focusAfterRender = 'title';
  };

  /** A page that can be shown now: an unknown standard or a confirmation with no receipt is the task list. */
  private _routable(view: AuditView | undefined): AuditView | undefined {
    if (!view) return undefined;
    if (view.kind === 'standard' && !this._outline?.standards.some((s) => s.id === view.standardId)) return { kind: 'tasks' };
    if (view.kind === 'confirmation' && !this._receipt) return { kind: 'tasks' };
    return view;
  }

  private async _focus(target: 'title' | 'summary' | 'problem'): Promise<void> {
    await this.updateComplete;
    if (target === 'summary') return this._summary?.focus();
    if (target === 'problem') return this.renderRoot.querySelector<HTMLElement>('.send-problem')?.focus();
    if (this._view.kind === 'standard') {
      await this._card?.updateComplete;
      this._card?.focusTitle();
    } else {
      this.renderRoot.querySelector<HTMLElement>('[data-view-title]')?.focus();
    }
  }

  /** "Safe recruitment – Section 11 audit", with "Error: " first while the page shows problems. */
  private _syncTitle(): void {
    const framework = this._outline;
    if (this.documentTitle === 'off' || !framework || !this._draft || !this.isConnected) return;
    const text = this._text;
    const view = this._view;
    const sector = this._draft.organisation.sector || undefined;
    const standard = view.kind === 'standard' ? asFramework(framework).standards.find((s) => s.id === view.standardId) : undefined;
    const page =
      view.kind === 'organisation'
        ? text.organisationSection
        : standard
          ? standardWording(standard, sector).title
          : view.kind === 'check'
            ? text.checkAnswersTitle
            : view.kind === 'confirmation'
              ? text.submittedTitle
              : framework.title;
    const error = this._sendProblem !== undefined || this._shownIssues().length > 0;
    this._pageTitle ??= document.title;
    const title = `${error ? `${text.errorPrefix} ` : ''}${text.pageTitle(page)}`;
    // Only a new title is written: every update (each keystroke) asks, and a write is not free.
    if (document.title !== title) document.title = title;
  }

  /** Follow an error summary link: to the page the issue belongs on, and focus its control there. */
  private _selectIssue(issue: Issue): void {
    // Issues come only from checks and sending, which load with the rest of the audit.
    const more = loadedMore();
    const view = more?.viewOfIssue(issue, (i) => this._draft?.responses[i]?.standardId);
    if (!more || !view) return;
    this._go(view, 'title');
    this._focusAfterRender = undefined;
    void this.updateComplete.then(async () => {
      if (view.kind === 'standard') {
        const card = this._card;
        if (!card) return;
        await card.updateComplete;
        await card.focusField(more.cardFieldOf(issue));
      } else {
        const id = more.organisationControlId(issue);
        // A group's error link lands on its first control, not on the fieldset around it.
        const control = id === 'partnerships' ? this.renderRoot.querySelector<HTMLElement>('#partnerships input') : this.renderRoot.querySelector<HTMLElement>(`#${id}`);
        control?.focus();
      }
    });
  }

  // ---- changes ---------------------------------------------------------------------------------

  private _change(change: (draft: AuditReturn) => AuditReturn, type: 'input' | 'change'): void {
    if (!this._draft) return;
    this._commit({ ...change(this._draft), updatedAt: this._nowIso }, type);
  }

  private _setResponse(response: Response, type: 'input' | 'change'): void {
    this._change((draft) => {
      // Typing changes an answer the draft already has, once: put the new one in its place (this
      // runs on every keystroke). Anything else is sorted into framework order.
      const at = draft.responses.findIndex((r) => r.standardId === response.standardId);
      if (at >= 0 && draft.responses.findIndex((r, i) => i > at && r.standardId === response.standardId) < 0) {
        const responses = draft.responses.slice();
        responses[at] = response;
        return { ...draft, responses };
      }
      const responses = draft.responses.filter((r) => r.standardId !== response.standardId);
      const order = new Map(this._outline!.standards.map((s, i) => [s.id, i]));
      responses.push(response);
      responses.sort((a, b) => (order.get(a.standardId) ?? 1e9) - (order.get(b.standardId) ?? 1e9));
      return { ...draft, responses };
    }, type);
  }

  private _commit(next: AuditReturn, type: 'input' | 'change'): void {
    this._draft = next;
    // New answers are a new submission: a key already used must not stand for different content.
    if (!this._sending && !this._posting) this._submission = undefined;
    if (this._submitAttempted) this._revalidate();
    if (this._serverUrl) {
      // Tracked from the start, before the sync has loaded: it pushes what the server lacks.
      this._server = { revision: this._server.revision, ahead: true };
      if (this._serverSync && !this._serverConflict) this._serverSync.schedule(next);
    }
    this._drafts.save(this._state());
    this._fire(type);
  }

  /** What the draft store keeps. */
  private _state(): DraftState {
    return {
      value: this._draft!,
      setAside: this._drafts.notices.setAside,
      submission: this._submission,
      ...(this._serverUrl ? { server: this._server } : {}),
    };
  }

  private _revalidate(): void {
    const more = this._more;
    if (!more || !this._draft) return;
    this._issues = more.validateReturn(this._framework!, this._candidate(), { mode: 'submit', now: this._nowIso }).issues;
  }

  private _replaceDraft(value: AuditReturn): void {
    if (!this._outline) return;
    const aligned = alignReturn(asFramework(this._outline), asDraft(value));
    this._drafts.setAside(aligned.setAside);
    this._commit(aligned.value, 'change');
  }

  // ---- loading and restoring -------------------------------------------------------------------

  private async _load(): Promise<void> {
    const token = ++this._loadToken;
    const given = this._frameworkObject;
    this._loadError = undefined;
    this._restFailed = false;
    this._restWanted = false;
    this._rest = undefined;
    if (!given && !this.src && this.frameworkId) {
      // A built-in framework: the task list is painted from its outline, the whole text follows.
      this._framework = undefined;
      const outline = await this._track(loadOutline(this.frameworkId, this._text));
      if (token !== this._loadToken) return;
      if ('error' in outline) return this._failedToLoad(outline);
      this._start(outline.outline);
      afterPaint(() => {
        if (token === this._loadToken) void this._loadRest();
      });
      return;
    }
    // A framework from an address or an object is checked before anything is shown.
    const parse = async () => (await loadMore()).parseFramework;
    const result = await this._track(
      given
        ? parse().then(
            (check) => checkFramework(given, this._text, check),
            (): LoadFailure => ({ error: this._text.loadErrorNetwork('the framework property'), issues: [], source: 'the framework property' }),
          )
        : loadFrameworkFrom({ id: this.frameworkId, src: this.src }, this._text, parse),
    );
    if (token !== this._loadToken) return;
    if ('error' in result) return this._failedToLoad(result);
    this._framework = result.framework;
    this._start(result.framework);
    void this._loadRest();
  }

  private _failedToLoad(failure: LoadFailure): void {
    this._framework = undefined;
    this._outline = undefined;
    this._loadError = { message: failure.error, issues: failure.issues };
    this._emit('s11-framework-error', { source: failure.source, message: failure.error, issues: failure.issues });
  }

  /**
   * A new return, in the `sector` the page chose when the framework has it. A sector the framework
   * does not have (a CMS typo) is not worth a blank page: the person chooses one instead, and the
   * console says what was wrong.
   */
  private _fresh(start: Framework | FrameworkOutline): AuditReturn {
    const framework = asFramework(start);
    const now = this._nowIso;
    if (this.sector) {
      // blankReturn, not createReturn: its own options need no checking but the sector, which the
      // rules of the organisation page check (createReturn would load all of validateReturn).
      const draft = blankReturn(framework, { sector: this.sector, now });
      const problem = checkOrganisation(framework, draft, { mode: 'draft', now }).find((issue) => issue.severity === 'error');
      if (!problem) return draft;
      console.warn(`s11-audit: sector="${this.sector}" was not used: ${problem.message}`);
    }
    return blankReturn(framework, { now });
  }

  private _start(start: Framework | FrameworkOutline): void {
    this._outline = start;
    const framework = asFramework(start);
    const loaded = this._drafts.open(framework.id);
    const saved = loaded.envelope;
    const pending = this._pendingValue;
    this._pendingValue = undefined;
    this._submission = saved?.submission;
    this._server = saved?.server ?? { revision: 0, ahead: saved ? !untouched(saved.value) : false };
    if (pending) {
      this._draft = alignReturn(framework, asDraft(pending)).value;
    } else if (saved) {
      const aligned = alignReturn(framework, saved.value);
      this._draft = aligned.value;
      const setAside = [...saved.setAside, ...aligned.setAside];
      this._drafts.restored(saved.savedAt, setAside);
      // What no longer fits is written down with the draft at once, not at the next keystroke.
      if (aligned.setAside.length) this._drafts.save(this._state());
      this._emit('s11-restore', { savedAt: saved.savedAt, setAside: setAside.length });
    } else {
      this._draft = this._fresh(framework);
    }
    if (this.readonly) {
      this._view = { kind: 'check' };
      this._loadReadonly();
      return;
    }
    this._takeReceiptAttribute(framework);
    const fromAddress = this.routing === 'none' ? undefined : this._routable(viewOfHash(location.hash, this.routePrefix));
    // A page that carries a receipt opens on the confirmation, unless the address names a page to work on.
    const receiptPage = this.receipt && this._receipt && (!fromAddress || fromAddress.kind === 'check' || fromAddress.kind === 'tasks');
    this._view = receiptPage ? { kind: 'confirmation' } : (fromAddress ?? this._pageView() ?? { kind: 'tasks' });
    this._startServerDraft(saved !== undefined);
    void this._loadPrevious();
  }

  /** A read-only audit shows what `draft-url` holds (or `value`), and keeps nothing of its own. */
  private _loadReadonly(): void {
    this._readonlyProblem = undefined;
    const url = this.draftUrl;
    if (!url) return;
    this._readonlyLoading = true;
    const token = this._loadToken;
    // Reading needs the check of a return and the whole framework: the sync's loader and the rest together.
    const failed = (problem: string) => {
      this._readonlyProblem = problem;
      console.warn(`s11-audit: the return to read could not be loaded: ${problem}`);
    };
    void Promise.all([import('./server-draft.js'), this._loadRest()]).then(
      async ([{ loadServerDraft }]) => {
        const result = await loadServerDraft(url);
        const more = this._more;
        const framework = this._framework;
        if (token !== this._loadToken) return;
        this._readonlyLoading = false;
        if (!more || !framework) return failed('the rest of the audit could not be loaded');
        const value = result.kind === 'found' ? asDraft(result.copy.value) : undefined;
        if (value && more.validateReturn(framework, value, { mode: 'draft' }).ok) {
          this._draft = alignReturn(framework, value).value;
          this._readonlyProblem = undefined;
        } else {
          failed(result.kind === 'failed' ? result.reason : `${url} has no return of ${framework.title}`);
        }
      },
      (error: unknown) => {
        if (token !== this._loadToken) return;
        this._readonlyLoading = false;
        failed(`the rest of the audit could not be loaded (${String(error)})`);
      },
    );
  }

  /** The previous cycle's answers, shown beside each standard. Anything unreadable is left out, never trusted. */
  private async _loadPrevious(): Promise<void> {
    this._previous = undefined;
    const url = this.previousUrl;
    if (!url) return;
    // Only a standard's page shows them, and it needs the rest of the audit anyway: after first paint.
    await new Promise<void>((resolve) => afterPaint(resolve));
    await this._loadRest().catch(() => undefined);
    const previous = await this._more?.loadPreviousAnswers(url);
    if (url === this.previousUrl) this._previous = previous;
  }

  /**
   * Fetch what the task list did not need: the rest of the audit, and a built-in framework's whole
   * text (checked). Right after the task list is painted, or at once for another page. Resolves
   * when both are in; a failure (no network) leaves the task list working and is said on the
   * pages that need them, with a button to try again.
   */
  private _loadRest(): Promise<void> {
    if (this._rest) return this._rest;
    this._restWanted = true;
    this._restFailed = false;
    const token = this._loadToken;
    const id = this._framework ? undefined : this.frameworkId;
    const rest = this._track(
      (async () => {
        try {
          const more = await loadMore();
          if (id !== undefined && !this._framework) {
            const loaded = await loadFrameworkFrom({ id, src: '' }, this._text, async () => more.parseFramework);
            if (token !== this._loadToken) return;
            if ('error' in loaded) {
              if (loaded.issues.length) return this._failedToLoad(loaded);
              throw new Error(loaded.error);
            }
            this._framework = loaded.framework;
          }
          if (token !== this._loadToken) return;
          this._styleForMore(more);
          if (this._submitAttempted) this._revalidate();
          const restore = this._restoreState;
          this._restoreState = undefined;
          if (restore !== undefined) this._restoreValue(restore);
          this.requestUpdate();
        } catch {
          if (token !== this._loadToken) return;
          this._rest = undefined;
          this._restWanted = false;
          this._restFailed = true;
        }
      })(),
    );
    this._rest = rest;
    return rest;
  }

  /**
   * The page a server shows after a form post carries the receipt: the draft of that submission is
   * done with. A draft that was not sent, or was sent with another key, is left alone.
   */
  private _takeReceiptAttribute(framework: Framework): void {
    const receipt: Receipt | undefined = this.receipt.trim() ? { reference: this.receipt.trim(), receivedAt: this.receivedAt } : undefined;
    if (receipt) {
      this._receipt = receipt;
      const pending = this._submission;
      if (pending && (!this.submissionKey || pending.key === this.submissionKey)) {
        this._drafts.clear();
        this._submission = undefined;
        this._draft = this._fresh(framework);
        keepReceipt(this._storage, framework.id, this.storageKey || 'default', receipt);
      }
      return;
    }
    this._receipt = lastReceipt(this._storage, framework.id, this.storageKey || 'default');
  }

  private _startServerDraft(hadLocal: boolean): void {
    this._serverSync?.stop();
    this._serverSync = undefined;
    this._serverConflict = undefined;
    this._serverProblem = false;
    const url = this.draftUrl;
    // From now on every change counts as one the server lacks, even before the sync has loaded.
    this._serverUrl = url || undefined;
    if (!url) return;
    const token = ++this._serverToken;
    // The sync is a chunk of its own that only pages with draft-url load, after first paint, with
    // the rest of the audit (which checks the server's copy).
    afterPaint(() => {
      if (token !== this._serverToken) return;
      void this._track(Promise.all([import('./server-draft.js'), this._loadRest()])).then(
        ([{ ServerDraftSync, loadServerDraft, reconcile }]) => {
          const more = this._more;
          if (token !== this._serverToken || !this._draft) return;
          if (!more) {
            this._serverProblem = true;
            return;
          }
          const sync = new ServerDraftSync(url, {
            revision: () => this._server.revision,
            saved: (revision, _savedAt, value) => {
              this._server = { revision, ahead: this._draft !== value };
              this._serverProblem = false;
              if (this._draft) this._drafts.save(this._state());
            },
            conflict: (theirs) => (this._serverConflict = theirs),
            failed: () => (this._serverProblem = true),
          });
          this._serverSync = sync;
          void loadServerDraft(url).then((result) => {
            const framework = this._framework;
            if (this._serverSync !== sync || !framework || !this._draft) return;
            if (result.kind === 'failed') {
              this._serverProblem = true;
              if (this._server.ahead) sync.schedule(this._draft);
              return;
            }
            const copy = result.kind === 'found' && more.validateReturn(framework, asDraft(result.copy.value), { mode: 'draft' }).ok ? result.copy : undefined;
            if (result.kind === 'found' && !copy) console.warn(`s11-audit: the draft at ${url} is not a draft of ${framework.title}; it was not used`);
            const local = hadLocal || this._server.ahead ? this._server : undefined;
            switch (reconcile(local, copy?.revision)) {
              case 'take-server':
                this._takeServerCopy(copy!);
                break;
              case 'push-local':
                sync.schedule(this._draft);
                break;
              case 'ask':
                this._serverConflict = copy;
                sync.stop();
                break;
              default:
            }
          });
        },
        () => {
          // The sync could not be loaded (no network): the browser copy is safe; say the server lacks it.
          if (token === this._serverToken) this._serverProblem = true;
        },
      );
    });
  }

  private _takeServerCopy(copy: ServerCopy): void {
    const aligned = alignReturn(asFramework(this._outline!), asDraft(copy.value));
    this._draft = aligned.value;
    this._server = { revision: copy.revision, ahead: false };
    this._drafts.restored(copy.savedAt, [...this._drafts.notices.setAside, ...aligned.setAside]);
    this._drafts.save(this._state());
    this._emit('s11-restore', { savedAt: copy.savedAt, setAside: aligned.setAside.length });
    this._fire('change');
  }

  private _resolveServerConflict(useTheirs: boolean): void {
    const theirs = this._serverConflict;
    if (!theirs || !this._serverSync) return;
    this._serverConflict = undefined;
    if (useTheirs) {
      this._takeServerCopy(theirs);
      this._serverSync.resume();
    } else {
      this._server = { revision: theirs.revision, ahead: true };
      this._serverSync.resume();
      this._serverSync.schedule(this._draft!);
    }
  }

  private readonly _onLeave = () => this._serverSync?.leave();

  private _startAgain(): void {
    if (!this._outline) return;
    this._drafts.clear();
    this._issues = [];
    this._submitAttempted = false;
    this._submission = undefined;
    this._sendProblem = undefined;
    this._draft = this._fresh(this._outline);
    if (this._serverUrl) {
      this._server = { revision: this._server.revision, ahead: true };
      this._serverSync?.schedule(this._draft);
    }
    this._fire('change');
    this._go({ kind: 'tasks' });
  }

  /** Another tab's copy was chosen. */
  private _takeTheirs(theirs: DraftEnvelope): void {
    if (!this._outline) return;
    const aligned = alignReturn(asFramework(this._outline), theirs.value);
    this._draft = aligned.value;
    this._submission = theirs.submission;
    if (theirs.server) this._server = theirs.server;
    this._drafts.setAside([...theirs.setAside, ...aligned.setAside]);
    this._fire('change');
  }

  // ---- copies in files -------------------------------------------------------------------------

  /** "Continue from a saved copy": read a downloaded copy, and replace the answers only once the person agrees. */
  private async _chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const more = this._more;
    if (!file || !more) return;
    const copy = await more.readSavedCopy(file, this._framework!, this._host.text);
    if ('problem' in copy) {
      this._fileMessage = { text: copy.problem, error: true };
      return;
    }
    this._fileMessage = undefined;
    if (untouched(this._draft!)) this._loadFile(file.name, copy.value);
    else this._fileToLoad = { name: file.name, value: copy.value };
  }

  private _loadFile(name: string, value: AuditReturn): void {
    this._fileToLoad = undefined;
    this._replaceDraft(value);
    this._fileMessage = { text: this._text.fileLoaded(name), error: false };
  }

  // ---- printing and form events ----------------------------------------------------------------

  private readonly _onBeforePrint = () => {
    this._printing = true;
    this.requestUpdate();
  };
  private readonly _onAfterPrint = () => {
    this._printing = false;
    this.requestUpdate();
  };

  /** A form submit found the audit invalid: show the problems our way instead of a browser bubble. */
  private readonly _onInvalid = (event: Event) => {
    event.preventDefault();
    if (!this._outline) return;
    this._submitAttempted = true;
    this._revalidate();
    this._go({ kind: 'check' }, 'summary');
  };

  // ---- form association ------------------------------------------------------------------------

  protected _formValue(): string | null {
    return this._draft ? JSON.stringify(this._draft) : null;
  }

  protected _ownValidity(): OwnValidity | null {
    if (this.readonly) return null;
    // Until the return can be checked it is not ready: a form is held back rather than posting unchecked answers.
    const more = this._more;
    if (!more || !this._draft) return { flags: { customError: true }, message: this._loadError?.message ?? this._text.auditNotLoaded };
    // The same draft checked within the same hour has the same problems (due dates compare London
    // days, and London is a whole number of hours from UTC): ask once, not on every update.
    const now = this._nowIso;
    const checked = this._checked;
    const count =
      checked && checked.draft === this._draft && checked.framework === this._framework && checked.hour === now.slice(0, 13)
        ? checked.errors
        : more.validateReturn(this._framework!, this._candidate(), { mode: 'submit', now }).issues.filter((i) => i.severity === 'error').length;
    this._checked = { draft: this._draft, framework: this._framework!, hour: now.slice(0, 13), errors: count };
    return count ? { flags: { customError: true }, message: this._text.auditInvalid(count) } : null;
  }

  protected _validationAnchor(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[data-view-title]');
  }

  protected _resetValue(): void {
    this._startAgain();
  }

  protected _restoreValue(state: string): void {
    const more = this._more;
    if (!more) {
      // Checked and put back once the audit can check it.
      this._restoreState = state;
      return;
    }
    try {
      const result = more.validateReturn(this._framework!, JSON.parse(state), { mode: 'draft' });
      if (result.ok) this._replaceDraft(result.value);
    } catch {
      // Not a return we wrote: leave the current draft alone.
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  private _shownIssues(): readonly Issue[] {
    return this._submitAttempted ? this._issuesFor(this._view).filter((i) => i.severity === 'error') : [];
  }

  override render() {
    const text = this._text;
    if (this._loadError) {
      return html`<div class="audit" part="base">
        <div class="framework-error" role="alert" part="framework-error">
          <h2 class="title">${text.frameworkErrorTitle}</h2>
          <p class="body">${this._loadError.message}</p>
          ${this._loadError.issues.length ? html`<ul class="list">${this._loadError.issues.slice(0, 10).map((issue) => html`<li>${issue.message}</li>`)}</ul>` : nothing}
          <p class="body">${text.frameworkErrorHelp}</p>
        </div>
      </div>`;
    }
    if (!this._outline || !this._draft) {
      return html`<div class="audit" part="base"><p class="body" role="status">${text.loading}</p></div>`;
    }
    if (this.readonly) {
      return html`<div class="audit" part="base">
        ${
          this._readonlyLoading
            ? html`<p class="body" role="status">${text.loadingReturn}</p>`
            : this._readonlyProblem
              ? html`<div class="framework-error" role="alert" part="framework-error"><p class="body">${text.returnNotLoaded}</p></div>`
              : this._more
                ? this._more.renderCheckAnswers(this._host, 'print')
                : this._renderWaiting()
        }
      </div>`;
    }
    if (this._printing) {
      const more = this._more;
      return html`<div class="audit audit--print" part="base">
        ${
          !more
            ? this._renderWaiting()
            : this._view.kind === 'confirmation' && this._sent
              ? more.renderActionPlan({ ...this._host, draft: this._sent })
              : more.renderCheckAnswers(this._host, 'print')
        }
      </div>`;
    }
    const notices = this._drafts.notices;
    const pending = this._submission;
    const awaiting = pending && pending.state !== 'failed' && !this._sending && !this._posting && this._view.kind !== 'confirmation' ? pending : undefined;
    return html`
      <div class="audit" part="base">
        ${renderNotices(notices, text, {
          startAgain: () => this._drafts.askStartAgain(true),
          confirmStartAgain: (yes) => (yes ? this._startAgain() : this._drafts.askStartAgain(false)),
          resolveConflict: (useTheirs) => this._drafts.resolveConflict(useTheirs, this._draft ? this._state() : undefined),
          when: savedWhen,
        })}
        ${renderServerNotices(text, {
          failing: this._serverProblem && this._server.ahead,
          conflict: this._serverConflict,
          resolve: (useTheirs) => this._resolveServerConflict(useTheirs),
        })}
        ${awaiting ? renderUnconfirmed(text, savedWhen(awaiting.at), () => void this.submit()) : nothing}
        ${this._sendProblem ? renderSendProblem(text, this._sendProblem, this._drafts.saving, () => void this.submit()) : nothing}
        <s11-error-summary
          .issues=${this._shownIssues()}
          .strings=${this.strings}
          @s11-issue-select=${(event: CustomEvent<{ issue: Issue }>) => {
            event.stopPropagation();
            this._selectIssue(event.detail.issue);
          }}
        ></s11-error-summary>
        ${this._renderView()}
        <div class="visually-hidden" role="status">${this._announcement}</div>
      </div>
    `;
  }

  private _renderView() {
    const view = this._view;
    const host = this._host;
    const more = this._more;
    if (view.kind === 'tasks' || (view.kind === 'confirmation' && !this._receipt)) {
      return html`${renderTaskList(this._taskListHost)}${more ? this._renderCopies(more) : nothing}`;
    }
    if (!more) return this._renderWaiting();
    switch (view.kind) {
      case 'organisation':
        return more.renderOrganisation(host, view.from === 'check');
      case 'standard':
        return more.renderStandard(host, view.standardId, view.from === 'check');
      case 'check':
        return more.renderCheckAnswers(host, 'check');
      default: {
        const sent = this._sent;
        return more.renderConfirmation({
          receipt: this._receipt!,
          text: host.text,
          sent,
          download: () => sent && more.downloadCopy(sent, this._nowIso),
          actionPlan: sent ? more.renderActionPlan({ ...host, draft: sent }) : nothing,
        });
      }
    }
  }

  /** A page whose code is still on its way: a short line, or, when it could not be fetched, a way to try again. */
  private _renderWaiting() {
    const text = this._text;
    return this._restFailed
      ? html`<div class="banner banner--warning" role="alert" part="notice">
          <p class="banner__text">${text.partNotLoaded}</p>
          <button class="button" type="button" @click=${() => void this._loadRest()}>${text.tryAgain}</button>
        </div>`
      : html`<p class="body" role="status">${text.loadingPage}</p>`;
  }

  /** Below the task list: take the answers to another computer, or carry on from a copy. */
  private _renderCopies(more: AuditMore) {
    return more.renderCopies({
      text: this._host.text,
      message: this._fileMessage,
      choice: this._fileToLoad,
      disabled: this._isDisabled,
      download: () => more.downloadCopy(this._draft!, this._nowIso),
      choose: (event) => void this._chooseFile(event),
      replace: () => this._fileToLoad && this._loadFile(this._fileToLoad.name, this._fileToLoad.value),
      keep: () => (this._fileToLoad = undefined),
    });
  }

  /** The issues that belong on a page: all of them on "check your answers". */
  private _issuesFor(view: AuditView): readonly Issue[] {
    if (view.kind === 'check' || view.kind === 'tasks') return this._issues;
    // Issues come only from checks and sending, which load with the rest of the audit.
    const more = loadedMore();
    if (!more) return [];
    return this._issues.filter((issue) => {
      const target = more.viewOfIssue(issue, (i) => this._draft?.responses[i]?.standardId);
      return target?.kind === view.kind && (view.kind !== 'standard' || (target.kind === 'standard' && target.standardId === view.standardId));
    });
  }
}
