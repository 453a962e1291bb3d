import { css } from 'lit';
import { bannerStyles } from '../styles/banner.js';
import { buttonStyles } from '../styles/button.js';
import { detailsStyles } from '../styles/details.js';
import { choiceStyles, formStyles } from '../styles/form.js';
import { summaryListStyles } from '../styles/summary-list.js';
import { toneStyles } from '../styles/tone.js';
import { tokens } from '../styles/tokens.js';

const ownStyles = css`
  :host {
    display: block;
  }
  .tracker {
    max-width: var(--s11-action-tracker-max-width, 48em);
  }
  .title {
    margin: 0 0 var(--_space-4);
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
  }
  .title:focus,
  .action__title:focus {
    outline: none;
  }
  .body {
    margin: 0 0 var(--_space-3);
  }
  .muted {
    color: var(--_secondary-text);
  }
  .pre-wrap {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .list {
    margin: 0;
    padding-left: var(--_space-4);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-6);
    margin: 0 0 var(--_space-6);
    padding: 0;
    list-style: none;
    font-weight: 700;
  }
  .actions {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_border);
  }
  .action {
    padding: var(--_space-4) 0 var(--_space-2);
    border-bottom: 1px solid var(--_border);
  }
  .action__title {
    margin: 0 0 var(--_space-2);
    font-size: 1.1875rem;
    line-height: 1.3;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    margin: 0 0 var(--_space-3);
  }
  /* A few facts inside each action: the summary list without borders, tighter. */
  .summary-list--compact {
    margin: 0 0 var(--_space-3);
  }
  .summary-list--compact .summary-list__row {
    grid-template-columns: minmax(7em, 30%) 1fr;
    padding: var(--_space-1) 0;
    border-bottom: 0;
  }
  @media (max-width: 40.0525em) {
    .summary-list--compact .summary-list__row {
      grid-template-columns: 1fr;
    }
  }
  .not-saved {
    margin: 0 0 var(--_space-4);
    padding: var(--_space-3);
    border: 5px solid var(--_error);
  }
  .not-saved:focus {
    outline: var(--_focus-width) solid var(--_focus);
  }
  .not-saved p {
    margin: 0 0 var(--_space-2);
  }
  .not-saved__title {
    font-weight: 700;
  }
  .update {
    margin: 0 0 var(--_space-4);
    padding: var(--_space-4) 0 0 var(--_space-4);
    border-left: 5px solid var(--_border);
  }
  /* formStyles' .fieldset resets the form group's margin; the status radios need it back. */
  .update .fieldset {
    margin-bottom: var(--_space-6);
  }
  /* GOV.UK conditional reveal under a radio. */
  .conditional {
    margin: var(--_space-2) 0 var(--_space-3) 18px;
    padding-left: 33px;
    border-left: 4px solid var(--_border);
  }
  .choices__item + .conditional + .choices__item {
    margin-top: var(--_space-2);
  }
  @media print {
    .button,
    .link-button,
    .update,
    s11-error-summary,
    .banner {
      display: none !important;
    }
    .action {
      break-inside: avoid;
    }
  }
`;

export const trackerStyles = [tokens, formStyles, choiceStyles, buttonStyles, detailsStyles, toneStyles, bannerStyles, summaryListStyles, ownStyles];
