import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  alignReturn,
  applicableStandards,
  createReturn,
  validateReturn,
  type AuditReturn,
  type Framework,
  type Instant,
  type Issue,
  type Response,
} from '@s11kit/schema';
import { S11FormControl, type OwnValidity } from '../internal/form-control.js';
import { DraftStore, type DraftEnvelope } from '../internal/draft-store.js';
import { SaveOnLeave } from '../internal/save-on-leave.js';
import type { S11StorageProblem } from '../events/storage-error.js';
import type { S11ErrorSummary } from '../error-summary/error-summary.js';
import type { S11StandardCard } from '../standard-card/standard-card.js';
import type { AuditHost } from './host.js';
import { checkFramework, loadFrameworkFrom } from './load-framework.js';
import { organisationControlId, viewOfIssue, type AuditView } from './view.js';
import { renderTaskList } from './views/task-list.js';
import { renderOrganisation } from './views/organisation.js';
import { renderStandard } from './views/standard.js';
import { renderActionPlan, renderCheckAnswers } from './views/check-answers.js';
import { renderNotices, savedWhen, type Notices } from '../internal/draft-notices.js';
import { auditStyles } from './audit.styles.js';

/**
 * The whole Section 11 return: a GOV.UK task list of the organisation and each standard, a page per
 * standard, "check your answers", and an error summary on submit whose links move focus to the
 * exact control. Drafts are saved in the browser as people type and restored on their next visit.
 * Submitting validates with `validateReturn` from @s11kit/schema. Inside a `<form>`, the return is
 * the value of the field named by `name`, as JSON.
 *
 * @event s11-submit - The return passed validation; `detail.value` is the submitted return.
 *   Cancelable: `preventDefault()` keeps the audit on screen and the draft stored.
 * @event s11-invalid - A submit found problems; `detail.issues` lists them.
 * @event s11-restore - A saved draft was restored; `detail.savedAt`, `detail.setAside`.
 * @event s11-storage-error - The draft could not be saved; `detail.problem` is `unavailable`, `full`
 *   or `conflict`. The audit shows a warning and keeps working.
 * @event s11-framework-error - The framework could not be loaded or is not valid; `detail.message`.
 * @event input - An answer changed; read `value`.
 * @event change - An answer was committed.
 * @csspart base - The element's box.
 * @csspart task-list - Each list of tasks.
 * @csspart task - One task.
 * @csspart progress - "You have completed 3 of 13 sections."
 * @csspart notice - Notification banners (draft restored, storage warnings).
 * @csspart submit-button - The Submit return button.
 * @csspart action-plan - The action plan table.
 * @csspart card-base - The standard card (and its other parts as `card-*`); rater, evidence,
 *   explanation and plan parts are re-exposed as `rater-*`, `evidence-*`, `explanation-*`, `plan-*`.
 * @cssproperty --s11-audit-max-width - Width of the audit's column. Default 48em.
 */
export class S11Audit extends S11FormControl implements AuditHost {
  static override styles = auditStyles;

  /** Id of a built-in framework to load, such as `portsmouth-compact`. */
  @property({ attribute: 'framework' }) frameworkId = '';
  /** Address of a framework JSON file, used instead of a built-in id. */
  @property() src = '';
  /** Sector chosen in advance for a new return, such as `education` on a schools page. */
  @property() sector = '';
  /** Names the saved draft, with the framework id: pages with several audits or users give each its own. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';
  /**
   * Where drafts are kept: `local` (until submitted or cleared) or `session` (until the tab is
   * closed: for shared computers).
   */
  @property() storage: 'local' | 'session' = 'local';
  /** Set `autosave="off"` to keep no draft in the browser. */
  @property({ converter: (value) => value !== 'off' && value !== 'false' }) autosave = true;
  /** The moment due dates are judged at; defaults to the current time. */
  @property({ attribute: false }) now: Instant | undefined;

  @state() private _framework: Framework | undefined;
  @state() private _draft: AuditReturn | undefined;
  @state() private _loadError: { message: string; issues: readonly Issue[] } | undefined;
  @state() private _view: AuditView = { kind: 'tasks' };
  @state() private _issues: readonly Issue[] = [];
  @state() private _submitAttempted = false;
  @state() private _notices: Notices = { setAside: [], confirmingStartAgain: false };

