import type { RatingScale } from '../models/scale.js';

/**
 * The rating scales of the seed documents. Frameworks carry their scale inline (a framework file
 * stands alone), so these constants are the reference copies that built-in frameworks must match.
 */

/**
 * Portsmouth Compact Audit: the two levels that say compliance can be shown need the evidence that
 * shows it ("the Partnership will expect evidence"); the lower two need an action plan.
 */
export const fourPointScale: RatingScale = {
  id: 'four-point',
  label: 'Four-point rating',
  expected: 'good',
  levels: [
    {
      id: 'outstanding',
      label: 'Outstanding',
      description: 'We can show in full that we meet this standard.',
      tone: 'blue',
      requires: ['evidence'],
    },
    {
      id: 'good',
      label: 'Good',
      description: 'We can show that we meet this standard.',
      tone: 'green',
      requires: ['evidence'],
    },
    {
      id: 'requires-improvement',
      label: 'Requires improvement',
      description: 'We can show only in part that we meet this standard.',
      tone: 'amber',
      requires: ['action'],
    },
    {
      id: 'inadequate',
      label: 'Inadequate',
      description: 'We cannot show that we meet this standard.',
      tone: 'red',
      requires: ['action'],
    },
  ],
};

/**
 * Buckinghamshire toolkit: every rated area needs evidence of impact and outcomes (Blue is defined
 * by it); Amber and Red need SMART actions as well; N/A must be explained.
 */
export const bragScale: RatingScale = {
  id: 'brag',
  label: 'Blue, Red, Amber, Green',
  expected: 'green',
  levels: [
    {
      id: 'blue',
      label: 'Blue',
      description: 'Fully in place and embedded, with practice that goes beyond the duty and clear evidence of impact.',
      tone: 'blue',
      requires: ['evidence'],
    },
    {
      id: 'green',
      label: 'Green',
      description: 'In place, up to date, and the duty is met.',
      tone: 'green',
      requires: ['evidence'],
    },
    {
      id: 'amber',
      label: 'Amber',
      description: 'Something here needs reviewing or improving.',
      tone: 'amber',
      requires: ['evidence', 'action'],
    },
    {
      id: 'red',
      label: 'Red',
      description: 'Something here must be put in place urgently.',
      tone: 'red',
      requires: ['evidence', 'action'],
    },
    {
      id: 'not-applicable',
      label: 'N/A',
      description: 'This area does not apply to us. Say why.',
      tone: 'grey',
      requires: ['explanation'],
      notApplicable: true,
    },
  ],
};

/** City and Hackney: Fully met needs evidence; Partly and Not met need a plan with a lead and timescale. */
export const metScale: RatingScale = {
  id: 'met',
  label: 'Met, partly met, not met',
  expected: 'fully-met',
  levels: [
    {
      id: 'fully-met',
      label: 'Fully met',
      description: 'We meet every element of this feature and can give evidence.',
      tone: 'green',
      requires: ['evidence'],
    },
    {
      id: 'partly-met',
      label: 'Partly met',
      description: 'We meet some elements of this feature; a plan covers the rest.',
      tone: 'amber',
      requires: ['action'],
    },
    {
      id: 'not-met',
      label: 'Not met',
      description: 'We do not yet meet this feature; a plan says how we will.',
      tone: 'red',
      requires: ['action'],
    },
  ],
};

/** Every built-in scale by id. */
export const builtInScales: Readonly<Record<string, RatingScale>> = Object.freeze({
  [fourPointScale.id]: fourPointScale,
  [bragScale.id]: bragScale,
  [metScale.id]: metScale,
});
