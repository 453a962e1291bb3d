import { readText } from '../read-text.js';
import { parseArgs } from 'node:util';
import { migrate, openDatabase, type Database } from '@s11kit/server';
import {
  addAgency,
  addCampaign,
  addPartnership,
  addStaff,
  AdminError,
  agencyLink,
  backup,
  exportCampaign,
  listAgencies,
  listCampaigns,
  openYearTwo,
  parseIdentifier,
  resetStaffPassword,
  restore,
  revokeAgencyLink,
  closeCampaign,
  purgeCampaigns,
  purgeDryRun,
  setAgencyContact,
  type AdminContext,
  type PurgePlan,
} from '@s11kit/server/admin';
import { frameworkIds } from '@s11kit/frameworks';
import { loadFrameworkRef } from '../load-framework.js';
import type { Output } from '../output.js';
import { EXIT, UsageError } from '../usage-error.js';
import { databaseOptions } from './database.js';
import { parseCsv } from './csv.js';

export const ADMIN_HELP = `s11 admin: run a partnership's collector (the same database as s11 serve: --data <folder> or DATABASE_URL)

  s11 admin partnership create --slug <id> --name <name>
  s11 admin partnership list
  s11 admin campaign create --partnership <slug> --framework <id|file.json> --cycle <year> --deadline <YYYY-MM-DD>
                            [--year <1-5>] [--title <title>] [--share <slug,slug>] [--retention-years <n>]
  s11 admin campaign list
  s11 admin campaign close --campaign <id>                           links stop working; data kept for its retention years
  s11 admin agency add --partnership <slug> --campaign <id> --name <name> --sector <id> [--id <scheme:value>] [--reports-to <slug,slug>] [--email <contact>]
  s11 admin agency import --partnership <slug> --campaign <id> --csv <file>   (columns: name, sector, identifier, reports_to, email)
  s11 admin agency contact --agency <id> --email <address>|--clear    where the agency's reminders go
  s11 admin agency list --campaign <id>
  s11 admin year-two --campaign <id> --deadline <YYYY-MM-DD> [--title <title>] [--origin <url>]
                            open the next year of a cycle: a new link for every agency, printed once
  s11 admin link --campaign <id> --agency <id> [--origin <url>]     print a new link (earlier links stop working)
  s11 admin revoke --campaign <id> --agency <id>                      stop the agency's link
  s11 admin staff add --partnership <slug> --email <email> --name <name> --role analyst|administrator [--origin <url>]
  s11 admin staff reset --email <email> [--origin <url>]              a new one-time set-password link
  s11 admin export --campaign <id> --partnership <slug> --out <dir>  returns as JSON, the CSVs, the board report
  s11 admin backup --out <file>                                       every table, one JSON line a row
  s11 admin restore --from <file>                                     into a new, empty database
  s11 admin purge --dry-run                                           list every campaign past its retention, and all it holds
  s11 admin purge --confirm <plan>                                    delete exactly what that dry run listed

Identifiers: ods:<NHS ODS code>, urn:<school URN>, ofsted-urn:<Ofsted URN>, charity:<number>,
company:<number>, local:<the partnership's own id>. Links are printed with --origin (default
http://127.0.0.1:8080): use the address agencies reach the collector at.`;

