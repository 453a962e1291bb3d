import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isBlank } from '@s11kit/schema';
import type { OwnValidity } from '../internal/form-control.js';
import { S11FieldControl } from '../internal/field-control.js';
import { detailsStyles } from '../styles/details.js';
import { formStyles } from '../styles/form.js';
import { tokens } from '../styles/tokens.js';
import { evidenceStyles } from './evidence.styles.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';
import { errorMessage } from '../internal/error-message.js';

/** GOV.UK waits for a pause in typing before telling screen readers the new count. */
const ANNOUNCE_DELAY = 1000;

/**
 * Evidence of impact, or an explanation: a GOV.UK textarea with the character count pattern.
 * With `maxlength` the count says how many characters are left or too many; the limit is soft, so
 * nothing typed is cut off, and the control is invalid while over it. Without a limit it counts
 * words. Screen readers hear the count once typing pauses, not on every key.
 *
 * @event input - The text changed; `value` is already updated.
 * @event change - The text was committed (the textarea's own change, when it loses focus).
 * @csspart base - The form group around everything.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart prompts - The "What evidence could you give?" details, shown when there are prompts.
 * @csspart error - The error message.
 * @csspart control - The textarea.
 * @csspart count - The visible count under the textarea.
 */
export class S11Evidence extends S11FieldControl {
  /** The words to show: the defaults with the page's overrides on top. */
  protected get _text(): AuditStrings {
    return mergeStrings(auditStrings, this.strings);
  }

  static override styles = [tokens, formStyles, detailsStyles, evidenceStyles];

  /**
   * The text. The `value` attribute sets it too, and is the default that form reset returns to,
   * as with a native textarea's content.
   */
  @property({ converter: { fromAttribute: (value: string | null) => value ?? '' } }) value = '';
  /** Prompts for what evidence to give, such as the standard's evidence prompts. Property only. */
  @property({ attribute: false }) prompts: readonly string[] = [];
  /** Soft limit in characters (UTF-16 code units, as the schema counts); 0 counts words instead. */
  @property({ type: Number }) maxlength = 0;
  /** Height of the textarea in lines. */
  @property({ type: Number }) rows = 6;

  /** The value the screen reader count describes; it trails the typing until a pause. */
  @state() private _spokenValue = '';
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** Focus the textarea, not the prompts that come before it. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('textarea')?.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
    this._announceTimer = undefined;
    this._spokenValue = this.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value set by the page (reset, restore, a saved draft) is described at once, as GOV.UK
    // does on page load; only typing waits for a pause.
    if (changed.has('value') && this._announceTimer === undefined) this._spokenValue = this.value;
  }

  override render() {
    const error = this._shownError;
    const limit = this.maxlength > 0 ? this.maxlength : 0;
    const over = limit > 0 && this.value.length > limit;
    const describedBy = [this.hint && 'hint', error && 'error', limit && 'count-limit'].filter(Boolean).join(' ');
    return html`
      <div class="${error ? 'form-group--error' : ''}" part="base">
        <label class="label label--s" part="label" for="control">${this.label}${this.label && !this.required ? ` ${this._text.optional}` : nothing}</label>
        ${this.hint ? html`<p class="hint" id="hint" part="hint">${this.hint}</p>` : nothing}
        ${
          this.prompts.length > 0
            ? html`<details class="details" part="prompts">
              <summary class="details__summary"><span class="details__summary-text">${this._text.evidencePrompts}</span></summary>
              <div class="details__text"><ul class="list">${this.prompts.map((prompt) => html`<li>${prompt}</li>`)}</ul></div>
            </details>`
            : nothing
        }
        ${errorMessage(error, { id: 'error', part: 'error', prefix: this._text.errorPrefix })}
        <textarea class="textarea ${error || over ? 'textarea--error' : ''}" part="control" id="control" rows=${this.rows}
          .value=${live(this.value)} ?disabled=${this._isDisabled} aria-describedby=${describedBy || nothing}
          aria-invalid=${error ? 'true' : nothing} @input=${this._onInput} @change=${this._onChange}></textarea>
        ${limit ? html`<p class="visually-hidden" id="count-limit">${this._text.characterLimit(limit)}</p>` : nothing}
        <p class="hint count ${over ? 'count--over' : ''}" part="count" aria-hidden="true">${this._countText(this.value)}</p>
        <p class="visually-hidden" aria-live="polite">${this._countText(this._spokenValue)}</p>
      </div>
    `;
  }

  private _countText(text: string): string {
    if (this.maxlength > 0) {
      const left = this.maxlength - text.length;
      return left < 0 ? this._text.charactersTooMany(-left) : this._text.charactersRemaining(left);
    }
    return this._text.wordCount(text.match(/\S+/g)?.length ?? 0);
  }

  private _onInput(event: Event) {
    event.stopPropagation();
    clearTimeout(this._announceTimer);
    this._announceTimer = setTimeout(() => {
      this._announceTimer = undefined;
      this._spokenValue = this.value;
    }, ANNOUNCE_DELAY);
    this.value = (event.target as HTMLTextAreaElement).value;
    // Listeners may read the form at once; the next render would be too late.
    this._syncWithForm();
    this._fire('input');
  }

  private _onChange(event: Event) {
    event.stopPropagation();
    this._fire('change');
  }

  protected _formValue(): string {
    return this.value;
  }

  protected _ownValidity(): OwnValidity | null {
    if (this.required && isBlank(this.value)) return { flags: { valueMissing: true }, message: this._text.textRequired };
    if (this.maxlength > 0 && this.value.length > this.maxlength) {
      return { flags: { tooLong: true }, message: this._text.textTooLong(this.maxlength) };
    }
    return null;
  }

  protected _validationAnchor() {
    return this.renderRoot.querySelector('textarea');
  }

  protected _resetValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected _restoreValue(state: string): void {
    this.value = state;
  }
}
