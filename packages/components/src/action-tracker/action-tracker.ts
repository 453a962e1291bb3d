import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  ACTION_STATUSES,
  formatLongDate,
  londonDate,
  trackActions,
  validateReturn,
  type ActionChange,
  type ActionStatus,
  type ActionTracking,
  type AuditReturn,
  type Framework,
  type Instant,
  type Issue,
  type TrackedAction,
} from '@s11kit/schema';
import type { OwnValidity } from '../internal/form-control.js';
import { S11FieldControl } from '../internal/field-control.js';
import { resolveStrings, type S11Strings } from '../strings.js';
import type { DraftEnvelope, DraftState } from '../internal/draft-store.js';
import { DraftController } from '../internal/draft-controller.js';
import { renderNotices, savedWhen, type NoticeWords } from '../internal/draft-notices.js';
import { dateInput } from '../internal/date-input.js';
import { postJson } from '../internal/post-json.js';
import { randomId } from '../internal/draft-store.js';
import type { S11ErrorSummary } from '../error-summary/error-summary.js';
import { trackerStyles } from './action-tracker.styles.js';
import { errorMessage } from '../internal/error-message.js';
import { actionKeyOf, applyForm, editForm, fieldErrors, fieldOf, keyOf, laterCopy, openForm, readForms, type UpdateField, type UpdateForm } from './update-form.js';

const STATUS_TONE: Record<ActionStatus, string> = { 'not-started': 'grey', 'in-progress': 'blue', complete: 'green' };

const dateOf = (instant: string) => formatLongDate(londonDate(instant) ?? instant);

/**
 * The year-2 view of one return's action plan: every action, soonest due first, with its current
 * and original due dates, status, overdue and due-soon tags and latest progress, and counts at
 * the top. Each action has an Update form (status, progress note, new due date with a reason,
 * evidence of completion); saving applies `updateAction` from @s11kit/schema, and any problem it
 * finds is shown on its field with an error summary. Updates are saved in the browser as a draft,
 * as `<s11-audit>` does, and restored on the next visit. Inside a `<form>`, the return is the
 * value of the field named by `name`, as JSON.
 *
 * @event input - An update was saved; `value` is the new return.
 * @event change - An update was saved (fired straight after `input`).
 * @event s11-action-update - One change was applied: `detail.standardId`, `detail.actionId` and
 *   `detail.change`, as given to `updateAction` (ids are unique within a standard's actions).
 *   Fired once per change, after `value` is updated.
 * @event s11-restore - A saved draft was restored; `detail.savedAt`.
 * @event s11-storage-error - The draft could not be saved; `detail.problem` is `unavailable`,
 *   `full` or `conflict`. The tracker shows a warning and keeps working.
 * @csspart base - The element's box.
 * @csspart title - The heading.
 * @csspart error - The message for the whole return (the page's `error`, or after a submit attempt).
 * @csspart notice - Notification banners (draft restored, storage warnings).
 * @csspart counts - The counts of open, overdue, due-soon and complete actions.
 * @csspart action - Each action.
 * @csspart action-title - Each action's heading.
 * @csspart tag - Status, overdue and due-soon tags.
 * @csspart update-button - Each action's Update button.
 * @csspart update-form - The form that an Update button reveals.
 * @csspart save-button - The Save update button.
 * @cssproperty --s11-action-tracker-max-width - Width of the tracker's column. Default 48em.
 */
export class S11ActionTracker extends S11FieldControl {
  static override styles = trackerStyles;

  /** The whole table of words: the partnership elements' are not in the audit's. */
  protected get _text(): S11Strings {
    return resolveStrings(this.strings);
  }

