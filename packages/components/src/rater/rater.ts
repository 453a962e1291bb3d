import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { RatingLevel, RatingScale } from '@s11kit/schema';
import type { OwnValidity } from '../internal/form-control.js';
import { S11FieldControl } from '../internal/field-control.js';
import { choiceStyles, formStyles } from '../styles/form.js';
import { toneIcon, toneStyles } from '../styles/tone.js';
import { tokens } from '../styles/tokens.js';
import { raterStyles } from './rater.styles.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';
import { errorMessage } from '../internal/error-message.js';

/**
 * One rating on any rating scale, as GOV.UK radios: a fieldset with one native radio per level,
 * each showing the level's label as text, a shape for its tone, and its description as a hint.
 * The browser's own radio group gives the keyboard behaviour: Tab lands on the checked level (or
 * the first), arrow keys select the next or previous level and wrap.
 *
 * @event input - The user selected a level; `value` is already updated.
 * @event change - The user selected a level; fired straight after `input`.
 * @csspart base - The fieldset.
 * @csspart legend - The question.
 * @csspart hint - The hint under the question.
 * @csspart error - The error message.
 * @csspart option - Each level: its radio, label and hint.
 * @csspart option-label - The label of a level, with its tone shape.
 * @csspart option-hint - The description of a level.
 * @csspart control - Each native radio (drawn over by the GOV.UK circle; it stays transparent).
 * @cssproperty --s11-rater-gap - Space between levels. Default 10px.
 */
export class S11Rater extends S11FieldControl {
  /** The words to show: the defaults with the page's overrides on top. */
  protected get _text(): AuditStrings {
    return mergeStrings(auditStrings, this.strings);
  }

  static override styles = [tokens, formStyles, choiceStyles, toneStyles, raterStyles];

  /** The scale whose levels are offered. Property only. */
  @property({ attribute: false }) scale: RatingScale | undefined;
  /**
   * The id of the selected level, '' for none. The `value` attribute sets it too, and is the
   * default that form reset returns to, as with a native input.
   */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? '' } }) value = '';
  /**
   * Leaves out each level's description and keeps the levels on one line where they fit: for the
   * many items within a standard, once the scale has been read at the standard itself.
   */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The selected level, if the value is one of the scale's levels. */
  get level(): RatingLevel | undefined {
    return this.scale?.levels.find((level) => level.id === this.value);
  }

  /** Focus the checked level, or else the first one, as Tab into the group would. */
  override focus(options?: FocusOptions): void {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:enabled')];
    const target = radios.find((radio) => radio.checked) ?? radios[0];
    if (target) target.focus(options);
    else super.focus(options);
  }

  override render() {
    const error = this._shownError;
    const describedBy = [this.hint && 'hint', error && 'error'].filter(Boolean).join(' ');
    return html`
      <fieldset class="fieldset ${error ? 'form-group--error' : ''}" part="base" aria-describedby=${describedBy || nothing}
        @change=${this._onChange} @input=${this._stop}>
        <legend class="legend legend--s" part="legend">${this.label}${this.label && !this.required ? ` ${this._text.optional}` : nothing}</legend>
        ${this.hint ? html`<p class="hint" id="hint" part="hint">${this.hint}</p>` : nothing}
        ${errorMessage(error, { id: 'error', part: 'error', prefix: this._text.errorPrefix })}
        <div class="choices choices--radio ${this.compact ? 'choices--inline' : ''}">${this.scale?.levels.map((level, i) => this._renderLevel(level, i))}</div>
      </fieldset>
    `;
  }

  private _renderLevel(level: RatingLevel, i: number) {
    const id = `option-${i}`;
    return html`
      <div class="choices__item ${level.notApplicable ? 'choices__item--apart' : ''}" part="option">
        <input class="choices__input" part="control" type="radio" name="level" id=${id} value=${level.id}
          .checked=${live(level.id === this.value)} ?disabled=${this._isDisabled}
          aria-describedby=${level.description && !this.compact ? `${id}-hint` : nothing} />
        <label class="choices__label" part="option-label" for=${id}>${toneIcon(level.tone)} ${level.label}</label>
        ${level.description && !this.compact ? html`<p class="hint choices__hint" part="option-hint" id="${id}-hint">${level.description}</p>` : nothing}
      </div>
    `;
  }

  /** The inner radio's events stop here; the host fires its own once `value` is updated. */
  private _stop(event: Event) {
    event.stopPropagation();
  }

  private _onChange(event: Event) {
    event.stopPropagation();
    this.value = (event.target as HTMLInputElement).value;
    // Listeners may read the form at once; the next render would be too late.
    this._syncWithForm();
    this._fire('input');
    this._fire('change');
  }

  protected _formValue(): string | null {
    return this.level ? this.value : null;
  }

  protected _ownValidity(): OwnValidity | null {
    return this.required && !this.level ? { flags: { valueMissing: true }, message: this._text.raterRequired } : null;
  }

  protected _validationAnchor() {
    return this.renderRoot.querySelector('input');
  }

  protected _resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected _restoreValue(state: string): void {
    this.value = state;
  }
}
