import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ACTION_REQUIRED_FIELDS, ACTION_STATUSES, emptyAction, isBlank, type Action } from '@s11kit/schema';
import type { OwnValidity } from '../internal/form-control.js';
import { S11FieldControl } from '../internal/field-control.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';
import { tokens } from '../styles/tokens.js';
import { formStyles } from '../styles/form.js';
import { buttonStyles } from '../styles/button.js';
import { actionRowStyles } from './action-row.styles.js';
import { dateInput } from '../internal/date-input.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { errorMessage } from '../internal/error-message.js';

/** A field of an action that a person fills in (every key of `Action` but its `id`). */
export type S11ActionField = Exclude<keyof Action, 'id'>;

/** The message for each field the schema requires of an action. */
const REQUIRED_MESSAGE = { action: 'actionTextRequired', lead: 'actionLeadRequired', due: 'actionDueRequired' } as const;

/** What `required` asks for, as the schema says, in the order on screen, with the message for each. */
const REQUIRED = ACTION_REQUIRED_FIELDS.map((field) => [field, REQUIRED_MESSAGE[field]] as const);

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * One SMART action: what will be done, who leads it, by when, its status and progress notes, in a
 * GOV.UK fieldset. Its form value is the action as JSON. It does not remove itself: the Remove
 * button asks its owner (such as `<s11-action-plan>`) to.
 *
 * @event input - A field changed while typing or choosing; `value` is already updated.
 * @event change - A field's change was committed.
 * @event s11-action-remove - The Remove button was pressed. `detail.index` is `index - 1`,
 *   `detail.action` the value. Cancelable; the owner decides whether to remove the row.
 * @csspart base - The fieldset around the action.
 * @csspart legend - The legend, "Action 2" by default.
 * @csspart field - The group around each field's label, hint, error and control.
 * @csspart label - Each field's label.
 * @csspart hint - The row's hint and each field's hint.
 * @csspart error - The row's error message and each field's error message.
 * @csspart control - Each textarea, input and select.
 * @csspart remove-button - The Remove button, when `removable`.
 * @cssproperty --s11-colour-error - Colour of error messages and of the border beside a field with an error.
 * @cssproperty --s11-colour-input-border - Border colour of the fields.
 * @cssproperty --s11-colour-focus - Colour of the focus indicator.
 */
export class S11ActionRow extends S11FieldControl {
  /** The words to show: the defaults with the page's overrides on top. */
  protected get _text(): AuditStrings {
    return mergeStrings(auditStrings, this.strings);
  }

  static override styles = [tokens, formStyles, buttonStyles, actionRowStyles];

  /** The action shown and edited; replaced by a new object on every change. Property only. */
  @property({ attribute: false }) value: Action = emptyAction();
  /** Position in its plan, from 1: the legend reads "Action 2" unless `label` is set. */
  @property({ type: Number }) index = 1;
  /** Whether to show a Remove button. */
  @property({ type: Boolean, reflect: true, useDefault: true }) removable = false;
  /** Messages for single fields, such as from `validateReturn`, each shown on its own field. Property only. */
  @property({ attribute: false }) fieldErrors: Partial<Record<S11ActionField, string>> = {};

  /** The value when first rendered, which form reset goes back to. */
  private _defaultValue: Action | undefined;

  /** Move focus to the first field. */
  override focus(options?: FocusOptions): void {
    this._control('action')?.focus(options);
  }

  /** Move focus to a field's control, as a link in an error summary does; the `id` goes to the first field. */
  focusField(field: keyof Action): void {
    this._control(field === 'id' ? 'action' : field)?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this._defaultValue = this.value;
  }

  override render() {
    const t = this._text;
    const value = this.value;
    const disabled = this._isDisabled;
    const describedBy = [this.hint && 'row-hint', this.error && 'row-error'].filter(Boolean).join(' ');
    return html`
      <fieldset
        class="fieldset form-group action-row ${this.error ? 'form-group--error' : ''}"
        part="base"
        aria-describedby=${describedBy || nothing}
      >
        <legend class="legend legend--s" part="legend">${this.label || t.actionHeading(this.index)}</legend>
        ${this.hint ? html`<div class="hint" id="row-hint" part="hint">${this.hint}</div>` : nothing}
        ${this._errorMessage('row-error', this.error)}
        ${this._field(
          'action',
          t.actionText,
          '',
          (a) =>
            html`<textarea
            class="textarea ${a.invalid ? 'textarea--error' : ''}"
            id="action"
            part="control"
            rows="3"
            aria-describedby=${a.describedBy}
            aria-invalid=${a.invalid || nothing}
            aria-required=${a.required || nothing}
            ?disabled=${disabled}
            .value=${live(value.action)}
            @input=${this._onInput}
            @change=${this._onChange}
          ></textarea>`,
        )}
        <div class="action-row__grid">
          ${this._field(
            'lead',
            t.actionLead,
            t.actionLeadHint,
            (a) =>
              html`<input
              class="input ${a.invalid ? 'input--error' : ''}"
              id="lead"
              part="control"
              type="text"
              autocomplete="off"
              spellcheck="false"
              aria-describedby=${a.describedBy}
              aria-invalid=${a.invalid || nothing}
              aria-required=${a.required || nothing}
              ?disabled=${disabled}
              .value=${live(value.lead)}
              @input=${this._onInput}
              @change=${this._onChange}
            />`,
          )}
          ${dateInput({
            id: 'due',
            legend: t.actionDue,
            legendClass: '',
            hint: t.actionDueHint,
            error: this._errorFor('due'),
            value: value.due,
            disabled,
            required: this.required && REQUIRED.some(([f]) => f === 'due'),
            words: t,
            parts: true,
            onInput: (due, type) => this._set('due', due, type),
          })}
          ${this._field(
            'status',
            t.actionStatusLabel,
            '',
            (a) =>
              html`<select
              class="select ${a.invalid ? 'select--error' : ''}"
              id="status"
              part="control"
              aria-describedby=${a.describedBy}
              aria-invalid=${a.invalid || nothing}
              ?disabled=${disabled}
              @input=${this._onInput}
              @change=${this._onChange}
            >
              ${ACTION_STATUSES.map((status) => html`<option value=${status} .selected=${value.status === status}>${t.actionStatus[status]}</option>`)}
            </select>`,
          )}
        </div>
        ${this._field(
          'notes',
          `${t.actionNotes} ${t.optional}`,
          '',
          (a) =>
            html`<textarea
            class="textarea ${a.invalid ? 'textarea--error' : ''}"
            id="notes"
            part="control"
            rows="3"
            aria-describedby=${a.describedBy}
            aria-invalid=${a.invalid || nothing}
            ?disabled=${disabled}
            .value=${live(value.notes)}
            @input=${this._onInput}
            @change=${this._onChange}
          ></textarea>`,
        )}
        ${
          this.removable
            ? html`<button type="button" class="button button--secondary" part="remove-button" ?disabled=${disabled} @click=${this._remove}>
              ${this._removeText()}
            </button>`
            : nothing
        }
      </fieldset>
    `;
  }