const OPTIONS = {
  data: { type: 'string' },
  slug: { type: 'string' },
  name: { type: 'string' },
  partnership: { type: 'string' },
  framework: { type: 'string', short: 'f' },
  cycle: { type: 'string' },
  year: { type: 'string' },
  deadline: { type: 'string' },
  title: { type: 'string' },
  share: { type: 'string' },
  campaign: { type: 'string' },
  agency: { type: 'string' },
  sector: { type: 'string' },
  id: { type: 'string' },
  'reports-to': { type: 'string' },
  csv: { type: 'string' },
  origin: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  out: { type: 'string', short: 'o' },
  from: { type: 'string' },
  'retention-years': { type: 'string' },
  clear: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  confirm: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function need(values: Values, name: keyof Values, what: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${what} needs --${name}`);
  return value;
}

const origin = (values: Values) => (values.origin ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');

/** `s11 admin ...`: every command opens the database, migrates it, does one thing and closes it. */
export async function adminCommand(argv: string[], out: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (cause) {
    throw new UsageError(`admin: ${(cause as Error).message.split('\n')[0]}`);
  }
  const values = parsed.values as Values;
  const [group, action, ...extra] = parsed.positionals;
  if (values.help || group === undefined) {
    out.stdout(ADMIN_HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (extra.length) throw new UsageError(`admin ${group} ${action}: unexpected "${extra[0]}"`);
  const command = `${group}${action ? ` ${action}` : ''}`;
  const known = [
    'partnership create',
    'partnership list',
    'campaign create',
    'campaign list',
    'campaign close',
    'agency add',
    'agency import',
    'agency list',
    'agency contact',
    'year-two',
    'link',
    'revoke',
    'staff add',
    'staff reset',
    'export',
    'backup',
    'restore',
    'purge',
  ];
  if (!known.includes(command)) throw new UsageError(`unknown admin command "${command}": use ${known.join(', ')} (s11 admin --help)`);

  let db: Database;
  try {
    db = await openDatabase(databaseOptions(values.data));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot open the database: ${(error as Error).message}`);
  }
  try {
    await migrate(db);
    const admin: AdminContext = { db, now: () => new Date(), actor: { cli: process.env.USER ?? 'admin' } };
    return await runAdmin(command, values, admin, out);
  } catch (error) {
    if (error instanceof AdminError) throw new UsageError(error.message);
    throw error;
  } finally {
    await db.close();
  }
}

