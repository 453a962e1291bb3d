import type { Framework } from '../../models/framework.js';
import type { AuditReturn } from '../../models/return.js';
import { actionsCsvHeader, actionsCsvRows, type ActionsCsvOptions } from './actions-csv.js';
import { responsesCsvHeader, responsesCsvRows } from './responses-csv.js';
import { itemsCsvHeader, itemsCsvRows } from './items-csv.js';

export interface CsvFiles {
  /** One row a response: agency, sector, partnerships, standard, rating, score, evidence, explanation. */
  readonly responses: string;
  /** One row an action: agency, sector, partnerships, standard, action id and text, lead, due and original due, status, overdue, latest progress, when the return was submitted. */
  readonly actions: string;
  /** One row an answered item within a standard: agency, sector, partnerships, standard, item, rating. */
  readonly items: string;
}

/**
 * Returns as two RFC 4180 CSV texts with a header row and CRLF line ends, safe to open in a
 * spreadsheet (see `csvCell`). Give it returns that passed `validateReturn`, such as those an
 * aggregate counted. For files too big to hold in memory, write `responsesCsvHeader()` and then
 * `responsesCsvRows(framework, ret)` return by return (and the same for actions). Excel reads a
 * file as UTF-8 only if it starts with a byte order mark (`"\uFEFF"`).
 */
export function toCsv(framework: Framework, returns: Iterable<AuditReturn>, options: ActionsCsvOptions = {}): CsvFiles {
  const responses = [responsesCsvHeader()];
  const actions = [actionsCsvHeader()];
  const items = [itemsCsvHeader()];
  for (const ret of returns) {
    responses.push(...responsesCsvRows(framework, ret));
    actions.push(...actionsCsvRows(framework, ret, options));
    items.push(...itemsCsvRows(framework, ret));
  }
  return { responses: responses.join(''), actions: actions.join(''), items: items.join('') };
}
