import { css } from 'lit';

export const summaryStyles = css`
  :host {
    display: block;
    --_cell-width: var(--s11-summary-cell-width, 8.5em);
    --_row-header-width: var(--s11-summary-row-header-width, 13em);
  }
  .filters {
    margin-bottom: var(--_space-4);
  }
  .filters__controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-4);
  }
  .filters__group {
    flex: 0 1 auto;
    min-width: 0;
    max-width: 100%;
  }
  .filters__group--search {
    flex: 1 1 14em;
  }
  .filters .select {
    width: 100%;
  }
  .count {
    margin: 0 0 var(--_space-3);
    font-weight: 700;
  }
  .key {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0 0 var(--_space-3);
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }
  .scroll {
    overflow-x: auto;
    margin-bottom: var(--_space-6);
  }
  .scroll:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
  }
  /* As wide as its columns want to be: the region scrolls, so columns are never squeezed. */
  .table {
    width: max-content;
    border-collapse: separate;
    border-spacing: 0;
    font-size: var(--_font-size-small);
  }
  .caption {
    margin-bottom: var(--_space-3);
    font-size: var(--_font-size);
    font-weight: 700;
    text-align: left;
  }
  th,
  td {
    padding: var(--_space-2);
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    vertical-align: bottom;
  }
  /* A column is as wide as the setting, or as its longest word. */
  .col--standard,
  .cell {
    width: var(--_cell-width);
  }
  /* The first column stays in view while the table scrolls sideways. */
  .col--name,
  .row-header {
    position: sticky;
    left: 0;
    z-index: 1;
    width: var(--_row-header-width);
    background: var(--_background);
    box-shadow: inset -1px 0 0 var(--_border);
  }
  @media (max-width: 40.0525em) {
    .col--name,
    .row-header {
      width: 7.5em;
    }
  }
  .row-header {
    overflow-wrap: break-word;
  }
  .row-header__name {
    display: block;
  }
  .row-header__detail {
    display: block;
    color: var(--_secondary-text);
    font-weight: 400;
  }
  /* GOV.UK sortable table: the header's button reads as the header, with an arrow for the order. */
  .sort {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    font-weight: 700;
    text-align: left;
    cursor: pointer;
  }
  .sort:focus-visible {
    outline: var(--_focus-width) solid transparent;
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
  }
  .sort::after {
    content: '\\25B2\\25BC' / '';
    display: inline-block;
    margin-left: 0.25em;
    font-size: 0.7em;
    letter-spacing: -0.1em;
  }
  [aria-sort='ascending'] .sort::after {
    content: '\\25B2' / '';
  }
  [aria-sort='descending'] .sort::after {
    content: '\\25BC' / '';
  }
  .col__number {
    display: block;
  }
  /* Long titles show their first lines; the whole title is still the button's name. */
  .col__title {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .cell[class*='tone--'] {
    background: color-mix(in srgb, var(--_tone) 16%, var(--_background));
  }
  .cell__detail {
    display: block;
    margin-top: var(--_space-1);
  }
  .cell--none {
    color: var(--_secondary-text);
    text-align: center;
  }
  .cell--number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tfoot th,
  tfoot td {
    border-bottom: 0;
    border-top: 2px solid var(--_text);
    font-weight: 700;
  }
  .empty {
    padding: var(--_space-4) var(--_space-2);
  }
  .list {
    margin: 0;
    padding-left: var(--_space-4);
  }
  @media print {
    .filters {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
    .col--name,
    .row-header {
      position: static;
    }
    .sort {
      color: inherit;
    }
    .sort::after {
      content: none;
    }
    .table {
      font-size: 9pt;
    }
    tr {
      break-inside: avoid;
    }
    /* Browsers leave backgrounds out of print by default: the colour is part of the heatmap. */
    .cell,
    .tone-shape::before {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
