import type { Framework } from '../models/framework.js';
import type { AuditReturn, OrganisationIdentifier, Respondent, Response } from '../models/return.js';
import type { Action } from '../models/action.js';
import { checkReturnStructure } from '../structure/checkers.generated.js';
import { applicableStandards } from '../framework/wording.js';
import { applicableItems, emptyItems } from '../framework/items.js';
import { kindOf, listOr, quote } from '../issues/text.js';
import { londonDate, type Instant } from '../dates.js';
import { fromStructureIssue } from '../issues/from-structure.js';
import { validateReturn } from './validate-return.js';
import { withAllowedValues } from './allowed-values.js';

export interface CreateReturnOptions {
  /** The organisation's name. */
  readonly organisation?: string;
  /** One of the framework's sector ids; decides which standards (and items) are answered. */
  readonly sector?: string;
  /** Ids of the partnerships the return is for. Defaults to the framework's only partnership, if it has one. */
  readonly partnerships?: readonly string[];
  /** Stable identifiers of the organisation, such as its NHS ODS code or charity number. */
  readonly identifiers?: readonly OrganisationIdentifier[];
  readonly respondent?: Partial<Respondent>;
  /** First year of the audit cycle. Defaults to the year of `now`. */
  readonly cycleStart?: number;
  /** Year within the cycle, 1 for the self-assessment. */
  readonly cycleYear?: number;
  /** Creation time; defaults to the current time. */
  readonly now?: Instant;
}

/**
 * A response with nothing filled in yet. Give the ids of the standard's items that apply to the
 * organisation to include an unrated answer for each.
 */
export function emptyResponse(standardId: string, itemIds: readonly string[] = []): Response {
  const response: Response = { standardId, rating: null, evidence: '', explanation: '', actions: [] };
  return itemIds.length ? { ...response, items: itemIds.map((itemId) => ({ itemId, rating: null, explanation: '' })) } : response;
}

/**
 * An action row with nothing filled in yet, with an id unique among `taken`: the ids of the
 * other actions of the same response (ids need be unique only within a response).
 */
export function emptyAction(taken: Iterable<string> = []): Action {
  const used = new Set(taken);
  let n = used.size + 1;
  while (used.has(`a${n}`)) n++;
  return { id: `a${n}`, action: '', lead: '', due: '', status: 'not-started', notes: '' };
}

/** Every action id in a return. Since ids need be unique only within a response, `emptyAction` needs only the response's own. */
export function actionIds(ret: Pick<AuditReturn, 'responses'>): string[] {
  return ret.responses.flatMap((response) => response.actions.map((action) => action.id));
}

const OPTIONS = ['organisation', 'sector', 'partnerships', 'identifiers', 'respondent', 'cycleStart', 'cycleYear', 'now'];

/** Options named the way the person who passed them knows them. */
const OPTION_WORDS: Record<string, string> = {
  'organisation.name': 'the option “organisation” (the organisation’s name)',
  'organisation.sector': 'the option “sector”',
  'organisation.partnerships': 'the option “partnerships”',
  'organisation.identifiers': 'the option “identifiers”',
  respondent: 'the option “respondent”',
  'cycle.start': 'the option “cycleStart” (the first year of the cycle)',
  'cycle.year': 'the option “cycleYear”',
};

function describeOption(path: ReadonlyArray<string | number>): string {
  const [head, second, third, fourth] = path;
  if (head === 'organisation' && second === 'partnerships' && typeof third === 'number') return `partnership ${third + 1} of the option “partnerships”`;
  if (head === 'organisation' && second === 'identifiers' && typeof third === 'number')
    return fourth === undefined ? `identifier ${third + 1}` : `the ${String(fourth)} of identifier ${third + 1}`;
  if (head === 'respondent' && typeof second === 'string') return `the respondent’s ${second}`;
  return OPTION_WORDS[path.join('.')] ?? `the option ${quote(path.join('.'))}`;
}

/**
 * Every problem with the options, in words. They are put where they go in a return, and that is
 * checked by the rules every return meets (so the words are the ones `validateReturn` uses), apart
 * from what only options can get wrong: a name that is not an option, a time that is not a time.
 */
