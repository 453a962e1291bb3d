import { css } from 'lit';

/**
 * GOV.UK summary list: each key beside its value (and a Change link), stacked on narrow screens.
 * The tracker adds a borderless, tighter `summary-list--compact` in its own styles, so that the
 * audit's bundle does not carry it.
 */
export const summaryListStyles = css`
  .summary-list {
    margin: 0 0 var(--_space-6);
  }
  .summary-list__row {
    display: grid;
    grid-template-columns: minmax(8em, 30%) 1fr auto;
    gap: var(--_space-1) var(--_space-4);
    padding: var(--_space-2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .summary-list__key {
    margin: 0;
    font-weight: 700;
  }
  .summary-list__value,
  .summary-list__actions {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 40.0525em) {
    .summary-list__row {
      grid-template-columns: 1fr;
    }
  }
`;
