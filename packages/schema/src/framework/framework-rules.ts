import type { Framework, Standard } from '../models/framework.js';
import type { Issue } from '../issues/issue.js';
import { listOr, quote } from '../issues/text.js';

type Path = (string | number)[];

const error = (path: Path, code: Issue['code'], message: string): Issue => ({
  path,
  code,
  severity: 'error',
  message,
});

function* duplicates<T>(items: readonly T[], key: (item: T) => string | number, at: (i: number) => Path, what: string) {
  const seen = new Map<string | number, number>();
  for (const [i, item] of items.entries()) {
    const k = key(item);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else yield error(at(i), 'duplicate_id', `${what} ${quote(k)} is used twice (items ${first + 1} and ${i + 1}): each must be different`);
  }
}

/** Rules a framework must meet beyond its shape: unique ids and references that resolve. */
export function* frameworkRules(framework: Framework): Generator<Issue> {
  const { scale, sectors, standards } = framework;
  yield* duplicates(
    scale.levels,
    (l) => l.id,
    (i) => ['scale', 'levels', i, 'id'],
    'The level id',
  );
  yield* duplicates(
    sectors,
    (s) => s.id,
    (i) => ['sectors', i, 'id'],
    'The sector id',
  );
  yield* duplicates(
    framework.partnerships,
    (p) => p.id,
    (i) => ['partnerships', i, 'id'],
    'The partnership id',
  );
  yield* duplicates(
    standards,
    (s) => s.id,
    (i) => ['standards', i, 'id'],
    'The standard id',
  );
  yield* duplicates(
    standards,
    (s) => s.number,
    (i) => ['standards', i, 'number'],
    'The standard number',
  );
  yield* duplicates(
    framework.coverSheet,
    (f) => f.id,
    (i) => ['coverSheet', i, 'id'],
    'The cover sheet field id',
  );

  const expected = scale.levels.find((level) => level.id === scale.expected);
  if (!expected) {
    yield error(
      ['scale', 'expected'],
      'unknown_reference',
      `The scale's expected level ${quote(scale.expected)} is not one of its levels: use ${listOr(scale.levels.map((l) => quote(l.id)))}`,
    );
  } else if (expected.notApplicable) {
    yield error(['scale', 'expected'], 'unknown_reference', 'The scale\'s expected level cannot be a "not applicable" level: choose a rating');
  }
  if (scale.levels.every((level) => level.notApplicable)) {
    yield error(['scale', 'levels'], 'too_few', 'The scale needs at least one level that is not "not applicable"');
  }

  const sectorIds = new Set(sectors.map((s) => s.id));
  const sectorList = listOr([...sectorIds].map((id) => quote(id)));
  for (const [i, standard] of standards.entries()) {
    for (const [j, sector] of (standard.sectors ?? []).entries()) {
      if (!sectorIds.has(sector))
        yield error(
          ['standards', i, 'sectors', j],
          'unknown_reference',
          `Standard ${standard.number} names a sector ${quote(sector)} that the framework does not list: use ${sectorList}`,
        );
    }
    if (standard.sectors && standard.sectors.length === 0)
      yield error(['standards', i, 'sectors'], 'too_few', `Standard ${standard.number} applies to no sector: list at least one, or leave "sectors" out so that it applies to all`);
    const variants = standard.variants ?? [];
    yield* duplicates(
      variants,
      (v) => v.sector,
      (k) => ['standards', i, 'variants', k, 'sector'],
      `Standard ${standard.number} has wording for sector`,
    );
    for (const [k, variant] of variants.entries()) {
      if (!sectorIds.has(variant.sector))
        yield error(
          ['standards', i, 'variants', k, 'sector'],
          'unknown_reference',
          `Standard ${standard.number} has wording for a sector ${quote(variant.sector)} that the framework does not list: use ${sectorList}`,
        );
    }
    yield* itemRules(standard, i, sectorIds, sectorList);
  }
  yield* surveyRules(framework);
  yield* signOffRules(framework, sectorIds, sectorList);
}

