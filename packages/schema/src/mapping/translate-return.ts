import type { Action } from '../models/action.js';
import { TEXT_CEILING } from '../models/text-ceiling.js';
import type { Framework, Standard } from '../models/framework.js';
import type { HistoryEntry } from '../models/history.js';
import type { FrameworkMapping } from '../models/mapping.js';
import type { AuditReturn, Response } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { listAnd, quote } from '../issues/text.js';
import { unreadable } from '../issues/unreadable.js';
import { indexFramework } from '../framework/framework-index.js';
import { applicableStandards, standardName } from '../framework/wording.js';
import { applicableItems, emptyItems, rollUpOf } from '../framework/items.js';
import { isEmptyAction } from '../return/rules/actions.js';
import { londonDate, type Instant } from '../dates.js';
import { isBlank } from '../return/rules/context.js';
import { emptyAction } from '../return/create-return.js';
import { isResponseEmpty } from '../return/check-response.js';
import { validateReturn } from '../return/validate-return.js';
import { checkMapping } from './check-mapping.js';
import { translatedRating, type RatingSources } from './translated-rating.js';

export interface TranslateOptions {
  /** The framework the return was made with: the mapping's source. */
  readonly from: Framework;
  /** The framework to make the draft for: the mapping's target. */
  readonly to: Framework;
  /** When the draft is made. Defaults to the current time. */
  readonly now?: Instant;
}

/** A standard of the draft that a person must answer, and why. */
export interface StandardNeedingAnswer {
  readonly standardId: string;
  /** "standard 3, A clear line of accountability", in the target framework's words. */
  readonly standard: string;
  /** Why it was not answered for them, such as "no matching standard in …; answer it yourself". */
  readonly reason: string;
}

/** Answers the target framework has no place for: kept here, so that nothing is dropped silently. */
export interface KeptAnswers {
  /** Answers to source standards that no standard of the draft takes. */
  readonly responses: readonly Response[];
  /** Cover-sheet answers whose field the target framework does not have, by field id. */
  readonly cover: Readonly<Record<string, string>>;
  /** The source return's history, such as statements of compliance about the source standards. */
  readonly history: readonly HistoryEntry[];
}

