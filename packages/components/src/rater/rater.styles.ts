import { css } from 'lit';

export const raterStyles = css`
  :host {
    display: block;
    --_gap: var(--s11-rater-gap, var(--_space-2));
  }
  /* formStyles' .fieldset resets the border that marks a question in error; put it back. */
  .fieldset.form-group--error {
    padding-left: var(--_space-3);
    border-left: 5px solid var(--_error);
  }
  .choices__item {
    margin-bottom: var(--_gap);
  }
  .choices__label {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_space-2);
  }
  .tone-icon {
    align-self: center;
  }
  /* A not-applicable level is a different kind of answer, so it stands apart from the scale. */
  .choices__item--apart:not(:first-child) {
    margin-top: var(--_space-6);
  }
  /* GOV.UK inline radios: side by side where they fit, one under another on a narrow screen. */
  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-4);
  }
  .choices--inline .choices__item,
  .choices--inline .choices__item--apart:not(:first-child) {
    margin-top: 0;
  }
`;
