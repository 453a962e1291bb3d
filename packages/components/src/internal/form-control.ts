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
  @property({ reflect: true, useDefault: true }) name = '';
  /** Whether the control cannot be used; a disabled ancestor fieldset also disables it. */
  @property({ type: Boolean, reflect: true, useDefault: true }) disabled = false;
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
    this._flushForm();
    return this._internals.validity;
  }
  get validationMessage(): string {
    this._flushForm();
    return this._internals.validationMessage;
  }
  get willValidate(): boolean {
    this._flushForm();
    return this._internals.willValidate;
  }
  checkValidity(): boolean {
    this._flushForm();
    return this._internals.checkValidity();
  }
  reportValidity(): boolean {
    this._flushForm();
    return this._internals.reportValidity();
  }

  /** Disabled by its own attribute or by an ancestor. */
  protected get _isDisabled(): boolean {
    return this.disabled || this._formDisabled;
  }

  /** The message to show under the label: the page's, else the control's own after a submit attempt. */
  protected get _shownError(): string {
    if (this.error) return this.error;
    return this._showOwnError ? (this._ownValidity()?.message ?? '') : '';
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

  /** Called by the browser when the control joins or leaves a form: the form needs its value and validity now. */
  formAssociatedCallback(_form: HTMLFormElement | null): void {
    this._flushForm();
  }

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

  /** The form's copy of the value and validity is behind the control's; see `_syncWithForm`. */
  private _formBehind = false;

  /**
   * Tell the form the current value and validity. A control with no form (one inside another
   * element's shadow root, as every control of a standard card is) has no one to tell until its
   * validity is asked for: it only notes that the form's copy is behind, and `validity`,
   * `checkValidity()` and the rest bring it up to date first. That keeps a page of 36 controls
   * from working out and handing over every value and validity on every update.
   */
  protected _syncWithForm(): void {
    if (!this._internals.form) {
      this._formBehind = true;
      // Own errors show after an attempt to submit, until the value is valid again.
      if (this._showOwnError && !this.error && !this._ownValidity()) this._showOwnError = false;
      this._internals.ariaInvalid = this._shownError ? 'true' : null;
      return;
    }
    this._writeForm();
  }

  /** Bring the form's copy of the value and validity up to date, if it is behind. */
  protected _flushForm(): void {
    if (this._formBehind) this._writeForm();
  }

  private _writeForm(): void {
    this._formBehind = false;
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
