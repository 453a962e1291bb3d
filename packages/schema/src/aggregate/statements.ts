import type { AuditReturn } from '../models/return.js';
import type { StatementOfCompliance } from '../models/history.js';
import { movement } from '../tracking/statement-issues.js';
import type { MatrixLayout } from './matrix-layout.js';

/** How one standard moved in the statements of compliance agencies signed. */
export interface StandardStatements {
  readonly standardId: string;
  readonly number: number;
  /** Agencies whose statement says the standard is now rated higher than in year 1. */
  readonly movedUp: number;
  /** Agencies whose statement says it is now rated lower. */
  readonly movedDown: number;
}

/** The year-2 statements of compliance in the counted returns (City and Hackney). */
export interface StatementFigures {
  /** Agencies whose counted return carries a signed statement. */
  readonly agencies: number;
  readonly standards: readonly StandardStatements[];
}

const UP = 1;
const DOWN = 2;

/**
 * Counts each agency's latest statement of compliance, standard by standard. One small array
 * per agency that signed one, so that a return replaced by a later one can be taken out again.
 */
export class StatementTally {
  private readonly _rows = new Map<number, Uint8Array>();

  constructor(private readonly _layout: MatrixLayout) {}

  consider(ret: AuditReturn, row: number): void {
    let latest: StatementOfCompliance | undefined;
    for (const entry of ret.history ?? []) if (entry.kind === 'statement-of-compliance') latest = entry;
    if (!latest) return;
    const moves = new Uint8Array(this._layout.standards.length);
    for (const change of latest.changedStandards) {
      const s = this._layout.column(change.standardId);
      if (s === undefined) continue;
      const way = movement(this._layout.framework, change);
      moves[s] = way === 'up' ? UP : way === 'down' ? DOWN : 0;
    }
    this._rows.set(row, moves);
  }

  removeAgency(row: number): void {
    this._rows.delete(row);
  }

  result(): StatementFigures {
    const standards = this._layout.standards.map((standard) => ({ standardId: standard.id, number: standard.number, movedUp: 0, movedDown: 0 }));
    for (const moves of this._rows.values()) {
      moves.forEach((move, s) => {
        if (move === UP) standards[s]!.movedUp++;
        else if (move === DOWN) standards[s]!.movedDown++;
      });
    }
    return { agencies: this._rows.size, standards };
  }
}
