import type { MatrixLayout } from './matrix-layout.js';

/** What a group of agencies said about one standard, or one item of a standard. */
export interface RatingFigures {
  /** Agencies the standard (or item) applies to (by their sector). */
  readonly agencies: number;
  /** Agencies that chose a level, not-applicable included. */
  readonly answered: number;
  readonly unanswered: number;
  /** Agencies that chose the scale's not-applicable level. */
  readonly notApplicable: number;
  /** Agencies with a rating that counts: answered and not not-applicable. */
  readonly rated: number;
  /** How many agencies chose each level, by level id, in the scale's order. */
  readonly distribution: Readonly<Record<string, number>>;
  /**
   * The headline figure: the share (0..1) of rated agencies at or above the scale's expected
   * level, whatever the scale; `null` when no agency has a rating that counts.
   */
  readonly atOrAboveExpected: number | null;
  /** Agencies rated below the scale's expected level. */
  readonly belowExpected: number;
  /**
   * Mean of the rated levels' places on the scale (best level 1, worst 0; see `levelStandings`),
   * for ordering; the expected level is not at the same place on every scale, so compare
   * `atOrAboveExpected` across frameworks instead. `null` when no agency has a rating that counts.
   */
  readonly score: number | null;
}

/** A standard's figures. */
export interface StandardFigures extends RatingFigures {
  readonly standardId: string;
  readonly number: number;
  /** The standard's own title (sectors may see their own wording of it). */
  readonly title: string;
}

/** An item's figures, reported on their own (Buckinghamshire's board priorities, City and Hackney's elements). */
export interface ItemFigures extends RatingFigures {
  readonly standardId: string;
  readonly standardNumber: number;
  readonly itemId: string;
  readonly title: string;
}

/**
 * Running counts for one group of agencies (everyone, a sector, a partnership): for each column
 * (standard or item), how many agencies it applies to and how many cells hold each code.
 */
export class Tally {
  agencies = 0;
  private readonly _applies: Int32Array;
  private readonly _counts: Int32Array;
  private readonly _codes: number;

  constructor(private readonly _layout: MatrixLayout) {
    this._codes = _layout.standings.length + 1;
    this._applies = new Int32Array(_layout.width);
    this._counts = new Int32Array(_layout.width * this._codes);
  }

  /** Count one agency's row, `width` cells of `cells` from `offset`. */
  add(cells: Uint8Array, offset: number, applies: Uint8Array): void {
    this.agencies++;
    for (let c = 0; c < this._layout.width; c++) {
      if (!applies[c]) continue;
      this._applies[c]!++;
      this._counts[c * this._codes + cells[offset + c]!]!++;
    }
  }

  figures(): StandardFigures[] {
    return this._layout.standards.map((standard, s) => ({ standardId: standard.id, number: standard.number, title: standard.title, ...this._column(s) }));
  }

  itemFigures(): ItemFigures[] {
    const first = this._layout.standards.length;
    return this._layout.items.map(({ standard, item }, i) => ({
      standardId: standard.id,
      standardNumber: standard.number,
      itemId: item.id,
      title: item.title,
      ...this._column(first + i),
    }));
  }

  private _column(c: number): RatingFigures {
    const count = (code: number) => this._counts[c * this._codes + code]!;
    const distribution: Record<string, number> = {};
    let notApplicable = 0;
    let rated = 0;
    let total = 0;
    let belowExpected = 0;
    this._layout.standings.forEach((standing, l) => {
      const n = count(l + 1);
      distribution[standing.id] = n;
      if (!standing.rated) notApplicable += n;
      else {
        rated += n;
        total += n * standing.score!;
        if (standing.belowExpected) belowExpected += n;
      }
    });
    const agencies = this._applies[c]!;
    const unanswered = count(0);
    return {
      agencies,
      answered: agencies - unanswered,
      unanswered,
      notApplicable,
      rated,
      distribution,
      atOrAboveExpected: rated === 0 ? null : (rated - belowExpected) / rated,
      belowExpected,
      score: rated === 0 ? null : total / rated,
    };
  }
}

/** Standards where most agencies fall below expected first; ties by the smallest share at or above expected, then number. */
export function concernsOf(figures: readonly StandardFigures[]): StandardFigures[] {
  return figures
    .filter((standard) => standard.belowExpected > 0)
    .sort(
      (a, b) => b.belowExpected - a.belowExpected || (a.atOrAboveExpected ?? Number.POSITIVE_INFINITY) - (b.atOrAboveExpected ?? Number.POSITIVE_INFINITY) || a.number - b.number,
    );
}
