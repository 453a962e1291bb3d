import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { causeText } from '../issues/unreadable.js';
import { londonDate, type Instant } from '../dates.js';
import { readAggregateOptions } from './aggregate-options.js';
import type { AggregateResult, AgencyMatrix } from './aggregate-result.js';
import type { AgencyStore } from './agency-store.js';
import { breakdowns } from './breakdowns.js';
import type { Translate } from './check-for-count.js';
import { compareCycles } from './comparison.js';
import { CycleIntake } from './cycle-intake.js';
import { checkForCount, checkStored } from './check-for-count.js';
import { DueActionList } from './due-actions.js';
import { GoodPractice } from './good-practice.js';
import { StatementTally } from './statements.js';
import { SurveyTally } from './staff-survey.js';
import { MatrixLayout } from './matrix-layout.js';
import { concernsOf } from './standard-figures.js';

export interface AggregateOptions {
  /**
   * Which agency a return comes from; two returns with the same key are the same agency.
   * Default: {@link agencyKeys}, the organisation's identifiers (any one shared is a match), else
   * its name normalised plus its sector.
   */
  readonly agencyKey?: (ret: AuditReturn) => string;
  /**
   * Offered every value that cannot be counted as it is (another framework or version, the wrong
   * shape, a rule broken; not a draft), with the issues found. A return it gives back is checked
   * again and, if valid, counted and listed in `translated`.
   */
  readonly translate?: Translate;
  /**
   * Returns of the earlier cycle of the same framework, for `comparison`, checked like the
   * others and read when the aggregator is created (or add them with `addPrevious`).
   */
  readonly previous?: Iterable<unknown>;
  /** When overdue and due-soon actions are judged. Default: the current time. */
  readonly now?: Instant;
  /** How many days ahead counts as due soon. Default 30, as in `actionPlan`. */
  readonly dueSoonDays?: number;
  /** Good-practice quotes kept for each standard. Default 3. */
  readonly quotesPerStandard?: number;
  /** Overdue and due-soon actions listed; the rest are counted. Default 500. */
  readonly actionLimit?: number;
  /**
   * `true` when every return was checked with `validateReturn` before it was stored, as a server
   * should on receipt: then only the framework, version and status are checked here, which is
   * many times faster. Never set it for returns from anywhere else. Default `false`.
   */
  readonly stored?: boolean;
  /**
   * Count only the returns sent to this partnership (by id), for a partnership's own figures:
   * the others are counted in `forOtherPartnerships` and show nowhere else. Default: every return.
   */
  readonly partnership?: string;
}

/** Takes returns one at a time; see {@link createAggregator}. */
export interface Aggregator {
  /** Check a value and count it, or record why not. Never throws on bad input. */
  add(value: unknown): void;
  /** The same for a return of the earlier cycle. */
  addPrevious(value: unknown): void;
  /** Record an input that could not be read at all (a file that is not JSON) as rejected. */
  addUnreadable(reason: string, cycle?: 'current' | 'previous'): void;
  /** The figures so far. May be called more than once; adding more afterwards is fine. */
  result(): AggregateResult;
}

/**
 * A streaming accumulator for a partnership's returns: memory grows with agencies × standards
 * (one byte a cell) and never with evidence; only a few short quotes and the most overdue actions
 * are kept as text. Each value is checked with `validateReturn` in submit mode: returns with
 * warnings only are counted; drafts, returns of another framework or version, values of the wrong
 * shape and returns that break a rule are recorded in `rejected` with a reason, unless
 * `translate` maps them.
 *
 * @example
 * const aggregator = createAggregator(framework, { now: '2026-11-01' });
 * for (const file of files) aggregator.add(JSON.parse(await readFile(file, 'utf8')));
 * const { concerns, rejected } = aggregator.result();
 */