  /** The framework of the return. Property only. */
  @property({ attribute: false }) framework: Framework | undefined;
  /** The return being tracked; only its actions change, through `updateAction`. Property only. */
  @property({ attribute: false }) value: AuditReturn | undefined;
  /** The moment due dates are judged at and updates are recorded with; defaults to the current time. Property only. */
  @property({ attribute: false }) now: Instant | undefined;
  /** Names the saved draft, with the framework id: pages with several trackers give each its own. */
  @property({ attribute: 'storage-key' }) storageKey = 'tracker';
  /** Where drafts are kept: `local` (until cleared) or `session` (until the tab is closed). */
  @property() storage: 'local' | 'session' = 'local';
  /** Set `autosave="off"` to keep no draft in the browser. */
  @property({ converter: (value) => value !== 'off' && value !== 'false' }) autosave = true;
  /**
   * Where each update is sent and kept (the collector's year-2 tracking): "Save update" POSTs
   * `{ standardId, actionId, changes }` with an `Idempotency-Key`, and the update counts as saved
   * only when the answer carries the updated return (`{ value }`). Without it, updates are applied
   * here with `updateAction` and the page reads `value`.
   */
  @property({ attribute: 'update-url' }) updateUrl = '';
  /** Seconds to wait for `update-url` before saying the update was not saved. */
  @property({ attribute: 'update-timeout', type: Number }) updateTimeout = 30;

  /** Open update forms and their errors, by `keyOf` the action. */
  @state() private _forms: Readonly<Record<string, UpdateForm>> = {};
  @state() private _fieldErrors: Readonly<Record<string, Partial<Record<UpdateField, string>>>> = {};
  @state() private _issues: readonly Issue[] = [];
  @state() private _announcement: { text: string } | undefined;
  /** The update form being sent to `update-url`, and the one whose last try failed. */
  @state() private _sendingFor: string | undefined;
  @state() private _notSavedFor: string | undefined;

  @query('s11-error-summary') private _summary!: S11ErrorSummary | null;

  private _tracking: ActionTracking | undefined;
  private readonly _drafts = new DraftController(this, {
    settings: () => ({ enabled: this.autosave, storage: this.storage, storageKey: this.storageKey || 'tracker' }),
    useTheirs: (theirs) => this._takeTheirs(theirs),
    problem: (problem) => {
      if (problem) this._emit('s11-storage-error', { problem });
    },
  });
  private _storeFor: string | undefined;

  private _defaultValue: AuditReturn | undefined;
  private _started = false;
  private _checked: { value: AuditReturn; errors: number } | undefined;
  private _loaded: DraftEnvelope | undefined;

  /** Delete the saved draft: call it once the page has stored the return on its server. */
  clearDraft(): void {
    this._drafts.clear();
  }

