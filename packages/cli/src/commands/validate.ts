import { formatPath, validateReturn, type Issue, type ValidationMode } from '@s11kit/schema';
import { loadFrameworkRef } from '../load-framework.js';
import { readJson } from '../read-json.js';
import { nowOption } from '../now-option.js';
import { EXIT, UsageError } from '../usage-error.js';
import type { Output } from '../output.js';

export interface ValidateArgs {
  framework: string;
  files: string[];
  json: boolean;
  mode?: ValidationMode;
  now?: string;
}

interface FileReport {
  file: string;
  ok: boolean;
  issues: readonly Issue[];
}

const line = (file: string, issue: Issue) => {
  const where = issue.path.length ? `${formatPath(issue.path)}: ` : '';
  const level = issue.severity === 'warning' ? 'warning: ' : '';
  return `${file}: ${where}${level}${issue.message}`;
};

/** `s11 validate`: check return files against a framework. */
export async function validateCommand(args: ValidateArgs, out: Output): Promise<number> {
  if (args.files.length === 0) throw new UsageError('validate needs at least one return file: s11 validate --framework <id|file.json> <return.json>...');
  nowOption(args.now);
  const framework = await loadFrameworkRef(args.framework);
  const options = { ...(args.mode ? { mode: args.mode } : {}), ...(args.now ? { now: args.now } : {}) };

  const reports: FileReport[] = [];
  for (const file of args.files) {
    const result = validateReturn(framework, await readJson(file), options);
    reports.push({ file, ok: result.ok, issues: result.issues });
  }

  const invalid = reports.filter((report) => !report.ok).length;
  if (args.json) {
    out.stdout(JSON.stringify({ framework: { id: framework.id, version: framework.version }, valid: reports.length - invalid, invalid, files: reports }, null, 2));
  } else {
    for (const report of reports) {
      for (const issue of report.issues) out.stdout(line(report.file, issue));
      if (report.ok) out.stdout(`${report.file}: valid`);
    }
    out.stderr(`${reports.length - invalid} valid, ${invalid} invalid`);
  }
  return invalid === 0 ? EXIT.ok : EXIT.invalid;
}
