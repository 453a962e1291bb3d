import type { AgencyStore, Agency, DuplicateReturn } from './agency-store.js';
import type { RejectedReturn } from './rejection.js';
import type { TranslatedReturn } from './aggregate-result.js';

/**
 * How an agency's rating of a standard moved since the earlier cycle:
 * - `improved`, `same`, `worse`: rated (not N/A) in both cycles;
 * - `new`: rated now, but not rated then (no return, N/A, or the standard did not apply);
 * - `not-rated`: no rating that counts now (N/A, unanswered, or the standard does not apply).
 */
export type Change = 'improved' | 'same' | 'worse' | 'new' | 'not-rated';

export interface StandardChanges {
  readonly standardId: string;
  readonly number: number;
  readonly improved: number;
  readonly same: number;
  readonly worse: number;
  readonly new: number;
  readonly notRated: number;
}

export interface CycleComparison {
  /** What happened to the earlier cycle's returns: they are checked the same way. */
  readonly previous: {
    readonly counted: number;
    readonly agencies: number;
    readonly rejected: readonly RejectedReturn[];
    readonly translated: readonly TranslatedReturn[];
    readonly duplicates: readonly DuplicateReturn[];
  };
  /** `changes[a][s]`: agency `a` of the result's matrix, standard `s` of the framework. */
  readonly changes: readonly (readonly Change[])[];
  readonly standards: readonly StandardChanges[];
  /** Agencies with a return in the earlier cycle and none in this one. */
  readonly notReturned: readonly Agency[];
}

/** A rating that counts: the score of a cell, or `undefined` (empty, N/A, or not for the sector). */
function scoreAt(store: AgencyStore, row: number, s: number): number | undefined {
  const { layout } = store;
  const agency = store.agencies[row]!;
  if (!layout.applies(agency.sector)[s]) return undefined;
  return layout.standing(store.cells[row * layout.width + s]!)?.score ?? undefined;
}

const changeOf = (now: number | undefined, then: number | undefined): Change => {
  if (now === undefined) return 'not-rated';
  if (then === undefined) return 'new';
  return now > then ? 'improved' : now < then ? 'worse' : 'same';
};

/** Compare every agency of this cycle with the same agency (by any of its keys) in the earlier one. */
export function compareCycles(current: AgencyStore, previous: AgencyStore, previousSummary: CycleComparison['previous']): CycleComparison {
  const { standards } = current.layout;
  const tallies = standards.map(() => ({ improved: 0, same: 0, worse: 0, new: 0, notRated: 0 }));
  const changes = current.agencies.map((agency, row) => {
    const before = previous.rowOf(agency.keys);
    return standards.map((_, s) => {
      const change = changeOf(scoreAt(current, row, s), before === undefined ? undefined : scoreAt(previous, before, s));
      tallies[s]![change === 'not-rated' ? 'notRated' : change]++;
      return change;
    });
  });
  return {
    previous: previousSummary,
    changes,
    standards: standards.map((standard, s) => ({ standardId: standard.id, number: standard.number, ...tallies[s]! })),
    notReturned: previous.agencies.filter((agency) => current.rowOf(agency.keys) === undefined),
  };
}
