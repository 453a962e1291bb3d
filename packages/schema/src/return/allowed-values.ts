import type { Framework } from '../models/framework.js';
import type { Issue } from '../issues/issue.js';
import { peek } from '../issues/peek.js';
import { listOr, quote } from '../issues/text.js';
import { indexFramework } from '../framework/framework-index.js';

/** An id and what people call it. */
interface Choice {
  readonly id: string;
  readonly label: string;
}

const MOST_LISTED = 20;

/** `“a” (A), “b” (B) or “c” (C)`, or the first few when there are many. */
export function choicesInWords(choices: readonly Choice[], withLabels = true): string {
  const shown = choices.slice(0, MOST_LISTED).map((c) => (withLabels && c.label !== c.id ? `${quote(c.id)} (${c.label})` : quote(c.id)));
  return choices.length > MOST_LISTED ? `${shown.join(', ')} and ${choices.length - MOST_LISTED} more` : listOr(shown);
}

/** How to fix a value that should have been one of these ids: the id its label names, else the ids allowed. */
export function useInstead(value: unknown, choices: readonly Choice[], withLabels = true): string {
  if (typeof value === 'string') {
    const wanted = value.trim().toLowerCase();
    const match = choices.find((c) => c.label.toLowerCase() === wanted || c.id === wanted);
    if (match) return `use its id ${quote(match.id)}`;
  }
  return `use ${choicesInWords(choices, withLabels)}`;
}

/** Which ids the value at a path of a return must be one of, and what they are called. */
function choicesAt(framework: Framework, raw: unknown, path: readonly (string | number)[]): { what: string; choices: Choice[]; labels: boolean } | undefined {
  const [head, second, third, fourth, fifth] = path;
  const levels = () => framework.scale.levels.map((l) => ({ id: l.id, label: l.label }));
  if (head === 'organisation' && second === 'sector' && path.length === 2)
    return { what: 'a sector id', choices: framework.sectors.map((s) => ({ id: s.id, label: s.label })), labels: true };
  if (head === 'organisation' && second === 'partnerships' && typeof third === 'number' && path.length === 3)
    return { what: 'a partnership id', choices: framework.partnerships.map((p) => ({ id: p.id, label: p.name })), labels: true };
  if (head !== 'responses' || typeof second !== 'number') return undefined;
  if (third === 'standardId' && path.length === 3)
    return { what: 'a standard id', choices: framework.standards.map((s) => ({ id: s.id, label: `standard ${s.number}` })), labels: true };
  if (third === 'rating' && path.length === 3) return { what: 'the id of a level of the scale', choices: levels(), labels: false };
  if (third === 'items' && typeof fourth === 'number' && path.length === 5) {
    if (fifth === 'rating') return { what: 'the id of a level of the scale', choices: levels(), labels: false };
    const standardId = peek(raw, ['responses', second, 'standardId']);
    const items = typeof standardId === 'string' ? indexFramework(framework).items.get(standardId) : undefined;
    if (fifth === 'itemId' && items) return { what: 'an item id of the standard', choices: [...items.values()].map((i) => ({ id: i.id, label: i.id })), labels: false };
  }
  return undefined;
}

/**
 * A structure issue about a value that must be one of the framework's ids (a rating, a sector, a
 * partnership, a standard or an item) says which ids are allowed, and which one a label names:
 * "Good" for `good`, "Statutory agencies" for `statutory`.
 */
export function withAllowedValues(framework: Framework, raw: unknown, issue: Issue, describe: (path: readonly (string | number)[]) => string): Issue {
  // A wrong type (a number, a list) is said as it is; a string that is not an id gets the ids.
  if (issue.code !== 'invalid_format' && issue.code !== 'too_short' && issue.code !== 'too_long') return issue;
  const choices = choicesAt(framework, raw, issue.path);
  if (!choices) return issue;
  const value = peek(raw, issue.path);
  const thing = describe(issue.path);
  const message = `${thing[0]!.toUpperCase()}${thing.slice(1)} must be ${choices.what}, not ${quote(value)}: ${useInstead(value, choices.choices, choices.labels)}`;
  return { ...issue, message };
}
