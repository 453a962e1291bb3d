import { formatCount } from './format-count.js';

/** A count with its noun, one or many: `plural(2, 'problem', 'problems')` is "2 problems". */
export const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
