/** Values that are not documents at all, each with a name for the test that uses it. */
export const JUNK: readonly (readonly [string, unknown])[] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'return'],
  ['an array', [1, 2, 3]],
  ['a function', () => 1],
  ['a symbol', Symbol('x')],
  ['a bigint', 10n],
  ['a date', new Date()],
  ['a map', new Map([['a', 1]])],
  ['an object with no prototype', Object.create(null)],
];
