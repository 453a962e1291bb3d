import { auditStrings, type AuditStrings } from './strings/audit-strings.js';
import { mergeStrings } from './strings/merge-strings.js';
import { partnershipStrings } from './strings/partnership-strings.js';

export type { AuditStrings };

/**
 * Every word the elements show or announce, in one table. A page overrides any of them through
 * the `strings` property (`audit.strings = { submit: 'Send return' }`); the rest keep these
 * defaults. Entries that are functions receive the numbers or names to put in the sentence.
 * Messages about what is wrong with an answer come from `validateReturn` in @s11kit/schema.
 *
 * The table is built from two parts (strings/): the audit's elements read only the first, so a
 * page that loads only the audit does not download the partnership elements' words.
 */
export const defaultStrings = { ...auditStrings, ...partnershipStrings };

/** The full table of strings. */
export type S11Strings = typeof defaultStrings;

/** The defaults with a page's overrides on top. */
export function resolveStrings(overrides: Partial<S11Strings> | undefined): S11Strings {
  return mergeStrings(defaultStrings, overrides);
}
