import type { Issue } from '../issues/issue.js';
import type { Agency, DuplicateReturn } from './agency-store.js';
import type { GroupFigures } from './breakdowns.js';
import type { CycleComparison } from './comparison.js';
import type { DueActions } from './due-actions.js';
import type { StandardQuotes } from './good-practice.js';
import type { StatementFigures } from './statements.js';
import type { SurveyFigures } from './staff-survey.js';
import type { RejectedReturn } from './rejection.js';
import type { ItemFigures, StandardFigures } from './standard-figures.js';

/** A value the caller's `translate` turned into a return of this framework, which was counted. */
export interface TranslatedReturn {
  readonly index: number;
  /** The organisation's name, when the original value has a readable one. */
  readonly label?: string;
}

/** Every agency's rating of every standard. */
export interface AgencyMatrix {
  /** The columns: every standard of the framework, in order. */
  readonly standards: readonly { readonly id: string; readonly number: number; readonly title: string }[];
  /** The rows, in the order agencies first appeared. */
  readonly agencies: readonly Agency[];
  /**
   * `cells[a][s]`: the level id agency `a` chose for standard `s`, or `null` when it has none (the
   * standard does not apply to its sector, or it was not answered).
   */
  readonly cells: readonly (readonly (string | null)[])[];
  /** The item columns: every item of every standard, in framework order. */
  readonly items: readonly { readonly standardId: string; readonly itemId: string; readonly title: string }[];
  /** `itemCells[a][i]`: the level id agency `a` chose for item `i`, or `null`. */
  readonly itemCells: readonly (readonly (string | null)[])[];
}

/** What a partnership's returns say, standard by standard. See `aggregate`. */
export interface AggregateResult {
  readonly framework: { readonly id: string; readonly version: string; readonly title: string };
  /** The London date overdue and due-soon actions were judged at, `YYYY-MM-DD`. */
  readonly at: string;
  /** The partnership the figures are for, when the `partnership` option chose one. */
  readonly partnership?: string;
  /** Values added, including rejected ones, unreadable files and returns for other partnerships. */
  readonly added: number;
  /** Returns counted, including ones a later return of the same agency replaced. */
  readonly counted: number;
  /** With the `partnership` option: returns not sent to that partnership, which are not counted or listed. */
  readonly forOtherPartnerships: number;
  /** Every standard, in framework order. */
  readonly standards: readonly StandardFigures[];
  /** Every item of every standard, in framework order, reported on its own. */
  readonly items: readonly ItemFigures[];
  readonly matrix: AgencyMatrix;
  /** Every sector of the framework, in order, even those with no agencies. */
  readonly bySector: readonly GroupFigures[];
  /** Every partnership of the framework, in order. */
  readonly byPartnership: readonly GroupFigures[];
  /** Standards with agencies below the expected level: most such agencies first, then lowest score, then number. */
  readonly concerns: readonly StandardFigures[];
  /** Good-practice quotes, standard by standard in framework order. */
  readonly goodPractice: readonly StandardQuotes[];
  readonly actions: DueActions;
  /** The year-2 statements of compliance the counted returns carry. */
  readonly statements: StatementFigures;
  /** With a framework that has a staff survey: staff agreement beside the self-rating, and the gaps. */
  readonly staffSurvey?: SurveyFigures;
  readonly rejected: readonly RejectedReturn[];
  readonly translated: readonly TranslatedReturn[];
  readonly duplicates: readonly DuplicateReturn[];
  /** Problems with the options (each replaced by its default) and with reading the earlier cycle. */
  readonly issues: readonly Issue[];
  /** Present when returns of an earlier cycle were given. */
  readonly comparison?: CycleComparison;
}
