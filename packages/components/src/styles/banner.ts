import { css } from 'lit';

/** GOV.UK notification banners: the notices about a saved draft (restored, not saving, changed elsewhere). */
export const bannerStyles = css`
  .banner {
    margin: 0 0 var(--_space-6);
    padding: var(--_space-3);
    border: 5px solid var(--_link);
    background: var(--_background);
  }
  .banner--warning {
    border-color: var(--_error);
  }
  .banner--error {
    border-color: var(--_error);
  }
  .banner--error:focus {
    outline: var(--_focus-width, 3px) solid var(--_focus);
  }
  .banner__title {
    margin: 0 0 var(--_space-3);
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
  }
  .banner__text {
    margin: 0 0 var(--_space-2);
    font-weight: 700;
  }
  .warning {
    font-weight: 700;
  }
`;
