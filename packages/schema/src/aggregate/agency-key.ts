import type { AuditReturn, OrganisationIdentifier } from '../models/return.js';
import { IDENTIFIER_SCHEMES } from '../models/vocabulary.js';

/**
 * A name as people type it, reduced to what identifies it: "St. Mary's C of E School " and
 * "st marys c of e school" are the same agency; "Smith & Sons" and "Smith and Sons" too.
 * Dashes and slashes part words ("Health-Trust" is "Health Trust"); other punctuation vanishes
 * ("St. Mary's" is "St Marys").
 */
export function normaliseName(name: string): string {
  const plain = asciiKey(name);
  if (plain !== undefined) return plain;
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{Pd}\p{Pc}/\\]+/gu, ' ')
    .replace(/[\p{P}\p{S}]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The same for a name in plain ASCII (almost every name), in one pass: this runs for every
 * return, and four regular expressions cost more than the rest of counting a return.
 * `undefined` when the name has any other character.
 */
function asciiKey(name: string): string | undefined {
  const lower = name.toLowerCase();
  let key = '';
  let gap = false;
  // Copy runs of letters and digits whole: far fewer joins than a character at a time.
  let run = -1;
  const endRun = (i: number) => {
    if (run < 0) return;
    key += gap && key !== '' ? ` ${lower.slice(run, i)}` : lower.slice(run, i);
    gap = false;
    run = -1;
  };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (run < 0) run = i;
      continue;
    }
    if (c > 0x7e || (c < 0x20 && c !== 0x09)) return undefined;
    endRun(i);
    if (c === 0x26) {
      key += key === '' ? 'and' : ' and';
      gap = true;
    } else if (c === 0x20 || c === 0x09 || c === 0x2d || c === 0x5f || c === 0x2f || c === 0x5c) {
      gap = true;
    }
    // Any other punctuation or symbol vanishes without parting words.
  }
  endRun(lower.length);
  return key;
}

/** An identifier as registers print it, whatever the spacing or case: "1 234 567" and "1234567" are one. */
const identifierKey = ({ scheme, id }: OrganisationIdentifier) => `${scheme}:${id.replace(/[\s.-]+/g, '').toUpperCase()}`;

/**
 * Every key that identifies the agency a return comes from: its identifiers (NHS ODS code, URN,
 * Ofsted URN, charity or company number, local id), most authoritative register first, when it
 * has any; otherwise its name, normalised, with its sector (two different bodies in different
 * sectors may share a name). Two returns are the same agency when they share any key, so a
 * renamed agency still matches its earlier returns by identifier, and two bodies with the same
 * name but different identifiers stay apart. Names are never matched loosely: "Solent Example
 * Community Trust" and "Solent Example NHS Trust" are two agencies.
 */
export function agencyKeys(ret: AuditReturn): string[] {
  const identifiers = ret.organisation.identifiers ?? [];
  if (identifiers.length === 0) return [`name:${normaliseName(ret.organisation.name)}|${ret.organisation.sector}`];
  const rank = (identifier: OrganisationIdentifier) => IDENTIFIER_SCHEMES.indexOf(identifier.scheme);
  return [...new Set([...identifiers].sort((a, b) => rank(a) - rank(b)).map(identifierKey))];
}

/**
 * The default way to tell that two returns come from the same agency, as one string: its most
 * authoritative identifier, else its normalised name and sector. See {@link agencyKeys}, which the
 * aggregator uses by default so that any shared identifier matches.
 */
export function defaultAgencyKey(ret: AuditReturn): string {
  return agencyKeys(ret)[0]!;
}

/**
 * A return's identity: the framework and version it answers, the cycle and year, and the agency
 * (see {@link agencyKeys}). Two returns with the same identity are copies of one return, such as a
 * draft saved in a browser and the return given to a page.
 */
export function returnIdentity(ret: AuditReturn): string {
  return `${ret.framework.id}@${ret.framework.version}|${ret.cycle.start}/${ret.cycle.year}|${defaultAgencyKey(ret)}`;
}
