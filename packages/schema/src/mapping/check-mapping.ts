import type { Framework } from '../models/framework.js';
import type { FrameworkMapping, MappingFrameworkRef } from '../models/mapping.js';
import type { Issue, IssueCode, IssuePath, IssueSeverity } from '../issues/issue.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { quote } from '../issues/text.js';
import { mappingRules } from './mapping-rules.js';

const make = (path: IssuePath, code: IssueCode, message: string, severity: IssueSeverity = 'error'): Issue => ({ path, code, severity, message });

/**
 * Check a mapping against the two frameworks it joins: they are the frameworks (and versions) it
 * names, every standard and level id it uses exists, a "not applicable" level maps only to a "not
 * applicable" level, and each target standard and source level is mapped once. Errors make the
 * mapping unusable. Warnings point at what translation will leave for a person to answer: a
 * source level with no target level, or a target standard the mapping does not mention at all.
 */
export function checkMapping(mapping: FrameworkMapping, from: Framework, to: Framework): Issue[] {
  const issues = [...mappingRules(mapping), ...frameworkIssues(mapping.from, from, 'from', 'reads returns of'), ...frameworkIssues(mapping.to, to, 'to', 'makes drafts for')];
  if (issues.some((issue) => issue.code === 'mapping_framework_mismatch')) return issues;
  return [...issues, ...standardIssues(mapping, from, to), ...levelIssues(mapping, from, to)];
}

function frameworkIssues(ref: MappingFrameworkRef, framework: Framework, side: 'from' | 'to', verb: string): Issue[] {
  if (ref.id !== framework.id)
    return [
      make(
        [side, 'id'],
        'mapping_framework_mismatch',
        `This mapping ${verb} ${quote(ref.id)}, not ${quote(framework.id)} (${framework.title}): use a mapping written for ${framework.title}`,
      ),
    ];
  if (ref.version !== undefined && ref.version !== framework.version)
    return [
      make(
        [side, 'version'],
        'mapping_framework_mismatch',
        `This mapping was written for version ${quote(ref.version)} of ${framework.title}, not version ${quote(framework.version)}: use a mapping for version ${quote(framework.version)}, or check this one and update its version`,
      ),
    ];
  return [];
}

function* standardIssues(mapping: FrameworkMapping, from: Framework, to: Framework): Generator<Issue> {
  const source = indexFramework(from).standards;
  const target = indexFramework(to).standards;
  for (const [i, entry] of mapping.standards.entries()) {
    if (!target.has(entry.to))
      yield make(
        ['standards', i, 'to'],
        'unknown_reference',
        `Standards entry ${i + 1} of the mapping names a standard ${quote(entry.to)} that is not in ${to.title}: correct the id`,
      );
    for (const [j, id] of entry.from.entries()) {
      if (!source.has(id))
        yield make(
          ['standards', i, 'from', j],
          'unknown_reference',
          `Standards entry ${i + 1} of the mapping takes its answer from a standard ${quote(id)} that is not in ${from.title}: correct the id`,
        );
    }
  }
  const mentioned = new Set(mapping.standards.map((entry) => entry.to));
  for (const standard of to.standards) {
    if (!mentioned.has(standard.id))
      yield make(
        ['standards'],
        'mapping_standard_unmapped',
        `The mapping does not mention ${standardName(standard)} of ${to.title}, so it will always be left for a person to answer: if that is meant, list it with no sources and a note saying why`,
        'warning',
      );
  }
}

function* levelIssues(mapping: FrameworkMapping, from: Framework, to: Framework): Generator<Issue> {
  const source = indexFramework(from).levels;
  const target = indexFramework(to).levels;
  for (const [i, level] of mapping.levels.entries()) {
    const before = source.get(level.from);
    const after = target.get(level.to);
    if (!before)
      yield make(
        ['levels', i, 'from'],
        'unknown_reference',
        `Levels entry ${i + 1} of the mapping turns ${quote(level.from)} into a level, but ${quote(level.from)} is not on the scale of ${from.title}: correct the id`,
      );
    if (!after)
      yield make(
        ['levels', i, 'to'],
        'unknown_reference',
        `Levels entry ${i + 1} of the mapping turns a level into ${quote(level.to)}, which is not on the scale of ${to.title}: correct the id`,
      );
    if (before?.notApplicable && after && !after.notApplicable)
      yield make(
        ['levels', i],
        'mapping_level_not_applicable',
        `The mapping turns ${before.label} into ${after.label}: “not applicable” can only become “not applicable”, so leave ${before.label} out when ${to.title} has no such level`,
      );
    if (before && !before.notApplicable && after?.notApplicable)
      yield make(
        ['levels', i],
        'mapping_level_not_applicable',
        `The mapping turns ${before.label} into ${after.label}: a rating cannot become “not applicable”, so choose another level of ${to.title} for ${before.label}`,
      );
  }
  const mapped = new Set(mapping.levels.map((level) => level.from));
  for (const level of from.scale.levels) {
    if (!mapped.has(level.id))
      yield make(
        ['levels'],
        'mapping_level_unmapped',
        `The mapping gives no level of ${to.title} for ${level.label}: standards rated ${level.label} will be left for a person to answer`,
        'warning',
      );
  }
}
