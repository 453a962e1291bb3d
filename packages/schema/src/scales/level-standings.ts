import type { RatingScale, Tone } from '../models/scale.js';

/** Where one level of a scale stands: what analysts compare across agencies, sectors and scales. */
export interface LevelStanding {
  readonly id: string;
  readonly label: string;
  readonly tone: Tone;
  /** False for the scale's not-applicable level, which says nothing about how well a duty is met. */
  readonly rated: boolean;
  /**
   * The level's place among the rated levels mapped to 0..1, best = 1 and worst = 0, so that a
   * four-point, a BRAG and a met / not met scale can be averaged and compared. `null` when not rated.
   */
  readonly score: number | null;
  /** Rated and worse than the scale's `expected` level. */
  readonly belowExpected: boolean;
  /** Better than expected; when expected is already the best level, that level itself. */
  readonly best: boolean;
}

/**
 * Every level of a scale, in the scale's order, with its comparable standing. Scales list their
 * levels best first (see the JSON Schema of a scale), so position is all that is needed.
 */
export function levelStandings(scale: RatingScale): LevelStanding[] {
  const rated = scale.levels.filter((level) => !level.notApplicable);
  const expected = rated.findIndex((level) => level.id === scale.expected);
  const last = Math.max(rated.length - 1, 1);
  return scale.levels.map((level) => {
    const position = rated.indexOf(level);
    if (position < 0) return { id: level.id, label: level.label, tone: level.tone, rated: false, score: null, belowExpected: false, best: false };
    return {
      id: level.id,
      label: level.label,
      tone: level.tone,
      rated: true,
      score: 1 - position / last,
      belowExpected: expected >= 0 && position > expected,
      best: expected >= 0 && (position < expected || (expected === 0 && position === 0)),
    };
  });
}

/**
 * The level an average score falls in, as the summary heatmap colours a group of agencies: the
 * rated level whose score is nearest; exactly halfway between two levels, the lower one, so that
 * a borderline group is never shown as the better. `undefined` for no score or no rated level.
 */
export function scoreBand(standings: readonly LevelStanding[], score: number | null): LevelStanding | undefined {
  if (score === null) return undefined;
  let band: LevelStanding | undefined;
  for (const standing of standings) {
    if (!standing.rated) continue;
    if (!band || Math.abs(standing.score! - score) < Math.abs(band.score! - score) + 1e-9) band = standing;
  }
  return band;
}
