import type { Framework, Standard } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import { appliesToSector } from '../framework/wording.js';
import { levelStandings, type LevelStanding } from '../scales/level-standings.js';

/**
 * How a framework's answers are laid out in the agencies × standards matrix, worked out once:
 * column `s` is `framework.standards[s]`, and a cell holds the level's index in the scale plus
 * one, or 0 when there is no answer. One byte a cell is enough: a scale has at most 12 levels.
 */
export class MatrixLayout {
  readonly standards: readonly Standard[];
  readonly standings: readonly LevelStanding[];
  readonly width: number;
  private readonly _column = new Map<string, number>();
  private readonly _code = new Map<string, number>();
  private readonly _applies = new Map<string, Uint8Array>();
  private readonly _ids = new Map<string, string>();

  constructor(readonly framework: Framework) {
    this.standards = framework.standards;
    this.width = framework.standards.length;
    this.standings = levelStandings(framework.scale);
    framework.standards.forEach((standard, s) => this._column.set(standard.id, s));
    framework.scale.levels.forEach((level, l) => this._code.set(level.id, l + 1));
    for (const { id } of [...framework.sectors, ...framework.partnerships]) this._ids.set(id, id);
    for (const sector of framework.sectors) {
      this._applies.set(sector.id, Uint8Array.from(framework.standards, (standard) => (appliesToSector(standard, sector.id) ? 1 : 0)));
    }
  }

  /** 1 where a standard applies to organisations of the sector, 0 where it does not. */
  applies(sector: string): Uint8Array {
    return this._applies.get(sector) ?? new Uint8Array(this.width).fill(1);
  }

  /** A level's cell code: its index in the scale plus one, or 0 when it is not on the scale. */
  levelCode(levelId: string): number {
    return this._code.get(levelId) ?? 0;
  }

  /** The standing of a level by its id. */
  standingOf(levelId: string): LevelStanding | undefined {
    return this.standing(this.levelCode(levelId));
  }

  /**
   * The framework's own string for a sector or partnership id, so that 100,000 agencies share a
   * handful of strings instead of holding one copy each.
   */
  canonicalId(id: string): string {
    return this._ids.get(id) ?? id;
  }

  /** The standing of a cell's level, or `undefined` for an empty cell. */
  standing(code: number): LevelStanding | undefined {
    return code === 0 ? undefined : this.standings[code - 1];
  }

  /**
   * Write a return's ratings into `cells` from `offset`. Answers to standards that do not apply
   * to the sector stay empty: `validateReturn` keeps them but says they are not counted.
   */
  encode(ret: AuditReturn, cells: Uint8Array, offset: number): void {
    cells.fill(0, offset, offset + this.width);
    const applies = this.applies(ret.organisation.sector);
    for (const response of ret.responses) {
      const s = this._column.get(response.standardId);
      if (s === undefined || !applies[s] || response.rating === null) continue;
      cells[offset + s] = this.levelCode(response.rating);
    }
  }

  /** The column of a standard id. */
  column(standardId: string): number | undefined {
    return this._column.get(standardId);
  }
}
