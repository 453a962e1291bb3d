import {
  applicableItems,
  appliesToSector,
  normaliseName,
  scoreBand,
  type AggregateResult,
  type Framework,
  type GroupFigures,
  type LevelStanding,
  type RatingFigures,
  type Tone,
} from '@s11kit/schema';
import type { S11SummaryFilters } from '../events/filter.js';
import type { S11SummarySort } from '../events/sort.js';
import type { S11Strings } from '../strings.js';

// The model behind <s11-summary>: which rows the heatmap has, what each cell says, and which rows
// the filters and the sort leave, in what order. No DOM and no Lit, so it is tested in Node.

/** What the rows of the table are. */
export type S11SummaryRows = 'agencies' | 'sectors' | 'partnerships';

/** The words the rows are written in: the summary's part of the strings table. */
export type RowWords = Pick<S11Strings, 'notAnswered' | 'summaryDoesNotApply' | 'summaryNoRatings' | 'summaryAtOrAbove' | 'summaryAverage' | 'summaryAgencies'>;

/** One cell: a level (agencies) or a group's figures (sectors, partnerships), or nothing to show. */
export interface Cell {
  readonly text: string;
  readonly tone?: Tone;
  /** A second line: the average level of a group. */
  readonly detail?: string;
  /** What sorting compares: the level's score (best 1, worst 0), or `null` for no rating. */
  readonly score: number | null;
  readonly below: boolean;
}

export interface Row {
  readonly name: string;
  /** The name as the search compares it. */
  readonly key: string;
  readonly detail: string;
  readonly sector: string;
  readonly partnerships: readonly string[];
  readonly cells: readonly Cell[];
  /** Ratings below expected in the row. */
  readonly below: number;
}

/** A column of the table: a standard, or one item of a standard (see `columnsOf`). */
export interface Column {
  readonly kind: 'standard' | 'item';
  readonly id: string;
  /** "6", or "5.2" for the second item of standard 5. */
  readonly number: string;
  readonly title: string;
  /** Where its cells are: `matrix.cells[a][at]` or `matrix.itemCells[a][at]`, and the same place in a group's figures. */
  readonly at: number;
}

/**
 * The columns: every standard, or, with `standardId` of a standard that has items, each of its
 * items, reported on its own (Buckinghamshire's board priorities, City and Hackney's elements).
 */
export function columnsOf(figures: AggregateResult, standardId = ''): Column[] {
  const { matrix } = figures;
  if (standardId) {
    const standard = matrix.standards.find((s) => s.id === standardId);
    const items = (matrix.items ?? []).flatMap((item, at) => (item.standardId === standardId ? [{ item, at }] : []));
    if (standard && items.length) return items.map(({ item, at }, k) => ({ kind: 'item', id: item.itemId, number: `${standard.number}.${k + 1}`, title: item.title, at }));
  }
  return matrix.standards.map((standard, at) => ({ kind: 'standard', id: standard.id, number: String(standard.number), title: standard.title, at }));
}

/** A group's figures for a column. */
const groupFigures = (group: GroupFigures, column: Column): RatingFigures => (column.kind === 'item' ? group.items[column.at]! : group.standards[column.at]!);

export const NO_FILTERS: S11SummaryFilters = { sector: '', partnership: '', belowExpected: false, search: '' };
const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Which filters can narrow the rows: a sector's row has no partnership, and the other way round. */
export function filterable(framework: Framework, rows: S11SummaryRows): { sectors: boolean; partnerships: boolean } {
  return {
    sectors: rows !== 'partnerships' && framework.sectors.length > 1,
    partnerships: rows !== 'sectors' && framework.partnerships.length > 1,
  };
}

/** Every row of the table, in the order of the figures, with a cell for each of `columns`. */
export function buildRows(
  framework: Framework,
  figures: AggregateResult,
  standings: readonly LevelStanding[],
  rows: S11SummaryRows,
  t: RowWords,
  columns: readonly Column[] = columnsOf(figures),
): Row[] {
  if (rows !== 'agencies') {
    const groups = rows === 'sectors' ? figures.bySector : figures.byPartnership;
    return groups.map((group) => groupRow(group, rows === 'sectors', standings, t, columns));
  }
  const byId = new Map(standings.map((s) => [s.id, s]));
  const standards = new Map(framework.standards.map((s) => [s.id, s]));
  const sectors = new Map(framework.sectors.map((s) => [s.id, s.label]));
  const { matrix } = figures;
  const itemsOf = (column: Column) => (column.kind === 'item' ? standards.get(matrix.items[column.at]!.standardId) : undefined);
  return matrix.agencies.map((agency, a) => {
    const cells = columns.map((column): Cell => {
      const id = column.kind === 'item' ? matrix.itemCells[a]![column.at] : matrix.cells[a]![column.at];
      const standing = id ? byId.get(id) : undefined;
      if (standing) return { text: standing.label, tone: standing.tone, score: standing.score, below: standing.belowExpected };
      const standard = itemsOf(column) ?? standards.get(column.id);
      const applies =
        !standard || (appliesToSector(standard, agency.sector) && (column.kind !== 'item' || applicableItems(standard, agency.sector).some((item) => item.id === column.id)));
      return { text: applies ? t.notAnswered : t.summaryDoesNotApply, score: null, below: false };
    });
    return {
      name: agency.name,
      key: normaliseName(agency.name),
      detail: sectors.get(agency.sector) ?? agency.sector,
      sector: agency.sector,
      partnerships: agency.partnerships,
      cells,
      below: cells.filter((cell) => cell.below).length,
    };
  });
}

