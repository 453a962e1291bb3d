import { html, nothing, type PropertyValues } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { emptyAction, isEmptyAction, type Action } from '@s11kit/schema';
import type { OwnValidity } from '../internal/form-control.js';
import { S11FieldControl } from '../internal/field-control.js';
import type { S11ActionField, S11ActionRow } from '../action-row/action-row.js';
import type { S11ActionRemoveEvent } from '../events/action-add.js';
import { tokens } from '../styles/tokens.js';
import { formStyles } from '../styles/form.js';
import { buttonStyles } from '../styles/button.js';
import { actionPlanStyles } from './action-plan.styles.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';
import { errorMessage } from '../internal/error-message.js';

const ROW_PARTS = ['base', 'legend', 'field', 'label', 'hint', 'error', 'control', 'remove-button'].map((part) => `${part}:row-${part}`).join(', ');

/**
 * A list of SMART actions with the GOV.UK "add another" pattern: one `<s11-action-row>` per action,
 * an "Add another action" button, and a Remove button on each row. Adding or removing moves focus
 * to a sensible place and is announced to screen readers. Its form value is the actions as JSON.
 * Registering `s11-action-plan` also registers `s11-action-row`.
 *
 * @event input - The actions changed: a field was typed in, or an action added or removed.
 * @event change - The actions changed and the change was committed.
 * @event s11-action-add - An action is about to be added. `detail.index` is its position from 0,
 *   `detail.action` the new empty action. Cancelable: `preventDefault()` stops it being added.
 * @event s11-action-remove - An action is about to be removed. `detail.index` is its position from
 *   0, `detail.action` the action. Cancelable: `preventDefault()` keeps it.
 * @csspart base - The fieldset around the plan.
 * @csspart legend - The legend, "Action plan" by default.
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message for the whole plan.
 * @csspart list - The container of the rows.
 * @csspart row - Each `<s11-action-row>`. Its own parts are exposed as `row-base`, `row-legend`,
 *   `row-field`, `row-label`, `row-hint`, `row-error`, `row-control` and `row-remove-button`.
 * @csspart add-button - The "Add an action" / "Add another action" button.
 * @cssproperty --s11-colour-border - Colour of the line between actions.
 * @cssproperty --s11-colour-error - Colour of error messages and of the border beside a field with an error.
 * @cssproperty --s11-colour-button-secondary - Background of the Add and Remove buttons.
 */
export class S11ActionPlan extends S11FieldControl {
  /** The words to show: the defaults with the page's overrides on top. */
  protected get _text(): AuditStrings {
    return mergeStrings(auditStrings, this.strings);
  }

  static override styles = [tokens, formStyles, buttonStyles, actionPlanStyles];

  /** The actions, in order; replaced by a new array on every change. Property only. */
  @property({ attribute: false }) value: Action[] = [];
  /** Ids of actions elsewhere in the return, so that a new action's id is unique across the return. Property only. */
  @property({ attribute: false }) takenIds: readonly string[] = [];
  /**
   * Messages for single fields, keyed `"<actionIndex>.<field>"` (`"0.lead"`), or `"<actionIndex>"`
   * for a whole action; indexes count from 0. Property only.
   */
  @property({ attribute: false }) fieldErrors: Readonly<Record<string, string>> = {};

  /** The last thing announced; a new object each time so that repeating the same words is still announced. */
  @state() private _announcement: { text: string } | undefined;

  @query('.action-plan__add') private _addButton!: HTMLButtonElement | null;
  @queryAll('s11-action-row') private _rows!: NodeListOf<S11ActionRow>;

  /** The value when first rendered, which form reset goes back to. */
  private _defaultValue: Action[] | undefined;

  /** Move focus to the first action's first field, or to the Add button when there is no action. */
  override focus(options?: FocusOptions): void {
    const first = this._rows[0];
    if (first) first.focus(options);
    else this._addButton?.focus(options);
  }

  /** Move focus to a field of one action (from 0), as a link in an error summary does; by default its first field. */
  focusAction(index: number, field: keyof Action = 'action'): void {
    this._rows[index]?.focusField(field);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this._defaultValue = this.value;
  }

