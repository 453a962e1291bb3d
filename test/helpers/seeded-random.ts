// The repository's one seeded random source lives with the sample generator.
export { Random as SeededRandom } from '@s11kit/frameworks/generate';