/**
 * The level a group's average score is shown as: the schema's band rule (`scoreBand`), the rated
 * level whose comparable score is nearest; halfway between two levels, the lower one, so that a
 * borderline group is not shown as the better.
 */
export const band = (rated: readonly LevelStanding[], score: number): LevelStanding | undefined => scoreBand(rated, score);

/** A sector's or partnership's row: how many of its rated agencies are at or above expected, coloured by its average. */
export function groupRow(
  group: GroupFigures,
  isSector: boolean,
  standings: readonly LevelStanding[],
  t: RowWords,
  columns: readonly Column[] = group.standards.map((standard, at) => ({ kind: 'standard', id: standard.standardId, number: String(standard.number), title: standard.title, at })),
): Row {
  const cells = columns.map((column): Cell => {
    const figures = groupFigures(group, column);
    const level = figures.score === null ? undefined : scoreBand(standings, figures.score);
    if (figures.score === null || !level) return { text: t.summaryNoRatings, score: null, below: false };
    return {
      text: t.summaryAtOrAbove(figures.rated - figures.belowExpected, figures.rated),
      tone: level.tone,
      detail: t.summaryAverage(level.label),
      score: figures.score,
      below: figures.belowExpected > 0,
    };
  });
  return {
    name: group.label,
    key: normaliseName(group.label),
    detail: t.summaryAgencies(group.agencies),
    sector: isSector ? group.id : '',
    partnerships: isSector ? [] : [group.id],
    cells,
    below: columns.reduce((sum, column) => sum + groupFigures(group, column).belowExpected, 0),
  };
}

/** How a list of rows is narrowed and ordered. */
export interface RowQuery {
  readonly rows: S11SummaryRows;
  readonly filters: S11SummaryFilters;
  readonly sort: S11SummarySort | undefined;
  /** The filters that apply to this kind of row (see `filterable`). */
  readonly filterable: { readonly sectors: boolean; readonly partnerships: boolean };
  /** The standards' ids in column order, to find the column a sort names. */
  readonly standardIds: readonly string[];
  /** The columns, when they are not the standards (a standard's items): a sort by `item` finds its column here. */
  readonly columns?: readonly Pick<Column, 'kind' | 'id'>[];
}

/** The rows the filters leave, in the order asked for; rows with no rating go last whichever way. */
export function filterAndSort(all: readonly Row[], query: RowQuery): Row[] {
  const f = query.filters;
  const { sectors, partnerships } = query.filterable;
  const search = query.rows === 'agencies' ? normaliseName(f.search) : '';
  const shown = all.filter(
    (row) =>
      (!sectors || !f.sector || row.sector === f.sector) &&
      (!partnerships || !f.partnership || row.partnerships.includes(f.partnership)) &&
      (!f.belowExpected || row.below > 0) &&
      (!search || row.key.includes(search)),
  );
  const sort = query.sort;
  if (!sort) return shown;
  if (sort.column === 'name') {
    const direction = sort.direction === 'ascending' ? 1 : -1;
    return shown.sort((a, b) => direction * collator.compare(a.name, b.name));
  }
  const s = query.columns
    ? query.columns.findIndex((column) => (column.kind === 'item' ? column.id === sort.itemId : column.id === sort.standardId))
    : query.standardIds.indexOf(sort.standardId ?? '');
  const value = (row: Row) => (sort.column === 'below-expected' ? row.below : (row.cells[s]?.score ?? null));
  const direction = sort.direction === 'ascending' ? 1 : -1;
  return shown.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? collator.compare(a.name, b.name) : x === null ? 1 : -1;
    return direction * (x - y) || collator.compare(a.name, b.name);
  });
}

/** Agencies below expected for each column: of the rows shown, or of every agency for groups. */
export function belowTotals(figures: AggregateResult, rows: S11SummaryRows, shown: readonly Row[], columns: readonly Column[] = columnsOf(figures)): number[] {
  if (rows !== 'agencies') return columns.map((column) => (column.kind === 'item' ? figures.items[column.at]! : figures.standards[column.at]!).belowExpected);
  return columns.map((_, c) => shown.filter((row) => row.cells[c]!.below).length);
}