  /** Move focus to the heading. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this._defaultValue ??= this.value;
    if (changed.has('framework') || changed.has('storageKey') || changed.has('storage') || changed.has('autosave')) this._openStore();
    if (!this._started && this.framework && this.value) this._restore();
    if (changed.has('value') || changed.has('framework') || changed.has('now')) {
      this._tracking = this.framework && this.value ? trackActions(this.framework, this.value, { now: this._now }) : undefined;
    }
  }

  private get _now(): Instant {
    return this.now ?? Date.now();
  }

  // ---- rendering -------------------------------------------------------------------------------

  override render() {
    const t = this._text;
    const tracking = this._tracking;
    const error = this._shownError;
    return html`
      <div class="tracker" part="base">
        <h2 class="title" part="title" tabindex="-1">${this.label || t.trackerTitle}</h2>
        ${this.hint ? html`<p class="hint">${this.hint}</p>` : nothing}
        ${errorMessage(error, { id: 'error', part: 'error', prefix: t.errorPrefix })}
        ${renderNotices(this._drafts.notices, this._noticeWords(), {
          startAgain: () => this._drafts.askStartAgain(true),
          confirmStartAgain: (yes) => (yes ? this._startAgain() : this._drafts.askStartAgain(false)),
          resolveConflict: (useTheirs) => this._drafts.resolveConflict(useTheirs, this._state()),
          when: savedWhen,
        })}
        <s11-error-summary
          .issues=${this._issues}
          .strings=${this.strings}
          @s11-issue-select=${(event: CustomEvent<{ issue: Issue }>) => {
            event.stopPropagation();
            this._focusIssue(event.detail.issue);
          }}
        ></s11-error-summary>
        ${
          !tracking
            ? html`<p class="body">${t.trackerNoReturn}</p>`
            : html`
              <ul class="counts" part="counts" aria-label=${t.trackerCounts}>
                <li class="counts__item">${t.trackerCount.open(tracking.counts.open)}</li>
                <li class="counts__item">${t.trackerCount.overdue(tracking.counts.overdue)}</li>
                <li class="counts__item">${t.trackerCount.dueSoon(tracking.counts.dueSoon)}</li>
                <li class="counts__item">${t.trackerCount.complete(tracking.counts.complete)}</li>
              </ul>
              ${
                tracking.actions.length
                  ? html`<ol class="actions">${tracking.actions.map((item) => this._renderAction(item))}</ol>`
                  : html`<p class="body">${t.trackerNoActions}</p>`
              }
            `
        }
        <div class="visually-hidden" aria-live="polite">
          ${this._announcement ? keyed(this._announcement, html`<span>${this._announcement.text}</span>`) : nothing}
        </div>
      </div>
    `;
  }

  private _renderAction(item: TrackedAction) {
    const t = this._text;
    const { action } = item;
    const id = keyOf(item);
    const name = t.trackerActionName(item.standardNumber, item.actionIndex + 1);
    const form = this._forms[id];
    const revisions = action.revisions ?? [];
    const latest = item.latestProgress;
    return html`<li class="action" part="action">
      <h3 class="action__title" part="action-title" id="title-${id}" tabindex="-1">
        ${t.trackerActionHeading(item.standardNumber, item.actionIndex + 1, item.standardTitle)}
      </h3>
      <p class="tags">
        <strong class="tag tone--${STATUS_TONE[action.status]}" part="tag">${t.actionStatus[action.status]}</strong>
        ${item.overdue ? html`<strong class="tag tone--red" part="tag">${t.trackerOverdue(item.daysOverdue)}</strong>` : nothing}
        ${item.dueSoon ? html`<strong class="tag tone--amber" part="tag">${t.trackerDueSoon}</strong>` : nothing}
      </p>
      <p class="body pre-wrap">${action.action}</p>
      <dl class="summary-list summary-list--compact">
        <div class="summary-list__row">
          <dt class="summary-list__key">${t.actionLead}</dt>
          <dd class="summary-list__value">${action.lead || '–'}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">${t.trackerDue}</dt>
          <dd class="summary-list__value">
            ${action.due ? formatLongDate(action.due) : t.trackerNoDue}
            ${revisions.length && item.originalDue ? html`<span class="muted">(${t.trackerWasDue(formatLongDate(item.originalDue))})</span>` : nothing}
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">${t.trackerLatestProgress}</dt>
          <dd class="summary-list__value">
            ${
              latest
                ? html`<span class="muted">${t.trackerReportedOn(dateOf(latest.at))}:</span> <span class="pre-wrap">${latest.note}</span>`
                : html`<span class="muted">${t.trackerNoProgress}</span>`
            }
          </dd>
        </div>
        ${
          action.completion
            ? html`<div class="summary-list__row">
              <dt class="summary-list__key">${t.trackerCompleted(formatLongDate(action.completion.on))}</dt>
              <dd class="summary-list__value pre-wrap">${action.completion.evidence}</dd>
            </div>`
            : nothing
        }
      </dl>
      ${
        revisions.length
          ? html`<details class="details">
            <summary class="details__summary"><span class="details__summary-text">${t.trackerRevisions(revisions.length)}</span></summary>
            <div class="details__text">
              <ol class="list">
                ${revisions.map(
                  (r) => html`<li>
                    ${t.trackerRevision(formatLongDate(r.from), formatLongDate(r.to), dateOf(r.at))} <span class="pre-wrap">${r.reason}</span>
                  </li>`,
                )}
              </ol>
            </div>
          </details>`
          : nothing
      }
      <button
        type="button"
        class="button button--secondary"
        part="update-button"
        id="update-${id}"
        aria-expanded=${form ? 'true' : 'false'}
        aria-controls=${form ? `form-${id}` : nothing}
        ?disabled=${this._isDisabled}
        @click=${() => this._toggle(item)}
      >
        ${t.trackerUpdate}<span class="visually-hidden"> ${name}</span>
      </button>
      ${form ? this._renderForm(item, form, name) : nothing}
    </li>`;
  }

  private _renderForm(item: TrackedAction, form: UpdateForm, name: string) {
    const t = this._text;
    const id = keyOf(item);
    const errors = this._fieldErrors[id] ?? {};
    const disabled = this._isDisabled;
    const edit = (field: UpdateField) => (event: Event) => {
      event.stopPropagation();
      this._edit(id, { [field]: (event.target as HTMLInputElement).value });
    };
    const completing = form.status === 'complete' && item.action.status !== 'complete';
    return html`<div class="update" part="update-form" id="form-${id}" role="group" aria-label=${t.trackerUpdateLabel(name)} @input=${this._stop}>
      <fieldset class="fieldset form-group ${errors.status ? 'form-group--error' : ''}" aria-describedby=${errors.status ? `status-${id}-error` : nothing}>
        <legend class="legend legend--s">${t.trackerStatusLegend}</legend>
        ${this._error(`status-${id}-error`, errors.status)}
        <div class="choices choices--radio">
          ${ACTION_STATUSES.map(
            (status) => html`<div class="choices__item">
                <input class="choices__input" type="radio" id="status-${id}-${status}" name="status-${id}" value=${status}
                  .checked=${form.status === status} ?disabled=${disabled}
                  aria-controls=${status === 'complete' && completing ? `evidence-group-${id}` : nothing}
                  @change=${edit('status')} />
                <label class="choices__label" for="status-${id}-${status}">${t.actionStatus[status]}</label>
              </div>
              ${
                status === 'complete' && completing
                  ? html`<div class="conditional" id="evidence-group-${id}">
                    ${this._textField(id, 'evidence', t.trackerEvidence, t.trackerEvidenceHint, form.evidence, errors.evidence, edit('evidence'))}
                  </div>`
                  : nothing
              }`,
          )}
        </div>
      </fieldset>
      ${this._textField(id, 'note', `${t.trackerNote} ${t.optional}`, t.trackerNoteHint, form.note, errors.note, edit('note'))}
      ${dateInput({
        id: `due-${id}`,
        legend: t.trackerNewDue,
        hint: t.trackerNewDueHint,
        error: errors.due,
        value: form.due,
        disabled,
        words: t,
        onInput: (due) => this._edit(id, { due }),
      })}
      ${this._textField(id, 'reason', t.trackerReason, t.trackerReasonHint, form.reason, errors.reason, edit('reason'))}
      ${
        this._notSavedFor === id
          ? html`<div class="error-message not-saved" id="not-saved-${id}" role="alert" tabindex="-1">
            <p class="not-saved__title">${t.trackerNotSavedTitle}</p>
            <p>${t.trackerNotSaved}</p>
          </div>`
          : nothing
      }
      <div class="button-group">
        <button type="button" class="button" part="save-button" ?disabled=${disabled} aria-disabled=${this._sendingFor === id ? 'true' : nothing}
          @click=${() => this._sendingFor !== id && this._save(item)}>
          ${this._sendingFor === id ? t.trackerSaving : html`${t.trackerSave}<span class="visually-hidden"> ${name}</span>`}
        </button>
        <button type="button" class="link-button" ?disabled=${disabled} @click=${() => this._close(id, true)}>
          ${t.trackerCancel}<span class="visually-hidden"> ${name}</span>
        </button>
      </div>
    </div>`;
  }

  private _textField(id: string, field: UpdateField, label: string, hint: string, value: string, error: string | undefined, onInput: (e: Event) => void) {
    const control = `${field}-${id}`;
    return html`<div class="form-group ${error ? 'form-group--error' : ''}">
      <label class="label label--s" for=${control}>${label}</label>
      <div class="hint" id="${control}-hint">${hint}</div>
      ${this._error(`${control}-error`, error)}
      <textarea class="textarea ${error ? 'textarea--error' : ''}" id=${control} rows="3" .value=${value}
        aria-describedby="${control}-hint${error ? ` ${control}-error` : ''}" aria-invalid=${error ? 'true' : nothing}
        ?disabled=${this._isDisabled} @input=${onInput}></textarea>
    </div>`;
  }

  private _error(id: string, message: string | undefined) {
    return message ? errorMessage(message, { id, prefix: this._text.errorPrefix }) : nothing;
  }

  /** The notices' words, naming updates rather than answers. */
  private _noticeWords(): NoticeWords {
    const t = this._text;
    return {
      ...t,
      draftRestored: t.trackerDraftRestored,
      startAgainConfirm: t.trackerStartAgainConfirm,
      startAgainYes: t.trackerStartAgainYes,
      storageConflict: t.trackerStorageConflict,
    };
  }