  override render() {
    const t = this._text;
    const error = this._shownError;
    const disabled = this._isDisabled;
    return html`
      <fieldset
        class="fieldset form-group ${error ? 'form-group--error' : ''}"
        part="base"
        aria-describedby=${error ? 'hint error' : 'hint'}
      >
        <legend class="legend legend--m" part="legend">${this.label || t.actionPlanLegend}</legend>
        <div class="hint" id="hint" part="hint">${this.hint || t.actionPlanHint}</div>
        ${errorMessage(error, { id: 'error', part: 'error', prefix: t.errorPrefix })}
        <div class="action-plan__list" part="list">
          ${
            this.value.length === 0
              ? html`<p class="action-plan__empty">${t.noActions}</p>`
              : this.value.map(
                  (action, i) => html`<s11-action-row
                  class="action-plan__row"
                  part="row"
                  exportparts=${ROW_PARTS}
                  removable
                  .value=${action}
                  .index=${i + 1}
                  .fieldErrors=${this._rowErrors(i)}
                  .error=${this.fieldErrors[String(i)] ?? ''}
                  .strings=${this.strings}
                  ?disabled=${disabled}
                  @input=${(event: Event) => this._onRowEvent(event, i, 'input')}
                  @change=${(event: Event) => this._onRowEvent(event, i, 'change')}
                  @s11-action-remove=${(event: S11ActionRemoveEvent) => this._onRowRemove(event, i)}
                ></s11-action-row>`,
                )
          }
        </div>
        <button
          type="button"
          class="button button--secondary action-plan__add"
          part="add-button"
          ?disabled=${disabled}
          @click=${this._add}
        >
          ${this.value.length === 0 ? t.addAction : t.addAnotherAction}
        </button>
      </fieldset>
      <div class="visually-hidden" aria-live="polite">
        ${this._announcement ? keyed(this._announcement, html`<span>${this._announcement.text}</span>`) : nothing}
      </div>
    `;
  }

  /** The messages of `fieldErrors` that belong to one row, keyed by field. */
  private _rowErrors(index: number): Partial<Record<S11ActionField, string>> {
    const prefix = `${index}.`;
    const errors: Record<string, string> = {};
    for (const [key, message] of Object.entries(this.fieldErrors)) {
      if (key.startsWith(prefix)) errors[key.slice(prefix.length)] = message;
    }
    return errors;
  }

  private async _add() {
    const index = this.value.length;
    const action = emptyAction([...this.takenIds, ...this.value.map((a) => a.id)]);
    if (!this._emit('s11-action-add', { index, action }, { cancelable: true })) return;
    this._commit([...this.value, action]);
    this._announce(this._text.actionAdded(index + 1));
    await this._rendered();
    this.focusAction(index);
  }

  /** A row asked to be removed: ask the page (with the plan's own index), then remove it and place focus. */
  private async _onRowRemove(event: S11ActionRemoveEvent, index: number) {
    // One s11-action-remove reaches the page: the plan's, which knows the index for sure.
    event.stopPropagation();
    const action = this.value[index];
    if (!action || !this._emit('s11-action-remove', { index, action }, { cancelable: true })) return;
    const value = this.value.filter((_, i) => i !== index);
    this._commit(value);
    this._announce(this._text.actionRemoved(index + 1));
    await this._rendered();
    // The row now in its place, else the one before, else the Add button: never the page body.
    if (value.length > 0) this.focusAction(Math.min(index, value.length - 1));
    else this._addButton?.focus();
  }

  /** A row's field changed: take its new action, and re-fire the event from the plan alone. */
  private _onRowEvent(event: Event, index: number, type: 'input' | 'change') {
    event.stopPropagation();
    const row = event.currentTarget as S11ActionRow;
    if (this.value[index] !== row.value)
      this._commit(
        this.value.map((action, i) => (i === index ? row.value : action)),
        type,
      );
    else this._fire(type);
  }

  /** Set a new value, tell the form at once (listeners may read FormData), and fire input and/or change. */
  private _commit(value: Action[], only?: 'input' | 'change') {
    this.value = value;
    this._syncWithForm();
    if (only) this._fire(only);
    else {
      this._fire('input');
      this._fire('change');
    }
  }

  private _announce(text: string) {
    this._announcement = { text };
  }

  /** Wait until the plan and its rows have rendered, so that focus can go to a row's field. */
  private async _rendered() {
    await this.updateComplete;
    await Promise.all([...this._rows].map((row) => row.updateComplete));
  }

  protected _formValue(): string {
    return JSON.stringify(this.value);
  }

  protected _ownValidity(): OwnValidity | null {
    return this.required && this.value.every(isEmptyAction) ? { flags: { valueMissing: true }, message: this._text.actionsRequired } : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // New rows render after the plan: tell the form again once the first row has a field to point at.
    const first = this._rows[0];
    if (first && !first.hasUpdated) void first.updateComplete.then(() => this._syncWithForm());
  }

  /** The first row's first field (through its documented `control` part), else the Add button. */
  protected _validationAnchor(): HTMLElement | null {
    return this._rows[0]?.renderRoot?.querySelector<HTMLElement>('[part~="control"]') ?? this._addButton;
  }

  protected _resetValue(): void {
    this.value = this._defaultValue ?? [];
  }

  protected _restoreValue(state: string): void {
    try {
      const saved: unknown = JSON.parse(state);
      if (Array.isArray(saved) && saved.every((action) => action && typeof action === 'object')) this.value = saved as Action[];
    } catch {
      // Not ours or damaged: keep what is on screen rather than lose it.
    }
  }
}
