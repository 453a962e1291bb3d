import { css } from 'lit';

/**
 * A tone's shape (tone.ts) drawn by CSS before the text of an element with the classes
 * `tone-shape` and `tone--<tone>`: no element at all. For tables with thousands of ratings (the
 * heatmap), where an SVG in each cell more than doubles the elements that the browser, screen
 * readers and accessibility checkers walk. It is a clip path, not an image, so a
 * Content-Security-Policy without `data:` images does not blank it; forced colours draw it in the
 * text colour.
 *
 * Each polygon is the SVG path of `TONE_PATHS` as percentages of its 24 × 24 box (a test compares
 * them point by point). Amber's holes are reached from the triangle's first point and left the
 * same way: those bridges are crossed twice and enclose nothing, and the even-odd rule cuts the
 * holes.
 */
export const toneShapeStyles = css`
  .tone-shape::before {
    content: '';
    display: inline-block;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-right: 0.2em;
    vertical-align: -0.25em;
    background: var(--_tone, currentcolor);
    clip-path: var(--_tone-shape);
  }
  .tone--blue {
    --_tone-shape: polygon(50% 8.333%, 62.083% 37.083%, 91.667% 39.583%, 69.167% 59.167%, 75.833% 88.333%, 50% 72.5%, 24.167% 88.333%, 30.833% 59.167%, 8.333% 39.583%, 37.917% 37.083%);
  }
  .tone--green {
    --_tone-shape: polygon(39.583% 69.167%, 20.417% 50%, 12.917% 57.5%, 39.583% 84.167%, 87.5% 36.25%, 80% 28.75%);
  }
  .tone--amber {
    --_tone-shape: polygon(
      evenodd,
      50% 8.333%, 4.167% 87.5%, 95.833% 87.5%, 50% 8.333%,
      54.167% 41.667%, 45.833% 41.667%, 45.833% 62.5%, 54.167% 62.5%, 54.167% 41.667%, 50% 8.333%,
      54.167% 70.833%, 45.833% 70.833%, 45.833% 79.167%, 54.167% 79.167%, 54.167% 70.833%
    );
  }
  .tone--red {
    --_tone-shape: polygon(79.167% 26.667%, 73.333% 20.833%, 50% 44.167%, 26.667% 20.833%, 20.833% 26.667%, 44.167% 50%, 20.833% 73.333%, 26.667% 79.167%, 50% 55.833%, 73.333% 79.167%, 79.167% 73.333%, 55.833% 50%);
  }
  .tone--grey {
    --_tone-shape: polygon(16.667% 45.833%, 83.333% 45.833%, 83.333% 54.167%, 16.667% 54.167%);
  }
  @media (forced-colors: active) {
    .tone-shape::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
