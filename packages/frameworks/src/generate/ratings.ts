import type { RatingScale } from '@s11kit/schema';
import type { Random } from './random.js';

export type Tier = 'above' | 'expected' | 'below' | 'far-below';

export interface Rating {
  readonly level: string;
  readonly tier: Tier;
}

/**
 * A level of the scale for one answer, skewed toward the expected level as real returns are:
 * most agencies say they meet the standard, some do better, fewer fall short. `strength` is how
 * good the agency is overall, `difficulty` how hard the standard is for everyone (so that some
 * standards come out as areas of concern).
 */
export function chooseRating(scale: RatingScale, random: Random, strength: number, difficulty: number): Rating {
  const rated = scale.levels.filter((level) => !level.notApplicable);
  const expected = Math.max(
    0,
    rated.findIndex((level) => level.id === scale.expected),
  );
  const latent = 0.7 * strength - difficulty + 0.8 * random.bell();
  const offset = latent > 1.3 ? -1 : latent > -0.8 ? 0 : latent > -1.7 ? 1 : 2;
  const position = Math.min(Math.max(expected + offset, 0), rated.length - 1);
  const tier: Tier = position < expected ? 'above' : position === expected ? 'expected' : position === expected + 1 ? 'below' : 'far-below';
  return { level: rated[position]!.id, tier };
}
