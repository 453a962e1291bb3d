import type { Agency } from '../../aggregate/agency-store.js';
import { appliesToSector } from '../../framework/wording.js';
import { html, type SafeHtml } from '../html/html.js';
import { count, type ReportContext } from './report-context.js';

interface Row {
  readonly agency: Agency;
  readonly cells: readonly (string | null)[];
  readonly below: number;
}

/**
 * Every agency's rating of every standard: a real table with headers for each row and column,
 * and the level written in each cell, so that colour is never the only way to read it.
 */
export function heatmapSection(context: ReportContext): SafeHtml {
  const { result, standings, framework } = context;
  const { matrix } = result;
  const limit = context.options.heatmapLimit ?? 300;
  const byId = new Map(standings.map((standing) => [standing.id, standing]));
  const rows: Row[] = matrix.agencies.map((agency, a) => {
    const cells = matrix.cells[a]!;
    return { agency, cells, below: cells.filter((id) => id !== null && byId.get(id)?.belowExpected).length };
  });
  const byName = (x: Row, y: Row) => x.agency.name.localeCompare(y.agency.name, 'en-GB');
  const shown = rows.length <= limit ? rows.sort(byName) : rows.sort((x, y) => y.below - x.below || byName(x, y)).slice(0, limit);
  const caption =
    rows.length <= limit ? html`Ratings of each agency, by standard` : html`Ratings of the ${count(limit)} agencies with most ratings below expected, of ${count(rows.length)}`;

  const cell = (id: string | null, s: number, sector: string) => {
    if (id !== null) {
      const level = byId.get(id);
      return html`<td class="level tone-${level?.tone ?? 'grey'}">${level?.label ?? id}</td>`;
    }
    const standard = framework.standards[s]!;
    return appliesToSector(standard, sector)
      ? html`<td class="tone-none">Not answered</td>`
      : html`<td class="tone-none"><span aria-hidden="true">–</span><span class="visually-hidden">Does not apply</span></td>`;
  };

  return html`
<section aria-labelledby="heatmap">
  <h2 id="heatmap" class="new-page">Ratings of every agency</h2>
  <p class="note">Each cell names the level and is coloured by it. A dash means the standard does not apply to the agency’s sector.</p>
  <ul class="legend" aria-label="Levels">${standings.map((level) => html`<li class="tone-${level.tone}">${level.label}</li>`)}</ul>
  <div class="table-wrap">
  <table class="heatmap">
    <caption>${caption}</caption>
    <thead><tr>
      <th scope="col">Agency</th>
      <th scope="col">Sector</th>
      ${matrix.standards.map((standard) => html`<th scope="col">${standard.number}<span class="visually-hidden">. ${standard.title}</span></th>`)}
    </tr></thead>
    <tbody>${shown.map(
      ({ agency, cells }) => html`<tr><th scope="row">${agency.name}</th><td>${context.sectorLabel(agency.sector)}</td>${cells.map((id, s) => cell(id, s, agency.sector))}</tr>`,
    )}</tbody>
  </table>
  </div>
</section>`;
}