  // ---- updates ---------------------------------------------------------------------------------

  private _toggle(item: TrackedAction) {
    const { action } = item;
    const key = keyOf(item);
    if (this._forms[key]) {
      this._close(key, false);
      return;
    }
    this._forms = { ...this._forms, [key]: openForm(action) };
  }

  private _close(id: string, focusButton: boolean) {
    const { [id]: _form, ...forms } = this._forms;
    const { [id]: _errors, ...errors } = this._fieldErrors;
    this._forms = forms;
    this._fieldErrors = errors;
    this._saveDraft();
    if (this._issues.some((issue) => this._actionKeyOf(issue) === id)) this._issues = [];
    if (focusButton) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#update-${id}`)?.focus());
  }

  private _edit(id: string, change: Partial<UpdateForm>) {
    const form = this._forms[id];
    if (!form) return;
    this._forms = { ...this._forms, [id]: editForm(form, change) };
    this._saveDraft();
  }

  /** Save update: apply every change with `updateAction`; all of them, or none and every problem shown. */
  private async _save(item: TrackedAction) {
    const id = keyOf(item);
    const ref = { standardId: item.standardId, actionId: item.action.id };
    const form = this._forms[id];
    if (!form || !this.value || !this.framework) return;
    const t = this._text;
    const applied = applyForm(this.value, item, form, { now: this._now, framework: this.framework, nothingToSave: t.trackerNothingToSave });
    if (!applied.ok) {
      await this._showIssues(id, applied.issues);
      return;
    }
    const { changes } = applied;
    let next = applied.value;
    if (this.updateUrl) {
      const kept = await this._send(id, ref, changes, form);
      if (!kept) return;
      next = kept;
    }
    this._issues = [];
    this._close(id, false);
    this._commit(next);
    for (const change of changes) this._emit('s11-action-update', { ...ref, change });
    this._fire('input');
    this._fire('change');
    this._announcement = { text: t.trackerSaved(t.trackerActionName(item.standardNumber, item.actionIndex + 1)) };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#title-${id}`)?.focus();
  }

