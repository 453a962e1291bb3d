import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ValidationMode } from '@s11kit/schema';
import { adminCommand } from './commands/admin.js';
import { newCommand } from './commands/new.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { serveCommand } from './commands/serve.js';
import { translateCommand } from './commands/translate.js';
import { validateCommand } from './commands/validate.js';
import type { Output } from './output.js';
import { EXIT, UsageError } from './usage-error.js';
import { terminalSafe } from './terminal-safe.js';

export const HELP = `s11: check Section 11 audit returns against a framework, and run a partnership's collector

Usage:
  s11 validate --framework <id|file.json> <return.json>...  [--json] [--mode draft|submit] [--now <date>]
  s11 new --framework <id|file.json> [--sector <id>] [--organisation <name>]
  s11 translate --mapping <from--to|file.json> <return.json>  [--from <id|file.json>] [--to <id|file.json>]
  s11 report --framework <id|file.json> <dir|return.json>... --out <dir>  [--partnership <id>] [--previous <dir>] [--now <date>]
  s11 schema --out <dir>
  s11 serve [--port 8080] [--host 127.0.0.1] [--data ./s11-data] [--demo] [--quiet] [--smtp <url> --mail-from <address>]
  s11 admin <command> ...   (s11 admin --help)

Commands:
  validate  Check each return; print every problem as "file: path: message".
            --json prints one JSON report instead. --mode overrides each return's status;
            --now sets the day due dates are compared with.
  new       Print an empty draft return for a framework.
  translate Answer once, share everywhere: turn a return into a draft for another partnership's
            framework. Prints the draft on stdout, and on stderr each standard that needs an
            answer and why ("standard 3, ...: no matching standard in ...; answer it yourself").
            --from and --to give framework files when the mapping joins frameworks that are
            not built in.
  report    Aggregate every .json return in the folders or files given into <dir>:
            responses.csv, actions.csv, items.csv (when the framework has items within
            standards) and report.html (a board report). Returns that cannot be counted
            are listed with a reason; when an agency sent two, the later counts.
            --partnership counts only the returns sent to that partnership (by id);
            --previous compares with the returns of an earlier cycle; --now sets the day
            actions are judged overdue at.
  schema    Write the JSON Schema files for frameworks, returns and mappings into <dir>.
  serve     Run the partnership's collector: agency links, server drafts, submits, staff pages.
            PGlite in the --data folder, or PostgreSQL when DATABASE_URL is set. --demo runs
            it on a new temporary folder with a demo campaign and prints a link and a sign-in.
            --smtp (or S11_SMTP_URL) names a mail relay, smtp://[user:password@]host:port,
            with --mail-from (or S11_MAIL_FROM): reminders and sign-off links are emailed.
  admin     Create partnerships, campaigns, agencies, links and staff; export; back up and restore.

Built-in framework ids come from @s11kit/frameworks (portsmouth-compact, buckinghamshire-s11,
city-hackney-s11, isle-of-wight-vcs), and so do built-in mappings between the first three,
named <from>--<to>, such as portsmouth-compact--buckinghamshire-s11.

Exit codes: 0 every return is valid (translate: it was translated, even if some standards need
an answer; report: the report was written, even if some returns were not counted); 1 some
return is invalid (translate: not valid for the mapping's source framework); 2 bad usage or a
file or folder that cannot be read (with a one-line reason).`;

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMANDS: Record<string, Options> = {
  validate: {
    framework: { type: 'string', short: 'f' },
    json: { type: 'boolean' },
    mode: { type: 'string' },
    now: { type: 'string' },
  },
  new: {
    framework: { type: 'string', short: 'f' },
    sector: { type: 'string' },
    organisation: { type: 'string' },
  },
  translate: {
    mapping: { type: 'string', short: 'm' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  report: {
    framework: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    partnership: { type: 'string', short: 'p' },
    previous: { type: 'string' },
    now: { type: 'string' },
  },
  schema: { out: { type: 'string', short: 'o' } },
  serve: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    data: { type: 'string' },
    demo: { type: 'boolean' },
    quiet: { type: 'boolean' },
    smtp: { type: 'string' },
    'mail-from': { type: 'string' },
  },
};

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(command: string, argv: string[]): Parsed {
  try {
    return parseArgs({ args: argv, options: { ...COMMANDS[command], help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new UsageError(`${command}: ${(cause as Error).message.split('\n')[0]}`);
  }
}

function requireFramework(command: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command} needs a framework: --framework <id|file.json>`);
  return value;
}

function modeOf(value: unknown): ValidationMode | undefined {
  if (value === undefined) return undefined;
  if (value === 'draft' || value === 'submit') return value;
  throw new UsageError(`--mode must be "draft" or "submit", not ${JSON.stringify(value)}`);
}

/** Run the CLI with arguments (without `node` and the script) and return the exit code. */
export async function run(argv: string[], output: Output): Promise<number> {
  // Every line goes out terminal-safe: file names and quoted contents come from outside.
  const out: Output = { stdout: (line) => output.stdout(terminalSafe(line)), stderr: (line) => output.stderr(terminalSafe(line)) };
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out.stdout(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === 'admin') return await adminCommand(rest, out);
    if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}": use validate, new, translate, report, schema, serve or admin (s11 --help)`);
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      out.stdout(HELP);
      return EXIT.ok;
    }
    switch (command) {
      case 'validate': {
        const mode = modeOf(values.mode);
        return await validateCommand(
          {
            framework: requireFramework(command, values.framework),
            files: positionals,
            json: values.json === true,
            ...(mode ? { mode } : {}),
            ...(typeof values.now === 'string' ? { now: values.now } : {}),
          },
          out,
        );
      }
      case 'report':
        return await reportCommand(
          {
            framework: requireFramework(command, values.framework),
            inputs: positionals,
            ...(typeof values.out === 'string' ? { out: values.out } : {}),
            ...(typeof values.previous === 'string' ? { previous: values.previous } : {}),
            ...(typeof values.now === 'string' ? { now: values.now } : {}),
            ...(typeof values.partnership === 'string' ? { partnership: values.partnership } : {}),
          },
          out,
        );
      case 'new':
        if (positionals.length) throw new UsageError(`new takes no file arguments, but got "${positionals[0]}"`);
        return await newCommand(
          {
            framework: requireFramework(command, values.framework),
            ...(typeof values.sector === 'string' ? { sector: values.sector } : {}),
            ...(typeof values.organisation === 'string' ? { organisation: values.organisation } : {}),
          },
          out,
        );
      case 'translate':
        if (typeof values.mapping !== 'string' || values.mapping === '') throw new UsageError('translate needs a mapping: --mapping <from--to|file.json>');
        return await translateCommand(
          {
            mapping: values.mapping,
            files: positionals,
            ...(typeof values.from === 'string' ? { from: values.from } : {}),
            ...(typeof values.to === 'string' ? { to: values.to } : {}),
          },
          out,
        );
      case 'serve':
        if (positionals.length) throw new UsageError(`serve takes no file arguments, but got "${positionals[0]}"`);
        return await serveCommand(
          {
            ...(typeof values.port === 'string' ? { port: values.port } : {}),
            ...(typeof values.host === 'string' ? { host: values.host } : {}),
            ...(typeof values.data === 'string' ? { data: values.data } : {}),
            demo: values.demo === true,
            quiet: values.quiet === true,
            ...(typeof values.smtp === 'string' ? { smtp: values.smtp } : {}),
            ...(typeof values['mail-from'] === 'string' ? { mailFrom: values['mail-from'] } : {}),
          },
          out,
        );
      default:
        if (positionals.length) throw new UsageError(`schema takes no file arguments, but got "${positionals[0]}"`);
        return await schemaCommand(typeof values.out === 'string' ? { out: values.out } : {}, out);
    }
  } catch (cause) {
    if (cause instanceof UsageError) {
      out.stderr(`s11: ${cause.message}`);
      return EXIT.usage;
    }
    throw cause;
  }
}
