import type { AuditReturn } from '../models/return.js';

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

/**
 * The default way to tell that two returns come from the same agency: the organisation's name,
 * normalised, and its sector (two different bodies in different sectors may share a name).
 */
export function defaultAgencyKey(ret: AuditReturn): string {
  return `${normaliseName(ret.organisation.name)}|${ret.organisation.sector}`;
}