  /** The key of the action an issue of `updateAction` is about. */
  private _actionKeyOf(issue: Issue): string | undefined {
    return actionKeyOf(this.value, issue);
  }

  /** A link of the error summary was followed: focus the field the problem is on. */
  private _focusIssue(issue: Issue) {
    const id = this._actionKeyOf(issue);
    const form = id ? this._forms[id] : undefined;
    if (!id || !form) return;
    const field = fieldOf(issue);
    const control = field === 'status' ? `status-${id}-${form.status}` : `${field}-${id}`;
    this.renderRoot.querySelector<HTMLElement>(`#${control}`)?.focus();
  }

  /** Take a new return: tell the form at once (listeners may read FormData), and keep a draft. */
  private _commit(next: AuditReturn) {
    this.value = next;
    this._saveDraft();
    this._syncWithForm();
  }

  /** Put each problem on its field of the update form, with the error summary focused. */
  private async _showIssues(id: string, issues: readonly Issue[]) {
    this._fieldErrors = { ...this._fieldErrors, [id]: fieldErrors(issues) };
    this._issues = issues;
    await this.updateComplete;
    this._summary?.focus();
  }

  /**
   * Send one update to `update-url`; the return the server kept, or `undefined` when it was not
   * kept (its issues or "not saved" are then on the form, and the form keeps every word typed).
   */
  private async _send(id: string, ref: { standardId: string; actionId: string }, changes: readonly ActionChange[], form: UpdateForm): Promise<AuditReturn | undefined> {
    const key = form.key ?? randomId(16);
    this._forms = { ...this._forms, [id]: { ...form, key } };
    this._saveDraft();
    this._sendingFor = id;
    this._notSavedFor = undefined;
    const outcome = await postJson({
      url: this.updateUrl,
      body: { ...ref, changes },
      idempotencyKey: key,
      timeoutMs: Math.max(1, this.updateTimeout) * 1000,
    });
    this._sendingFor = undefined;
    if (outcome.kind === 'rejected') {
      await this._showIssues(id, outcome.issues);
      return undefined;
    }
    const value = outcome.kind === 'accepted' ? (outcome.body as { value?: unknown } | undefined)?.value : undefined;
    if (value && this.framework && validateReturn(this.framework, value, { mode: 'draft' }).ok) return value as AuditReturn;
    console.warn(
      `s11-action-tracker: the update was not saved: ${outcome.kind === 'failed' ? outcome.reason : `${this.updateUrl} answered without the updated return ({ value })`}`,
    );
    this._notSavedFor = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#not-saved-${id}`)?.focus();
    return undefined;
  }

