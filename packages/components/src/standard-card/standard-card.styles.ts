import { css } from 'lit';

export const standardCardStyles = css`
  :host {
    display: block;
  }
  .card {
    max-width: var(--s11-standard-card-max-width, 42em);
  }
  .caption {
    display: block;
    margin-bottom: var(--_space-1);
    color: var(--_secondary-text);
    font-size: var(--_font-size);
  }
  .title {
    margin: 0 0 var(--_space-4);
    font-size: 2rem;
    line-height: 1.1;
    font-weight: 700;
  }
  .title:focus {
    outline: none;
  }
  .heading-s {
    margin: var(--_space-4) 0 var(--_space-2);
    font-size: var(--_font-size);
    font-weight: 700;
  }
  .rationale,
  .expectations {
    margin: 0 0 var(--_space-4);
  }
  .expectations {
    padding-left: var(--_space-4);
  }
  .expectations li {
    margin-bottom: var(--_space-1);
  }
  .about {
    margin-bottom: var(--_space-6);
    padding-bottom: var(--_space-2);
    border-bottom: 1px solid var(--_border);
  }
  s11-rater,
  s11-evidence,
  s11-action-plan {
    display: block;
    margin-bottom: var(--_space-6);
  }
  .rolled-up {
    margin: 0 0 var(--_space-6);
    padding: var(--_space-3);
    border-left: 5px solid var(--_border);
    background: var(--_surface);
  }
  .rolled-up:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .rolled-up.form-group--error {
    border-left-color: var(--_error);
  }
  .rolled-up__text {
    margin: 0;
    font-weight: 700;
  }
  .items {
    margin: 0 0 var(--_space-6);
  }
  .items__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items__item {
    margin: 0 0 var(--_space-4);
    padding-bottom: var(--_space-3);
    border-bottom: 1px solid var(--_border);
  }
  .items__item s11-rater,
  .items__item s11-evidence {
    margin-bottom: var(--_space-3);
  }
  .copied {
    margin: 0 0 var(--_space-4);
    padding: var(--_space-3);
    border-left: 5px solid var(--_focus);
    background: var(--_surface);
  }
  .copied p {
    margin: 0 0 var(--_space-3);
  }
  .quotation {
    margin: calc(-1 * var(--_space-4)) 0 var(--_space-6);
  }
  .needed {
    margin: 0 0 var(--_space-6);
    padding: var(--_space-3);
    border-left: 10px solid var(--_border);
    background: var(--_surface);
  }
  .needed--done {
    border-left-color: var(--_success);
  }
  .needed__title {
    margin: 0 0 var(--_space-2);
    font-weight: 700;
  }
  .needed__list {
    margin: 0;
    padding-left: var(--_space-4);
  }
  .needed p:last-child {
    margin-bottom: 0;
  }
  @media (max-width: 40.0525em) {
    .title {
      font-size: 1.5rem;
    }
  }
  @media print {
    .needed,
    .copied button {
      display: none;
    }
  }
`;
