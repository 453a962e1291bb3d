import type { CoverField, Framework, Standard } from '../models/framework.js';
import type { RatingLevel } from '../models/scale.js';

/** Look-ups over one parsed framework, built once and shared by every check against it. */
export interface FrameworkIndex {
  readonly standards: ReadonlyMap<string, Standard>;
  readonly levels: ReadonlyMap<string, RatingLevel>;
  readonly coverFields: ReadonlyMap<string, CoverField>;
  readonly sectors: ReadonlyMap<string, string>;
  readonly partnerships: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Framework, FrameworkIndex>();

const byId = <T extends { id: string }, V>(items: readonly T[], pick: (item: T) => V) =>
  new Map(items.map((item) => [item.id, pick(item)] as const));

/** Index a framework; the result is cached for the lifetime of the framework object. */
export function indexFramework(framework: Framework): FrameworkIndex {
  let index = cache.get(framework);
  if (!index) {
    index = {
      standards: byId(framework.standards, (s) => s),
      levels: byId(framework.scale.levels, (l) => l),
      coverFields: byId(framework.coverSheet, (f) => f),
      sectors: byId(framework.sectors, (s) => s.label),
      partnerships: byId(framework.partnerships, (p) => p.name),
    };
    cache.set(framework, index);
  }
  return index;
}
