import type { Framework } from '../models/framework.js';
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
  yield* duplicates(scale.levels, (l) => l.id, (i) => ['scale', 'levels', i, 'id'], 'The level id');
  yield* duplicates(sectors, (s) => s.id, (i) => ['sectors', i, 'id'], 'The sector id');
  yield* duplicates(framework.partnerships, (p) => p.id, (i) => ['partnerships', i, 'id'], 'The partnership id');
  yield* duplicates(standards, (s) => s.id, (i) => ['standards', i, 'id'], 'The standard id');
  yield* duplicates(standards, (s) => s.number, (i) => ['standards', i, 'number'], 'The standard number');
  yield* duplicates(framework.coverSheet, (f) => f.id, (i) => ['coverSheet', i, 'id'], 'The cover sheet field id');

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
        yield error(['standards', i, 'sectors', j], 'unknown_reference', `Standard ${standard.number} names a sector ${quote(sector)} that the framework does not list: use ${sectorList}`);
    }
    if (standard.sectors && standard.sectors.length === 0)
      yield error(['standards', i, 'sectors'], 'too_few', `Standard ${standard.number} applies to no sector: list at least one, or leave "sectors" out so that it applies to all`);
    const variants = standard.variants ?? [];
    yield* duplicates(variants, (v) => v.sector, (k) => ['standards', i, 'variants', k, 'sector'], `Standard ${standard.number} has wording for sector`);
    for (const [k, variant] of variants.entries()) {
      if (!sectorIds.has(variant.sector))
        yield error(['standards', i, 'variants', k, 'sector'], 'unknown_reference', `Standard ${standard.number} has wording for a sector ${quote(variant.sector)} that the framework does not list: use ${sectorList}`);
    }
  }
}
