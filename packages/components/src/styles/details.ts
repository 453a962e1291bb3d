import { css } from 'lit';

/** GOV.UK details: a blue summary with a triangle that opens an inset panel. */
export const detailsStyles = css`
  .details {
    display: block;
    margin: 0 0 var(--_space-4);
  }
  .details__summary {
    display: inline-block;
    position: relative;
    margin-bottom: var(--_space-1);
    padding-left: 25px;
    color: var(--_link);
    cursor: pointer;
    list-style: none;
  }
  .details__summary::-webkit-details-marker {
    display: none;
  }
  .details__summary::before {
    content: '';
    position: absolute;
    top: -1px;
    bottom: 0;
    left: 0;
    margin: auto;
    display: block;
    width: 0;
    height: 0;
    border-style: solid;
    border-color: transparent;
    border-width: 7px 0 7px 12.124px;
    border-left-color: inherit;
    clip-path: polygon(0% 0%, 100% 50%, 0% 100%);
  }
  .details[open] > .details__summary::before {
    border-width: 12.124px 7px 0 7px;
    border-top-color: inherit;
    clip-path: polygon(0% 0%, 50% 100%, 100% 0%);
  }
  .details__summary-text {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  .details__summary:hover .details__summary-text {
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  .details__summary:focus-visible {
    outline: var(--_focus-width) solid transparent;
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
  }
  .details__summary:focus-visible .details__summary-text {
    text-decoration: none;
  }
  .details__text {
    padding: var(--_space-3) var(--_space-3) var(--_space-3) var(--_space-4);
    border-left: 5px solid var(--_border);
  }
  .details__text > :first-child {
    margin-top: 0;
  }
  .details__text > :last-child {
    margin-bottom: 0;
  }
`;
