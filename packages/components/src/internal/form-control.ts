import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { S11Element } from './s11-element.js';

/** A validity problem of the control's own, before any message given by the page. */
export interface OwnValidity {
  readonly flags: ValidityStateFlags;
  readonly message: string;
}

/**
 * Base of every s11 input element: a form-associated custom element (ElementInternals) that works
 * inside a plain `<form>`. It puts its value in FormData, reports validity, takes part in form
 * reset, disabled fieldsets and browser restore, and fires native `input` and `change` from the
 * host. Subclasses say what their value is, how to validate it and what to focus.
 */
export abstract class S11FormControl extends S11Element {
  static formAssociated = true;
  // No delegatesFocus: with it, a click on any text inside (a rationale, a caption, a hint) moves
  // focus to the first control and scrolls to it. Each control's `focus()` goes to the right place.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: false };

  protected readonly _internals: ElementInternals = this.attachInternals();

  /** Name of the field in the form's FormData. */
  @property({ reflect: true }) name = '';
  /** Whether the control cannot be used; a disabled ancestor fieldset also disables it. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Whether an answer is needed for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** The question, shown as the label or legend. Text only. */
  @property() label = '';
  /** Hint text under the label. Text only. */
  @property() hint = '';
  /**
   * An error message to show now, such as one from `validateReturn`. Setting it marks the control
   * invalid; an empty string clears it.
   */
  @property() error = '';

  /** Set when an ancestor fieldset or form is disabled. */
  @state() protected _formDisabled = false;
  /** GOV.UK shows a control's own errors only after an attempt to submit. */
  @state() protected _showOwnError = false;

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this._showOwnError = true;
    });
  }

  /** The form that owns the control, if any. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }
  get validity(): ValidityState {
    return this._internals.validity;
  }
  get validationMessage(): string {
    return this._internals.validationMessage;
  }
  get willValidate(): boolean {
    return this._internals.willValidate;
  }
  checkValidity(): boolean {
    return this._internals.checkValidity();
  }
  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  /** Disabled by its own attribute or by an ancestor. */
  protected get _isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  /** The message to show under the label: the page's, else the control's own after a submit attempt. */
  protected get _shownError(): string {
    if (this.error) return this.error;
    return this._showOwnError ? this._internals.validationMessage : '';
  }

  /** The value as it goes into FormData; `null` leaves the field out. */
  protected abstract _formValue(): string | null;
  /** The control's own validity problem, or `null` when valid. */
  protected abstract _ownValidity(): OwnValidity | null;
  /** The element the browser points at when it reports a problem. */
  protected abstract _validationAnchor(): HTMLElement | null | undefined;
  /** Put the value back to its default, as form reset does. */
  protected abstract _resetValue(): void;
  /** Put back a value saved by the browser (back/forward or restored session). */
  protected abstract _restoreValue(state: string): void;

  formResetCallback(): void {
    this._resetValue();
    this._showOwnError = false;
  }

  formDisabledCallback(disabled: boolean): void {
    this._formDisabled = disabled;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this._restoreValue(state);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this._syncWithForm();
  }

  /** Tell the form the current value and validity. */
  protected _syncWithForm(): void {
    const value = this._isDisabled ? null : this._formValue();
    this._internals.setFormValue(value, value);
    const own = this._ownValidity();
    const anchor = this._validationAnchor() ?? undefined;
    if (this.error) this._internals.setValidity({ customError: true }, this.error, anchor);
    else if (own) this._internals.setValidity(own.flags, own.message, anchor);
    else this._internals.setValidity({});
    if (!own && !this.error) this._showOwnError = false;
    this._internals.ariaInvalid = this._shownError ? 'true' : null;
  }

  /**
   * Fire a native-style `input` or `change` event from the host. Events from inside the shadow
   * root are stopped first: `change` does not cross shadow boundaries, and listeners must see the
   * host's value already updated.
   */
  protected _fire(type: 'input' | 'change'): void {
    this.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
  }
}