function optionProblems(framework: Framework, options: CreateReturnOptions, ret: AuditReturn): string[] {
  const problems = Object.keys(options)
    .filter((key) => !OPTIONS.includes(key))
    .map((key) => `there is no option ${quote(key)}: use ${listOr(OPTIONS.map((k) => quote(k)))}`);
  const { now } = options;
  if (now !== undefined && !((now instanceof Date || typeof now === 'string' || typeof now === 'number') && londonDate(now) !== undefined))
    problems.push('the option “now” must be a date, a time like 2026-05-01T16:30:00Z or a number of milliseconds');
  const structure = checkReturnStructure(ret);
  if (!structure.success)
    return [
      ...problems,
      ...structure.issues.flatMap((issue) => fromStructureIssue(issue, ret, describeOption).map((found) => withAllowedValues(framework, ret, found, describeOption).message)),
    ];
  for (const found of validateReturn(framework, ret, { mode: 'draft' }).issues) if (found.severity === 'error') problems.push(found.message);
  return problems;
}

/**
 * A new draft return for a framework: every cover-sheet answer empty, and one empty response for
 * each standard that applies to the sector (all standards when no sector is given yet), with an
 * unrated answer for each of its items that applies. Every field is written, including those a
 * return may leave out, so that forms and stored drafts always hold the whole shape.
 *
 * @throws {TypeError} when an option is of the wrong kind or names something the framework does
 *   not have; the message lists every such option and how to fix it. Everything else about a
 *   return is checked by `validateReturn`, which never throws.
 */
export function createReturn(framework: Framework, options: CreateReturnOptions = {}): AuditReturn {
  if (options === null || typeof options !== 'object') throw new TypeError(`createReturn: the options must be an object, not ${kindOf(options)}`);
  const ret = buildReturn(framework, options);
  const problems = optionProblems(framework, options, ret);
  if (problems.length) throw new TypeError(`createReturn: ${problems.map((problem) => problem[0]!.toLowerCase() + problem.slice(1)).join('; ')}`);
  return tidy(ret);
}

/**
 * What `createReturn` makes, without checking its options: for code whose options are its own and
 * known good (an element starting a draft), so that it need not load `validateReturn` to start.
 * Give it anything else and the return is only as good as what it was given: check it.
 */
export function blankReturn(framework: Framework, options: CreateReturnOptions = {}): AuditReturn {
  return tidy(buildReturn(framework, options));
}

/** An empty list of identifiers is left out, as a return may. */
function tidy(ret: AuditReturn): AuditReturn {
  if (ret.organisation.identifiers?.length === 0) delete ret.organisation.identifiers;
  return ret;
}

function buildReturn(framework: Framework, options: CreateReturnOptions): AuditReturn {
  const given = options as Record<string, unknown>;
  // Until they are checked below, options are put in place as they came: a list is copied only
  // when it is one, so that a string for `partnerships` is reported, not read letter by letter.
  const copy = (value: unknown) => (Array.isArray(value) ? [...value] : value);
  const created = new Date(londonDate(options.now ?? Date.now()) === undefined ? Date.now() : (options.now ?? Date.now()));
  const stamp = created.toISOString();
  const sector = options.sector ?? '';
  const standards = typeof sector === 'string' && sector ? applicableStandards(framework, sector) : framework.standards;
  const onlyPartnership = framework.partnerships.length === 1 ? [framework.partnerships[0]!.id] : [];
  const respondent = given.respondent;
  const ret: AuditReturn = {
    framework: { id: framework.id, version: framework.version },
    organisation: {
      name: options.organisation ?? '',
      sector,
      partnerships: copy(options.partnerships ?? onlyPartnership) as string[],
      ...(given.identifiers !== undefined ? { identifiers: copy(options.identifiers) as OrganisationIdentifier[] } : {}),
    },
    respondent: (respondent === undefined
      ? { name: '', role: '', email: '' }
      : respondent !== null && typeof respondent === 'object' && !Array.isArray(respondent)
        ? { name: '', role: '', email: '', ...respondent }
        : respondent) as Respondent,
    cycle: { start: options.cycleStart ?? created.getUTCFullYear(), year: options.cycleYear ?? 1 },
    status: 'draft',
    cover: Object.fromEntries(framework.coverSheet.map((field) => [field.id, ''])),
    responses: standards.map((standard) => {
      const items = applicableItems(standard, sector || undefined);
      return items.length ? { ...emptyResponse(standard.id), items: emptyItems(items) } : emptyResponse(standard.id);
    }),
    createdAt: stamp,
    updatedAt: stamp,
    submittedAt: null,
  };
  return ret;
}
