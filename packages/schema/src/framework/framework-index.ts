import type { CoverField, Framework, Item, Standard } from '../models/framework.js';
import type { RatingLevel } from '../models/scale.js';

/** Look-ups over one parsed framework, built once and shared by every check against it. */
export interface FrameworkIndex {
  readonly standards: ReadonlyMap<string, Standard>;
  readonly levels: ReadonlyMap<string, RatingLevel>;
  readonly coverFields: ReadonlyMap<string, CoverField>;
  readonly sectors: ReadonlyMap<string, string>;
  readonly partnerships: ReadonlyMap<string, string>;
  /** Each standard's items by id, for the standards that have items. */
  readonly items: ReadonlyMap<string, ReadonlyMap<string, Item>>;
  /** Each survey question by id. */
  readonly questions: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<Framework, FrameworkIndex>();

const byId = <T extends { id: string }, V>(items: readonly T[], pick: (item: T) => V) => new Map(items.map((item) => [item.id, pick(item)] as const));

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
      items: new Map(framework.standards.filter((s) => s.items?.length).map((s) => [s.id, byId(s.items!, (item) => item)] as const)),
      questions: byId(framework.staffSurvey?.questions ?? [], (q) => q.standards),
    };
    cache.set(framework, index);
  }
  return index;
}
