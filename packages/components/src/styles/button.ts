import { css } from 'lit';

/** GOV.UK buttons: primary (green), secondary (grey), warning (red), and a button that looks like a link. */
export const buttonStyles = css`
  .button {
    display: inline-block;
    position: relative;
    width: auto;
    margin: 0 var(--_space-3) var(--_space-4) 0;
    padding: 8px var(--_space-2) 7px;
    border: var(--_border-width) solid transparent;
    border-radius: var(--_radius);
    background-color: var(--_button);
    box-shadow: 0 2px 0 #002d18;
    color: var(--_button-text);
    font: inherit;
    line-height: 1.1875;
    text-align: center;
    vertical-align: top;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .button:hover {
    filter: brightness(0.85);
  }
  .button:active {
    top: 2px;
  }
  .button:focus-visible {
    border-color: var(--_focus);
    outline: var(--_focus-width) solid transparent;
    background-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus), 0 2px 0 var(--_focus-text);
    color: var(--_focus-text);
    filter: none;
  }
  .button--secondary {
    background-color: var(--_button-secondary);
    box-shadow: 0 2px 0 #858686;
    color: var(--_text);
  }
  .button--warning {
    background-color: var(--_error);
    box-shadow: 0 2px 0 #55150b;
    color: #ffffff;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .button-group {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-3);
  }
  .link-button {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  .link-button:focus-visible {
    outline: var(--_focus-width) solid transparent;
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
    text-decoration: none;
  }
  .link-button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;
