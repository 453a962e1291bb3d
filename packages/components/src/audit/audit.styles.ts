import { css } from 'lit';
import { bannerStyles } from '../styles/banner.js';
import { buttonStyles } from '../styles/button.js';
import { detailsStyles } from '../styles/details.js';
import { links, tokens } from '../styles/tokens.js';

export const pageStyles = css`
  :host {
    display: block;
  }
  .audit {
    max-width: var(--s11-audit-max-width, 48em);
    /* Its own width, not the window's, decides the layout: a CMS may put it in a narrow column. */
    container: s11-audit / inline-size;
  }
  .title {
    margin: 0 0 var(--_space-4);
    font-size: 2rem;
    line-height: 1.1;
    font-weight: 700;
  }
  .title:focus,
  .panel__title:focus {
    outline: none;
  }
  .section-title {
    margin: var(--_space-6) 0 var(--_space-3);
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
  }
  .summary-title {
    margin: var(--_space-4) 0 var(--_space-2);
    font-size: 1.1875rem;
    font-weight: 700;
  }
  .body {
    margin: 0 0 var(--_space-4);
  }
  .caption-line {
    margin: 0 0 var(--_space-2);
    color: var(--_secondary-text);
  }
  .muted {
    color: var(--_secondary-text);
  }
  .pre-wrap {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .list {
    margin: 0 0 var(--_space-3);
    padding-left: var(--_space-4);
  }
  .link {
    color: var(--_link);
  }

  /* GOV.UK task list */
  .task-list {
    margin: 0 0 var(--_space-6);
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_border);
  }
  .task {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-3);
    position: relative;
    padding: var(--_space-2) 0;
    border-bottom: 1px solid var(--_border);
  }
  .task:hover {
    background: var(--_surface);
  }
  .task__name {
    flex: 1 1 20em;
  }
  .task__link::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .task__status {
    color: var(--_text);
  }
  .task-tag {
    display: inline-block;
    padding: 2px 8px 3px;
    font-weight: 400;
    color: #0c2d4a;
    background: #bbd4ea;
  }
  .task-tag--not-started {
    color: #0c2d4a;
    background: #bbd4ea;
  }
  .task-tag--in-progress {
    color: #594d00;
    background: #fff7bf;
  }

  /* GOV.UK panel */
  .panel {
    margin-bottom: var(--_space-4);
    padding: var(--_space-6);
    color: #ffffff;
    background: var(--_success);
    text-align: center;
  }
  .panel__title {
    margin: 0;
    font-size: 2rem;
    font-weight: 700;
  }
  .framework-error {
    padding: var(--_space-4);
    border: 5px solid var(--_error);
  }

  .panel__body {
    margin: var(--_space-2) 0 0;
    font-size: 1.5rem;
  }
  .panel__reference {
    display: block;
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  /* GOV.UK table */
  .table {
    width: 100%;
    margin-bottom: var(--_space-6);
    border-collapse: collapse;
    border-spacing: 0;
  }
  .table th,
  .table td {
    padding: var(--_space-2) var(--_space-4) var(--_space-2) 0;
    border-bottom: 1px solid var(--_border);
    text-align: left;
    vertical-align: top;
  }
  .table th {
    font-weight: 700;
  }

  /* The action plan: a table where there is room, a summary list per action in a narrow column. */
  .action-plan--narrow {
    display: none;
    margin: 0 0 var(--_space-6);
    padding: 0;
    list-style: none;
  }
  @container s11-audit (max-width: 40em) {
    .action-plan--wide {
      display: none;
    }
    .action-plan--narrow {
      display: block;
    }
  }
  @media print {
    .action-plan--wide {
      display: table;
    }
    .action-plan--narrow {
      display: none;
    }
  }

  @media print {
    :host {
      font-size: 12pt;
      color: #000000;
    }
    .button,
    .button-group,
    .link-button,
    .summary-list__actions,
    s11-error-summary,
    .banner {
      display: none !important;
    }
    .summary-list__row,
    .table tr {
      break-inside: avoid;
    }
    .section-title {
      break-after: avoid;
    }
  }
`;

/**
 * What the task list needs: the audit's own sheet on top of the shared ones it uses. The other
 * pages' sheets (form fields, ratings, summary lists) come with them after first paint, in
 * `auditPageStyles`, which keeps these in the same order so that the cascade is the same.
 */
export const auditStyles = [tokens, links, buttonStyles, detailsStyles, bannerStyles, pageStyles];
