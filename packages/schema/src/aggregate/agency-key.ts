import type { AuditReturn } from '../models/return.js';

/**
 * A name as people type it, reduced to what identifies it: "St. Mary's C of E School " and
 * "st marys c of e school" are the same agency; "Smith & Sons" and "Smith and Sons" too.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Joining marks glue words together, so "Health-Trust" and "Health Trust" match...
    .replace(/[\p{Pd}\p{Pc}/\\]+/gu, ' ')
    // ...while the rest vanish, so "St. Mary's" and "St Marys" match.
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The default way to tell that two returns come from the same agency: the organisation's name,
 * normalised, and its sector (two different bodies in different sectors may share a name).
 */
export function defaultAgencyKey(ret: AuditReturn): string {
  return `${normaliseName(ret.organisation.name)}|${ret.organisation.sector}`;
}
