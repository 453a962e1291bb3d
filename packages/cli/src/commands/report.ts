import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  actionsCsvHeader,
  actionsCsvRows,
  boardReport,
  itemsCsvHeader,
  itemsCsvRows,
  createAggregator,
  responsesCsvHeader,
  responsesCsvRows,
  validateReturn,
  type AggregateResult,
  type Aggregator,
  type AuditReturn,
  type Framework,
} from '@s11kit/schema';
import { listJsonFiles } from '../json-files.js';
import { loadFrameworkRef } from '../load-framework.js';
import type { Output } from '../output.js';
import { progressBar } from '../progress-bar.js';
import { tryReadJson } from '../read-json.js';
import { TextFile } from '../text-file.js';
import { nowOption } from '../now-option.js';
import { writeNewFile } from '../text-file.js';
import { EXIT, UsageError } from '../usage-error.js';

export interface ReportArgs {
  framework: string;
  inputs: string[];
  out?: string;
  previous?: string;
  now?: string;
  /** Count only the returns sent to this partnership. */
  partnership?: string;
}

// Excel opens a CSV as UTF-8 only when it starts with a byte order mark; without it every
// curly apostrophe in an organisation's name turns into three odd characters.
const BOM = '\uFEFF';

/** Read every file and add it to the aggregate, one at a time. */
async function readInto(files: readonly string[], label: string, add: (value: unknown) => void, unreadable: (reason: string) => void): Promise<void> {
  const progress = progressBar(label, files.length);
  for (const file of files) {
    const read = await tryReadJson(file);
    if (read.ok) add(read.value);
    else unreadable(read.reason);
    progress.tick();
  }
  progress.done();
}

/**
 * Write the CSVs from the returns the aggregate counted, read again one at a time: a return
 * that a later one replaced is left out, so that the CSVs and the report count the same returns.
 */
async function writeCsvs(framework: Framework, result: AggregateResult, files: readonly string[], outDir: string, now: string | number, out: Output): Promise<void> {
  const responses = await TextFile.create(join(outDir, 'responses.csv'));
  const actions = await TextFile.create(join(outDir, 'actions.csv'));
  const items = hasItems(framework) ? await TextFile.create(join(outDir, 'items.csv')) : undefined;
  await responses.write(BOM + responsesCsvHeader());
  await actions.write(BOM + actionsCsvHeader());
  await items?.write(BOM + itemsCsvHeader());
  const counted = result.matrix.agencies.map((agency) => agency.index).sort((a, b) => a - b);
  const progress = progressBar('Writing', counted.length);
  for (const index of counted) {
    const file = files[index]!;
    const read = await tryReadJson(file);
    // Checked again in case the file changed since it was counted.
    const checked = read.ok ? validateReturn(framework, read.value, { mode: 'submit' }) : undefined;
    if (!checked?.ok) {
      out.stderr(`${file}: changed while the report was being written; left out of the CSV files`);
    } else {
      const ret: AuditReturn = checked.value;
      for (const row of responsesCsvRows(framework, ret)) await responses.write(row);
      for (const row of actionsCsvRows(framework, ret, { now })) await actions.write(row);
      if (items) for (const row of itemsCsvRows(framework, ret)) await items.write(row);
    }
    progress.tick();
  }
  progress.done();
  await responses.close();
  await actions.close();
  await items?.close();
}

const hasItems = (framework: Framework) => framework.standards.some((standard) => standard.items?.length);

function summarise(result: AggregateResult, files: readonly string[], previousFiles: readonly string[], out: Output): void {
  const { framework, counted, rejected, duplicates, matrix, comparison } = result;
  out.stdout(`${framework.title} (${framework.id} ${framework.version}), figures at ${result.at}`);
  out.stdout(`Counted ${counted} ${counted === 1 ? 'return' : 'returns'} from ${matrix.agencies.length} ${matrix.agencies.length === 1 ? 'agency' : 'agencies'}.`);
  if (result.partnership)
    out.stdout(
      `For ${result.partnership} only: ${result.forOtherPartnerships} ${result.forOtherPartnerships === 1 ? 'return was' : 'returns were'} for other partnerships and not counted.`,
    );
  out.stdout(`Not counted: ${rejected.length}`);
  for (const r of rejected) out.stdout(`  ${files[r.index]}: ${r.reason}`);
  out.stdout(`Replaced by a later return from the same agency: ${duplicates.length}`);
  for (const d of duplicates) out.stdout(`  ${files[d.dropped]}: replaced by ${files[d.kept]} (${d.label})`);
  if (comparison) {
    const previous = comparison.previous;
    out.stdout(`Earlier cycle: counted ${previous.counted} from ${previous.agencies} agencies; not counted: ${previous.rejected.length}`);
    for (const r of previous.rejected) out.stdout(`  ${previousFiles[r.index]}: ${r.reason}`);
  }
}

/** `s11 report`: aggregate a folder of returns into CSV files and a board report. */
export async function reportCommand(args: ReportArgs, out: Output): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError('report needs returns to read: s11 report --framework <id|file.json> <dir|files...> --out <dir>');
  if (!args.out) throw new UsageError('report needs a folder to write to: --out <dir>');
  nowOption(args.now);
  const framework = await loadFrameworkRef(args.framework);
  if (args.partnership !== undefined && !framework.partnerships.some((p) => p.id === args.partnership))
    throw new UsageError(
      `--partnership "${args.partnership}" is not a partnership of ${framework.title}: use ${framework.partnerships.map((p) => `${p.id} (${p.name})`).join(', ')}`,
    );
  const files = await listJsonFiles(args.inputs);
  if (files.length === 0) throw new UsageError(`found no .json files in ${args.inputs.join(', ')}`);
  const previousFiles = args.previous === undefined ? [] : await listJsonFiles([args.previous]);
  if (args.previous !== undefined && previousFiles.length === 0) throw new UsageError(`found no .json files in ${args.previous}`);
  const outDir = args.out;
  try {
    await mkdir(outDir, { recursive: true });
  } catch (cause) {
    throw new UsageError(`cannot write to ${outDir}: ${(cause as Error).message}`);
  }

  const now = args.now ?? Date.now();
  const aggregator: Aggregator = createAggregator(framework, { now, ...(args.partnership === undefined ? {} : { partnership: args.partnership }) });
  await readInto(
    files,
    'Reading',
    (value) => aggregator.add(value),
    (reason) => aggregator.addUnreadable(reason),
  );
  await readInto(
    previousFiles,
    'Reading earlier cycle',
    (value) => aggregator.addPrevious(value),
    (reason) => aggregator.addUnreadable(reason, 'previous'),
  );
  const result = aggregator.result();

  const written = ['responses.csv', 'actions.csv', ...(hasItems(framework) ? ['items.csv'] : []), 'report.html'].map((name) => join(outDir, name));
  try {
    await writeCsvs(framework, result, files, outDir, now, out);
    await writeNewFile(written.at(-1)!, boardReport(framework, result, { sourceName: (index) => files[index] ?? `return ${index + 1}` }));
  } catch (cause) {
    if (cause instanceof UsageError) throw cause;
    throw new UsageError(`cannot write to ${outDir}: ${(cause as Error).message}`);
  }
  summarise(result, files, previousFiles, out);
  out.stdout(`Wrote ${written.join(', ')}`);
  return EXIT.ok;
}