  // ---- drafts ----------------------------------------------------------------------------------

  /** What the draft keeps: the return, and every update form not yet saved (typed text is never lost). */
  private _state(): DraftState | undefined {
    return this.value ? { value: this.value, setAside: [], extra: { forms: this._forms } } : undefined;
  }

  private _saveDraft() {
    const state = this.autosave ? this._state() : undefined;
    if (state) this._drafts.save(state);
  }

  private _openStore() {
    const framework = this.framework;
    const key = framework && this.autosave ? `${framework.id}:${this.storage}:${this.storageKey}` : undefined;
    if (key === this._storeFor) return;
    this._storeFor = key;
    this._started = false;
    if (framework) this._loaded = this._drafts.open(framework.id).envelope;
  }

  /** Put back a saved draft of the same return that is newer than the one given, with its open forms. */
  private _restore() {
    this._started = true;
    const saved = this._loaded;
    this._loaded = undefined;
    if (!saved || !laterCopy(saved.value, this.value!)) return;
    this.value = saved.value;
    this._forms = readForms(saved.extra);
    this._drafts.restored(saved.savedAt, []);
    this._emit('s11-restore', { savedAt: saved.savedAt, setAside: 0 });
  }

  private _startAgain(fire = true) {
    this._drafts.clear();
    this._forms = {};
    this._fieldErrors = {};
    this._issues = [];
    this.value = this._defaultValue;
    if (fire) this._fire('change');
  }

  /** Another tab's copy was chosen: its return and its unsaved update forms. */
  private _takeTheirs(theirs: DraftEnvelope) {
    this.value = theirs.value;
    this._forms = readForms(theirs.extra);
    this._fire('change');
  }

  /** The update form's own input events stay inside; the host fires its own once `value` is updated. */
  private _stop(event: Event) {
    event.stopPropagation();
  }

  // ---- form association ------------------------------------------------------------------------

  protected _formValue(): string | null {
    return this.value ? JSON.stringify(this.value) : null;
  }

  protected _ownValidity(): OwnValidity | null {
    const t = this._text;
    const { framework, value } = this;
    if (!framework || !value) return this.required ? { flags: { valueMissing: true }, message: t.trackerNoReturn } : null;
    if (this._checked?.value !== value) {
      const issues = validateReturn(framework, value, { mode: 'draft', now: this._now }).issues;
      this._checked = { value, errors: issues.filter((issue) => issue.severity === 'error').length };
    }
    if (this._checked.errors) return { flags: { customError: true }, message: t.trackerInvalid(this._checked.errors) };
    // A page that collects progress reports can ask for at least one update before the form is sent.
    return this.required && value === this._defaultValue ? { flags: { valueMissing: true }, message: t.trackerUpdateRequired } : null;
  }

  protected _validationAnchor(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="update-button"]') ?? this.renderRoot.querySelector<HTMLElement>('.title');
  }

  protected _resetValue(): void {
    this._startAgain(false);
  }

  protected _restoreValue(state: string): void {
    if (!this.framework) return;
    try {
      const saved: unknown = JSON.parse(state);
      // Keep the saved object itself, so that the form's value comes back byte for byte.
      if (validateReturn(this.framework, saved, { mode: 'draft' }).ok) this._commit(saved as AuditReturn);
    } catch {
      // Not a return we wrote: leave the one on screen alone.
    }
  }
}
