import type { Framework, Item, Standard } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import { applicableItems } from '../framework/items.js';
import { appliesToSector } from '../framework/wording.js';
import { levelStandings, type LevelStanding } from '../scales/level-standings.js';

/** An item's column: which standard it belongs to, and where that standard's column is. */
export interface ItemColumn {
  readonly standard: Standard;
  readonly item: Item;
  /** The standard's column. */
  readonly s: number;
}

/**
 * How a framework's answers are laid out in the agencies × columns matrix, worked out once:
 * column `s` is `framework.standards[s]`, then one column for each item of each standard, in
 * framework order. A cell holds the level's index in the scale plus one, or 0 when there is no
 * answer. One byte a cell is enough: a scale has at most 12 levels.
 */
export class MatrixLayout {
  readonly standards: readonly Standard[];
  readonly items: readonly ItemColumn[];
  readonly standings: readonly LevelStanding[];
  /** Columns in a row: every standard, then every item. */
  readonly width: number;
  private readonly _column = new Map<string, number>();
  private readonly _itemColumn = new Map<string, number>();
  private readonly _code = new Map<string, number>();
  private readonly _applies = new Map<string, Uint8Array>();
  private readonly _ids = new Map<string, string>();

  constructor(readonly framework: Framework) {
    this.standards = framework.standards;
    this.items = framework.standards.flatMap((standard, s) => (standard.items ?? []).map((item) => ({ standard, item, s })));
    this.width = this.standards.length + this.items.length;
    this.standings = levelStandings(framework.scale);
    framework.standards.forEach((standard, s) => this._column.set(standard.id, s));
    this.items.forEach(({ standard, item }, i) => this._itemColumn.set(itemKey(standard.id, item.id), this.standards.length + i));
    framework.scale.levels.forEach((level, l) => this._code.set(level.id, l + 1));
    for (const { id } of [...framework.sectors, ...framework.partnerships]) this._ids.set(id, id);
    for (const sector of framework.sectors) this._applies.set(sector.id, this._appliesTo(sector.id));
  }

  private _appliesTo(sector: string): Uint8Array {
    const row = Uint8Array.from(this.standards, (standard) => (appliesToSector(standard, sector) ? 1 : 0));
    const items = this.items.map(({ standard, item, s }) => (row[s] && applicableItems(standard, sector).includes(item) ? 1 : 0));
    const all = new Uint8Array(this.width);
    all.set(row);
    all.set(items, row.length);
    return all;
  }

  /** 1 where a standard (or item) applies to organisations of the sector, 0 where it does not. */
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
   * Write a return's ratings into `cells` from `offset`. Answers to standards or items that do
   * not apply to the sector stay empty: `validateReturn` keeps them but says they are not counted.
   */
  encode(ret: AuditReturn, cells: Uint8Array, offset: number): void {
    cells.fill(0, offset, offset + this.width);
    const applies = this.applies(ret.organisation.sector);
    const responses = ret.responses;
    for (let r = 0; r < responses.length; r++) {
      const response = responses[r]!;
      const s = this._column.get(response.standardId);
      if (s === undefined || !applies[s]) continue;
      if (response.rating !== null) cells[offset + s] = this.levelCode(response.rating);
      // Most answers have no items: no list to walk (this runs for every answer counted).
      const items = response.items;
      if (items === undefined) continue;
      for (const answer of items) {
        const c = this._itemColumn.get(itemKey(response.standardId, answer.itemId));
        if (c !== undefined && applies[c] && answer.rating !== null) cells[offset + c] = this.levelCode(answer.rating);
      }
    }
  }

  /** The column of a standard id. */
  column(standardId: string): number | undefined {
    return this._column.get(standardId);
  }
}

const itemKey = (standardId: string, itemId: string) => `${standardId}\u0000${itemId}`;
