import { css } from 'lit';

export const actionRowStyles = css`
  :host {
    display: block;
  }
  .action-row {
    margin-bottom: 0;
  }
  /* Lead, due date and status share a line when there is room, and stack one under another on a
     narrow screen or in a narrow CMS column, whatever the width of the viewport. */
  .action-row__grid {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-4);
  }
  .action-row__grid > .form-group {
    flex: 1 1 12em;
    min-width: 0;
  }
  .action-row__grid .select {
    width: 100%;
    min-width: 0;
  }
`;
