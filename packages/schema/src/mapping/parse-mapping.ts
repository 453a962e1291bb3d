import { checkMappingStructure } from '../structure/checkers.generated.js';
import type { Framework } from '../models/framework.js';
import type { FrameworkMapping } from '../models/mapping.js';
import type { Issue, Result } from '../issues/issue.js';
import { IssueCollector } from '../issues/collector.js';
import { fromStructureIssue } from '../issues/from-structure.js';
import { formatPath } from '../issues/text.js';
import { unreadable } from '../issues/unreadable.js';
import { checkMapping } from './check-mapping.js';
import { mappingRules } from './mapping-rules.js';

const ENTRY_FIELDS: Record<string, Record<string, string>> = {
  standards: { to: 'the target standard', from: 'the source standards', note: 'the note' },
  levels: { from: 'the source level', to: 'the target level' },
};

const TOP: Record<string, string> = {
  $schema: 'the $schema link of the mapping',
  id: 'the id of the mapping',
  from: 'the source framework of the mapping',
  to: 'the target framework of the mapping',
  standards: 'the standards of the mapping',
  levels: 'the levels of the mapping',
  notes: 'the notes of the mapping',
};

/** "the target standard of standards entry 3 of the mapping" */
function describeMappingPath(path: ReadonlyArray<string | number>): string {
  const [list, i, field, j] = path;
  if (list === undefined) return 'the mapping';
  if (typeof list === 'string' && path.length === 1 && TOP[list]) return TOP[list];
  if ((list === 'standards' || list === 'levels') && typeof i === 'number') {
    const entry = `${list} entry ${i + 1} of the mapping`;
    if (field === undefined) return entry;
    const words = typeof field === 'string' ? ENTRY_FIELDS[list]![field] : undefined;
    if (words && path.length === 3) return `${words} of ${entry}`;
    if (field === 'from' && typeof j === 'number' && path.length === 4) return `source ${j + 1} of ${entry}`;
  }
  return `field ${formatPath(path)} of the mapping`;
}

/** A mapping's id may join two framework ids with a double hyphen: say so, not "single hyphens only". */
const mappingIdFormat = (issue: Issue): Issue =>
  issue.code === 'invalid_format' && issue.path.length === 1 && issue.path[0] === 'id'
    ? { ...issue, message: 'The id of the mapping must be lower-case letters, numbers and hyphens, like “portsmouth-compact--buckinghamshire-s11”' }
    : issue;

/**
 * Check that a value (usually parsed JSON) is a mapping between two frameworks: its shape, and
 * that it maps each target standard and each source level once. Given the two frameworks, also
 * checks every id against them (see `checkMapping`). Never throws.
 *
 * @example
 * const result = parseMapping(JSON.parse(text), { from: portsmouth, to: buckinghamshire });
 */
export function parseMapping(input: unknown, frameworks?: { readonly from: Framework; readonly to: Framework }): Result<FrameworkMapping> {
  try {
    const collector = new IssueCollector();
    const structure = checkMappingStructure(input);
    if (!structure.success) {
      for (const issue of structure.issues) collector.addAll(fromStructureIssue(issue, input, describeMappingPath).map(mappingIdFormat));
      return { ok: false, issues: collector.finish() };
    }
    collector.addAll(frameworks ? checkMapping(structure.data, frameworks.from, frameworks.to) : mappingRules(structure.data));
    if (collector.hasErrors) return { ok: false, issues: collector.finish() };
    return { ok: true, value: structure.data, issues: collector.finish() };
  } catch (cause) {
    return { ok: false, issues: [unreadable('mapping', cause)] };
  }
}
