import { checkFrameworkStructure } from '../structure/checkers.generated.js';
import type { Framework } from '../models/framework.js';
import type { Result } from '../issues/issue.js';
import { IssueCollector } from '../issues/collector.js';
import { fromStructureIssue } from '../issues/from-structure.js';
import { formatPath } from '../issues/text.js';
import { unreadable } from '../issues/unreadable.js';
import { frameworkRules } from './framework-rules.js';

const describeFrameworkPath = (path: ReadonlyArray<string | number>): string => (path.length === 0 ? 'the framework' : `field ${formatPath(path)}`);

/**
 * Check that a value (usually parsed JSON) is a framework: its shape, then the rules between its
 * parts (unique ids, references that resolve). Never throws.
 *
 * @example
 * const result = parseFramework(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.message);
 */
export function parseFramework(input: unknown): Result<Framework> {
  try {
    const collector = new IssueCollector();
    const structure = checkFrameworkStructure(input);
    if (!structure.success) {
      for (const issue of structure.issues) collector.addAll(fromStructureIssue(issue, input, describeFrameworkPath));
      return { ok: false, issues: collector.finish() };
    }
    collector.addAll(frameworkRules(structure.data));
    if (collector.hasErrors) return { ok: false, issues: collector.finish() };
    return { ok: true, value: structure.data, issues: collector.finish() };
  } catch (cause) {
    return { ok: false, issues: [unreadable('framework', cause)] };
  }
}
