import type { AuditReturn } from '../models/return.js';
import type { MatrixLayout } from './matrix-layout.js';

/** One agency: a row of the matrix. */
export interface Agency {
  /** Its first key: what its returns are known by (see `agencyKeys`). */
  readonly key: string;
  /** Every key its returns matched by: its identifiers, or its name and sector. */
  readonly keys: readonly string[];
  readonly name: string;
  /** Sector id. */
  readonly sector: string;
  /** Partnership ids. */
  readonly partnerships: readonly string[];
  /** Which added value its counted return was (0 for the first), so callers can name the file. */
  readonly index: number;
}

/** A return that another return of the same agency replaced. */
export interface DuplicateReturn {
  readonly key: string;
  /** The agency's name as the kept return spells it. */
  readonly label: string;
  /** Index of the return that is counted. */
  readonly kept: number;
  /** Index of the return that is not. */
  readonly dropped: number;
}

export type Placement = { readonly row: number; readonly replaced?: number } | { readonly row: number; readonly ignored: true };

/**
 * Every agency once, with its ratings in one flat byte array (`width` bytes a row), so that
 * 100,000 agencies of a 12-standard framework take about 1.2 MB of cells. Nothing of a return is
 * kept but its organisation's name, sector, partnerships and ratings.
 */
export class AgencyStore {
  readonly agencies: Agency[] = [];
  readonly duplicates: DuplicateReturn[] = [];
  cells: Uint8Array;
  // The time each row's return was made, as written: parsed only when a duplicate turns up.
  private readonly _when: string[] = [];
  private readonly _byKey = new Map<string, number>();

  constructor(readonly layout: MatrixLayout) {
    this.cells = new Uint8Array(layout.width * 64);
  }

  get size(): number {
    return this.agencies.length;
  }

  row(key: string): number | undefined {
    return this._byKey.get(key);
  }

  /** The row of the agency that has any of these keys. */
  rowOf(keys: readonly string[]): number | undefined {
    for (const key of keys) {
      const row = this._byKey.get(key);
      if (row !== undefined) return row;
    }
    return undefined;
  }

  /**
   * Put a counted return in its agency's row. A later return of the same agency (by
   * `submittedAt`, else `updatedAt`; on a tie, the one added last) replaces the earlier one, and
   * either way the pair is recorded in `duplicates`.
   */
  place(ret: AuditReturn, keys: readonly string[], index: number): Placement {
    const when = ret.submittedAt ?? ret.updatedAt;
    const existing = this.rowOf(keys);
    if (existing !== undefined) {
      const previous = this.agencies[existing]!;
      // Whichever return is counted, the agency is known by every key either of them had.
      const all = [...new Set([...previous.keys, ...keys])];
      for (const key of keys) if (!this._byKey.has(key)) this._byKey.set(key, existing);
      if (Date.parse(when) < Date.parse(this._when[existing]!)) {
        this.agencies[existing] = { ...previous, keys: all };
        this.duplicates.push({ key: previous.key, label: previous.name, kept: previous.index, dropped: index });
        return { row: existing, ignored: true };
      }
      this._write(existing, ret, all, index, when);
      this.duplicates.push({ key: previous.key, label: this.agencies[existing]!.name, kept: index, dropped: previous.index });
      return { row: existing, replaced: previous.index };
    }
    const row = this.agencies.length;
    for (const key of keys) this._byKey.set(key, row);
    this._grow(row + 1);
    this._write(row, ret, keys, index, when);
    return { row };
  }

  private _write(row: number, ret: AuditReturn, keys: readonly string[], index: number, when: string): void {
    const { sector, partnerships, name } = ret.organisation;
    // Names and keys are at most a few hundred characters, so they are kept as they come.
    this.agencies[row] = {
      key: keys[0]!,
      keys,
      name: name.trim(),
      sector: this.layout.canonicalId(sector),
      partnerships: [...new Set(partnerships)].map((id) => this.layout.canonicalId(id)),
      index,
    };
    this._when[row] = when;
    this.layout.encode(ret, this.cells, row * this.layout.width);
  }

  private _grow(rows: number): void {
    const needed = rows * this.layout.width;
    if (needed <= this.cells.length) return;
    const bigger = new Uint8Array(Math.max(needed, this.cells.length * 2));
    bigger.set(this.cells);
    this.cells = bigger;
  }
}
