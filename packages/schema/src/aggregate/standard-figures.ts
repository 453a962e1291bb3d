import type { MatrixLayout } from './matrix-layout.js';

/** What a group of agencies said about one standard. */
export interface StandardFigures {
  readonly standardId: string;
  readonly number: number;
  /** The standard's own title (sectors may see their own wording of it). */
  readonly title: string;
  /** Agencies the standard applies to (by their sector). */
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
   * Mean of the rated levels' scores (best level 1, worst 0; see `levelStandings`), comparable
   * across scales; `null` when no agency has a rating that counts.
   */
  readonly score: number | null;
  /** Agencies rated below the scale's expected level. */
  readonly belowExpected: number;
}

/**
 * Running counts for one group of agencies (everyone, a sector, a partnership): for each
 * standard, how many agencies it applies to and how many cells hold each code.
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
    for (let s = 0; s < this._layout.width; s++) {
      if (!applies[s]) continue;
      this._applies[s]!++;
      this._counts[s * this._codes + cells[offset + s]!]!++;
    }
  }

  figures(): StandardFigures[] {
    const { standards, standings } = this._layout;
    return standards.map((standard, s) => {
      const count = (code: number) => this._counts[s * this._codes + code]!;
      const distribution: Record<string, number> = {};
      let notApplicable = 0;
      let rated = 0;
      let total = 0;
      let belowExpected = 0;
      standings.forEach((standing, l) => {
        const n = count(l + 1);
        distribution[standing.id] = n;
        if (!standing.rated) notApplicable += n;
        else {
          rated += n;
          total += n * standing.score!;
          if (standing.belowExpected) belowExpected += n;
        }
      });
      const agencies = this._applies[s]!;
      const unanswered = count(0);
      return {
        standardId: standard.id,
        number: standard.number,
        title: standard.title,
        agencies,
        answered: agencies - unanswered,
        unanswered,
        notApplicable,
        rated,
        distribution,
        score: rated === 0 ? null : total / rated,
        belowExpected,
      };
    });
  }
}

/** Standards where most agencies fall below expected first; ties by lowest score, then number. */
export function concernsOf(figures: readonly StandardFigures[]): StandardFigures[] {
  return figures
    .filter((standard) => standard.belowExpected > 0)
    .sort(
      (a, b) =>
        b.belowExpected - a.belowExpected ||
        (a.score ?? Number.POSITIVE_INFINITY) - (b.score ?? Number.POSITIVE_INFINITY) ||
        a.number - b.number,
    );
}
