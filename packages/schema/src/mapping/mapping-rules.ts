import type { FrameworkMapping } from '../models/mapping.js';
import type { Issue } from '../issues/issue.js';
import { quote } from '../issues/text.js';

const duplicate = (path: Issue['path'], message: string): Issue => ({ path, code: 'duplicate_id', severity: 'error', message });

/**
 * Rules within a mapping that need no framework: each target standard is mapped once, each source
 * level becomes one target level, and no source is listed twice for one standard.
 */
export function* mappingRules(mapping: FrameworkMapping): Generator<Issue> {
  const targets = new Map<string, number>();
  for (const [i, entry] of mapping.standards.entries()) {
    const first = targets.get(entry.to);
    if (first !== undefined)
      yield duplicate(
        ['standards', i, 'to'],
        `The mapping lists the standard ${quote(entry.to)} more than once (entries ${first + 1} and ${i + 1}): keep one, with all its sources`,
      );
    else targets.set(entry.to, i);
    const sources = new Set<string>();
    for (const [j, source] of entry.from.entries()) {
      if (sources.has(source)) yield duplicate(['standards', i, 'from', j], `The mapping lists ${quote(source)} twice as a source of ${quote(entry.to)}: keep one`);
      sources.add(source);
    }
  }
  const levels = new Map<string, number>();
  for (const [i, level] of mapping.levels.entries()) {
    const first = levels.get(level.from);
    if (first !== undefined)
      yield duplicate(
        ['levels', i, 'from'],
        `The mapping turns the level ${quote(level.from)} into more than one level (entries ${first + 1} and ${i + 1}): choose one, so that no rating is a guess`,
      );
    else levels.set(level.from, i);
  }
}
