/**
 * Every word the elements show or announce, in one table. A page overrides any of them through the
 * `strings` property (`audit.strings = { submit: 'Send return' }`); the rest keep these defaults.
 * Entries that are functions receive the numbers or names to put in the sentence.
 */
export const defaultStrings = {
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
};

/** The full table of strings. */
export type S11Strings = typeof defaultStrings;

const merged = new WeakMap<Partial<S11Strings>, S11Strings>();

/** The defaults with a page's overrides on top; cached per overrides object. */
export function resolveStrings(overrides: Partial<S11Strings> | undefined): S11Strings {
  if (!overrides) return defaultStrings;
  let table = merged.get(overrides);
  if (!table) {
    table = { ...defaultStrings, ...overrides };
    merged.set(overrides, table);
  }
  return table;
}
