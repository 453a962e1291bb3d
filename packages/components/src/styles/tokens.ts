import { css } from 'lit';

/**
 * Design tokens. Pages theme the elements through the public `--s11-*` custom properties; each
 * element reads the private `--_*` copies declared here, so every default lives in one place.
 * Defaults follow the GOV.UK Design System.
 */
export const tokens = css`
  :host {
    --_font: var(--s11-font-family, arial, sans-serif);
    --_font-size: var(--s11-font-size, 1.1875rem);
    --_font-size-small: var(--s11-font-size-small, 1rem);
    --_line-height: var(--s11-line-height, 1.3158);
    --_text: var(--s11-colour-text, #0b0c0c);
    --_secondary-text: var(--s11-colour-secondary-text, #484949);
    --_background: var(--s11-colour-background, #ffffff);
    --_surface: var(--s11-colour-surface, #f3f2f1);
    --_border: var(--s11-colour-border, #b1b4b6);
    --_input-border: var(--s11-colour-input-border, #0b0c0c);
    --_link: var(--s11-colour-link, #1d70b8);
    --_link-visited: var(--s11-colour-link-visited, #4c2c92);
    --_focus: var(--s11-colour-focus, #ffdd00);
    --_focus-text: var(--s11-colour-focus-text, #0b0c0c);
    --_error: var(--s11-colour-error, #d4351c);
    --_success: var(--s11-colour-success, #00703c);
    --_button: var(--s11-colour-button, #00703c);
    --_button-text: var(--s11-colour-button-text, #ffffff);
    --_button-secondary: var(--s11-colour-button-secondary, #f3f2f1);
    --_tone-blue: var(--s11-colour-tone-blue, #1d70b8);
    --_tone-green: var(--s11-colour-tone-green, #00703c);
    --_tone-amber: var(--s11-colour-tone-amber, #b35900);
    --_tone-red: var(--s11-colour-tone-red, #d4351c);
    --_tone-grey: var(--s11-colour-tone-grey, #505a5f);
    --_space-1: var(--s11-space-1, 5px);
    --_space-2: var(--s11-space-2, 10px);
    --_space-3: var(--s11-space-3, 15px);
    --_space-4: var(--s11-space-4, 20px);
    --_space-6: var(--s11-space-6, 30px);
    --_space-8: var(--s11-space-8, 40px);
    --_radius: var(--s11-radius, 0);
    --_border-width: var(--s11-border-width, 2px);
    --_focus-width: var(--s11-focus-width, 3px);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    -webkit-font-smoothing: antialiased;
  }
  @media (max-width: 40.0525em) {
    :host {
      --_font-size: var(--s11-font-size, 1rem);
      --_font-size-small: var(--s11-font-size-small, 0.875rem);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** GOV.UK focus style: a yellow background with a thick dark underline that works on any colour. */
export const focusRing = css`
  :focus-visible {
    outline: var(--_focus-width) solid transparent;
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
    text-decoration: none;
  }
`;

/** Links in GOV.UK style. */
export const links = css`
  a {
    color: var(--_link);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.1578em;
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  a:focus-visible {
    outline: var(--_focus-width) solid transparent;
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
    text-decoration: none;
  }
`;