export function createAggregator(framework: Framework, options: AggregateOptions = {}): Aggregator {
  const layout = new MatrixLayout(framework);
  const { settings, issues } = readAggregateOptions(framework, options);
  const { now, agencyKeys, translate, partnership } = settings;
  const at = londonDate(now) ?? londonDate(Date.now())!;
  const quotes = new GoodPractice(layout, settings.quotesPerStandard);
  const actions = new DueActionList(layout, settings.actionLimit, now, settings.dueSoonDays);
  const check = settings.stored ? (value: unknown) => checkStored(framework, value) : (value: unknown) => checkForCount(framework, value, translate);
  const statements = new StatementTally(layout);
  const survey = new SurveyTally(layout);
  const current = new CycleIntake(layout, agencyKeys, check, partnership, {
    counted(ret, agency, row) {
      quotes.consider(ret, agency, row);
      actions.consider(ret, agency, row);
      statements.consider(ret, row);
      survey.consider(ret, row);
    },
    replaced(row) {
      quotes.removeAgency(row);
      actions.removeAgency(row);
      statements.removeAgency(row);
      survey.removeAgency(row);
    },
  });
  let previous: CycleIntake | undefined;
  const earlier = () => (previous ??= new CycleIntake(layout, agencyKeys, check, partnership));
  if (settings.previous) readPrevious(settings.previous, earlier, issues);

  return {
    add: (value) => current.add(value),
    addPrevious: (value) => earlier().add(value),
    addUnreadable: (reason, cycle = 'current') => (cycle === 'previous' ? earlier() : current).addUnreadable(reason),
    result(): AggregateResult {
      const figures = breakdowns(current.store);
      return {
        framework: { id: framework.id, version: framework.version, title: framework.title },
        at,
        ...(partnership ? { partnership } : {}),
        added: current.added,
        counted: current.counted,
        forOtherPartnerships: current.excluded,
        standards: figures.overall,
        items: figures.items,
        matrix: matrixOf(current.store),
        bySector: figures.bySector,
        byPartnership: partnership === undefined ? figures.byPartnership : figures.byPartnership.filter((group) => group.id === partnership),
        concerns: concernsOf(figures.overall),
        goodPractice: quotes.result(),
        actions: actions.result(),
        statements: statements.result(),
        ...(framework.staffSurvey ? { staffSurvey: survey.result(current.store)! } : {}),
        rejected: [...current.rejected],
        translated: [...current.translated],
        duplicates: [...current.store.duplicates],
        issues: [...issues],
        ...(previous
          ? {
              comparison: compareCycles(current.store, previous.store, {
                counted: previous.counted,
                agencies: previous.store.size,
                rejected: [...previous.rejected],
                translated: [...previous.translated],
                duplicates: [...previous.store.duplicates],
              }),
            }
          : {}),
      };
    },
  };
}

/** The earlier cycle's returns, as far as they can be listed: a list that throws midway is reported, not thrown. */
function readPrevious(values: Iterable<unknown>, earlier: () => CycleIntake, issues: Issue[]): void {
  let read = 0;
  try {
    for (const value of values) {
      earlier().add(value);
      read++;
    }
  } catch (cause) {
    const reason = causeText(cause);
    issues.push({
      path: ['previous'],
      code: 'invalid_value',
      severity: 'error',
      message: `The returns of the earlier cycle could not all be read${reason ? ` (${reason})` : ''}: ${read} ${read === 1 ? 'was' : 'were'} read and compared`,
    });
  }
}

function matrixOf(store: AgencyStore): AgencyMatrix {
  const { layout, cells } = store;
  const columns = (row: number, from: number, count: number) => {
    const out: (string | null)[] = new Array(count);
    for (let c = 0; c < count; c++) out[c] = layout.standing(cells[row * layout.width + from + c]!)?.id ?? null;
    return out;
  };
  const standards = layout.standards.length;
  return {
    standards: layout.standards.map((standard) => ({ id: standard.id, number: standard.number, title: standard.title })),
    agencies: [...store.agencies],
    cells: store.agencies.map((_, row) => columns(row, 0, standards)),
    items: layout.items.map(({ standard, item }) => ({ standardId: standard.id, itemId: item.id, title: item.title })),
    itemCells: store.agencies.map((_, row) => columns(row, standards, layout.items.length)),
  };
}

/**
 * Count a whole set of returns at once: {@link createAggregator}, every value added, and the
 * result. Give it a generator to keep only one return in memory at a time.
 */
export function aggregate(framework: Framework, returns: Iterable<unknown>, options: AggregateOptions = {}): AggregateResult {
  const aggregator = createAggregator(framework, options);
  for (const value of returns) aggregator.add(value);
  return aggregator.result();
}