async function runAdmin(command: string, values: Values, admin: AdminContext, out: Output): Promise<number> {
  const { db } = admin;
  switch (command) {
    case 'partnership create': {
      const row = await addPartnership(admin, { slug: need(values, 'slug', command), name: need(values, 'name', command) });
      out.stdout(`partnership ${row.slug}: ${row.name}`);
      return EXIT.ok;
    }
    case 'partnership list': {
      const { rows } = await db.query<{ slug: string; name: string }>('select slug, name from partnerships order by slug');
      for (const row of rows) out.stdout(`${row.slug}\t${row.name}`);
      return EXIT.ok;
    }
    case 'campaign create': {
      const ref = need(values, 'framework', command);
      const framework = await loadFrameworkRef(ref);
      const cycle = Number(need(values, 'cycle', command));
      const row = await addCampaign(admin, {
        partnership: need(values, 'partnership', command),
        framework,
        builtIn: (frameworkIds as readonly string[]).includes(ref),
        cycleStart: cycle,
        cycleYear: values.year === undefined ? 1 : Number(values.year),
        deadline: need(values, 'deadline', command),
        ...(values.title ? { title: values.title } : {}),
        ...(values['retention-years'] === undefined ? {} : { retentionYears: Number(values['retention-years']) }),
        shareWith: list(values.share),
      });
      out.stdout(`campaign ${row.id}: ${row.title} (${row.framework_id} ${row.framework_version})`);
      return EXIT.ok;
    }
    case 'campaign list': {
      for (const row of await listCampaigns(db))
        out.stdout(`${row.id}\t${row.partnership}\t${row.title}\t${row.framework}\tdeadline ${row.deadline_at.toISOString()}\t${row.returned}/${row.agencies} returned`);
      return EXIT.ok;
    }
    case 'agency add': {
      const { agency, created } = await addAgency(admin, {
        partnership: need(values, 'partnership', command),
        campaign: need(values, 'campaign', command),
        name: need(values, 'name', command),
        sector: need(values, 'sector', command),
        ...(values.id ? { identifier: parseIdentifier(values.id) } : {}),
        reportsTo: list(values['reports-to']),
        ...(values.email ? { contactEmail: values.email } : {}),
      });
      out.stdout(`agency ${agency.id}: ${agency.name}${created ? '' : ' (already known by its identifier)'}`);
      return EXIT.ok;
    }
    case 'agency contact': {
      const agency = need(values, 'agency', command);
      if ((values.clear === true) === (values.email !== undefined)) throw new UsageError('agency contact needs --email <address>, or --clear to remove the address');
      await setAgencyContact(admin, agency, values.clear ? null : values.email!);
      out.stdout(values.clear ? 'the agency has no contact email now' : `reminders for the agency go to ${values.email!.trim().toLowerCase()}`);
      return EXIT.ok;
    }
    case 'campaign close': {
      const { purgeAfter } = await closeCampaign(admin, need(values, 'campaign', command));
      out.stdout(`closed: its links no longer work; s11 admin purge deletes its data after ${purgeAfter.toISOString().slice(0, 10)}`);
      return EXIT.ok;
    }
    case 'purge':
      return purgeCommand(values, admin, out);
    case 'agency import':
      return importAgencies(values, admin, out);
    case 'agency list': {
      for (const row of await listAgencies(db, need(values, 'campaign', command)))
        out.stdout(`${row.id}\t${row.name}\t${row.sector}\t${row.identifier ?? '-'}\t${row.live_link ? 'link' : 'no link'}\t${row.versions} versions`);
      return EXIT.ok;
    }
    case 'year-two': {
      const { campaign, links } = await openYearTwo(admin, {
        campaign: need(values, 'campaign', command),
        deadline: need(values, 'deadline', command),
        ...(values.title ? { title: values.title } : {}),
      });
      out.stdout(`campaign ${campaign.id}: ${campaign.title} (year ${campaign.cycle_year} of ${campaign.cycle_start})`);
      for (const link of links) out.stdout(`${link.agencyId}\t${link.name}\t${link.carriesOn ? 'action plan' : 'full return'}\t${origin(values)}/a/${link.token}`);
      out.stderr(`${links.length} ${links.length === 1 ? 'link' : 'links'}: send each to its agency; they are not shown again`);
      return EXIT.ok;
    }
    case 'link': {
      const { token, replaced } = await agencyLink(admin, need(values, 'campaign', command), need(values, 'agency', command));
      out.stdout(`${origin(values)}/a/${token}`);
      if (replaced) out.stderr('the previous link of this agency no longer works');
      return EXIT.ok;
    }
    case 'revoke': {
      const revoked = await revokeAgencyLink(admin, need(values, 'campaign', command), need(values, 'agency', command));
      out.stdout(revoked ? 'the link no longer works' : 'the agency had no working link');
      return EXIT.ok;
    }
    case 'staff add': {
      const role = need(values, 'role', command) as 'analyst' | 'administrator';
      const { token } = await addStaff(admin, {
        partnership: need(values, 'partnership', command),
        email: need(values, 'email', command),
        name: need(values, 'name', command),
        role,
      });
      out.stdout(`${origin(values)}/set-password/${token}`);
      out.stderr('send this link to the person: it sets their password once, within 7 days');
      return EXIT.ok;
    }
    case 'staff reset': {
      const { token } = await resetStaffPassword(admin, need(values, 'email', command));
      out.stdout(`${origin(values)}/set-password/${token}`);
      return EXIT.ok;
    }
    case 'export': {
      const { files, returns } = await exportCampaign(admin, {
        campaign: need(values, 'campaign', command),
        partnership: need(values, 'partnership', command),
        out: need(values, 'out', command),
      });
      out.stdout(`exported ${returns} ${returns === 1 ? 'return' : 'returns'}: ${files.join(', ')}`);
      return EXIT.ok;
    }
    case 'backup': {
      const file = need(values, 'out', command);
      const counts = await backup(db, file).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST' ? new UsageError(`${file} already exists: choose a new file name`) : error;
      });
      out.stdout(
        `wrote ${file}: ${Object.entries(counts)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ')}`,
      );
      return EXIT.ok;
    }
    default: {
      const file = need(values, 'from', command);
      const counts = await restore(db, file);
      out.stdout(
        `restored ${file}: ${Object.entries(counts)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ')}`,
      );
      return EXIT.ok;
    }
  }
}

