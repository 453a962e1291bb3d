import type { Framework } from '../../models/framework.js';
import type { AuditReturn } from '../../models/return.js';
import { indexFramework } from '../../framework/framework-index.js';
import { applicableItems } from '../../framework/items.js';
import { appliesToSector } from '../../framework/wording.js';
import { csvRow } from './csv-cell.js';
import { atOrAboveText, standingOf } from './responses-csv.js';

/** The header of the items CSV, CRLF included. */
export function itemsCsvHeader(): string {
  return csvRow(['Agency', 'Sector', 'Partnerships', 'Standard number', 'Standard id', 'Item id', 'Item', 'Rating', 'At or above expected', 'Explanation']);
}

/**
 * The rows of the items CSV for one return, one an answered item within a standard, each ending
 * with CRLF: every item is reported on its own (a board priority, an element, a checklist line).
 * Items and standards that do not apply to the sector are left out, as the aggregate leaves them.
 */
export function itemsCsvRows(framework: Framework, ret: AuditReturn): string[] {
  const index = indexFramework(framework);
  const { name, sector, partnerships } = ret.organisation;
  const agency = [name.trim(), index.sectors.get(sector) ?? sector, partnerships.map((id) => index.partnerships.get(id) ?? id).join('; ')];
  const rows: string[] = [];
  for (const response of ret.responses) {
    const standard = index.standards.get(response.standardId);
    if (!standard || !response.items?.length || !appliesToSector(standard, sector)) continue;
    const items = applicableItems(standard, sector);
    for (const answer of response.items) {
      const item = items.find((candidate) => candidate.id === answer.itemId);
      if (!item) continue;
      const level = standingOf(framework, answer.rating);
      rows.push(csvRow([...agency, standard.number, standard.id, item.id, item.title, level?.label ?? '', atOrAboveText(level), answer.explanation]));
    }
  }
  return rows;
}
