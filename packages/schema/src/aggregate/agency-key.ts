import type { AuditReturn } from '../models/return.js';

const PLAIN = /^[\x20-\x7e]*$/;

/**
 * A name as people type it, reduced to what identifies it: "St. Mary's C of E School " and
 * "st marys c of e school" are the same agency; "Smith & Sons" and "Smith and Sons" too.
 * Dashes and slashes part words ("Health-Trust" is "Health Trust"); other punctuation vanishes
 * ("St. Mary's" is "St Marys").
 */
export function normaliseName(name: string): string {
  // Most names are plain ASCII, and Unicode normalisation and classes are the slow steps.
  const plain = PLAIN.test(name);
  const lower = (plain ? name : name.normalize('NFKC')).toLowerCase().replace(/&/g, ' and ');
  const words = plain
    ? lower.replace(/[-_/\\]+/g, ' ').replace(/[^a-z0-9 ]+/g, '')
    : lower.replace(/[\p{Pd}\p{Pc}/\\]+/gu, ' ').replace(/[\p{P}\p{S}]+/gu, '');
  return words.replace(/\s+/g, ' ').trim();
}

/**
 * The default way to tell that two returns come from the same agency: the organisation's name,
 * normalised, and its sector (two different bodies in different sectors may share a name).
 */
export function defaultAgencyKey(ret: AuditReturn): string {
  return `${normaliseName(ret.organisation.name)}|${ret.organisation.sector}`;
}
