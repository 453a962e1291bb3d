// @s11kit/frameworks/generate: made-up sample returns for demos, tests and load testing.
export { generateReturns, type GenerateOptions } from './generate-returns.js';
export { Random } from './random.js';