  @query('s11-error-summary') private _summary!: S11ErrorSummary | null;
  @query('s11-standard-card') private _card!: S11StandardCard | null;

  private _store: DraftStore | undefined;

  private _pendingValue: AuditReturn | undefined;
  private _loadToken = 0;
  private _printing = false;

  constructor() {
    super();
    new SaveOnLeave(this, () => this._store);
  }

  /** The framework in use, once loaded; set it to use a framework object directly. */
  get framework(): Framework {
    return this._framework!;
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
    if (this._framework) this._replaceDraft(value);
    else this._pendingValue = value;
  }

  // AuditHost: what the pages read.
  get draft(): AuditReturn {
    return this._draft!;
  }
  get text() {
    return this._text;
  }
  get issues(): readonly Issue[] {
    return this._issues;
  }
  get applicable() {
    const sector = this._draft?.organisation.sector;
    return sector ? applicableStandards(this.framework, sector) : this.framework.standards;
  }
  get controlsDisabled(): boolean {
    return this._isDisabled;
  }
  get nowIso(): string {
    return new Date(this.now ?? Date.now()).toISOString();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this._onBeforePrint);
    addEventListener('afterprint', this._onAfterPrint);
    this.addEventListener('invalid', this._onInvalid);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this._onBeforePrint);
    removeEventListener('afterprint', this._onAfterPrint);
    this.removeEventListener('invalid', this._onInvalid);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('frameworkId') || changed.has('src') || this._frameworkGiven) {
      this._frameworkGiven = false;
      void this._load();
    }
  }

  /** Validate and submit, as the Submit return button does. Resolves to whether it was submitted. */
  submit(): boolean {
    if (!this._framework || !this._draft) return false;
    const submittedAt = this.nowIso;
    const candidate: AuditReturn = { ...this._draft, status: 'submitted', submittedAt, updatedAt: submittedAt };
    const result = validateReturn(this._framework, candidate, { mode: 'submit', ...(this.now === undefined ? {} : { now: this.now }) });
    if (!result.ok) {
      this._submitAttempted = true;
      this._issues = result.issues;
      this._go({ kind: 'check' }, false);
      this._emit('s11-invalid', { issues: result.issues });
      void this.updateComplete.then(() => this._summary?.focus());
      return false;
    }
    if (!this._emit('s11-submit', { value: result.value }, { cancelable: true })) return false;
    this._draft = result.value;
    this._issues = [];
    this._store?.clear();
    this._go({ kind: 'submitted' });
    const form = this.form;
    if (form) void this.updateComplete.then(() => form.requestSubmit());
    return true;
  }

  // ---- pages ---------------------------------------------------------------------------------

  go(view: AuditView): void {
    this._go(view);
  }

  private _go(view: AuditView, focusTitle = true): void {
    this._view = view;
    if (!focusTitle) return;
    void this.updateComplete.then(async () => {
      if (view.kind === 'standard') {
        await this._card?.updateComplete;
        this._card?.focusTitle();
      } else {
        this.renderRoot.querySelector<HTMLElement>('[data-view-title]')?.focus();
      }
    });
  }

  selectIssue(issue: Issue): void {
    const view = viewOfIssue(issue.path, (i) => this._draft?.responses[i]?.standardId, issue.standardId);
    if (!view) return;
    this._view = view;
    void this.updateComplete.then(async () => {
      if (view.kind === 'standard') {
        const card = this._card;
        if (!card) return;
        await card.updateComplete;
        const response = issue.path[0] === 'responses' && typeof issue.path[1] === 'number' ? issue.path.slice(2) : [];
        await card.focusField(response);
      } else {
        this.renderRoot.querySelector<HTMLElement>(`#${organisationControlId(issue.path)}`)?.focus();
      }
    });
  }

  // ---- changes ---------------------------------------------------------------------------------

  change(change: (draft: AuditReturn) => AuditReturn, type: 'input' | 'change'): void {
    if (!this._draft) return;
    this._commit({ ...change(this._draft), updatedAt: this.nowIso }, type);
  }

  setResponse(response: Response, type: 'input' | 'change'): void {
    this.change((draft) => {
      const responses = draft.responses.filter((r) => r.standardId !== response.standardId);
      const order = new Map(this.framework.standards.map((s, i) => [s.id, i]));
      responses.push(response);
      responses.sort((a, b) => (order.get(a.standardId) ?? 1e9) - (order.get(b.standardId) ?? 1e9));
      return { ...draft, responses };
    }, type);
  }

  private _commit(next: AuditReturn, type: 'input' | 'change'): void {
    this._draft = next;
    if (this._submitAttempted) this._revalidate();
    if (this.autosave) this._store?.schedule(next, this._notices.setAside);
    this._fire(type);
  }

  private _revalidate(): void {
    if (!this._framework || !this._draft) return;
    const candidate = { ...this._draft, status: 'submitted' as const, submittedAt: this.nowIso };
    this._issues = validateReturn(this._framework, candidate, { mode: 'submit', now: this.nowIso }).issues;
  }

  private _replaceDraft(value: AuditReturn): void {
    if (!this._framework) return;
    const aligned = alignReturn(this._framework, value);
    this._notices = { ...this._notices, setAside: [...this._notices.setAside, ...aligned.setAside] };
    this._commit(aligned.value, 'change');
  }

  // ---- loading and restoring -------------------------------------------------------------------

  private async _load(): Promise<void> {
    const token = ++this._loadToken;
    const given = this._frameworkObject;
    this._loadError = undefined;
    const result = given ? checkFramework(given, this._text) : await loadFrameworkFrom({ id: this.frameworkId, src: this.src }, this._text);
    if (token !== this._loadToken) return;
    if ('error' in result) {
      this._framework = undefined;
      this._loadError = { message: result.error, issues: result.issues };
      this._emit('s11-framework-error', { source: result.source, message: result.error, issues: result.issues });
      return;
    }
    this._start(result.framework);
  }

  private _start(framework: Framework): void {
    this._store?.dispose();
    this._framework = framework;
    this._store = this.autosave
      ? new DraftStore({
          frameworkId: framework.id,
          storageKey: this.storageKey || 'default',
          onProblem: this._onStorageProblem,
          onConflict: this._onConflict,
          storage: () => (this.storage === 'session' ? sessionStorage : localStorage),
        })
      : undefined;
    const saved = this._store?.load();
    const pending = this._pendingValue;
    this._pendingValue = undefined;
    if (pending) {
      this._draft = alignReturn(framework, pending).value;
    } else if (saved) {
      const aligned = alignReturn(framework, saved.value);
      this._draft = aligned.value;
      const setAside = [...saved.setAside, ...aligned.setAside];
      this._notices = { ...this._notices, restoredAt: saved.savedAt, setAside };
      this._emit('s11-restore', { savedAt: saved.savedAt, setAside: setAside.length });
    } else {
      this._draft = createReturn(framework, { ...(this.sector ? { sector: this.sector } : {}), now: this.nowIso });
    }
    this._view = { kind: 'tasks' };
  }

  private _startAgain(): void {
    if (!this._framework) return;
    this._store?.clear();
    this._notices = { setAside: [], confirmingStartAgain: false };
    this._issues = [];
    this._submitAttempted = false;
    this._draft = createReturn(this._framework, { ...(this.sector ? { sector: this.sector } : {}), now: this.nowIso });
    this._fire('change');
    this._go({ kind: 'tasks' });
  }

  private readonly _onStorageProblem = (problem: S11StorageProblem | undefined) => {
    this._notices = { ...this._notices, storage: problem };
    if (problem) this._emit('s11-storage-error', { problem });
  };

  private readonly _onConflict = (theirs: DraftEnvelope) => {
    this._notices = { ...this._notices, conflict: theirs };
  };

  private _resolveConflict(useTheirs: boolean): void {
    const theirs = this._notices.conflict;
    if (!theirs || !this._framework || !this._draft) return;
    if (useTheirs) {
      this._store?.adopt(theirs);
      const aligned = alignReturn(this._framework, theirs.value);
      this._draft = aligned.value;
      this._notices = { ...this._notices, conflict: undefined, setAside: [...theirs.setAside, ...aligned.setAside] };
      this._fire('change');
    } else {
      this._store?.keepMine(this._draft, this._notices.setAside);
      this._notices = { ...this._notices, conflict: undefined };
    }
  }

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
    if (!this._framework) return;
    this._submitAttempted = true;
    this._revalidate();
    this._go({ kind: 'check' }, false);
    void this.updateComplete.then(() => this._summary?.focus());
  };

  // ---- form association ------------------------------------------------------------------------

  protected _formValue(): string | null {
    return this._draft ? JSON.stringify(this._draft) : null;
  }

  protected _ownValidity(): OwnValidity | null {
    if (!this._framework || !this._draft) return { flags: { customError: true }, message: this._loadError?.message ?? this._text.auditNotLoaded };
    if (this._draft.status === 'submitted') return null;
    const candidate = { ...this._draft, status: 'submitted' as const, submittedAt: this.nowIso };
    const errors = validateReturn(this._framework, candidate, { mode: 'submit', now: this.nowIso }).issues.filter((i) => i.severity === 'error');
    return errors.length ? { flags: { customError: true }, message: this._text.auditInvalid(errors.length) } : null;
  }

  protected _validationAnchor(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[data-view-title]');
  }

  protected _resetValue(): void {
    this._startAgain();
  }

  protected _restoreValue(state: string): void {
    if (!this._framework) return;
    try {
      const result = validateReturn(this._framework, JSON.parse(state), { mode: 'draft' });
      if (result.ok) this._replaceDraft(result.value);
    } catch {
      // Not a return we wrote: leave the current draft alone.
    }
  }

  // ---- rendering -------------------------------------------------------------------------------

  override render() {
    const text = this._text;
    if (this._loadError) {
      return html`<div class="audit" part="base">
        <div class="framework-error" role="alert" part="framework-error">
          <h2 class="title">${text.frameworkErrorTitle}</h2>
          <p class="body">${this._loadError.message}</p>
          ${this._loadError.issues.length
            ? html`<ul class="list">${this._loadError.issues.slice(0, 10).map((issue) => html`<li>${issue.message}</li>`)}</ul>`
            : nothing}
          <p class="body">${text.frameworkErrorHelp}</p>
        </div>
      </div>`;
    }
    if (!this._framework || !this._draft) {
      return html`<div class="audit" part="base"><p class="body" role="status">${text.loading}</p></div>`;
    }
    if (this._printing) {
      return html`<div class="audit audit--print" part="base">${renderCheckAnswers(this, 'print')}</div>`;
    }
    const shownIssues = this._submitAttempted ? this._issuesFor(this._view).filter((i) => i.severity === 'error') : [];
    return html`
      <div class="audit" part="base">
        ${renderNotices(this._notices, text, {
          startAgain: () => (this._notices = { ...this._notices, confirmingStartAgain: true }),
          confirmStartAgain: (yes) => (yes ? this._startAgain() : (this._notices = { ...this._notices, confirmingStartAgain: false })),
          resolveConflict: (useTheirs) => this._resolveConflict(useTheirs),
          when: savedWhen,
        })}
        <s11-error-summary
          .issues=${shownIssues}
          .strings=${this.strings}
          @s11-issue-select=${(event: CustomEvent<{ issue: Issue }>) => {
            event.stopPropagation();
            this.selectIssue(event.detail.issue);
          }}
        ></s11-error-summary>
        ${this._renderView()}
      </div>
    `;
  }

  private _renderView() {
    const view = this._view;
    switch (view.kind) {
      case 'organisation':
        return renderOrganisation(this);
      case 'standard':
        return renderStandard(this, view.standardId);
      case 'check':
        return renderCheckAnswers(this, 'check');
      case 'submitted':
        return html`
          <div class="panel" part="panel">
            <h2 class="panel__title" tabindex="-1" data-view-title>${this._text.submittedTitle}</h2>
          </div>
          <p class="body">${this._text.submittedBody}</p>
          <button class="button button--secondary" type="button" @click=${() => print()}>${this._text.print}</button>
          ${renderActionPlan(this)}
        `;
      default:
        return renderTaskList(this);
    }
  }

  /** The issues that belong on a page: all of them on "check your answers". */
  private _issuesFor(view: AuditView): readonly Issue[] {
    if (view.kind === 'check' || view.kind === 'tasks') return this._issues;
    return this._issues.filter((issue) => {
      const target = viewOfIssue(issue.path, (i) => this._draft?.responses[i]?.standardId, issue.standardId);
      return target?.kind === view.kind && (view.kind !== 'standard' || (target.kind === 'standard' && target.standardId === view.standardId));
    });
  }
}
