// The repository's one seeded random source (mulberry32) lives with the sample generator.
import { Random } from '@s11kit/frameworks/generate';

export const seeded = (seed) => new Random(seed);