/** Agencies from a CSV file with a header row: name, sector, identifier (optional), reports_to (optional, slugs joined by ;). */
async function importAgencies(values: Values, admin: AdminContext, out: Output): Promise<number> {
  const file = need(values, 'csv', 'agency import');
  const partnership = need(values, 'partnership', 'agency import');
  const campaign = need(values, 'campaign', 'agency import');
  const read = await readText(file);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  const rows = parseCsv(read.text);
  const header = (rows.shift() ?? []).map((cell) => cell.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  if (column('name') < 0 || column('sector') < 0) throw new UsageError(`${file}: the first row must name the columns, with at least name and sector`);
  let added = 0;
  let problems = 0;
  for (const [i, row] of rows.entries()) {
    const line = i + 2;
    const cell = (name: string) => (column(name) >= 0 ? (row[column(name)] ?? '').trim() : '');
    if (row.every((value) => value.trim() === '')) continue;
    try {
      const identifier = cell('identifier');
      const { agency, created } = await addAgency(admin, {
        partnership,
        campaign,
        name: cell('name'),
        sector: cell('sector'),
        ...(identifier ? { identifier: parseIdentifier(identifier) } : {}),
        reportsTo: cell('reports_to')
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
        ...(cell('email') ? { contactEmail: cell('email') } : {}),
      });
      out.stdout(`${agency.id}\t${agency.name}${created ? '' : ' (already known by its identifier)'}`);
      added++;
    } catch (error) {
      if (!(error instanceof AdminError)) throw error;
      out.stderr(`${file}: line ${line}: ${error.message}`);
      problems++;
    }
  }
  out.stderr(`${added} added, ${problems} not added`);
  return problems ? EXIT.invalid : EXIT.ok;
}

function printPlan(plan: PurgePlan, out: Output, verb: string): void {
  if (!plan.campaigns.length) {
    out.stdout(`nothing is due for purging on ${plan.at.slice(0, 10)}: no closed campaign is past its retention`);
    return;
  }
  out.stdout(`${verb} ${plan.campaigns.length} ${plan.campaigns.length === 1 ? 'campaign' : 'campaigns'} closed longer ago than their retention (as of ${plan.at.slice(0, 10)}):`);
  for (const campaign of plan.campaigns) {
    out.stdout(
      `  ${campaign.id}\t${campaign.title} (${campaign.partnership}), closed ${campaign.closedAt.slice(0, 10)}, kept ${campaign.retentionYears} years until ${campaign.dueAt.slice(0, 10)}`,
    );
    out.stdout(
      `    ${Object.entries(campaign.rows)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ')}`,
    );
  }
}

/** `s11 admin purge --dry-run` lists; `--confirm <plan>` deletes exactly what that listing showed, or nothing. */
async function purgeCommand(values: Values, admin: AdminContext, out: Output): Promise<number> {
  if (values['dry-run'] && values.confirm) throw new UsageError('purge: use --dry-run to list, or --confirm <plan> to delete, not both');
  if (values['dry-run']) {
    const plan = await purgeDryRun(admin);
    printPlan(plan, out, 'would delete');
    if (plan.campaigns.length) out.stdout(`delete exactly this with: s11 admin purge --confirm ${plan.id}`);
    return EXIT.ok;
  }
  if (!values.confirm) throw new UsageError('purge deletes data for good: run s11 admin purge --dry-run first, then s11 admin purge --confirm <the plan it prints>');
  const plan = await purgeCampaigns(admin, values.confirm);
  printPlan(plan, out, 'deleted');
  return EXIT.ok;
}
