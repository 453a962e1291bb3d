import type { AuditReturn } from '../models/return.js';
import { indexFramework } from '../framework/framework-index.js';
import type { AgencyStore, Agency } from './agency-store.js';
import type { MatrixLayout } from './matrix-layout.js';

/** Staff agreement beside the self-rating, for one standard. */
export interface StandardSurvey {
  readonly standardId: string;
  readonly number: number;
  readonly title: string;
  /** Agencies with survey answers for the standard's questions. */
  readonly agencies: number;
  /** Of those, the share (0..1) whose own rating of the standard is at or above the expected level; `null` when none is rated. */
  readonly selfAtOrAboveExpected: number | null;
  /** The mean share (0..1) of staff agreeing, one agency one vote; `null` when no agency has answers. */
  readonly staffAgreement: number | null;
  /** Agencies rated at or above expected whose staff agree less than the survey's `expectedAgreement`. */
  readonly gaps: number;
}

/** An agency whose staff do not bear out its rating of a standard. */
export interface SurveyGap {
  readonly agency: string;
  /** Sector id. */
  readonly sector: string;
  readonly standardId: string;
  readonly number: number;
  /** The level id the agency chose. */
  readonly rating: string;
  /** Share (0..1) of its staff who agreed. */
  readonly agreement: number;
}

/** The staff survey beside the self-assessment (City and Hackney's triangulation). */
export interface SurveyFigures {
  readonly title: string;
  /** Per cent of staff who should agree (the framework's `expectedAgreement`). */
  readonly expectedAgreement: number;
  /** Agencies whose counted return carries survey results. */
  readonly agencies: number;
  readonly standards: readonly StandardSurvey[];
  /** The gaps, by standard then agency, at most {@link GAPS_LISTED}; `gaps` on each standard counts them all. */
  readonly gaps: readonly SurveyGap[];
}

export const GAPS_LISTED = 200;

/**
 * Keeps, for each agency that sent survey results, the share of its staff agreeing with the
 * questions about each standard (pooled over the questions), so that the figures can set it
 * beside the agency's own rating when asked.
 */
export class SurveyTally {
  private readonly _rows = new Map<number, Float32Array>();

  constructor(private readonly _layout: MatrixLayout) {}

  consider(ret: AuditReturn, row: number): void {
    const survey = ret.staffSurvey;
    const questions = indexFramework(this._layout.framework).questions;
    if (!survey || questions.size === 0) return;
    const width = this._layout.standards.length;
    const agree = new Float64Array(width);
    const asked = new Float64Array(width);
    for (const answer of survey.answers) {
      for (const standardId of questions.get(answer.questionId) ?? []) {
        const s = this._layout.column(standardId);
        if (s === undefined) continue;
        agree[s]! += answer.agree;
        asked[s]! += answer.agree + answer.disagree + answer.notSure;
      }
    }
    this._rows.set(
      row,
      Float32Array.from(agree, (n, s) => (asked[s]! > 0 ? n / asked[s]! : Number.NaN)),
    );
  }

  removeAgency(row: number): void {
    this._rows.delete(row);
  }

  result(store: AgencyStore): SurveyFigures | undefined {
    const survey = this._layout.framework.staffSurvey;
    if (!survey) return undefined;
    const { layout } = store;
    const threshold = survey.expectedAgreement / 100;
    const standards = layout.standards.map((standard) => ({ standard, agencies: 0, rated: 0, atOrAbove: 0, total: 0, gaps: 0 }));
    const gaps: SurveyGap[] = [];
    const rows = [...this._rows.entries()].sort((a, b) => a[0] - b[0]);
    for (const [row, shares] of rows) {
      const agency: Agency = store.agencies[row]!;
      shares.forEach((share, s) => {
        if (Number.isNaN(share)) return;
        const figures = standards[s]!;
        figures.agencies++;
        figures.total += share;
        const standing = layout.standing(store.cells[row * layout.width + s]!);
        if (!standing?.rated) return;
        figures.rated++;
        if (standing.belowExpected) return;
        figures.atOrAbove++;
        if (share >= threshold) return;
        figures.gaps++;
        if (gaps.length < GAPS_LISTED)
          gaps.push({
            agency: agency.name,
            sector: agency.sector,
            standardId: figures.standard.id,
            number: figures.standard.number,
            rating: standing.id,
            agreement: Math.round(share * 1000) / 1000,
          });
      });
    }
    return {
      title: survey.title,
      expectedAgreement: survey.expectedAgreement,
      agencies: this._rows.size,
      standards: standards.map(({ standard, agencies, rated, atOrAbove, total, gaps: n }) => ({
        standardId: standard.id,
        number: standard.number,
        title: standard.title,
        agencies,
        selfAtOrAboveExpected: rated === 0 ? null : atOrAbove / rated,
        staffAgreement: agencies === 0 ? null : total / agencies,
        gaps: n,
      })),
      gaps: gaps.sort((a, b) => a.number - b.number || a.agency.localeCompare(b.agency, 'en-GB')),
    };
  }
}
