import { css } from 'lit';

export const evidenceStyles = css`
  :host {
    display: block;
  }
  .list {
    margin: 0;
    padding-left: var(--_space-4);
  }
  .list > li {
    margin-bottom: var(--_space-1);
  }
  .textarea {
    margin-bottom: var(--_space-1);
  }
  .count {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .count--over {
    color: var(--_error);
    font-weight: 700;
  }
`;
