import type { Framework } from '../../models/framework.js';
import type { AuditReturn } from '../../models/return.js';
import { indexFramework } from '../../framework/framework-index.js';
import { appliesToSector } from '../../framework/wording.js';
import { levelStandings, type LevelStanding } from '../../scales/level-standings.js';
import { csvRow } from './csv-cell.js';

const standings = new WeakMap<Framework, Map<string, LevelStanding>>();
const standingsOf = (framework: Framework) => {
  let byId = standings.get(framework);
  if (!byId) standings.set(framework, (byId = new Map(levelStandings(framework.scale).map((standing) => [standing.id, standing]))));
  return byId;
};

/** The header of the responses CSV, CRLF included. */
export function responsesCsvHeader(): string {
  return csvRow(['Agency', 'Sector', 'Partnerships', 'Standard number', 'Standard id', 'Standard', 'Rating', 'At or above expected', 'Score', 'Evidence', 'Explanation']);
}

/** `yes` or `no` for a level that counts, empty for not applicable or no rating. */
export const atOrAboveText = (standing: LevelStanding | undefined): string => (standing?.rated ? (standing.belowExpected ? 'no' : 'yes') : '');

/** A level's standing on the framework's scale, by id. */
export const standingOf = (framework: Framework, rating: string | null): LevelStanding | undefined => (rating === null ? undefined : standingsOf(framework).get(rating));

/**
 * The rows of the responses CSV for one return, one a response, each ending with CRLF. `At or
 * above expected` is `yes` or `no` (empty for not applicable); `Score` is the level's place on the
 * scale from 0 (worst) to 1 (best), empty for not applicable. Answers
 * to standards that do not apply to the sector are left out, as the aggregate leaves them out.
 */
export function responsesCsvRows(framework: Framework, ret: AuditReturn): string[] {
  const index = indexFramework(framework);
  const byLevel = standingsOf(framework);
  const { name, sector, partnerships } = ret.organisation;
  const agency = [name.trim(), index.sectors.get(sector) ?? sector, partnerships.map((id) => index.partnerships.get(id) ?? id).join('; ')];
  const rows: string[] = [];
  for (const response of ret.responses) {
    const standard = index.standards.get(response.standardId);
    if (!standard || !appliesToSector(standard, sector)) continue;
    const level = response.rating === null ? undefined : byLevel.get(response.rating);
    const score = level?.score;
    rows.push(
      csvRow([
        ...agency,
        standard.number,
        standard.id,
        standard.title,
        level?.label ?? '',
        atOrAboveText(level),
        score === null || score === undefined ? '' : Math.round(score * 100) / 100,
        response.evidence,
        response.explanation,
      ]),
    );
  }
  return rows;
}
