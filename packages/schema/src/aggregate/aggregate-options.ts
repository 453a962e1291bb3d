import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue, IssueCode } from '../issues/issue.js';
import { listOr, quote } from '../issues/text.js';
import { causeText } from '../issues/unreadable.js';
import { londonDate, type Instant } from '../dates.js';
import { agencyKeys } from './agency-key.js';
import type { Translate } from './check-for-count.js';

/** The aggregator's options once read: every one usable, whatever was passed. */
export interface AggregateSettings {
  /** Every key a return's agency is known by: the caller's one key, or `agencyKeys`. */
  readonly agencyKeys: (ret: AuditReturn) => unknown;
  readonly translate: Translate | undefined;
  readonly previous: Iterable<unknown> | undefined;
  readonly now: Instant;
  readonly dueSoonDays: number;
  readonly quotesPerStandard: number;
  readonly actionLimit: number;
  readonly stored: boolean;
  /** Count only returns sent to this partnership; `null` when the option named no real one. */
  readonly partnership: string | null | undefined;
}

const DEFAULTS = { dueSoonDays: 30, quotesPerStandard: 3, actionLimit: 500 } as const;

const problem = (option: string, code: IssueCode, message: string): Issue => ({ path: [option], code, severity: 'error', message });

const isWhole = (value: unknown, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/**
 * Read the aggregator's options without trusting them: an option of the wrong kind is reported
 * and its default used, so that a partnership's report is never lost to a typo in a setting. A
 * partnership that is not the framework's counts no return at all, rather than every return: a
 * report meant for one partnership must never show another's agencies.
 */
export function readAggregateOptions(framework: Framework, options: unknown): { settings: AggregateSettings; issues: Issue[] } {
  const issues: Issue[] = [];
  const read = (key: string): unknown => {
    try {
      return options === null || typeof options !== 'object' ? undefined : (options as Record<string, unknown>)[key];
    } catch (cause) {
      if (!issues.some((issue) => issue.path.length === 0)) {
        const reason = causeText(cause);
        issues.push({
          path: [],
          code: 'invalid_type',
          severity: 'error',
          message: `The aggregator's options could not be read${reason ? ` (${reason})` : ''}: pass a plain object; the defaults are used`,
        });
      }
      return undefined;
    }
  };
  const whole = (key: keyof typeof DEFAULTS, max: number, words: string): number => {
    const value = read(key);
    if (value === undefined || isWhole(value, max)) return value ?? DEFAULTS[key];
    issues.push(problem(key, 'invalid_value', `The option “${key}” must be ${words} from 0 to ${max.toLocaleString('en-GB')}: ${DEFAULTS[key]} is used instead`));
    return DEFAULTS[key];
  };
  const fn = <T>(key: string, message: string): T | undefined => {
    const value = read(key);
    if (value === undefined || typeof value === 'function') return value as T | undefined;
    issues.push(problem(key, 'invalid_type', message));
    return undefined;
  };

  let now: Instant = Date.now();
  const givenNow = read('now');
  if (givenNow !== undefined) {
    if (safeLondonDate(givenNow) !== undefined) now = givenNow as Instant;
    else
      issues.push(
        problem('now', 'invalid_value', 'The option “now” must be a date, a time like 2026-11-01T09:00:00Z or a number of milliseconds: the current time is used instead'),
      );
  }
  const dueSoonDays = whole('dueSoonDays', 366, 'a whole number of days');
  const quotesPerStandard = whole('quotesPerStandard', 50, 'a whole number');
  const actionLimit = whole('actionLimit', 100_000, 'a whole number');
  const agencyKey = fn<(ret: AuditReturn) => unknown>(
    'agencyKey',
    'The option “agencyKey” must be a function that takes a return and gives a string: agencies are matched by identifier, or by name and sector, instead',
  );
  const agencyKeysOf = agencyKey ? (ret: AuditReturn) => [agencyKey(ret)] : agencyKeys;
  const translate = fn<Translate>('translate', 'The option “translate” must be a function: returns that cannot be counted as they are stay not counted');

  let previous: Iterable<unknown> | undefined;
  const givenPrevious = read('previous');
  if (givenPrevious !== undefined) {
    if (isIterable(givenPrevious)) previous = givenPrevious;
    else issues.push(problem('previous', 'invalid_type', 'The option “previous” must be a list of the earlier cycle’s returns: no comparison with an earlier cycle is made'));
  }
  const givenStored = read('stored');
  if (givenStored !== undefined && typeof givenStored !== 'boolean')
    issues.push(problem('stored', 'invalid_type', 'The option “stored” must be true or false: every return is checked in full instead'));
  const stored = givenStored === true;

  let partnership: string | null | undefined;
  const givenPartnership = read('partnership');
  if (givenPartnership !== undefined) {
    const known = framework.partnerships.find((p) => p.id === givenPartnership);
    partnership = known ? known.id : null;
    if (!known) {
      const named = typeof givenPartnership === 'string' ? quote(givenPartnership) : 'The option “partnership”';
      const choices = listOr(framework.partnerships.map((p) => `${quote(p.id)} (${p.name})`));
      issues.push(problem('partnership', 'unknown_partnership', `${named} is not a partnership of ${framework.title}: use ${choices}. No return is counted until it names one`));
    }
  }

  return { settings: { agencyKeys: agencyKeysOf, translate, previous, now, dueSoonDays, quotesPerStandard, actionLimit, stored, partnership }, issues };
}

function safeLondonDate(instant: unknown): string | undefined {
  try {
    const usable = instant instanceof Date || typeof instant === 'string' || typeof instant === 'number';
    return usable ? londonDate(instant) : undefined;
  } catch {
    return undefined;
  }
}

function isIterable(value: unknown): value is Iterable<unknown> {
  try {
    return value !== null && typeof value === 'object' && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}
