import { css } from 'lit';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  .error-summary {
    padding: var(--_space-3);
    margin-bottom: var(--_space-6);
    border: 5px solid var(--_error);
    background: var(--_background);
  }
  .error-summary:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .error-summary__title {
    margin: 0 0 var(--_space-3);
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
  }
  .error-summary__list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary__list li {
    margin-bottom: var(--_space-2);
  }
  .error-summary__list a {
    color: var(--_error);
    font-weight: 700;
  }
  @media (min-width: 40.0625em) {
    .error-summary {
      padding: var(--_space-4);
    }
  }
`;
