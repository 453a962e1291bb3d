import type { Framework } from '../../models/framework.js';
import type { AuditReturn } from '../../models/return.js';
import type { ProgressNote } from '../../models/action.js';
import { indexFramework } from '../../framework/framework-index.js';
import { appliesToSector } from '../../framework/wording.js';
import { actionPlan } from '../../return/action-plan.js';
import { londonDate, type Instant } from '../../dates.js';
import { csvRow } from './csv-cell.js';
import { ACTION_STATUS_TEXT } from './report-words.js';

export interface ActionsCsvOptions {
  /** When "overdue" is judged. Default: the current time. */
  readonly now?: Instant;
}

/** The header of the actions CSV, CRLF included. */
export function actionsCsvHeader(): string {
  return csvRow([
    'Agency',
    'Sector',
    'Partnerships',
    'Standard number',
    'Standard',
    'Action id',
    'Action',
    'Lead',
    'Due',
    'Original due',
    'Status',
    'Overdue',
    'Latest progress',
    'Latest progress on',
    'Return submitted',
  ]);
}

/** Latest by time; of two at the same time, the one recorded later (as `trackActions` reads it). */
function latestOf(progress: readonly ProgressNote[] | undefined): ProgressNote | undefined {
  let latest: ProgressNote | undefined;
  for (const entry of progress ?? []) if (!latest || Date.parse(entry.at) >= Date.parse(latest.at)) latest = entry;
  return latest;
}

/**
 * The rows of the actions CSV for one return, one an action, soonest due first (as `actionPlan`
 * orders them), each ending with CRLF. The standard is named in the wording of the agency's
 * sector; `Overdue` is `yes` or `no` at `now`; `Original due` is the date agreed in year 1 (the
 * first due date change's `from`); dates are `YYYY-MM-DD`, in London for times.
 */
export function actionsCsvRows(framework: Framework, ret: AuditReturn, options: ActionsCsvOptions = {}): string[] {
  if (!ret.responses.some((response) => response.actions.length > 0)) return [];
  const index = indexFramework(framework);
  const { name, sector, partnerships } = ret.organisation;
  const agency = [name.trim(), index.sectors.get(sector) ?? sector, partnerships.map((id) => index.partnerships.get(id) ?? id).join('; ')];
  const submitted = ret.submittedAt ? (londonDate(ret.submittedAt) ?? '') : '';
  return actionPlan(framework, ret, options.now === undefined ? {} : { now: options.now })
    .filter((item) => {
      const standard = index.standards.get(item.standardId);
      return standard !== undefined && appliesToSector(standard, sector);
    })
    .map(({ action, standardNumber, standardTitle, overdue }) => {
      const latest = latestOf(action.progress);
      return csvRow([
        ...agency,
        standardNumber,
        standardTitle,
        action.id,
        action.action,
        action.lead,
        action.due,
        action.revisions?.[0]?.from ?? action.due,
        ACTION_STATUS_TEXT[action.status],
        overdue ? 'yes' : 'no',
        latest?.note ?? '',
        latest ? (londonDate(latest.at) ?? '') : '',
        submitted,
      ]);
    });
}