/** Sign-off roles: unique ids, sectors the framework has, and at least one role for every sector. */
function* signOffRules(framework: Framework, sectorIds: ReadonlySet<string>, sectorList: string): Generator<Issue> {
  const signOff = framework.signOff;
  if (!signOff) return;
  yield* duplicates(
    signOff.roles,
    (role) => role.id,
    (k) => ['signOff', 'roles', k, 'id'],
    'The sign-off role id',
  );
  for (const [k, role] of signOff.roles.entries()) {
    if (role.sectors && role.sectors.length === 0)
      yield error(
        ['signOff', 'roles', k, 'sectors'],
        'too_few',
        `The sign-off role ${quote(role.id)} applies to no sector: list at least one, or leave "sectors" out so that it applies to all`,
      );
    for (const [j, sector] of (role.sectors ?? []).entries()) {
      if (!sectorIds.has(sector))
        yield error(
          ['signOff', 'roles', k, 'sectors', j],
          'unknown_reference',
          `The sign-off role ${quote(role.id)} names a sector ${quote(sector)} that the framework does not list: use ${sectorList}`,
        );
    }
  }
  for (const sector of framework.sectors) {
    if (!signOff.roles.some((role) => !role.sectors || role.sectors.includes(sector.id)))
      yield error(
        ['signOff', 'roles'],
        'too_few',
        `No sign-off role applies to the sector ${quote(sector.id)}: add a role for it, or leave "sectors" out of a role so that it applies to all`,
      );
  }
}

/** A standard's items: unique ids, sectors the framework (and the standard) has, a roll-up only with items. */
function* itemRules(standard: Standard, i: number, sectorIds: ReadonlySet<string>, sectorList: string): Generator<Issue> {
  const items = standard.items ?? [];
  if (standard.rollUp !== undefined && items.length === 0)
    yield error(['standards', i, 'rollUp'], 'invalid_value', `Standard ${standard.number} says how its items roll up, but it has no items: add its items, or leave "rollUp" out`);
  yield* duplicates(
    items,
    (item) => item.id,
    (k) => ['standards', i, 'items', k, 'id'],
    `Standard ${standard.number} has an item id`,
  );
  for (const [k, item] of items.entries()) {
    if (item.sectors && item.sectors.length === 0)
      yield error(
        ['standards', i, 'items', k, 'sectors'],
        'too_few',
        `Item ${quote(item.id)} of standard ${standard.number} applies to no sector: list at least one, or leave "sectors" out so that it applies to every sector the standard does`,
      );
    for (const [j, sector] of (item.sectors ?? []).entries()) {
      if (!sectorIds.has(sector))
        yield error(
          ['standards', i, 'items', k, 'sectors', j],
          'unknown_reference',
          `Item ${quote(item.id)} of standard ${standard.number} names a sector ${quote(sector)} that the framework does not list: use ${sectorList}`,
        );
      else if (standard.sectors && !standard.sectors.includes(sector))
        yield error(
          ['standards', i, 'items', k, 'sectors', j],
          'unknown_reference',
          `Item ${quote(item.id)} of standard ${standard.number} names the sector ${quote(sector)}, which the standard itself does not apply to: add the sector to the standard, or remove it from the item`,
        );
    }
  }
}

/** The staff survey's questions: unique ids, and standards that exist. */
function* surveyRules(framework: Framework): Generator<Issue> {
  const survey = framework.staffSurvey;
  if (!survey) return;
  const standardIds = new Set(framework.standards.map((standard) => standard.id));
  yield* duplicates(
    survey.questions,
    (q) => q.id,
    (k) => ['staffSurvey', 'questions', k, 'id'],
    'The survey question id',
  );
  for (const [k, question] of survey.questions.entries()) {
    for (const [j, id] of question.standards.entries()) {
      if (!standardIds.has(id))
        yield error(
          ['staffSurvey', 'questions', k, 'standards', j],
          'unknown_reference',
          `Survey question ${quote(question.id)} tests a standard ${quote(id)} that the framework does not have: correct the id`,
        );
    }
  }
}
