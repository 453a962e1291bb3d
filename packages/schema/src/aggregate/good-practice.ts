import type { AuditReturn } from '../models/return.js';
import { isBlank } from '../return/rules/context.js';
import { BoundedList } from './bounded-list.js';
import { excerpt } from './excerpt.js';
import type { Agency } from './agency-store.js';
import type { MatrixLayout } from './matrix-layout.js';

/** A short extract of evidence from an agency rated at the scale's best level(s), unless it asked not to be quoted. */
export interface GoodPracticeQuote {
  readonly agency: string;
  /** Sector id. */
  readonly sector: string;
  /** Level id. */
  readonly level: string;
  /** About {@link QUOTE_LENGTH} characters, cut at a word boundary. */
  readonly text: string;
}

export interface StandardQuotes {
  readonly standardId: string;
  readonly number: number;
  readonly title: string;
  readonly quotes: readonly GoodPracticeQuote[];
}

/** Long enough for a sentence or two on a board paper. */
export const QUOTE_LENGTH = 300;

interface Candidate {
  readonly row: number;
  readonly rank: number;
  readonly key: string;
  quote?: GoodPracticeQuote;
}

const byRank = (a: Candidate, b: Candidate) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** FNV-1a: a cheap, stable string hash. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Spread (agency, standard) pairs evenly, so each standard's picks are different agencies. */
const mix = (h: number, s: number) => {
  let x = Math.imul(h ^ Math.imul(s + 1, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 13;
  return Math.imul(x, 0xc2b2ae35) >>> 0;
};

/**
 * Up to `perStandard` quotes a standard, from agencies at the best level(s) with evidence. Which
 * agencies is decided by a hash of the agency key, not by arrival order, so the same returns in
 * any order give the same quotes, and a sample is spread over the partnership rather than being
 * the first few files of a folder.
 */
export class GoodPractice {
  private readonly _lists: BoundedList<Candidate>[];

  constructor(
    private readonly _layout: MatrixLayout,
    perStandard: number,
  ) {
    this._lists = _layout.standards.map(() => new BoundedList<Candidate>(perStandard, byRank));
  }

  consider(ret: AuditReturn, agency: Agency, row: number): void {
    const { _layout: layout } = this;
    const applies = layout.applies(agency.sector);
    let agencyHash: number | undefined;
    for (const response of ret.responses) {
      // The agency asked for its evidence not to be quoted.
      if (response.rating === null || response.notForQuotation) continue;
      const level = layout.standingOf(response.rating);
      if (!level?.best || isBlank(response.evidence)) continue;
      const s = layout.column(response.standardId);
      if (s === undefined || !applies[s]) continue;
      agencyHash ??= hash(agency.key);
      const candidate: Candidate = { row, rank: mix(agencyHash, s), key: agency.key };
      const list = this._lists[s]!;
      // Cut the quote only for the few candidates that are kept.
      if (!list.offer(candidate)) continue;
      candidate.quote = { agency: agency.name, sector: agency.sector, level: level.id, text: excerpt(response.evidence, QUOTE_LENGTH) };
    }
  }

  removeAgency(row: number): void {
    for (const list of this._lists) list.removeWhere((candidate) => candidate.row === row);
  }

  result(): StandardQuotes[] {
    return this._layout.standards.map((standard, s) => ({
      standardId: standard.id,
      number: standard.number,
      title: standard.title,
      quotes: this._lists[s]!.sorted()
        .map((candidate) => candidate.quote!)
        .sort((a, b) => a.agency.localeCompare(b.agency, 'en-GB')),
    }));
  }
}
