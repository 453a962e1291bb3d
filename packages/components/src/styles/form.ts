import { css } from 'lit';

/** GOV.UK form group, label, hint, error message, text inputs, textarea, select, fieldset. */
export const formStyles = css`
  .form-group {
    margin: 0 0 var(--_space-4);
  }
  .form-group--error {
    padding-left: var(--_space-3);
    border-left: 5px solid var(--_error);
  }
  .label,
  .legend {
    display: block;
    margin: 0 0 var(--_space-1);
    font-weight: 400;
    color: var(--_text);
  }
  .legend {
    max-width: 100%;
    padding: 0;
    white-space: normal;
  }
  .label--s,
  .legend--s {
    font-weight: 700;
  }
  .label--m,
  .legend--m {
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
    margin-bottom: var(--_space-3);
  }
  .hint {
    display: block;
    margin: 0 0 var(--_space-3);
    color: var(--_secondary-text);
  }
  .error-message {
    display: block;
    margin: 0 0 var(--_space-3);
    clear: both;
    color: var(--_error);
    font-weight: 700;
  }
  .fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .input,
  .textarea,
  .select {
    display: block;
    width: 100%;
    min-height: 40px;
    margin: 0;
    padding: var(--_space-1);
    border: var(--_border-width) solid var(--_input-border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    appearance: none;
  }
  .select {
    appearance: auto;
    width: auto;
    min-width: 11.5em;
    max-width: 100%;
  }
  .textarea {
    min-height: 6rem;
    resize: vertical;
  }
  .input:focus,
  .textarea:focus,
  .select:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--_border-width) var(--_input-border);
  }
  .input--error,
  .textarea--error,
  .select--error {
    border-color: var(--_error);
  }
  .input--error:focus,
  .textarea--error:focus {
    border-color: var(--_input-border);
  }
  .input:disabled,
  .textarea:disabled,
  .select:disabled {
    opacity: 0.5;
    color: inherit;
    background-color: transparent;
    cursor: not-allowed;
  }
  .input--width-10 {
    max-width: 23ex;
  }
  .input--width-2 {
    max-width: 5.4ex;
  }
  .input--width-4 {
    max-width: 9ex;
  }
  /* GOV.UK date input: day, month and year boxes side by side, wrapping on narrow screens. */
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: 0 20px;
  }
  .date-input__item {
    margin-bottom: 0;
  }
  .date-input__label {
    display: block;
    margin-bottom: 5px;
  }
  .file-upload {
    max-width: 100%;
    margin-left: -5px;
    padding: 5px;
    font: inherit;
  }
  .file-upload:focus {
    outline: var(--_focus-width) solid var(--_focus);
    box-shadow: inset 0 0 0 4px var(--_text);
  }
  .input--width-20 {
    max-width: 41ex;
  }
`;

/** GOV.UK radios and checkboxes: 40px targets drawn over native inputs, so the browser keeps the semantics. */
export const choiceStyles = css`
  .choices__item {
    display: flex;
    flex-wrap: wrap;
    position: relative;
    margin-bottom: var(--_space-2);
    /* The input is taken out of the flow, so the item keeps room for the 40px circle or box. */
    padding-left: 40px;
  }
  .choices__item:last-child {
    margin-bottom: 0;
  }
  .choices__input {
    position: absolute;
    z-index: 1;
    top: -2px;
    left: -2px;
    width: 44px;
    height: 44px;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .choices__label {
    align-self: center;
    max-width: calc(100% - 74px);
    margin-bottom: 0;
    padding: 7px var(--_space-3);
    cursor: pointer;
    touch-action: manipulation;
  }
  .choices__label::before {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 0;
    left: 0;
    width: 40px;
    height: 40px;
    border: var(--_border-width) solid currentcolor;
    background: var(--_background);
  }
  .choices--radio .choices__label::before {
    border-radius: 50%;
  }
  .choices--radio .choices__label::after {
    content: '';
    position: absolute;
    top: 10px;
    left: 10px;
    width: 0;
    height: 0;
    border: 10px solid currentcolor;
    border-radius: 50%;
    opacity: 0;
    background: currentcolor;
  }
  .choices--checkbox .choices__label::after {
    content: '';
    box-sizing: border-box;
    position: absolute;
    top: 13px;
    left: 10px;
    width: 23px;
    height: 12px;
    transform: rotate(-45deg);
    border: solid;
    border-width: 0 0 5px 5px;
    border-top-color: transparent;
    opacity: 0;
    background: transparent;
  }
  .choices__hint {
    display: block;
    width: 100%;
    margin: 0 0 0 0;
    padding-right: var(--_space-3);
    padding-left: var(--_space-3);
    color: var(--_secondary-text);
  }
  .choices__input:checked + .choices__label::after {
    opacity: 1;
  }
  .choices__input:focus-visible + .choices__label::before {
    border-width: 4px;
    outline: var(--_focus-width) solid transparent;
    outline-offset: 1px;
    box-shadow: 0 0 0 var(--_focus-width) var(--_focus);
  }
  .choices__input:disabled,
  .choices__input:disabled + .choices__label {
    cursor: not-allowed;
  }
  /* Only the control and its label fade (WCAG exempts an inactive control's own text); its hint
     must stay readable at full contrast. */
  .choices__input:disabled + .choices__label {
    opacity: 0.5;
  }
  @media (forced-colors: active) {
    .choices__input:focus-visible + .choices__label::before {
      outline-color: Highlight;
    }
  }
`;
