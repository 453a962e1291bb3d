import { css, html } from 'lit';
import type { Tone } from '@s11kit/schema';

/**
 * A rating's tone as a colour and a shape, so that it never relies on colour alone: blue a star,
 * green a tick, amber a triangle with an exclamation mark, red a cross, grey a dash. The shape is
 * decorative; the level's label is always there as text. Paths in a 24 × 24 box, straight lines
 * only: tone-shape.ts draws the same outlines in CSS, and a test holds the two together.
 */
export const TONE_PATHS: Readonly<Record<Tone, string>> = {
  blue: 'M12 2l2.9 6.9 7.1.6-5.4 4.7 1.6 7-6.2-3.8L5.8 21.2l1.6-7L2 9.5l7.1-.6z',
  green: 'M9.5 16.6 4.9 12l-1.8 1.8 6.4 6.4L21 8.7l-1.8-1.8z',
  amber: 'M12 2 1 21h22zm1 15h-2v2h2zm0-7h-2v5h2z',
  red: 'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z',
  grey: 'M4 11h16v2H4z',
};

/**
 * The tone's shape as an inline SVG, hidden from assistive technology. One template whose only
 * bindings are attributes, so an icon is two elements and no Lit markers. Holes (amber's
 * exclamation mark) are cut by the even-odd rule.
 */
export function toneIcon(tone: Tone) {
  return html`<svg class="tone-icon tone-icon--${tone}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${TONE_PATHS[tone]} fill-rule="evenodd"></path></svg>`;
}

export const toneStyles = css`
  .tone-icon {
    display: inline-block;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    vertical-align: -0.25em;
    fill: currentcolor;
  }
  .tone--blue {
    --_tone: var(--_tone-blue);
  }
  .tone--green {
    --_tone: var(--_tone-green);
  }
  .tone--amber {
    --_tone: var(--_tone-amber);
  }
  .tone--red {
    --_tone: var(--_tone-red);
  }
  .tone--grey {
    --_tone: var(--_tone-grey);
  }
  .tone-icon--blue {
    color: var(--_tone-blue);
  }
  .tone-icon--green {
    color: var(--_tone-green);
  }
  .tone-icon--amber {
    color: var(--_tone-amber);
  }
  .tone-icon--red {
    color: var(--_tone-red);
  }
  .tone-icon--grey {
    color: var(--_tone-grey);
  }
  /* A tag: dark text on a pale tint of the tone, the GOV.UK tag style. */
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    max-width: 100%;
    padding: 2px 8px 3px;
    border: 1px solid currentcolor;
    color: var(--_tone, var(--_text));
    background: var(--_background);
    font-size: var(--_font-size-small);
    font-weight: 400;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .tone-icon {
      fill: CanvasText;
    }
  }
`;