  /** One GOV.UK form group: label, hint, error message, then the control, linked by ids. */
  private _field(
    field: S11ActionField,
    label: string,
    hint: string,
    control: (a: { invalid: 'true' | ''; required: 'true' | ''; describedBy: string | typeof nothing }) => TemplateResult,
  ) {
    const error = this._errorFor(field);
    const describedBy = [hint && `${field}-hint`, error && `${field}-error`].filter(Boolean).join(' ');
    const required = this.required && REQUIRED.some(([f]) => f === field);
    return html`
      <div class="form-group ${error ? 'form-group--error' : ''}" part="field">
        <label class="label" for=${field} part="label">${label}</label>
        ${hint ? html`<div class="hint" id="${field}-hint" part="hint">${hint}</div>` : nothing}
        ${this._errorMessage(`${field}-error`, error)}
        ${control({ invalid: error ? 'true' : '', required: required ? 'true' : '', describedBy: describedBy || nothing })}
      </div>
    `;
  }

  private _errorMessage(id: string, message: string) {
    return message ? errorMessage(message, { id, part: 'error', prefix: this._text.errorPrefix }) : nothing;
  }

  /**
   * "Remove" on screen and "Remove action 2" to a screen reader. When a translation's full label
   * does not start with the short one, the short one is hidden from assistive technology instead.
   */
  private _removeText() {
    const shown = this._text.removeAction;
    const full = this._text.removeActionLabel(this.index);
    return full.startsWith(shown)
      ? html`${shown}<span class="visually-hidden">${full.slice(shown.length)}</span>`
      : html`<span aria-hidden="true">${shown}</span><span class="visually-hidden">${full}</span>`;
  }

  /** The page's message for a field, else the control's own "required" message after a submit attempt. */
  private _errorFor(field: S11ActionField): string {
    const given = this.fieldErrors[field];
    if (given) return given;
    const rule = REQUIRED.find(([f]) => f === field);
    return rule && this._showOwnError && this.required && isBlank(this.value[rule[0]]) ? this._text[rule[1]] : '';
  }

  private _firstMissing() {
    return this.required ? REQUIRED.find(([field]) => isBlank(this.value[field])) : undefined;
  }

  private _control(field: S11ActionField): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`#${field}`) ?? null;
  }

  private _onInput(event: Event) {
    this._take(event, 'input');
  }

  private _onChange(event: Event) {
    this._take(event, 'change');
  }

  /** Copy a control's value into a new `value` and re-fire its event from the host. */
  private _take(event: Event, type: 'input' | 'change') {
    event.stopPropagation();
    const control = event.target as Control;
    this._set(control.id as S11ActionField, control.value, type);
  }

  private _set(field: S11ActionField, text: string, type: 'input' | 'change') {
    if (this.value[field] !== text) this.value = { ...this.value, [field]: text };
    // Listeners such as autosave read FormData as soon as the event fires, before Lit's update.
    this._syncWithForm();
    this._fire(type);
  }

  private _remove() {
    this._emit('s11-action-remove', { index: this.index - 1, action: this.value }, { cancelable: true });
  }

  protected _formValue(): string {
    return JSON.stringify(this.value);
  }

  protected _ownValidity(): OwnValidity | null {
    const missing = this._firstMissing();
    return missing ? { flags: { valueMissing: true }, message: this._text[missing[1]] } : null;
  }

  protected _validationAnchor(): HTMLElement | null {
    return this._control(this._firstMissing()?.[0] ?? 'action');
  }

  protected _resetValue(): void {
    this.value = this._defaultValue ?? emptyAction();
  }

  protected _restoreValue(state: string): void {
    try {
      const saved: unknown = JSON.parse(state);
      if (saved && typeof saved === 'object' && !Array.isArray(saved)) this.value = { ...this.value, ...saved };
    } catch {
      // Not ours or damaged: keep what is on screen rather than lose it.
    }
  }
}
