import type { Framework } from '../../models/framework.js';
import type { AggregateResult } from '../../aggregate/aggregate-result.js';
import { levelStandings, type LevelStanding } from '../../scales/level-standings.js';
import { formatLongDate } from '../../dates.js';

export interface BoardReportOptions {
  /** The report's heading. Default: "<framework title>: partnership report". */
  readonly title?: string;
  /** Most agencies the heatmap shows; past it, those with most ratings below expected. Default 300. */
  readonly heatmapLimit?: number;
  /** Names an added value (by its index) in the list of returns not counted, e.g. by its file. */
  readonly sourceName?: (index: number) => string;
}

/** What every section of the report reads. */
export interface ReportContext {
  readonly framework: Framework;
  readonly result: AggregateResult;
  readonly options: BoardReportOptions;
  readonly standings: readonly LevelStanding[];
  readonly expectedLabel: string;
  sectorLabel(id: string): string;
  partnershipName(id: string): string;
  sourceName(index: number): string;
}

export function reportContext(framework: Framework, result: AggregateResult, options: BoardReportOptions): ReportContext {
  const sectors = new Map(framework.sectors.map((sector) => [sector.id, sector.label]));
  const partnerships = new Map(framework.partnerships.map((partnership) => [partnership.id, partnership.name]));
  return {
    framework,
    result,
    options,
    standings: levelStandings(framework.scale),
    expectedLabel: framework.scale.levels.find((level) => level.id === framework.scale.expected)?.label ?? framework.scale.expected,
    sectorLabel: (id) => sectors.get(id) ?? id,
    partnershipName: (id) => partnerships.get(id) ?? id,
    sourceName: options.sourceName ?? ((index) => `Return ${index + 1}`),
  };
}

const NUMBER = new Intl.NumberFormat('en-GB');

export const count = (n: number) => NUMBER.format(n);
export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
export const longDate = (isoDate: string) => formatLongDate(isoDate);
/** "1 agency", "3 agencies". */
export const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