export type TranslateResult =
  | {
      readonly ok: true;
      /** A draft for the target framework: validates with `validateReturn(to, value, { mode: 'draft' })`. */
      readonly value: AuditReturn;
      /**
       * Target standards a person must still answer, in framework order: each left unrated, except
       * a standard whose own rating carried over but whose items (which stand on their own) need rating.
       */
      readonly needsAnswer: readonly StandardNeedingAnswer[];
      /** Why the sector was left empty, when the source sector is not one the target framework has. */
      readonly sectorNeedsAnswer?: string;
      readonly kept: KeptAnswers;
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Translate a return into a draft for another partnership's framework with a mapping, so that an
 * agency answers once. Each target standard takes the level its source standards map to; when
 * they disagree, a level has no equivalent, there is no source, a source also answers another
 * standard, or the level needs an action plan or evidence the sources did not carry, the rating is
 * left empty and the standard is listed in `needsAnswer`, never guessed. Evidence and
 * explanations of every source are kept, each labelled with its source standard, and the response
 * is marked `copiedFrom` the source framework for the organisation to check; every action is kept once (with the first
 * standard that takes its source) under an id unique in the draft; cover-sheet answers move to
 * fields with the same id. Never throws: a return or mapping that does not fit comes back as issues.
 *
 * @example
 * const result = translateReturn(ret, mapping, { from: portsmouth, to: buckinghamshire });
 * if (result.ok) for (const gap of result.needsAnswer) console.log(`${gap.standard}: ${gap.reason}`);
 */
export function translateReturn(ret: AuditReturn, mapping: FrameworkMapping, options: TranslateOptions): TranslateResult {
  try {
    const { from, to } = options;
    const unfit = checkMapping(mapping, from, to).filter((issue) => issue.severity === 'error');
    if (unfit.length) return { ok: false, issues: unfit };
    // A return of another framework would fail every rule; one sentence says what is wrong.
    if (ret?.framework?.id !== from.id) return { ok: false, issues: [otherFramework(ret, from)] };
    const checked = validateReturn(from, ret, { mode: 'draft' });
    if (!checked.ok) return { ok: false, issues: checked.issues };
    // From here on, the parsed copy: nothing in the draft is shared with the caller's objects.
    const source = checked.value;
    const moment = new Date(options.now ?? Date.now());
    if (londonDate(moment) === undefined)
      return {
        ok: false,
        issues: [{ path: [], code: 'invalid_value', severity: 'error', message: 'The time of the translation could not be read: pass a date and time like 2026-05-01T16:30:00Z' }],
      };

    const sourceSector = source.organisation.sector || undefined;
    const sector = sourceSector && indexFramework(to).sectors.has(sourceSector) ? sourceSector : '';
    const sources: RatingSources = { from, to, mapping, responses: new Map(source.responses.map((r) => [r.standardId, r])), sector: sourceSector };
    // Sources in their own framework's order, so that labels and reasons read standard 2 before 3.
    const order = new Map(from.standards.map((standard, i) => [standard.id, i]));
    const sourcesOf = new Map(mapping.standards.map((entry) => [entry.to, [...entry.from].sort((a, b) => order.get(a)! - order.get(b)!)]));
    const answered = (id: string) => !isResponseEmpty(sources.responses.get(id));

    const taken = new Set<string>();
    const used = new Set<string>();
    const needsAnswer: StandardNeedingAnswer[] = [];
    const responses: Response[] = [];
    const targetsOf = new Map<string, string[]>();
    for (const entry of mapping.standards) for (const id of entry.from) targetsOf.set(id, [...(targetsOf.get(id) ?? []), entry.to]);
    const copiedFrom = { framework: { id: from.id, version: from.version } };
    for (const standard of draftStandards(to, sector, (s) => (sourcesOf.get(s.id) ?? []).some(answered))) {
      const ids = sourcesOf.get(standard.id) ?? [];
      const combined = combine(sources, ids, used, taken);
      const decided = checkedRating(sources, standard, ids, targetsOf, combined.answer, sector);
      const items = applicableItems(standard, sector || undefined);
      const copied = !isBlank(combined.answer.evidence) || !isBlank(combined.answer.explanation);
      responses.push({
        standardId: standard.id,
        rating: decided.rating,
        ...combined.answer,
        ...(items.length ? { items: emptyItems(items) } : {}),
        ...(copied ? { copiedFrom } : {}),
      });
      const name = standardName(standard, sector || undefined);
      if (decided.reason !== undefined) needsAnswer.push({ standardId: standard.id, standard: name, reason: decided.reason });
      else if (combined.tooLong) needsAnswer.push({ standardId: standard.id, standard: name, reason: TOO_LONG });
    }

    const cover = Object.fromEntries(to.coverSheet.map((field) => [field.id, Object.hasOwn(source.cover, field.id) ? source.cover[field.id]! : '']));
    const stamp = moment.toISOString();
    const targetFields = new Set(to.coverSheet.map((field) => field.id));
    const value: AuditReturn = {
      ...(source.$schema === undefined ? {} : { $schema: source.$schema }),
      framework: { id: to.id, version: to.version },
      organisation: {
        name: source.organisation.name,
        sector,
        partnerships: partnershipsIn(to, source.organisation.partnerships),
        // The same organisation in every partnership's register.
        ...(source.organisation.identifiers ? { identifiers: source.organisation.identifiers.map((identifier) => ({ ...identifier })) } : {}),
      },
      respondent: { ...source.respondent },
      cycle: { ...source.cycle },
      status: 'draft',
      cover,
      responses,
      createdAt: stamp,
      updatedAt: stamp,
      submittedAt: null,
    };
    // The promise of this function, checked rather than assumed.
    const draft = validateReturn(to, value, { mode: 'draft' });
    if (!draft.ok) return { ok: false, issues: draft.issues };

    const kept: KeptAnswers = {
      responses: source.responses.filter((r) => !used.has(r.standardId) && !isResponseEmpty(r)),
      cover: Object.fromEntries(Object.entries(source.cover).filter(([id, answer]) => !targetFields.has(id) && !isBlank(answer))),
      history: source.history ?? [],
    };
    const sectorLabel = sourceSector && indexFramework(from).sectors.get(sourceSector);
    return {
      ok: true,
      value,
      needsAnswer,
      ...(sourceSector && !sector ? { sectorNeedsAnswer: `${sectorLabel} is not a sector of ${to.title}; choose your organisation’s sector yourself` } : {}),
      kept,
      issues: [],
    };
  } catch (cause) {
    return { ok: false, issues: [unreadable('return', cause)] };
  }
}

function otherFramework(ret: AuditReturn, from: Framework): Issue {
  const id = typeof ret?.framework?.id === 'string' ? quote(ret.framework.id) : 'another framework';
  return {
    path: ['framework', 'id'],
    code: 'framework_mismatch',
    severity: 'error',
    message: `This return was made with ${id}, but the mapping translates returns of ${quote(from.id)} (${from.title}): use a mapping from the framework the return was made with`,
  };
}

/**
 * The rating the mapping gives a target standard, unless something makes it unsafe to carry
 * over: a source that also answers another standard (its answer may fit one better than the
 * other), a level that needs an action plan or evidence the sources did not carry, or a standard
 * whose rating comes from items that nobody has rated yet. A standard whose items stand on their
 * own keeps its rating and is listed for its items.
 */
function checkedRating(
  sources: RatingSources,
  standard: Standard,
  ids: readonly string[],
  targetsOf: ReadonlyMap<string, readonly string[]>,
  answer: { readonly evidence: string; readonly actions: readonly Action[] },
  sector: string,
): { readonly rating: string | null; readonly reason?: string | undefined } {
  const { from, to } = sources;
  const decided = translatedRating(sources, ids);
  const items = applicableItems(standard, sector || undefined).length;
  if (rollUpOf(standard) === 'worst-item' && items) {
    return { rating: null, reason: decided.reason ?? `its rating comes from its ${items} items, which ${from.title} does not have; rate each of them yourself` };
  }
  if (decided.rating === null) return decided;
  const index = indexFramework(from);
  const fromName = (id: string) => standardName(index.standards.get(id)!, sources.sector);
  const target = indexFramework(to);
  const shared = ids.filter((id) => (targetsOf.get(id)?.length ?? 0) > 1);
  if (shared.length) {
    const also = shared.map(
      (id) =>
        `${fromName(id)} also answers ${listAnd(
          targetsOf
            .get(id)!
            .filter((t) => t !== standard.id)
            .map((t) => standardName(target.standards.get(t)!, sector || undefined)),
        )}`,
    );
    return { rating: null, reason: `in ${from.title}, ${also.join('; ')}; check that its answer fits this standard and choose the rating yourself` };
  }
  const level = target.levels.get(decided.rating)!;
  if (level.requires.includes('action') && answer.actions.every(isEmptyAction))
    return {
      rating: null,
      reason: `it would be rated ${level.label}, which needs an action plan, but its matching standards in ${from.title} have no actions; choose the rating and add the actions yourself`,
    };
  if (level.requires.includes('evidence') && isBlank(answer.evidence))
    return {
      rating: null,
      reason: `it would be rated ${level.label}, which needs evidence, but its matching standards in ${from.title} have none; choose the rating and give the evidence yourself`,
    };
  if (items) return { rating: decided.rating, reason: `rate its ${items} items yourself` };
  return decided;
}

const TOO_LONG = 'the answers of its matching standards are too long to put together in one answer; they are kept aside for you to copy';

/**
 * The standards the draft answers: those that apply to the sector (every standard while the
 * sector is unknown), and any other standard that takes an answer, so that no answer is lost; the
 * draft's validation then says it does not apply.
 */
function draftStandards(to: Framework, sector: string, takesAnAnswer: (standard: Standard) => boolean): Standard[] {
  if (!sector) return to.standards;
  const applicable = new Set(applicableStandards(to, sector));
  return to.standards.filter((standard) => applicable.has(standard) || takesAnAnswer(standard));
}

/** The sources' evidence and explanations, labelled, and the actions no earlier standard took. */
function combine(sources: RatingSources, ids: readonly string[], used: Set<string>, taken: Set<string>) {
  const index = indexFramework(sources.from);
  const present = ids.flatMap((id) => {
    const response = sources.responses.get(id);
    return response && !isResponseEmpty(response) ? [{ id, response, name: standardName(index.standards.get(id)!, sources.sector) }] : [];
  });
  const labelled = (pick: (r: Response) => string) =>
    present
      .filter(({ response }) => !isBlank(pick(response)))
      .map(({ response, name }) => `From ${name}: ${pick(response)}`)
      .join('\n\n');
  const evidence = labelled((r) => r.evidence);
  const explanation = labelled((r) => r.explanation);
  const fresh = present.filter(({ id }) => !used.has(id));
  const actionCount = fresh.reduce((n, { response }) => n + response.actions.length, 0);
  // The model's safety ceilings: past them the draft would not parse, so the sources stay whole in `kept`.
  if (evidence.length > TEXT_CEILING.long || explanation.length > TEXT_CEILING.medium || actionCount > 50)
    return { answer: { evidence: '', explanation: '', actions: [] as Action[] }, tooLong: true };
  const actions = fresh.flatMap(({ response }) => response.actions.map((action) => withUniqueId(action, taken)));
  for (const { id } of present) used.add(id);
  return { answer: { evidence, explanation, actions }, tooLong: false };
}

function withUniqueId(action: Action, taken: Set<string>): Action {
  const id = taken.has(action.id) ? emptyAction(taken).id : action.id;
  taken.add(id);
  return id === action.id ? action : { ...action, id };
}

/** The partnerships of the target framework the return was shared with; else its only one, if it has one. */
function partnershipsIn(to: Framework, partnerships: readonly string[]): string[] {
  const known = partnerships.filter((id) => indexFramework(to).partnerships.has(id));
  if (known.length) return known;
  return to.partnerships.length === 1 ? [to.partnerships[0]!.id] : [];
}
