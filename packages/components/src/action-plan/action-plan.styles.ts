import { css } from 'lit';

export const actionPlanStyles = css`
  :host {
    display: block;
  }
  .action-plan__row {
    display: block;
    margin-bottom: var(--_space-6);
    padding-bottom: var(--_space-4);
    border-bottom: 1px solid var(--_border);
  }
  .action-plan__empty {
    margin: 0 0 var(--_space-4);
  }
`;
