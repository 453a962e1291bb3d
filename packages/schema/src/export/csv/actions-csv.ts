import type { Framework } from '../../models/framework.js';
import type { AuditReturn } from '../../models/return.js';
import { indexFramework } from '../../framework/framework-index.js';
import { appliesToSector } from '../../framework/wording.js';
import { actionPlan } from '../../return/action-plan.js';
import type { Instant } from '../../dates.js';
import { csvRow } from './csv-cell.js';
import { ACTION_STATUS_TEXT } from './report-words.js';

export interface ActionsCsvOptions {
  /** When "overdue" is judged. Default: the current time. */
  readonly now?: Instant;
}

/** The header of the actions CSV, CRLF included. */
export function actionsCsvHeader(): string {
  return csvRow(['Agency', 'Sector', 'Standard number', 'Standard', 'Action', 'Lead', 'Due', 'Status', 'Overdue']);
}

/**
 * The rows of the actions CSV for one return, one an action, soonest due first (as `actionPlan`
 * orders them), each ending with CRLF. The standard is named in the wording of the agency's
 * sector; `Overdue` is `yes` or `no` at `now`.
 */
export function actionsCsvRows(framework: Framework, ret: AuditReturn, options: ActionsCsvOptions = {}): string[] {
  if (!ret.responses.some((response) => response.actions.length > 0)) return [];
  const index = indexFramework(framework);
  const { name, sector } = ret.organisation;
  return actionPlan(framework, ret, options.now === undefined ? {} : { now: options.now })
    .filter((item) => {
      const standard = index.standards.get(item.standardId);
      return standard !== undefined && appliesToSector(standard, sector);
    })
    .map((item) =>
      csvRow([
        name.trim(),
        index.sectors.get(sector) ?? sector,
        item.standardNumber,
        item.standardTitle,
        item.action.action,
        item.action.lead,
        item.action.due,
        ACTION_STATUS_TEXT[item.action.status],
        item.overdue ? 'yes' : 'no',
      ]),
    );
}
