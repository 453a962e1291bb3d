import { checkMapping, formatPath, standardName, translateReturn, validateReturn, type Issue } from '@s11kit/schema';
import { loadFrameworkRef } from '../load-framework.js';
import { loadMappingRef } from '../load-mapping.js';
import { readJson } from '../read-json.js';
import type { Output } from '../output.js';
import { EXIT, UsageError } from '../usage-error.js';

export interface TranslateArgs {
  mapping: string;
  files: string[];
  /** The source framework, when it is not the built-in one the mapping names. */
  from?: string;
  /** The target framework, when it is not the built-in one the mapping names. */
  to?: string;
}

const listAnd = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

const issueLine = (file: string, issue: Issue) => `${file}: ${issue.path.length ? `${formatPath(issue.path)}: ` : ''}${issue.message}`;

/**
 * `s11 translate --mapping <id|file> <return.json>`: the draft for the mapping's target framework
 * on stdout, and on stderr every standard left for a person to answer and every answer the draft
 * has no place for.
 */
export async function translateCommand(args: TranslateArgs, out: Output): Promise<number> {
  if (args.files.length !== 1)
    throw new UsageError(
      `translate needs exactly one return file: s11 translate --mapping <from--to|file.json> <return.json>${args.files.length ? `, not ${args.files.length}` : ''}`,
    );
  const file = args.files[0]!;
  const mapping = await loadMappingRef(args.mapping);
  const from = await loadFrameworkRef(args.from ?? mapping.from.id);
  const to = await loadFrameworkRef(args.to ?? mapping.to.id);
  const unfit = checkMapping(mapping, from, to).find((issue) => issue.severity === 'error');
  if (unfit) throw new UsageError(`${args.mapping}: the mapping does not fit these frameworks: ${unfit.message}`);
  const data = await readJson(file);

  const checked = validateReturn(from, data);
  if (!checked.ok) {
    for (const issue of checked.issues) out.stderr(issueLine(file, issue));
    out.stderr(`${file}: not a valid return for ${from.title}, so it was not translated`);
    return EXIT.invalid;
  }
  const result = translateReturn(checked.value, mapping, { from, to });
  if (!result.ok) {
    for (const issue of result.issues) out.stderr(issueLine(file, issue));
    return EXIT.invalid;
  }

  out.stdout(JSON.stringify(result.value, null, 2));
  if (result.sectorNeedsAnswer) out.stderr(`sector: ${result.sectorNeedsAnswer}`);
  for (const gap of result.needsAnswer) out.stderr(`${gap.standard}: ${gap.reason}`);
  const sector = checked.value.organisation.sector || undefined;
  for (const response of result.kept.responses) {
    const standard = from.standards.find((candidate) => candidate.id === response.standardId);
    const name = standard ? standardName(standard, sector) : response.standardId;
    out.stderr(`${name} of ${from.title}: no standard of ${to.title} takes this answer, so it is not in the draft; copy what you need from ${file}`);
  }
  const cover = Object.keys(result.kept.cover).map((id) => `“${from.coverSheet.find((field) => field.id === id)?.label ?? id}”`);
  if (cover.length) out.stderr(`cover sheet: ${to.title} does not ask for ${listAnd(cover)}, so ${cover.length === 1 ? 'it is' : 'they are'} not in the draft`);
  if (result.kept.history.length)
    out.stderr(`history: ${result.kept.history.length} ${result.kept.history.length === 1 ? 'entry is' : 'entries are'} about ${from.title}, so not in the draft`);
  const count = result.needsAnswer.length;
  out.stderr(`translated to ${to.title} (version ${to.version}): ${count} ${count === 1 ? 'standard needs' : 'standards need'} an answer`);
  return EXIT.ok;
}
